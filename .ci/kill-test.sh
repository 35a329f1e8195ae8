#!/usr/bin/env bash
# Crash test on PostgreSQL: load one instance with cgsnapshot creates and deletes, SIGKILL it
# mid-stream, restart it, and check that every acknowledged create still exists (or was asked to
# be deleted) and every snapshot reaches a final status. Loopback only; needs psql access as
# postgres on 127.0.0.1 and target/cgsnap-microbundle.jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh

TEST_NAME=kill-test

DB=cgsnap_kill
PORT=${PORT:-19776}
WORK=$(mktemp -d /tmp/cgsnap-kill.XXXXXX)
PROJECT=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
TOKEN="admin:$PROJECT"
LOADERS=4

trap finish EXIT

[[ -f $JAR ]] || fail "$JAR is missing; run mvn package first"
recreate_database "$DB"
start_instance "$PORT" "$WORK/root" "$WORK/server-1.log" "$DB"
FIRST=$LAST_PID
wait_ready "$PORT" "$FIRST" "$WORK/server-1.log"
CG_IDS=()
for g in 1 2 3; do CG_IDS+=("$(group_with_volumes "$PORT" 2)"); done

# One loader: creates until the server stops answering, deleting every other snapshot it made.
load() {
  local n=$1 i=0 reply id
  local deadline=$((SECONDS + 60))
  while ((SECONDS < deadline)); do
    reply=$(api "$PORT" POST /cgsnapshots \
      "{\"cgsnapshot\": {\"consistencygroup_id\": \"${CG_IDS[i % 3]}\", \"name\": \"k$n-$i\"}}")
    [[ ${reply%% *} == 000 ]] && return 0
    if [[ ${reply%% *} == 202 ]]; then
      id=$(json_id <<<"$reply")
      echo "$id" >>"$WORK/acked.$n"
    fi
    if ((i % 2 == 1)) && [[ -s $WORK/acked.$n ]]; then
      id=$(sed -n "$(((i + 1) / 2))p" "$WORK/acked.$n")
      if [[ -n $id ]]; then
        echo "$id" >>"$WORK/delete-tried.$n"
        reply=$(api "$PORT" DELETE "/cgsnapshots/$id")
        [[ ${reply%% *} == 000 ]] && return 0
        [[ ${reply%% *} == 202 ]] && echo "$id" >>"$WORK/deleted.$n"
      fi
    fi
    i=$((i + 1))
  done
}

LOADER_PIDS=()
for ((n = 0; n < LOADERS; n++)); do
  load "$n" &
  LOADER_PIDS+=("$!")
done
sleep 4
kill -KILL "$FIRST"
wait "$FIRST" 2>/dev/null || true
for pid in "${LOADER_PIDS[@]}"; do wait "$pid" || true; done

cat "$WORK"/acked.* 2>/dev/null | sort -u >"$WORK/acked"
cat "$WORK"/delete-tried.* 2>/dev/null | sort -u >"$WORK/delete-tried"
cat "$WORK"/deleted.* 2>/dev/null | sort -u >"$WORK/deleted"
PENDING=$("${PG[@]}" -d "$DB" -c \
  "SELECT count(*) FROM cgsnapshot WHERE status IN ('creating', 'deleting')")
[[ -s $WORK/acked ]] || fail "no create was acknowledged before the kill"

# A fresh instance root: Payara re-runs the post-boot commands on a reused one after the
# application has deployed, and reloads it once. The data is in PostgreSQL either way.
start_instance "$PORT" "$WORK/root-2" "$WORK/server-2.log" "$DB"
wait_ready "$PORT" "$LAST_PID" "$WORK/server-2.log"

deadline=$((SECONDS + 90))
while ((SECONDS < deadline)); do
  left=$("${PG[@]}" -d "$DB" -c \
    "SELECT count(*) FROM cgsnapshot WHERE status IN ('creating', 'deleting')")
  ((left == 0)) && break
  sleep 1
done
((left == 0)) || fail "$left cgsnapshots still creating or deleting 90 s after the restart"

while read -r id; do
  status=$(status_of "$PORT" "$id")
  case $status in
    available | error) ;;
    gone) grep -qx "$id" "$WORK/delete-tried" || fail "acknowledged create $id is lost" ;;
    *) fail "cgsnapshot $id ended $status" ;;
  esac
done <"$WORK/acked"
while read -r id; do
  [[ $(status_of "$PORT" "$id") == gone ]] || fail "acknowledged delete of $id did not finish"
done <"$WORK/deleted"

echo "kill-test: OK: $(wc -l <"$WORK/acked") creates and $(wc -l <"$WORK/deleted") deletes" \
  "acknowledged, $PENDING unfinished at the kill, all final after the restart"
