#!/usr/bin/env bash
# Benchmark of the packaged application: the JVM jar, the native executable, or both in one run.
#
# Prints, from one run on this machine, for each (side by side when both run):
#   - time from launch to the first answered GraphQL query,
#   - requests/s and p50/p99 latency for `{ __typename }` and for the North Korea briefing under
#     the same concurrent load (wrk), and the ratio briefing/typename,
#   - resident memory (RSS) idle and after the load.
# Usage: bench/native-vs-jar.sh                                 the jar (built if missing)
#        NATIVE=target/briefing-1.0.0-SNAPSHOT-runner bench/native-vs-jar.sh   the jar, then the native binary
#        RUNNER=target/briefing-1.0.0-SNAPSHOT-runner bench/native-vs-jar.sh   the native binary only
# The two run one after the other (never at once), each on a fresh database, with the same load.
# Tunables (environment): THREADS=2 CONNECTIONS=16 DURATION=20s WARMUP=5s XMX=512m PORT=18080 JAR=path
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
XMX=${XMX:-512m}
PORT=${PORT:-18080}
URL="http://127.0.0.1:$PORT/graphql"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)..." >&2
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
fi
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
if [ -z "${RUNNER:-}" ] && [ ! -f "$JAR" ]; then  # the jar is benchmarked unless RUNNER is given
  flock /tmp/briefing-build.lock ./mvnw -B -q package -DskipTests
fi

work=$(mktemp -d)
pid=
trap 'if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

typename='{"query":"{ __typename }"}'
# The North Korea briefing as two kinds of client ask for it: structured (points with their quotes
# and offsets, ~100 fields) and rendered (the Markdown a chat or console shows a person).
briefing='{"query":"{ briefing(question: \"What does North Korea want?\") { headline coverage points { statement evidence { quote start end speaker certainty } } caveats { kind statement } } }"}'
markdown='{"query":"{ briefing(question: \"What does North Korea want?\") { coverage markdown } }"}'
for name in typename briefing markdown; do
  body=${!name}
  cat > "$work/$name.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[$body]]
LUA
done

run() { # name duration -> wrk output file
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s "$work/$1.lua" "$URL" > "$work/$1.out"
}
field() { # file pattern -> value
  awk -v p="$2" '$1 == p { print $2 }' "$1"
}
to_ms() { # wrk latency like 1.23ms / 850.00us / 1.02s -> ms
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 } else print v }'
}

# measure <label> <command...>: start the application on a fresh database, wait for the first
# answered query, load it, and write "<key> <value>" lines to $work/<label>.res; stop it.
measure() {
  local label=$1; shift
  rm -rf "$work/db-$label"
  export BRIEFING_DB_URL="jdbc:h2:file:$work/db-$label/briefing;DB_CLOSE_ON_EXIT=FALSE"
  local start_ns; start_ns=$(date +%s%N)
  "$@" > "$work/app-$label.log" 2>&1 &
  pid=$!
  until curl -sf -H 'Content-Type: application/json' -d "$typename" "$URL" 2>/dev/null | grep -q '"__typename"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "$label: application exited; log:" >&2; tail -20 "$work/app-$label.log" >&2; exit 1; fi
    sleep 0.05
  done
  local first_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  local rss_idle=$(( $(ps -o rss= -p "$pid") / 1024 ))
  # Check the briefing answers before loading it.
  curl -sf -H 'Content-Type: application/json' -d "$briefing" "$URL" | grep -q '"coverage":"FULL"' || { echo "$label: briefing did not answer FULL" >&2; exit 1; }
  for name in typename briefing markdown; do run "$name" "$WARMUP"; done   # warm-up (JIT), results discarded
  {
    echo "first_ms $first_ms"
    echo "rss_idle $rss_idle"
    for name in typename briefing markdown; do
      run "$name" "$DURATION"
      echo "rps_$name $(awk '/Requests\/sec/ { print $2 }' "$work/$name.out")"
      echo "p50_$name $(to_ms "$(field "$work/$name.out" 50%)")"
      echo "p99_$name $(to_ms "$(field "$work/$name.out" 99%)")"
      echo "err_$name $(awk '/Non-2xx|Socket errors/ { n++ } END { print n + 0 }' "$work/$name.out")"
    done
    echo "rss_loaded $(( $(ps -o rss= -p "$pid") / 1024 ))"
  } > "$work/$label.res"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}
get() { awk -v k="$2" '$1 == k { print $2 }' "$work/$1.res"; }

labels=()
if [ -n "${RUNNER:-}" ]; then
  measure native "$RUNNER" -Dquarkus.http.port="$PORT" -Xmx"$XMX"; labels+=(native)
else
  measure jar java -Xmx"$XMX" -Dquarkus.http.port="$PORT" -jar "$JAR"; labels+=(jar)
  if [ -n "${NATIVE:-}" ]; then
    measure native "$NATIVE" -Dquarkus.http.port="$PORT" -Xmx"$XMX"; labels+=(native)
  fi
fi

printf '\nBriefing benchmark (wrk -t%s -c%s -d%s, -Xmx%s, %s cores; jar: %s, native: %s)\n' "$THREADS" "$CONNECTIONS" "$DURATION" "$XMX" "$(nproc)" \
  "$( [ -f "$JAR" ] && [ -z "${RUNNER:-}" ] && echo "$JAR" || echo -)" "${RUNNER:-${NATIVE:--}}"
printf '%-34s' ""; for l in "${labels[@]}"; do printf '%16s' "$l"; done; printf '\n'
row() { # title key [suffix]
  printf '%-34s' "$1"; for l in "${labels[@]}"; do printf '%16s' "$(get "$l" "$2")${3:-}"; done; printf '\n'
}
row "launch to first answered query" first_ms " ms"
row "RSS idle after start" rss_idle " MB"
row "RSS after load" rss_loaded " MB"
for name in typename briefing markdown; do
  row "$name requests/s" "rps_$name"
  row "$name p50 latency" "p50_$name" " ms"
  row "$name p99 latency" "p99_$name" " ms"
  row "$name errors" "err_$name"
done
for l in "${labels[@]}"; do
  for name in briefing markdown; do
    ratio=$(awk -v b="$(get "$l" "rps_$name")" -v t="$(get "$l" rps_typename)" 'BEGIN { printf "%.2f", b / t }')
    printf '%s: %s/typename throughput ratio: %s (target >= 0.50)\n' "$l" "$name" "$ratio"
  done
done
