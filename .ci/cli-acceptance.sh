#!/usr/bin/env bash
# Drives the real cinder and openstack CLIs against a freshly started cgsnap uber-jar on loopback.
# Usage: .ci/cli-acceptance.sh [path/to/cgsnap-microbundle.jar]
# Needs JAVA_HOME (Java 21+). Exits non-zero if any check fails; the last line is "N passed, M failed".
set -u

JAR=${1:-target/cgsnap-microbundle.jar}
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
PROJECT=0123456789abcdef0123456789abcdef
PASSED=0
FAILED=0
FAILURES=()
SERVER_PID=
WORK=$(mktemp -d /tmp/cgsnap-cli.XXXXXX)

cleanup() {
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    for _ in $(seq 20); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 1; done
    kill -0 "$SERVER_PID" 2>/dev/null && kill -9 "$SERVER_PID"
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

install_clients() {
  if command -v cinder >/dev/null && command -v openstack >/dev/null; then
    return
  fi
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y python3-cinderclient python3-openstackclient
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_server() {
  PORT=$(free_port)
  BASE=http://127.0.0.1:$PORT
  CGSNAP_DATA_DIR=$WORK/data "$JAVA" -jar "$JAR" --port "$PORT" --rootdir "$WORK/root" \
    >"$WORK/server.log" 2>&1 </dev/null &
  SERVER_PID=$!
  for _ in $(seq 180); do
    if curl -s --max-time 5 -o /dev/null -w '%{http_code}' "$BASE/" | grep -q 300; then
      echo "server pid $SERVER_PID on $BASE"
      return
    fi
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 1
  done
  echo "server did not answer GET / on $BASE; log tail:" >&2
  tail -20 "$WORK/server.log" >&2
  exit 2
}

# check NAME EXPECTED_EXIT PATTERN... -- COMMAND...: runs COMMAND, compares its exit code, and
# requires each extended-regex PATTERN in its combined output.
check() {
  local name=$1 want=$2
  shift 2
  local patterns=()
  while [[ $1 != -- ]]; do patterns+=("$1"); shift; done
  shift
  local out rc problem=
  out=$("$@" 2>&1)
  rc=$?
  LAST_OUTPUT=$out
  [[ $rc == "$want" ]] || problem="exit $rc, wanted $want"
  for p in "${patterns[@]}"; do
    grep -Eq -- "$p" <<<"$out" || problem="${problem:+$problem; }missing /$p/"
  done
  if [[ -z $problem ]]; then
    PASSED=$((PASSED + 1))
    echo "PASS $name"
  else
    FAILED=$((FAILED + 1))
    FAILURES+=("$name")
    echo "FAIL $name: $problem"
    sed 's/^/    | /' <<<"$out" | head -15
  fi
}

# The value of a Property/Value table row, e.g. field id.
field() {
  awk -F'|' -v key="$1" '{gsub(/^ +| +$/, "", $2); gsub(/^ +| +$/, "", $3)} $2 == key {print $3}' \
    <<<"$LAST_OUTPUT" | head -1
}

cinder_cli() {
  timeout 120 cinder --os-auth-type noauth --os-user-id admin --os-project-id "$PROJECT" \
    --os-endpoint "$ENDPOINT" "$@"
}

openstack_cli() {
  timeout 120 openstack --os-auth-type admin_token --os-token "admin:$PROJECT" \
    --os-endpoint "$ENDPOINT" --os-volume-api-version 3 "$@"
}

# Works on this branch: groups, volumes, cgsnapshot create and show.
cinder_basics() {
  local tag=$1 missing=00000000-0000-4000-8000-000000000000
  check "$tag cinder consisgroup-create" 0 "status +\| (creating|available)" "name +\| cg-$tag" \
    -- cinder_cli consisgroup-create --name "cg-$tag" __DEFAULT__
  CG=$(field id)
  check "$tag cinder consisgroup-create unknown type" 1 \
    "Volume type with name no-such-type could not be found. \(HTTP 404\)" \
    -- cinder_cli consisgroup-create --name bad no-such-type
  check "$tag cinder create --consisgroup-id" 0 "consistencygroup_id +\| $CG" "size +\| 1 " \
    -- cinder_cli create --consisgroup-id "$CG" --name "vol-$tag" 1
  check "$tag cinder create in unknown group" 1 "Group $missing could not be found. \(HTTP 404\)" \
    -- cinder_cli create --consisgroup-id "$missing" 1
  check "$tag cinder consisgroup-list" 0 "$CG +\| available +\| cg-$tag" \
    -- cinder_cli consisgroup-list
  check "$tag cinder consisgroup-show by id" 0 "id +\| $CG" "availability_zone +\| nova" \
    -- cinder_cli consisgroup-show "$CG"
  check "$tag cinder consisgroup-show by name" 0 "id +\| $CG" \
    -- cinder_cli consisgroup-show "cg-$tag"
  check "$tag cinder consisgroup-show unknown" 1 \
    "No consistencygroup with a name or ID of '$missing' exists." \
    -- cinder_cli consisgroup-show "$missing"
  check "$tag cinder cgsnapshot-create" 0 "consistencygroup_id +\| $CG" "name +\| snap-$tag" \
    "status +\| (creating|available)" \
    -- cinder_cli cgsnapshot-create --name "snap-$tag" --description "by cli" "$CG"
  SNAP=$(field id)
  check "$tag cinder cgsnapshot-create by group name" 0 "name +\| snap2-$tag" \
    -- cinder_cli cgsnapshot-create --name "snap2-$tag" "cg-$tag"
  check "$tag cinder cgsnapshot-create unknown group" 1 \
    "No consistencygroup with a name or ID of '$missing' exists." \
    -- cinder_cli cgsnapshot-create --name bad "$missing"
  check "$tag cinder cgsnapshot-show by id" 0 "id +\| $SNAP" "description +\| by cli" \
    -- cinder_cli cgsnapshot-show "$SNAP"
  check "$tag cinder cgsnapshot-show --os-volume-api-version 3.0" 0 "id +\| $SNAP" \
    -- cinder_cli --os-volume-api-version 3.0 cgsnapshot-show "$SNAP"
}

# Needs the cgsnapshot detail list and delete (other branch).
cinder_list_delete() {
  local tag=$1 missing=00000000-0000-4000-8000-000000000000
  check "$tag cinder cgsnapshot-list" 0 "$SNAP +\| (creating|available) +\| snap-$tag" \
    -- cinder_cli cgsnapshot-list
  check "$tag cinder cgsnapshot-show by name" 0 "id +\| $SNAP" \
    -- cinder_cli cgsnapshot-show "snap-$tag"
  check "$tag cinder cgsnapshot-show unknown" 1 \
    "No cgsnapshot with a name or ID of '$missing' exists." \
    -- cinder_cli cgsnapshot-show "$missing"
  check "$tag cinder cgsnapshot-delete unknown" 1 \
    "No cgsnapshot with a name or ID of '$missing' exists." \
    -- cinder_cli cgsnapshot-delete "$missing"
  wait_available "$SNAP"
  check "$tag cinder cgsnapshot-delete by id" 0 -- cinder_cli cgsnapshot-delete "$SNAP"
  # The worker may already have finished the first delete: then the snapshot is gone.
  check "$tag cinder cgsnapshot-delete again" 1 \
    "Invalid GroupSnapshot: GroupSnapshot status must be available or error|No cgsnapshot with a name or ID of '$SNAP' exists." \
    -- cinder_cli cgsnapshot-delete "$SNAP"
  local other
  other=$(cinder_cli cgsnapshot-show "snap2-$tag" 2>/dev/null | awk -F'|' '$2 ~ /^ id / {gsub(/ /, "", $3); print $3}')
  wait_available "$other"
  reset_status "$other" error_deleting
  check "$tag cinder cgsnapshot-delete in a wrong state" 1 \
    "Delete for cgsnapshot snap2-$tag failed: Invalid GroupSnapshot: GroupSnapshot status must be available or error" \
    "Unable to delete any of the specified cgsnapshots." \
    -- cinder_cli cgsnapshot-delete "snap2-$tag"
  reset_status "$other" available
  check "$tag cinder cgsnapshot-delete by name" 0 -- cinder_cli cgsnapshot-delete "snap2-$tag"
}

# Polls show until the snapshot leaves "creating" (the background worker finishes it).
# Sets a cgsnapshot's status through the admin action of the group snapshot API (3.19+).
reset_status() {
  curl -s -o /dev/null -X POST "$BASE/v3/$PROJECT/group_snapshots/$1/action" \
    -H "X-Auth-Token: admin:$PROJECT" -H 'Content-Type: application/json' \
    -H 'OpenStack-API-Version: volume 3.19' -d "{\"reset_status\": {\"status\": \"$2\"}}"
}

wait_available() {
  for _ in $(seq 30); do
    cinder_cli cgsnapshot-show "$1" 2>/dev/null | grep -Eq 'status +\| creating' || return 0
    sleep 1
  done
}

openstack_basics() {
  local tag=$1 missing=00000000-0000-4000-8000-000000000000
  check "$tag openstack consistency group create" 0 "name +\| osc-cg-$tag" \
    -- openstack_cli consistency group create --volume-type __DEFAULT__ "osc-cg-$tag"
  OSC_CG=$(field id)
  check "$tag openstack consistency group create unknown type" 1 \
    "No volumetype with a name or ID of 'no-such-type' exists." \
    -- openstack_cli consistency group create --volume-type no-such-type bad
  check "$tag openstack consistency group list" 0 "$OSC_CG +\| available +\| osc-cg-$tag" \
    -- openstack_cli consistency group list
  check "$tag openstack consistency group show" 0 "id +\| $OSC_CG" "status +\| available" \
    -- openstack_cli consistency group show "osc-cg-$tag"
  check "$tag openstack consistency group show unknown" 1 \
    "No consistencygroup with a name or ID of '$missing' exists." \
    -- openstack_cli consistency group show "$missing"
  cinder_cli create --consisgroup-id "$OSC_CG" 1 >/dev/null 2>&1
  check "$tag openstack consistency group snapshot create" 0 "name +\| osc-snap-$tag" \
    -- openstack_cli consistency group snapshot create --consistency-group "$OSC_CG" \
    "osc-snap-$tag"
  OSC_SNAP=$(field id)
  check "$tag openstack consistency group snapshot show" 0 "id +\| $OSC_SNAP" \
    "consistencygroup_id +\| $OSC_CG" \
    -- openstack_cli consistency group snapshot show "$OSC_SNAP"
  check "$tag openstack consistency group snapshot create unknown group" 1 \
    "No consistencygroup with a name or ID of '$missing' exists." \
    -- openstack_cli consistency group snapshot create --consistency-group "$missing" bad
}

# Needs the cgsnapshot detail list and delete (other branch).
openstack_list_delete() {
  local tag=$1 missing=00000000-0000-4000-8000-000000000000
  check "$tag openstack consistency group snapshot list" 0 "$OSC_SNAP +\| \w+ +\| osc-snap-$tag" \
    -- openstack_cli consistency group snapshot list
  check "$tag openstack consistency group snapshot show by name" 0 "id +\| $OSC_SNAP" \
    -- openstack_cli consistency group snapshot show "osc-snap-$tag"
  check "$tag openstack consistency group snapshot delete unknown" 1 \
    "No cgsnapshot with a name or ID of '$missing' exists." \
    -- openstack_cli consistency group snapshot delete "$missing"
  wait_available "$OSC_SNAP"
  check "$tag openstack consistency group snapshot delete" 0 \
    -- openstack_cli consistency group snapshot delete "$OSC_SNAP"
}

run_all() {
  local tag=$1
  echo "== endpoint $ENDPOINT"
  cinder_basics "$tag"
  openstack_basics "$tag"
  echo "-- checks that need cgsnapshot list/detail/delete"
  cinder_list_delete "$tag"
  openstack_list_delete "$tag"
}

install_clients
start_server
# Never let a client fall back to a public default endpoint.
unset OS_AUTH_URL OS_CLOUD CINDER_ENDPOINT OS_ENDPOINT
ENDPOINT=$BASE/v3/$PROJECT run_all with-project
ENDPOINT=$BASE/v3 run_all no-project

if ((FAILED > 0)); then
  printf 'failed: %s\n' "${FAILURES[@]}"
fi
echo "$PASSED passed, $FAILED failed"
((FAILED == 0))
