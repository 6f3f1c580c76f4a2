#!/usr/bin/env bash
# Benchmark of the packaged application (JVM jar by default, or a native binary with RUNNER=...).
#
# Prints, from one run on this machine:
#   - time from launch to the first answered GraphQL query,
#   - requests/s and p50/p99 latency for `{ __typename }` and for the North Korea briefing under
#     the same concurrent load (wrk), and the ratio briefing/typename,
#   - resident memory (RSS) idle and after the load.
# Usage: bench/benchmark.sh            (builds the jar if missing)
# Tunables (environment): THREADS=2 CONNECTIONS=16 DURATION=20s WARMUP=5s ATTACK_DURATION=10s XMX=512m PORT=18080 RUNNER=path
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
ATTACK_DURATION=${ATTACK_DURATION:-10s}
XMX=${XMX:-512m}
PORT=${PORT:-18080}
URL="http://127.0.0.1:$PORT/graphql"

if ! command -v wrk >/dev/null; then
  echo "Installing wrk (Debian package)..." >&2
  (apt-get update -qq && apt-get install -y -qq wrk) >/dev/null
fi
JAR=target/quarkus-app/quarkus-run.jar
if [ -z "${RUNNER:-}" ] && [ ! -f "$JAR" ]; then
  ./mvnw -B -q package -DskipTests
fi

work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

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

export BRIEFING_DB_URL="jdbc:h2:async:$work/db;DB_CLOSE_ON_EXIT=FALSE"
# A throwaway editor for the ingestion phase.
export BRIEFING_EDITOR_USER=bench BRIEFING_EDITOR_PASSWORD="bench-$RANDOM-$RANDOM"
start_ns=$(date +%s%N)
if [ -n "${RUNNER:-}" ]; then
  "$RUNNER" -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$((PORT + 1))" -Xmx"$XMX" > "$work/app.log" 2>&1 &
else
  java -Xmx"$XMX" -XX:+ExitOnOutOfMemoryError -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$((PORT + 1))" -jar "$JAR" > "$work/app.log" 2>&1 &
fi
pid=$!
until curl -sf -H 'Content-Type: application/json' -d "$typename" "$URL" 2>/dev/null | grep -q '"__typename"'; do
  if ! kill -0 "$pid" 2>/dev/null; then echo "application exited; log:" >&2; tail -20 "$work/app.log" >&2; exit 1; fi
  sleep 0.05
done
first_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
rss_idle=$(( $(ps -o rss= -p "$pid") / 1024 ))

# Check the briefing answers before loading it.
curl -sf -H 'Content-Type: application/json' -d "$briefing" "$URL" | grep -q '"coverage":"FULL"' || { echo "briefing did not answer FULL" >&2; exit 1; }

run() { # name duration -> wrk output file
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$2" --latency -s "$work/$1.lua" "$URL" > "$work/$1.out"
}
field() { # file pattern -> value
  awk -v p="$2" '$1 == p { print $2 }' "$1"
}
to_ms() { # wrk latency like 1.23ms / 850.00us / 1.02s -> ms
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 } else print v }'
}

for name in typename briefing markdown; do run "$name" "$WARMUP"; done   # warm-up (JIT), results discarded
for name in typename briefing markdown; do run "$name" "$DURATION"; done
rss_loaded=$(( $(ps -o rss= -p "$pid") / 1024 ))

printf '\nBriefing benchmark (%s, wrk -t%s -c%s -d%s, -Xmx%s, %s cores)\n' "${RUNNER:-JVM jar}" "$THREADS" "$CONNECTIONS" "$DURATION" "$XMX" "$(nproc)"
printf 'launch to first answered query: %s ms\n' "$first_ms"
printf 'RSS idle after start: %s MB; RSS after load: %s MB\n\n' "$rss_idle" "$rss_loaded"
printf '%-22s %12s %10s %10s %8s\n' request "requests/s" "p50 ms" "p99 ms" errors
for name in typename briefing markdown; do
  rps=$(awk '/Requests\/sec/ { print $2 }' "$work/$name.out")
  p50=$(to_ms "$(field "$work/$name.out" 50%)")
  p99=$(to_ms "$(field "$work/$name.out" 99%)")
  errors=$(awk '/Non-2xx|Socket errors/ { n++ } END { print n + 0 }' "$work/$name.out")
  printf '%-22s %12s %10s %10s %8s\n' "$name" "$rps" "$p50" "$p99" "$errors"
  eval "rps_$name=$rps"
done
printf '\n'
for name in briefing markdown; do
  rps=$(eval echo "\$rps_$name")
  ratio=$(awk -v b="$rps" -v t="$rps_typename" 'BEGIN { printf "%.2f", b / t }')
  printf '%s/typename throughput ratio: %s (target >= 0.50)\n' "$name" "$ratio"
done

