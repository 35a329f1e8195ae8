#!/usr/bin/env bash
# Benchmark of the cgsnapshot API on loopback, with the ceilings it is judged against.
#
#   bench/run.sh            default run: PostgreSQL, then H2 (a few minutes)
#   bench/run.sh --growth   list/detail page latency with 1k, 100k and 1M cgsnapshots (PostgreSQL)
#
# Per database it starts the uber-jar (built if missing, REBUILD=1 to force), seeds groups and
# volumes over HTTP and drives create, show, list page and detail page with wrk; per run it also
# measures the HTTP ceiling (GET /), the database ceiling (pgbench running the create
# transaction) and, when the reference Cinder answers on 127.0.0.1:8776, its create and list.
# Results: bench/results/<date>-<db>.md (-2, -3 ... when that exists; nothing is overwritten).
# Only processes started here are stopped, by PID.
#
# Env: CONNS (32) THREADS (2) WARMUP (3s) DURATION (10s) BENCH_GROUPS (32, one volume each)
#      PORT (18790) DBS ("postgresql h2") BENCH_JAVA_OPTS (JVM flags for the server, default -Xmx256m;
#      set it empty for the JVM's own heap sizing)
#      CINDER_START=1 starts the reference Cinder if it is down (and stops it afterwards)
#      BENCH_JAR (another uber-jar to measure; default target/cgsnap-microbundle.jar)
#      BENCH_NOTE (a line for the result file, e.g. what BENCH_JAR was built from)
#      BENCH_TAG (suffix of the result file names, e.g. a flag set: <date>-<db>-<tag>.md)
set -euo pipefail
exec </dev/null

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
MODE=default
case "${1:-}" in
  "") ;;
  --growth) MODE=growth ;;
  *) echo "usage: bench/run.sh [--growth]" >&2; exit 2 ;;
esac

CONNS=${CONNS:-32}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-3s}
DURATION=${DURATION:-10s}
GROUP_COUNT=${BENCH_GROUPS:-32}
PORT=${PORT:-18790}
DBS=${DBS:-postgresql h2}
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS--Xmx256m}
CINDER_START=${CINDER_START:-0}
BENCH_DB=cgsnap_bench
PROJECT=ba5eba11ba5eba11ba5eba11ba5eba11
TOKEN="bench:$PROJECT"
BASE=http://127.0.0.1:$PORT
CINDER=http://127.0.0.1:8776
CINDER_PROJECT=0123456789abcdef0123456789abcdef
PEER=${PEER_DIR_SCRIPTS:-$ROOT/../shared/peer}
JAR=${BENCH_JAR:-$ROOT/target/cgsnap-microbundle.jar}
HZ=$(getconf CLK_TCK)
DAY=$(date -u +%Y-%m-%d)
WORK=$(mktemp -d /tmp/cgsnap-bench.XXXXXX)
SERVER_PID=""
CINDER_STARTED=0

export BENCH_LUA=$HERE/lua

log() {
  echo "[$(date -u +%T)] $*" >&2
}

# fresh_file BASE: BASE.md, or BASE-2.md, BASE-3.md ... when it exists; a run never overwrites.
fresh_file() {
  local candidate=$1.md n=2
  while [ -e "$candidate" ]; do
    candidate=$1-$n.md
    n=$((n + 1))
  done
  echo "$candidate"
}

cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "$CINDER_STARTED" = 1 ]; then
    log "stopping the reference Cinder this run started"
    "$PEER/cinder-down.sh" --keep-db >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
# Tools

