#!/usr/bin/env bash
# Two instances on one PostgreSQL database: concurrent creates against both, then every deletion
# sent to both at once. Checks that each member snapshot was taken by the backend exactly once
# across both instances' logs, each delete was accepted exactly once, and every snapshot ends
# available or gone. Loopback only; needs psql access as postgres on 127.0.0.1 and
# target/cgsnap-microbundle.jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/lib.sh

TEST_NAME=cluster-test

DB=cgsnap_cluster
PORTS=("${PORT_A:-19777}" "${PORT_B:-19778}")
WORK=$(mktemp -d /tmp/cgsnap-cluster.XXXXXX)
PROJECT=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
TOKEN="admin:$PROJECT"
LOADERS=4
CREATES_PER_LOADER=${CREATES_PER_LOADER:-12}

trap finish EXIT

[[ -f $JAR ]] || fail "$JAR is missing; run mvn package first"
recreate_database "$DB"
PIDS=()
for k in 0 1; do
  start_instance "${PORTS[k]}" "$WORK/root-$k" "$WORK/server-$k.log" "$DB"
  PIDS+=("$LAST_PID")
done
for k in 0 1; do wait_ready "${PORTS[k]}" "${PIDS[k]}" "$WORK/server-$k.log"; done
CG_IDS=()
for g in 1 2 3 4; do CG_IDS+=("$(group_with_volumes "${PORTS[g % 2]}" 3)"); done

create_load() {
  local n=$1 i reply
  for ((i = 0; i < CREATES_PER_LOADER; i++)); do
    reply=$(api "${PORTS[(n + i) % 2]}" POST /cgsnapshots \
      "{\"cgsnapshot\": {\"consistencygroup_id\": \"${CG_IDS[(n + i) % 4]}\"}}")
    [[ ${reply%% *} == 202 ]] || fail "create $n-$i answered ${reply:0:200}"
    json_id <<<"$reply" >>"$WORK/acked.$n"
  done
}

LOADER_PIDS=()
for ((n = 0; n < LOADERS; n++)); do
  create_load "$n" &
  LOADER_PIDS+=("$!")
done
for pid in "${LOADER_PIDS[@]}"; do wait "$pid" || fail "a create loader failed"; done
cat "$WORK"/acked.* | sort -u >"$WORK/acked"
CREATED=$(wc -l <"$WORK/acked")
((CREATED == LOADERS * CREATES_PER_LOADER)) || fail "$CREATED distinct creates acknowledged"

await_settled() {
  local deadline=$((SECONDS + 90)) left
  while ((SECONDS < deadline)); do
    left=$("${PG[@]}" -d "$DB" -c \
      "SELECT count(*) FROM cgsnapshot WHERE status IN ('creating', 'deleting')")
    ((left == 0)) && return 0
    sleep 1
  done
  fail "$left cgsnapshots still creating or deleting after 90 s"
}
await_settled

# Every other snapshot is deleted through both instances at the same moment.
awk 'NR % 2 == 0' "$WORK/acked" >"$WORK/to-delete"
DELETE_PIDS=()
while read -r id; do
  for k in 0 1; do
    (api "${PORTS[k]}" DELETE "/cgsnapshots/$id" | cut -c1-3 >"$WORK/delete-$id-$k") &
    DELETE_PIDS+=("$!")
  done
done <"$WORK/to-delete"
for pid in "${DELETE_PIDS[@]}"; do wait "$pid"; done
# The loser sees the snapshot deleting (400) or, if the worker was quicker, gone (404).
while read -r id; do
  answers=$(cat "$WORK/delete-$id-0" "$WORK/delete-$id-1" | sort | tr '\n' ' ')
  [[ $answers == "202 400 " || $answers == "202 404 " ]] ||
    fail "deletes of $id sent to both instances answered $answers"
done <"$WORK/to-delete"
await_settled

while read -r id; do
  status=$(status_of "${PORTS[0]}" "$id")
  if grep -qx "$id" "$WORK/to-delete"; then
    [[ $status == gone ]] || fail "deleted cgsnapshot $id ended $status"
  else
    [[ $status == available ]] || fail "cgsnapshot $id ended $status"
  fi
done <"$WORK/acked"

"${PG[@]}" -d "$DB" -c "SELECT id FROM member_snapshot WHERE project_id = '$PROJECT'" |
  sort >"$WORK/members"
MEMBERS=$(wc -l <"$WORK/members")
((MEMBERS == CREATED * 3)) || fail "$MEMBERS member snapshots for $CREATED cgsnapshots"
grep -ho 'Backend snapshotted volume [0-9a-f-]* as member snapshot [0-9a-f-]*' \
  "$WORK"/server-*.log | awk '{print $NF}' | sort >"$WORK/snapshotted"
DUPLICATES=$(uniq -d "$WORK/snapshotted" | wc -l)
((DUPLICATES == 0)) || fail "$DUPLICATES member snapshots were taken more than once"
cmp -s "$WORK/members" "$WORK/snapshotted" ||
  fail "backend calls ($(wc -l <"$WORK/snapshotted")) do not match member snapshots ($MEMBERS)"
PER_INSTANCE=()
for k in 0 1; do
  PER_INSTANCE+=("$(grep -c 'Backend snapshotted volume' "$WORK/server-$k.log" || true)")
done

echo "cluster-test: OK: $CREATED cgsnapshots ($MEMBERS members, each snapshotted once;" \
  "${PER_INSTANCE[0]} by instance A, ${PER_INSTANCE[1]} by B), $(wc -l <"$WORK/to-delete")" \
  "deleted with exactly one 202 each"