# Ingestion under load (issue 10.3): INGESTIONS concurrent ~200 KB articles while a probe asks the
# North Korea briefing every 100 ms; reports how long the ingestions took, whether all landed, and
# the probe's latency meanwhile.
INGESTIONS=${INGESTIONS:-10}
article() { # seed -> JSON body of an ingestArticle mutation with ~200 KB of news-like text
  awk -v seed="$1" 'BEGIN {
    srand(seed); split("Russia|North Korea|Pyongyang|Moscow|the Kremlin|Kim Jong Un|Putin|Seoul|Washington|Ukraine", a, "|");
    split("artillery shells|ballistic missiles|tons of oil|workers|drones", t, "|");
    text = "Report " seed " on Russia and North Korea\\n\\n";
    while (length(text) < 200 * 1024 - 400) {
      x = a[int(rand() * 10) + 1]; y = a[int(rand() * 10) + 1]; n = int(rand() * 9000) + 1; z = t[int(rand() * 5) + 1];
      r = int(rand() * 3);
      if (r == 0) s = x " has sent " n " " z " to " y " since 2023, according to " a[int(rand() * 10) + 1] ".";
      else if (r == 1) s = "Analysts believe " x " could supply as many as " n " " z " to " y ".";
      else s = x " said that " y " had violated sanctions " n " times.";
      text = text s ((rand() < 0.2) ? "\\n\\n" : " ");
    }
    printf "{\"query\":\"mutation($i: ArticleInput!) { ingestArticle(input: $i) { created } }\",\"variables\":{\"i\":{\"title\":\"Bench %s\",\"text\":\"%s\"}}}", seed, text
  }'
}
for i in $(seq 1 "$INGESTIONS"); do article "$i" > "$work/article-$i.json"; done
probe_log="$work/probe.txt"; : > "$probe_log"
( while [ ! -f "$work/ingested" ]; do
    curl -s -o /dev/null -w '%{time_total} %{http_code}\n' -H 'Content-Type: application/json' -d "$briefing" "$URL" >> "$probe_log"
    sleep 0.1
  done ) &
probe_pid=$!
ingest_start=$(date +%s%N)
ingest_pids=()
for i in $(seq 1 "$INGESTIONS"); do
  curl -s -u "$BRIEFING_EDITOR_USER:$BRIEFING_EDITOR_PASSWORD" -H 'Content-Type: application/json' \
    --data-binary "@$work/article-$i.json" "$URL" > "$work/ingest-$i.out" &
  ingest_pids+=("$!")
done
wait "${ingest_pids[@]}" || true
ingest_ms=$(( ($(date +%s%N) - ingest_start) / 1000000 ))
touch "$work/ingested"; wait "$probe_pid" 2>/dev/null || true
landed=$(grep -l '"created":true' "$work"/ingest-*.out 2>/dev/null | wc -l)
printf '\ningestion: %s concurrent ~200 KB articles in %s ms, %s landed\n' "$INGESTIONS" "$ingest_ms" "$landed"
sort -n "$probe_log" | awk '{ t[NR] = $1 * 1000; if ($2 != 200) bad++ } END {
  if (NR == 0) { print "probe: no answers"; exit }
  printf "briefing probe meanwhile: %d requests, p50 %.1f ms, max %.1f ms, non-200: %d\n", NR, t[int((NR + 1) / 2)], t[NR], bad + 0 }'
printf 'RSS after ingestion: %s MB\n' "$(( $(ps -o rss= -p "$pid") / 1024 ))"
# Under attack (issue 10): the probe `{ __typename }` measured while 4 clients keep sending hostile
# documents that the limits refuse before execution: 1,000 aliased briefings, and a 1 KB fragment-spread
# bomb (2^24 expansions). Before the cost analysis, each of these stalled or crashed the service.
attack_body() { # kind -> JSON request body
  if [ "$1" = aliases ]; then
    printf '{"query":"{'
    for i in $(seq 1 1000); do printf ' b%s: briefing(question: \\"What does North Korea want %s?\\") { headline }' "$i" "$i"; done
    printf ' }"}'
  else
    printf '{"query":"{ briefing(question: \\"What does North Korea want?\\") { ...L24 } } fragment L0 on Briefing { headline }'
    for i in $(seq 1 24); do printf ' fragment L%s on Briefing { ...L%s ...L%s }' "$i" "$((i - 1))" "$((i - 1))"; done
    printf '"}'
  fi
}
printf '\nprobe under attack (wrk -t1 -c4 -d%s on { __typename }, 4 attackers)\n' "$ATTACK_DURATION"
printf '%-22s %12s %10s %10s %16s\n' attack "probe req/s" "p50 ms" "p99 ms" "attacks answered"
for kind in aliases bomb; do
  attack_body "$kind" > "$work/$kind.json"
  : > "$work/$kind.codes"
  attackers=()
  for _ in 1 2 3 4; do
    ( end=$((SECONDS + ${ATTACK_DURATION%s})); while [ "$SECONDS" -lt "$end" ]; do
        curl -s -o /dev/null -w '%{http_code}\n' --max-time 60 -H 'Content-Type: application/json' --data-binary "@$work/$kind.json" "$URL" >> "$work/$kind.codes" || true
      done ) &
    attackers+=($!)
  done
  wrk -t1 -c4 -d"$ATTACK_DURATION" --latency -s "$work/typename.lua" "$URL" > "$work/probe-$kind.out"
  wait "${attackers[@]}" 2>/dev/null || true
  printf '%-22s %12s %10s %10s %16s\n' "$kind" "$(awk '/Requests\/sec/ { print $2 }' "$work/probe-$kind.out")" \
    "$(to_ms "$(field "$work/probe-$kind.out" 50%)")" "$(to_ms "$(field "$work/probe-$kind.out" 99%)")" \
    "$(sort "$work/$kind.codes" | uniq -c | awk '{ printf "%s%s x HTTP %s", (NR > 1 ? ", " : ""), $1, $2 }')"
done