pick_jdk() {
  local candidate major
  for candidate in ${JAVA_HOME:-} /usr/lib/jvm/*; do
    [ -x "$candidate/bin/java" ] || continue
    major=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= ' '/java.specification.version/ {print $2}')
    if [ "${major:-0}" -ge 21 ]; then
      export JAVA_HOME=$candidate
      export PATH=$JAVA_HOME/bin:$PATH
      return 0
    fi
  done
  echo "no JDK 21 or newer found (JAVA_HOME or /usr/lib/jvm/*)" >&2
  return 1
}

ensure_wrk() {
  if command -v wrk >/dev/null; then
    return 0
  fi
  log "installing wrk from Debian"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 wrk >/dev/null
}

ensure_jar() {
  if [ -f "$JAR" ] && [ "${REBUILD:-0}" != 1 ]; then
    log "reusing $JAR"
    return 0
  fi
  log "building the uber-jar"
  (cd "$ROOT" && ./mvnw -B -q -DskipTests package)
}

# ---------------------------------------------------------------------------------------------
# Measuring

# CPU ticks (utime+stime, children included) summed over the PIDs given.
ticks_of() {
  local pid total=0
  for pid in "$@"; do
    if [ -r "/proc/$pid/stat" ]; then
      total=$((total + $(awk '{print $14 + $15 + $16 + $17}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
    fi
  done
  echo "$total"
}

# The PostgreSQL backends serving a database (the server's pooled connections).
backends_of() {
  psql -X -qtA -h 127.0.0.1 -U postgres -d postgres \
    -c "SELECT pid FROM pg_stat_activity WHERE datname = '$1'" | tr '\n' ' '
}

# Commands printing the PIDs whose CPU counts as "the server" for the current target, application
# and database apart. They are asked before and after each run, so processes that appear during
# a run (new pooled connections) count from zero.
APP_PIDS_CMD=""
DB_PIDS_CMD=""

# snapshot CMD: "pid ticks" for every PID the command prints.
snapshot() {
  local pid
  [ -n "$1" ] || return 0
  for pid in $($1); do
    echo "$pid $(ticks_of "$pid")"
  done
}

# delta BEFORE AFTER: ticks spent between two snapshots, per PID.
delta() {
  awk 'NR == FNR { b[$1] = $2; next } { d += $2 - (($1 in b) ? b[$1] : 0) } END { print d + 0 }' \
    "$1" "$2"
}

# drive NAME SCRIPT BASE_URL [VAR=VALUE...]: warm-up, then a measured wrk run. Prints one line
# "name requests rps p50 p90 p99 max unexpected socket_errors codes app_ms db_ms" to $RESULTS.
drive() {
  local name=$1 script=$2 base=$3 before after line
  shift 3
  env "$@" wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" --timeout 10s -s "$HERE/lua/$script" "$base" \
    >"$WORK/$name.warmup" 2>&1 || true
  snapshot "$APP_PIDS_CMD" >"$WORK/$name.app0"
  snapshot "$DB_PIDS_CMD" >"$WORK/$name.db0"
  env "$@" wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --timeout 10s --latency \
    -s "$HERE/lua/$script" "$base" >"$WORK/$name.out" 2>&1
  snapshot "$APP_PIDS_CMD" >"$WORK/$name.app1"
  snapshot "$DB_PIDS_CMD" >"$WORK/$name.db1"
  before="0 0"
  after="$(delta "$WORK/$name.app0" "$WORK/$name.app1") $(delta "$WORK/$name.db0" "$WORK/$name.db1")"
  line=$(grep '^RESULT ' "$WORK/$name.out" || true)
  if [ -z "$line" ]; then
    log "$name: wrk printed no result"
    echo "$name - - - - - - - - - - -" >>"$RESULTS"
    return 0
  fi
  echo "$line" | awk -v name="$name" -v b="$before" -v a="$after" -v hz="$HZ" '
    { for (i = 2; i <= NF; i++) { split($i, kv, "="); r[kv[1]] = kv[2] } }
    END {
      split(b, x, " "); split(a, y, " ")
      n = r["requests"] > 0 ? r["requests"] : 1
      printf "%s %d %.1f %.2f %.2f %.2f %.2f %d %d %s %.3f %.3f\n", name, r["requests"], r["rps"],
        r["p50"], r["p90"], r["p99"], r["max"], r["unexpected"], r["socket_errors"], r["codes"],
        (y[1] - x[1]) * 1000 / hz / n, (y[2] - x[2]) * 1000 / hz / n
    }' >>"$RESULTS"
  log "$name: $(tail -1 "$RESULTS")"
}

# mark NAME REASON: a case that could not run.
mark() {
  echo "$1 n/a n/a n/a n/a n/a n/a n/a n/a $2 n/a n/a" >>"$RESULTS"
  log "$1: n/a ($2)"
}

status_of() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "X-Auth-Token: $2" "$1" || true
}

# ---------------------------------------------------------------------------------------------
# Our server

# The same preparation as CI's: starts the local servers if they are down and makes a fresh
# database owned by a user of the same name and password.
prepare_database() {
  if [ "$1" = postgresql ]; then
    bash "$ROOT/.ci/databases.sh" "$BENCH_DB" >/dev/null
  fi
}

start_server() {
  local db=$1
  if curl -s -o /dev/null --max-time 2 "$BASE/"; then
    echo "port $PORT is in use; set PORT" >&2
    return 1
  fi
  mkdir -p "$WORK/$db"
  # The listener answers on loopback only.
  echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" \
    >"$WORK/preboot.asadmin"
  STARTED_AT=$(date +%s.%N)
  # shellcheck disable=SC2086
  (
    cd "$WORK/$db"
    exec env CGSNAP_DB="$db" CGSNAP_DB_NAME=$BENCH_DB CGSNAP_DB_USER=$BENCH_DB \
      CGSNAP_DB_PASSWORD=$BENCH_DB CGSNAP_DATA_DIR="$WORK/$db/h2" CGSNAP_QUOTA_SNAPSHOTS=-1 \
      java $BENCH_JAVA_OPTS -jar "$JAR" --port "$PORT" --rootdir "$WORK/$db/root" \
      --prebootcommandfile "$WORK/preboot.asadmin"
  ) >"$WORK/server-$db.log" 2>&1 &
  SERVER_PID=$!
  log "server on $db: PID $SERVER_PID, port $PORT"
}

post() {  # post PATH JSON -> prints "status body"
  curl -s --max-time 10 -w '\n%{http_code}' -X POST "$BASE$1" -H "X-Auth-Token: $TOKEN" \
    -H 'Content-Type: application/json' -d "$2"
}

# Polls the first write (a group create) until it answers 202; sets FIRST_202_S.
first_202() {
  local deadline=$((SECONDS + 180)) out
  while [ $SECONDS -lt $deadline ]; do
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      echo "the server exited; log: $WORK/server-$1.log" >&2
      tail -30 "$WORK/server-$1.log" >&2
      return 1
    fi
    out=$(post "/v3/$PROJECT/consistencygroups" \
      '{"consistencygroup": {"name": "bench-g0", "volume_types": "__DEFAULT__"}}' || true)
    if [ "$(tail -1 <<<"$out")" = 202 ]; then
      FIRST_202_S=$(awk -v s="$STARTED_AT" -v e="$(date +%s.%N)" 'BEGIN {printf "%.1f", e - s}')
      FIRST_GROUP=$(head -1 <<<"$out" | jq -r '.consistencygroup.id')
      return 0
    fi
    sleep 0.1
  done
  echo "no 202 within 180 s" >&2
  return 1
}

# GROUP_COUNT groups of one volume each; prints their ids, comma-separated.
seed_groups() {
  local ids=() group out i
  for i in $(seq 1 "$GROUP_COUNT"); do
    if [ "$i" = 1 ]; then
      group=$FIRST_GROUP
    else
      out=$(post "/v3/$PROJECT/consistencygroups" \
        "{\"consistencygroup\": {\"name\": \"bench-g$i\", \"volume_types\": \"__DEFAULT__\"}}")
      group=$(head -1 <<<"$out" | jq -r '.consistencygroup.id')
    fi
    out=$(post "/v3/$PROJECT/volumes" \
      "{\"volume\": {\"size\": 1, \"name\": \"bench-v$i\", \"consistencygroup_id\": \"$group\"}}")
    if [ "$(tail -1 <<<"$out")" != 202 ]; then
      echo "volume create answered: $out" >&2
      return 1
    fi
    ids+=("$group")
  done
  local IFS=,
  echo "${ids[*]}"
}

# 100 cgsnapshots to show, created before the create run; prints their paths, comma-separated.
seed_snapshots() {
  local groups=$1 paths=() out i group
  IFS=, read -r -a all <<<"$groups"
  for i in $(seq 1 100); do
    group=${all[$((i % ${#all[@]}))]}
    out=$(post "/v3/$PROJECT/cgsnapshots" \
      "{\"cgsnapshot\": {\"consistencygroup_id\": \"$group\", \"name\": \"bench-show-$i\"}}")
    paths+=("/v3/$PROJECT/cgsnapshots/$(head -1 <<<"$out" | jq -r '.cgsnapshot.id')")
  done
  local IFS=,
  echo "${paths[*]}"
}

vm_kb() {  # vm_kb FIELD: VmHWM / VmRSS of the server, in kB
  awk -v f="$1:" '$1 == f {print $2}' "/proc/$SERVER_PID/status"
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}

# ---------------------------------------------------------------------------------------------
# Ceilings

# HTTP ceiling: GET / (version discovery); a 404 path when / is not served yet.
http_ceiling() {
  local code
  code=$(status_of "$BASE/" "$TOKEN")
  case "$code" in
    200 | 300)
      CEILING_NOTE="GET / ($code)"
      drive ceiling get.lua "$BASE" BENCH_PROJECT=$PROJECT GET_PATHS=/ EXPECT_STATUS="$code"
      ;;
    *)
      CEILING_NOTE="GET / answers $code, so a 404 path (GET /bench-no-such-path) stands in"
      drive ceiling get.lua "$BASE" BENCH_PROJECT=$PROJECT GET_PATHS=/bench-no-such-path \
        EXPECT_STATUS=404
      ;;
  esac
}

# Database ceiling: the create transaction in pgbench, same client count, against its own groups.
pgbench_ceiling() {
  local out tps
  psql -X -q -h 127.0.0.1 -U postgres -d $BENCH_DB -v ON_ERROR_STOP=1 >/dev/null <<SQL
INSERT INTO consistency_group (id, project_id, user_id, name, availability_zone, volume_type_ids,
                               status, created_at, deleted)
SELECT '00000000-0000-4000-8000-' || lpad(g::text, 12, '0'), 'pgbench', 'bench', 'pgbench-' || g,
       'nova', 'c3b6f0f1-0c3e-4d0a-9a55-2f8e7e1d5b10', 'available', localtimestamp, false
  FROM generate_series(1, $GROUP_COUNT) g;
INSERT INTO volume (id, project_id, user_id, name, size_gb, volume_type_id, availability_zone,
                    status, consistency_group_id, created_at, deleted)
SELECT '00000000-0000-4000-9000-' || lpad(g::text, 12, '0'), 'pgbench', 'bench', 'pgbench-' || g,
       1, 'c3b6f0f1-0c3e-4d0a-9a55-2f8e7e1d5b10', 'nova', 'available',
       '00000000-0000-4000-8000-' || lpad(g::text, 12, '0'), localtimestamp, false
  FROM generate_series(1, $GROUP_COUNT) g;
INSERT INTO quota_usage (project_id, resource, in_use) VALUES ('pgbench', 'snapshots', 0);
SQL
  out=$(pgbench -h 127.0.0.1 -U postgres -n -M prepared -c "$CONNS" -j "$THREADS" \
    -T "${DURATION%s}" -D groups="$GROUP_COUNT" -f "$HERE/pgbench-create.sql" $BENCH_DB 2>&1) || {
    echo "$out" >&2
    mark pgbench "pgbench failed"
    return 0
  }
  echo "$out" >"$WORK/pgbench.out"
  tps=$(awk '/^tps = / {printf "%.1f", $3; exit}' <<<"$out")
  local lat
  lat=$(awk '/^latency average = / {print $4; exit}' <<<"$out")
  echo "pgbench $(awk '/number of transactions actually processed/ {print $NF; exit}' <<<"$out" \
    | cut -d/ -f1) $tps $lat - - - 0 0 - - -" >>"$RESULTS"
  log "pgbench: $tps TPS, average latency $lat ms"
}

# ---------------------------------------------------------------------------------------------
# The reference Cinder

# The peer's own API process is alive and answers the version document (not just anything that
# listens on its port, such as a cgsnap started there).
cinder_up() {
  local pid
  pid=$(cat /tmp/cinder-peer/run/cinder-api.pid 2>/dev/null || true)
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && [ -x "$PEER/seed-cg.sh" ] &&
    [ "$(status_of "$CINDER/" x)" = 300 ]
}

# A process and its children.
tree_of() {
  [ -n "$1" ] && echo "$1 $(pgrep -P "$1" 2>/dev/null | tr '\n' ' ')"
}

cinder_app_pids() {
  tree_of "$(cat /tmp/cinder-peer/run/cinder-api.pid 2>/dev/null || true)"
}

cinder_db_pids() {
  tree_of "$(head -1 /tmp/cinder-peer/pgdata/postmaster.pid 2>/dev/null || true)"
}

server_pid() {
  echo "$SERVER_PID"
}

# Measured once per run; its lines are copied into every result file of the run.
bench_cinder() {
  CINDER_RESULTS=$WORK/cinder.results
  : >"$CINDER_RESULTS"
  if ! cinder_up && [ "$CINDER_START" = 1 ] && [ -x "$PEER/cinder-up.sh" ]; then
    log "starting the reference Cinder"
    "$PEER/cinder-up.sh" >"$WORK/cinder-up.log" 2>&1 && CINDER_STARTED=1
  fi
  if ! cinder_up; then
    CINDER_NOTE="not-running-on-127.0.0.1:8776"
    RESULTS=$CINDER_RESULTS mark cinder-create "$CINDER_NOTE"
    RESULTS=$CINDER_RESULTS mark cinder-list "$CINDER_NOTE"
    return 0
  fi
  local cg rows
  cg=$("$PEER/seed-cg.sh" 2>/dev/null)
  "$PEER/bench/clean-cgsnapshots.sh" 'bench-%' >/dev/null 2>&1 || true
  rows=$(curl -s "$CINDER/v3/$CINDER_PROJECT/cgsnapshots" -H "X-Auth-Token: admin:$CINDER_PROJECT" \
    | jq '.cgsnapshots | length')
  CINDER_NOTE="reference Cinder 21.3.1 (uWSGI); its list saw $rows cgsnapshots in the project"
  APP_PIDS_CMD=cinder_app_pids
  DB_PIDS_CMD=cinder_db_pids
  RESULTS=$CINDER_RESULTS drive cinder-list get.lua "$CINDER" BENCH_PROJECT=$CINDER_PROJECT \
    BENCH_TOKEN="admin:$CINDER_PROJECT" GET_PATHS="/v3/$CINDER_PROJECT/cgsnapshots?limit=100"
  RESULTS=$CINDER_RESULTS drive cinder-create create.lua "$CINDER" BENCH_PROJECT=$CINDER_PROJECT \
    BENCH_TOKEN="admin:$CINDER_PROJECT" GROUP_IDS="$cg"
  # wrk leaves requests in flight; let the count settle before removing the rows by SQL.
  sleep 5
  "$PEER/bench/clean-cgsnapshots.sh" 'bench-%' >/dev/null 2>&1 || true
}

# ---------------------------------------------------------------------------------------------
# Report

machine() {
  echo "- machine: $(nproc) CPUs ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) memory, $(uname -sr)"
  echo "- java: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)${BENCH_JAVA_OPTS:+, flags: $BENCH_JAVA_OPTS}"
  echo "- wrk: -t$THREADS -c$CONNS, $WARMUP warm-up then $DURATION measured, loopback; pgbench -c$CONNS -j$THREADS -M prepared"
  echo "- loadavg at start: $LOAD_START; at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -n "${BENCH_JAR:-}" ]; then
    echo "- jar: $BENCH_JAR, built $(date -u -r "$JAR" +'%F %T UTC') (not from this tree)${BENCH_NOTE:+; $BENCH_NOTE}"
  else
    echo "- commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); jar built $(date -u -r "$JAR" +'%F %T UTC')${BENCH_NOTE:+; $BENCH_NOTE}"
  fi
}

# value NAME FIELD from $RESULTS (fields: 2 requests 3 rps 4 p50 5 p90 6 p99 7 max 8 unexpected
# 9 socket errors 10 codes 11 app CPU ms/req 12 db CPU ms/req)
value() {
  awk -v n="$1" -v f="$2" '$1 == n {print $f; exit}' "$RESULTS" "$CINDER_RESULTS"
}

ratio() {  # ratio A B [SUFFIX] -> A/B, or n/a
  awk -v a="$1" -v b="$2" -v s="${3:-}" 'BEGIN {
    if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b + 0 > 0) printf "%.2f%s", a / b, s; else print "n/a" }'
}

verdict() {  # verdict VALUE OP GOAL
  awk -v v="$1" -v op="$2" -v g="$3" 'BEGIN {
    if (v !~ /^[0-9.]+$/) { print "n/a"; exit }
    ok = (op == ">=") ? (v + 0 >= g + 0) : (v + 0 <= g + 0)
    print ok ? "met" : "**missed**" }'
}

write_report() {
  local db=$1 file
  file=$(fresh_file "$HERE/results/$DAY-$db${BENCH_TAG:+-$BENCH_TAG}")
  local c_rps c_cpu k_rps k_cpu pg_tps show_rps ceil_rps p99 hwm first
  c_rps=$(value create 3)
  c_cpu=$(awk -v a="$(value create 11)" -v d="$(value create 12)" 'BEGIN {
    if (a ~ /^[0-9.]+$/) printf "%.3f", a + (d ~ /^[0-9.]+$/ ? d : 0); else print "n/a" }')
  k_rps=$(value cinder-create 3)
  k_cpu=$(awk -v a="$(value cinder-create 11)" -v d="$(value cinder-create 12)" 'BEGIN {
    if (a ~ /^[0-9.]+$/) printf "%.3f", a + (d ~ /^[0-9.]+$/ ? d : 0); else print "n/a" }')
  pg_tps=$(value pgbench 3)
  show_rps=$(value show 3)
  ceil_rps=$(value ceiling 3)
  p99=$(value create 6)
  hwm=$((HWM_KB / 1024))
  first=$FIRST_202_S
  {
    echo "# cgsnapshot benchmark, $db, $(date -u +'%Y-%m-%d %H:%M UTC')"
    echo
    machine
    echo "- server: uber-jar on 127.0.0.1:$PORT, database $db, $GROUP_COUNT groups of one volume; started to first 202 in ${first} s; peak RSS (VmHWM) $hwm MB, RSS at end $((RSS_KB / 1024)) MB"
    echo "- HTTP ceiling: $CEILING_NOTE"
    echo "- Cinder: $CINDER_NOTE"
    echo
    echo "| case | req/s | p50 ms | p90 ms | p99 ms | max ms | unexpected | socket errors | statuses | app CPU ms/req | DB CPU ms/req |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    cat "$RESULTS" "$CINDER_RESULTS" | awk '{
      printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12 }'
    echo
    echo "pgbench row: req/s is TPS, p50 is its average latency. Unexpected: answers other than 2xx (for the ceiling, other than its one status). On H2 the database runs inside the server, so its CPU is in the app column. CPU is utime+stime from /proc over the measured run, divided by the requests answered: for Cinder its uWSGI master and workers (app) and its private PostgreSQL (DB); for ours the JVM (app) and the PostgreSQL backends of its pool (DB)."
    echo
    echo "| target | value | goal | verdict |"
    echo "|---|---|---|---|"
    local r
    r=$(ratio "$c_rps" "$k_rps")
    echo "| create throughput vs Cinder create | $(ratio "$c_rps" "$k_rps" ×) ($c_rps vs $k_rps req/s) | ≥ 100× | $(verdict "$r" '>=' 100) |"
    r=$(ratio "$k_cpu" "$c_cpu")
    echo "| Cinder CPU/request ÷ create CPU/request (app+DB) | $(ratio "$k_cpu" "$c_cpu" ×) ($k_cpu vs $c_cpu ms) | ≥ 50× | $(verdict "$r" '>=' 50) |"
    r=$(ratio "$c_rps" "$pg_tps")
    echo "| create vs pgbench TPS | $r ($c_rps vs $pg_tps) | ≥ 0.70 | $(verdict "$r" '>=' 0.70) |"
    echo "| create p99 at $CONNS connections | $p99 ms | ≤ 50 ms | $(verdict "$p99" '<=' 50) |"
    echo "| show p99 at $CONNS connections | $(value show 6) ms | ≤ 50 ms | $(verdict "$(value show 6)" '<=' 50) |"
    r=$(ratio "$show_rps" "$ceil_rps")
    echo "| show vs HTTP ceiling | $r ($show_rps vs $ceil_rps req/s) | ≥ 0.50 | $(verdict "$r" '>=' 0.5) |"
    echo "| peak RSS | $hwm MB | ≤ 600 MB | $(verdict "$hwm" '<=' 600) |"
    echo "| start to first 202 | $first s | ≤ 10 s | $(verdict "$first" '<=' 10) |"
  } >"$file"
  log "wrote $file"
  cat "$file"
}

# ---------------------------------------------------------------------------------------------
# Runs

run_default() {
  local db groups shows code
  bench_cinder
  for db in $DBS; do
    RESULTS=$WORK/$db.results
    : >"$RESULTS"
    prepare_database "$db"
    start_server "$db"
    APP_PIDS_CMD=server_pid
    DB_PIDS_CMD=""
    if [ "$db" = postgresql ]; then
      DB_PIDS_CMD="backends_of $BENCH_DB"
    fi
    first_202 "$db"
    log "first 202 after $FIRST_202_S s"
    groups=$(seed_groups)
    shows=$(seed_snapshots "$groups")
    drive create create.lua "$BASE" BENCH_PROJECT=$PROJECT GROUP_IDS="$groups"
    drive show get.lua "$BASE" BENCH_PROJECT=$PROJECT GET_PATHS="$shows"
    for page in list detail; do
      local path=/v3/$PROJECT/cgsnapshots?limit=100
      [ "$page" = detail ] && path=/v3/$PROJECT/cgsnapshots/detail?limit=100
      code=$(status_of "$BASE$path" "$TOKEN")
      if [ "$code" = 200 ]; then
        drive "$page" get.lua "$BASE" BENCH_PROJECT=$PROJECT GET_PATHS="$path"
      else
        mark "$page" "GET-answers-$code"
      fi
    done
    http_ceiling
    if [ "$db" = postgresql ]; then
      pgbench_ceiling
    else
      mark pgbench "PostgreSQL-only"
    fi
    HWM_KB=$(vm_kb VmHWM)
    RSS_KB=$(vm_kb VmRSS)
    stop_server
    write_report "$db"
  done
}

# Inserts cgsnapshots by SQL until the table holds $1 rows; 1 in 100 (1 in 2 below 1,000) is ours.
grow_to() {
  local target=$1 have
  have=$(psql -X -qtA -h 127.0.0.1 -U postgres -d $BENCH_DB -c "SELECT count(*) FROM cgsnapshot")
  psql -X -q -h 127.0.0.1 -U postgres -d $BENCH_DB -v ON_ERROR_STOP=1 >/dev/null <<SQL
INSERT INTO cgsnapshot (id, project_id, user_id, consistency_group_id, name, description, status,
                        created_at, deleted)
SELECT CAST(gen_random_uuid() AS varchar),
       CASE WHEN i % (CASE WHEN $target <= 1000 THEN 2 ELSE 100 END) = 0 THEN '$PROJECT'
            ELSE 'other-' || (i % 997) END,
       'bench', '$FIRST_GROUP', 'growth-' || i, NULL, 'available',
       localtimestamp - make_interval(secs => i), false
  FROM generate_series($have + 1, $target) i;
ANALYZE cgsnapshot;
SQL
}

run_growth() {
  local size code ours
  RESULTS=$WORK/growth.results
  : >"$RESULTS"
  CINDER_RESULTS=$WORK/none
  : >"$CINDER_RESULTS"
  prepare_database postgresql
  start_server postgresql
  APP_PIDS_CMD=server_pid
  DB_PIDS_CMD="backends_of $BENCH_DB"
  first_202 postgresql
  local warm=0
  for size in 1000 100000 1000000; do
    log "growing the table to $size cgsnapshots"
    grow_to "$size"
    ours=$(psql -X -qtA -h 127.0.0.1 -U postgres -d $BENCH_DB \
      -c "SELECT count(*) FROM cgsnapshot WHERE project_id = '$PROJECT'")
    for page in list detail; do
      local path=/v3/$PROJECT/cgsnapshots?limit=100
      [ "$page" = detail ] && path=/v3/$PROJECT/cgsnapshots/detail?limit=100
      code=$(status_of "$BASE$path" "$TOKEN")
      if [ "$code" = 200 ] && [ "$warm" = 0 ]; then
        # A fresh JVM compiles the list code during the first seconds; keep that out of the 1k row.
        log "warming the server up on $page (15 s, not measured)"
        env BENCH_PROJECT=$PROJECT GET_PATHS="$path" \
          wrk -t"$THREADS" -c"$CONNS" -d15s -s "$HERE/lua/get.lua" "$BASE" >/dev/null 2>&1 || true
      fi
      if [ "$code" = 200 ]; then
        drive "$page-$size" get.lua "$BASE" BENCH_PROJECT=$PROJECT GET_PATHS="$path"
      else
        mark "$page-$size" "GET-answers-$code"
      fi
    done
    warm=1
    echo "# $size rows, $ours of them in the project" >>"$WORK/growth.sizes"
  done
  HWM_KB=$(vm_kb VmHWM)
  stop_server
  local file
  file=$(fresh_file "$HERE/results/$DAY-postgresql-growth${BENCH_TAG:+-$BENCH_TAG}")
  {
    echo "# cgsnapshot list/detail page vs table size, postgresql, $(date -u +'%Y-%m-%d %H:%M UTC')"
    echo
    machine
    echo "- pages: GET …/cgsnapshots?limit=100 and …/cgsnapshots/detail?limit=100; rows inserted by SQL, most of them other projects'"
    sed 's/^# /- /' "$WORK/growth.sizes"
    echo "- peak RSS (VmHWM) $((HWM_KB / 1024)) MB"
    echo
    echo "| case | req/s | p50 ms | p90 ms | p99 ms | max ms | unexpected | statuses | app CPU ms/req | DB CPU ms/req |"
    echo "|---|---|---|---|---|---|---|---|---|---|"
    awk '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $3, $4, $5, $6, $7, $8, $10, $11, $12 }' "$RESULTS"
  } >"$file"
  log "wrote $file"
  cat "$file"
}

pick_jdk
ensure_wrk
ensure_jar
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
if [ "$MODE" = growth ]; then
  DURATION=${GROWTH_DURATION:-5s}
  run_growth
else
  run_default
fi
