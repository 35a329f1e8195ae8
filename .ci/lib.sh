# Shared by the crash and cluster tests: start and stop uber-jar instances on loopback, call the
# API with curl, and wait for cgsnapshots to settle. Only processes started here are stopped.

JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
JAR="${JAR:-target/cgsnap-microbundle.jar}"
PG=(env PGOPTIONS=--client-min-messages=warning
  psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qAt)
STARTED_PIDS=()

# fail MESSAGE: the one summary line of a failed run; also works inside a background loader.
fail() {
  if mkdir "$WORK/failed" 2>/dev/null; then
    echo "$TEST_NAME: FAIL: $* (logs kept in $WORK)"
  fi
  exit 1
}

# finish: the EXIT trap; stops what was started, drops the database, keeps logs on failure.
finish() {
  local rc=$?
  stop_started
  drop_database "$DB"
  if ((rc == 0)); then
    rm -rf "$WORK"
  elif mkdir "$WORK/failed" 2>/dev/null; then
    echo "$TEST_NAME: FAIL: exit status $rc (logs kept in $WORK)"
  fi
}

recreate_database() {
  "${PG[@]}" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
}

drop_database() {
  "${PG[@]}" -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null 2>&1 || true
}

# start_instance PORT ROOTDIR LOG DB: starts one instance in the background; sets LAST_PID.
# DB is a PostgreSQL database name, or h2:DIR for the embedded H2 database in directory DIR.
start_instance() {
  local database=(CGSNAP_DB=postgresql CGSNAP_DB_NAME="$4")
  [[ $4 == h2:* ]] && database=(CGSNAP_DB=h2 CGSNAP_DATA_DIR="${4#h2:}")
  touch "$3"
  env "${database[@]}" CGSNAP_QUOTA_SNAPSHOTS=-1 CGSNAP_WORKER_POLL_SECONDS=1 \
    "$JAVA" -Xmx512m -XX:+UseSerialGC -jar "$JAR" --port "$1" --rootdir "$2" >>"$3" 2>&1 &
  LAST_PID=$!
  STARTED_PIDS+=("$LAST_PID")
}

# wait_ready PORT PID LOG: until the version document answers, the process dies, the
# application fails to deploy, or 240 s pass.
wait_ready() {
  local deadline=$((SECONDS + 240))
  while ((SECONDS < deadline)); do
    kill -0 "$2" 2>/dev/null || fail "instance on port $1 exited during start; see $3"
    if grep -q 'DatabaseException\|Exception while loading the app' "$3"; then
      fail "the application on port $1 failed to start; see $3"
    fi
    if [[ $(api "$1" GET /cgsnapshots) == 200* ]]; then
      return 0
    fi
    sleep 1
  done
  fail "instance on port $1 not ready after 240 s"
}

stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}

# api PORT METHOD PATH [BODY]: prints "<status> <body>"; status 000 when the call failed.
api() {
  local args=(-s --max-time 10 -w '\n%{http_code}' -X "$2"
    -H "X-Auth-Token: $TOKEN" -H 'Content-Type: application/json')
  [[ $# -ge 4 ]] && args+=(--data "$4")
  local out
  out=$(curl "${args[@]}" "http://127.0.0.1:$1/v3/$PROJECT$3" 2>/dev/null) || out=$'\n000'
  printf '%s %s\n' "${out##*$'\n'}" "${out%$'\n'*}"
}

json_id() {
  sed -n 's/.*"id": "\([0-9a-f-]*\)".*/\1/p' | head -n 1
}

# group_with_volumes PORT COUNT: prints the new group's id.
group_with_volumes() {
  local group
  group=$(api "$1" POST /consistencygroups \
    '{"consistencygroup": {"name": "ci", "volume_types": "__DEFAULT__"}}' | json_id)
  [[ -n $group ]] || fail "could not create a group on port $1"
  for ((v = 0; v < $2; v++)); do
    api "$1" POST /volumes \
      "{\"volume\": {\"size\": 1, \"consistencygroup_id\": \"$group\"}}" >/dev/null
  done
  echo "$group"
}

# status_of PORT ID: the cgsnapshot's status, "gone" for 404, "unreachable" otherwise.
status_of() {
  local reply
  reply=$(api "$1" GET "/cgsnapshots/$2")
  case ${reply%% *} in
    200) sed -n 's/.*"status": "\([a-z_-]*\)".*/\1/p' <<<"$reply" ;;
    404) echo gone ;;
    *) echo unreachable ;;
  esac
}
