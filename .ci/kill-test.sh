#!/usr/bin/env bash
# Crash test on PostgreSQL and then on the embedded H2: load one instance with cgsnapshot creates
# and deletes, SIGKILL it mid-stream, restart it, and check that every acknowledged create still
# exists (or was asked to be deleted) and every snapshot reaches a final status. Loopback only;
# needs psql access as postgres on 127.0.0.1 and target/cgsnap-microbundle.jar (mvn package).
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

# unfinished ENGINE: cgsnapshots still creating or deleting; on H2, among the acknowledged ones.
unfinished() {
  if [[ $1 == postgresql ]]; then
    "${PG[@]}" -d "$DB" -c \
      "SELECT count(*) FROM cgsnapshot WHERE status IN ('creating', 'deleting')"
    return
  fi
  local id count=0
  while read -r id; do
    case $(status_of "$PORT" "$id") in creating | deleting) count=$((count + 1)) ;; esac
  done <"$WORK/acked"
  echo "$count"
}

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

# crash_and_check ENGINE: the whole test against postgresql or h2.
crash_and_check() {
  local engine=$1 database=$DB
  rm -f "$WORK"/acked* "$WORK"/delete-tried* "$WORK"/deleted*
  if [[ $engine == h2 ]]; then
    database=h2:$WORK/h2
  else
    recreate_database "$DB"
  fi
  start_instance "$PORT" "$WORK/root-$engine" "$WORK/server-$engine-1.log" "$database"
  FIRST=$LAST_PID
  wait_ready "$PORT" "$FIRST" "$WORK/server-$engine-1.log"
  CG_IDS=()
  local g n pid
  for g in 1 2 3; do CG_IDS+=("$(group_with_volumes "$PORT" 2)"); done

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
  [[ -s $WORK/acked ]] || fail "$engine: no create was acknowledged before the kill"

  # A fresh instance root: Payara re-runs the post-boot commands on a reused one after the
  # application has deployed, and reloads it once. The data is in the database either way.
  start_instance "$PORT" "$WORK/root-$engine-2" "$WORK/server-$engine-2.log" "$database"
  wait_ready "$PORT" "$LAST_PID" "$WORK/server-$engine-2.log"
  local pending left deadline id status
  pending=$(unfinished "$engine")

  deadline=$((SECONDS + 90))
  while ((SECONDS < deadline)); do
    left=$(unfinished "$engine")
    ((left == 0)) && break
    sleep 1
  done
  ((left == 0)) ||
    fail "$engine: $left cgsnapshots still creating or deleting 90 s after the restart"

  while read -r id; do
    status=$(status_of "$PORT" "$id")
    case $status in
      available | error) ;;
      gone)
        grep -qx "$id" "$WORK/delete-tried" || fail "$engine: acknowledged create $id is lost"
        ;;
      *) fail "$engine: cgsnapshot $id ended $status" ;;
    esac
  done <"$WORK/acked"
  while read -r id; do
    [[ $(status_of "$PORT" "$id") == gone ]] ||
      fail "$engine: acknowledged delete of $id did not finish"
  done <"$WORK/deleted"

  echo "kill-test: OK on $engine: $(wc -l <"$WORK/acked") creates and $(wc -l <"$WORK/deleted")" \
    "deletes acknowledged, $pending unfinished after the restart, all final soon after"
  stop_started
}

[[ -f $JAR ]] || fail "$JAR is missing; run mvn package first"
crash_and_check postgresql
crash_and_check h2
