#!/usr/bin/env bash
# Briefing throughput with one replica and with two replicas of the PostgreSQL build on one
# database, on this machine (issue 14). Two replicas on 2 cores cannot double it; the figures show
# what the second replica and the refresh path cost. Each setup runs twice: reads only, and reads
# while an editor changes a topic every WRITE_EVERY seconds through replica A (every change makes
# every replica rebuild its snapshot: A after its write, B when its sync poll sees the change).
# Usage: bench/replicas.sh      Tunables: CONNECTIONS=16 DURATION=15s WARMUP=5s XMX=512m WRITE_EVERY=1
set -euo pipefail
cd "$(dirname "$0")/.."
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-5s}
XMX=${XMX:-512m}
WRITE_EVERY=${WRITE_EVERY:-1}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
JAR=target/pg-app/quarkus-run.jar
if [ ! -f "$JAR" ]; then
  saved=; [ -f target/quarkus-artifact.properties ] && { saved=$(mktemp); cp target/quarkus-artifact.properties "$saved"; }
  ./mvnw -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql -Dquarkus.package.output-directory=pg-app
  [ -n "$saved" ] && mv "$saved" target/quarkus-artifact.properties
fi
free_port() { local p; for _ in $(seq 1 100); do p=$((18100 + RANDOM % 900)); if ! (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then echo $p; return; fi; done; return 1; }

work=$(mktemp -d /tmp/briefing-bench.XXXXXX); chmod 755 "$work"
# start() runs in a command substitution (a subshell): it records the replicas' process ids in a file.
cleanup() {
  if [ -f "$work/pids" ]; then
    while read -r p; do kill "$p" 2>/dev/null || true; done < "$work/pids"
    while read -r p; do while kill -0 "$p" 2>/dev/null; do sleep 0.1; done; done < "$work/pids"
  fi
  pg/cluster.sh destroy "$work/pg"; rm -rf "$work"
}
trap cleanup EXIT
pgport=$(free_port); pg/cluster.sh init "$work/pg" "$pgport"
export BRIEFING_DB_URL="jdbc:postgresql://127.0.0.1:$pgport/briefing" BRIEFING_DB_USER=briefing BRIEFING_DB_PASSWORD=briefing
export BRIEFING_EDITOR_USER=bench BRIEFING_EDITOR_PASSWORD="bench-$RANDOM-$RANDOM"

start() { # name -> port
  local port; port=$(free_port)
  java -Xmx"$XMX" -XX:+ExitOnOutOfMemoryError -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -Dquarkus.management.port="$((port + 1000))" -jar "$JAR" > "$work/$1.log" 2>&1 &
  local pid=$!
  echo "$pid" >> "$work/pids"
  until curl -sf "http://127.0.0.1:$port/q/health/ready" >/dev/null 2>&1; do
    kill -0 "$pid" 2>/dev/null || { echo "replica $1 exited:" >&2; tail -20 "$work/$1.log" >&2; return 1; }
    sleep 0.2
  done
  echo "$port"
}
briefing='{"query":"{ briefing(question: \"What does North Korea want?\") { headline coverage points { statement evidence { quote start end speaker certainty } } caveats { kind statement } } }"}'
cat > "$work/briefing.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$briefing]]
LUA
writer() { # port -> runs until killed: one topic change every WRITE_EVERY s
  local i=0
  while true; do
    i=$((i + 1))
    curl -s -u "$BRIEFING_EDITOR_USER:$BRIEFING_EDITOR_PASSWORD" -H 'Content-Type: application/json' \
      -d "{\"query\":\"mutation { createTopic(input: {slug: \\\"bench-$i-$RANDOM\\\", name: \\\"Bench $i\\\"}) { slug } }\"}" \
      "http://127.0.0.1:$1/graphql" >/dev/null || true
    sleep "$WRITE_EVERY"
  done
}
load() { # label writes(yes/no) port... -> prints requests/s (sum over replicas)
  local label=$1 writes=$2; shift 2
  local n=$# c=$((CONNECTIONS / $#)) wpid=
  for p in "$@"; do wrk -t1 -c"$c" -d"$WARMUP" -s "$work/briefing.lua" "http://127.0.0.1:$p/graphql" >/dev/null; done
  [ "$writes" = yes ] && { writer "$1" & wpid=$!; }
  local i=0 wrks=()
  for p in "$@"; do
    wrk -t$((2 / n > 0 ? 2 / n : 1)) -c"$c" -d"$DURATION" --latency -s "$work/briefing.lua" "http://127.0.0.1:$p/graphql" > "$work/$label.$i.out" &
    wrks+=($!); i=$((i + 1))
  done
  wait "${wrks[@]}"
  [ -n "$wpid" ] && { kill "$wpid"; wait "$wpid" 2>/dev/null || true; }
  local total; total=$(cat "$work/$label".*.out | awk '/Requests\/sec/ { s += $2 } END { printf "%.0f", s }')
  local p99; p99=$(cat "$work/$label".*.out | awk '$1 == "99%" { print $2 }' | paste -sd/ -)
  local errors; errors=$(cat "$work/$label".*.out | awk '/Non-2xx|Socket errors/ { n++ } END { print n + 0 }')
  printf '%-34s %12s %18s %8s\n' "$label" "$total" "$p99" "$errors"
}

a=$(start A)
printf '\nBriefing throughput, PostgreSQL build, wrk %s connections in total, -d%s, -Xmx%s, %s cores\n' "$CONNECTIONS" "$DURATION" "$XMX" "$(nproc)"
printf '%-34s %12s %18s %8s\n' setup "requests/s" "p99 per replica" errors
load "one replica, reads only" no "$a"
load "one replica, a write every ${WRITE_EVERY}s" yes "$a"
b=$(start B)
load "two replicas, reads only" no "$a" "$b"
load "two replicas, a write every ${WRITE_EVERY}s" yes "$a" "$b"
rebuilds() { curl -s "http://127.0.0.1:$1/q/health/ready" | tr -d ' \n' | grep -o '"generation":[0-9]*' | head -1; }
printf '\nsnapshot generations after the runs: A %s, B %s\n' "$(rebuilds "$a")" "$(rebuilds "$b")"
