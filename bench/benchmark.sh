#!/usr/bin/env bash
# Benchmark of the packaged application (JVM jar by default, or a native binary with RUNNER=...).
#
# Prints, from one run on this machine:
#   - time from launch to the first answered query and to the first briefing, on a fresh database
#     and on a restart, with the framework's share and ours (curated-file check, warm-up),
#   - requests/s and p50/p99 latency (wrk) for `{ __typename }`, the structured North Korea briefing
#     and its Markdown form (POST, response cache on), the structured briefing as an Apollo persisted
#     query (GET with the hash only, warm cache), and a cold path (200 distinct questions in
#     rotation, response cache bypassed), with each cached form's ratio to `{ __typename }`,
#   - 64 connections for 60 s over the 200 questions with the cache on (errors must be 0),
#   - RSS idle, after load and after the endurance run; live heap after a full GC and the top of a
#     class histogram (jcmd),
#   - ten concurrent ~200 KB ingestions with a briefing probe, and the probe under hostile documents.
# Usage: bench/benchmark.sh            (builds the jar if missing)
# Tunables (environment): THREADS=2 CONNECTIONS=16 DURATION=20s WARMUP=5s ENDURANCE=60s ATTACK_DURATION=10s
#   XMX=128m JVM_OPTS="-XX:+UseSerialGC -XX:TieredStopAtLevel=1" MALLOC_ARENA_MAX=2 (the documented settings) PORT=18080 RUNNER=path HISTOGRAM=file INGESTIONS=10
set -euo pipefail
cd "$(dirname "$0")/.."

THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-5s}
ATTACK_DURATION=${ATTACK_DURATION:-10s}
XMX=${XMX:-128m}
# The documented production settings (README, Operations: Memory).
JVM_OPTS=${JVM_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
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
pid=
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
# The structured briefing as an Apollo persisted query: a short GET URL carrying only the hash.
structured='{ briefing(question: "What does North Korea want?") { headline coverage points { statement evidence { quote start end speaker certainty } } caveats { kind statement } } }'
hash=$(printf '%s' "$structured" | sha256sum | cut -d' ' -f1)
persisted_ext=$(printf '{"persistedQuery":{"version":1,"sha256Hash":"%s"}}' "$hash")
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }
PERSISTED_URL="$URL?extensions=$(urlencode "$persisted_ext")"
REGISTER_URL="$PERSISTED_URL&query=$(urlencode "$structured")"
printf 'wrk.method = "GET"\n' > "$work/persisted.lua"
# Cold path: 200 distinct questions in rotation, the response cache bypassed (Cache-Control: no-cache
# neither reads nor fills it). BriefingService still memoises its last 256 compositions per snapshot.
questions_lua() { # variants -> a Lua table of 200 x variants distinct questions
awk -v variants="$1" 'BEGIN {
  split(" now| today| this year| after the summit", suffix, "|"); suffix[0] = "";
  split("North Korea|Russia|Putin|Kim Jong Un|the Kremlin|Pyongyang|Washington|Seoul|Ukraine|China", who, "|");
  split("What does %s want?|Why is %s worried?|What does %s offer?|What did %s say?|What does %s get from the deal?|Is %s sending weapons?|What is the position of %s?|How does %s see the treaty?|What is %s afraid of?|What did %s promise?|Who supports %s?|What does %s need?|Why did %s sign the pact?|What are the risks for %s?|What does %s gain?|What happened to %s trade?|What has %s denied?|How strong is %s military?|What does %s think of sanctions?|What will %s do next?", form, "|");
  printf "local questions = {\n";
  for (v = 0; v < variants; v++) for (i = 1; i <= 10; i++) for (j = 1; j <= 20; j++) {
    q = sprintf(form[j], who[i]); if (v > 0) sub(/\?$/, suffix[v] "?", q); printf "  \"%s\",\n", q }
  printf "}\n";
}'
}
questions_lua 1 > "$work/cold.lua"
cat >> "$work/cold.lua" <<'LUA'
local i = 0
request = function()
  i = i + 1
  local q = questions[(i % #questions) + 1]
  local body = '{"query":"query($q: String!) { briefing(question: $q) { headline coverage points { statement evidence { quote start end speaker certainty } } caveats { kind statement } } }","variables":{"q":"' .. q .. '"}}'
  return wrk.format("POST", nil, {["Content-Type"] = "application/json", ["Cache-Control"] = "no-cache"}, body)
end
LUA
# Nothing memoised: 1,000 distinct questions in rotation (BriefingService memoises 256), cache bypassed,
# so every request reads the question and composes the briefing.
questions_lua 5 > "$work/uncached.lua"
sed -n '/^local i = 0/,$p' "$work/cold.lua" >> "$work/uncached.lua"
# The same rotation with the cache on, for the 64-connection endurance run.
sed 's/, \["Cache-Control"\] = "no-cache"//' "$work/cold.lua" > "$work/rotating.lua"

export BRIEFING_DB_URL="jdbc:h2:async:$work/db;DB_CLOSE_ON_EXIT=FALSE"
# A throwaway editor for the ingestion phase.
export BRIEFING_EDITOR_USER=bench BRIEFING_EDITOR_PASSWORD="bench-$RANDOM-$RANDOM"
launch() { # log file: starts the app in the background, sets pid and start_ns
  start_ns=$(date +%s%N)
  if [ -n "${RUNNER:-}" ]; then
    "$RUNNER" -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$((PORT + 1))" -Xmx"$XMX" > "$1" 2>&1 &
  else
    # shellcheck disable=SC2086
    java -Xmx"$XMX" -XX:+ExitOnOutOfMemoryError ${JVM_OPTS:-} -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$((PORT + 1))" -jar "$JAR" > "$1" 2>&1 &
  fi
  pid=$!
}
await_first() { # log file: waits for the first answered query; prints ms since launch
  until curl -sf -H 'Content-Type: application/json' -d "$typename" "$URL" 2>/dev/null | grep -q '"__typename"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "application exited; log:" >&2; tail -20 "$1" >&2; exit 1; fi
    sleep 0.02
  done
  echo $(( ($(date +%s%N) - start_ns) / 1000000 ))
}
first_briefing() { # ms since launch when the first briefing was answered FULL
  curl -sf -H 'Content-Type: application/json' -d "$briefing" "$URL" | grep -q '"coverage":"FULL"' || { echo "briefing did not answer FULL" >&2; exit 1; }
  echo $(( ($(date +%s%N) - start_ns) / 1000000 ))
}
# Fresh database (applies the curated base), then a restart on the same database.
launch "$work/fresh.log"
fresh_first_ms=$(await_first "$work/fresh.log")
fresh_briefing_ms=$(first_briefing)
kill "$pid"; wait "$pid" 2>/dev/null || true
launch "$work/app.log"
first_ms=$(await_first "$work/app.log")
first_briefing_ms=$(first_briefing)
rss_idle=$(( $(ps -o rss= -p "$pid") / 1024 ))
framework_ms=$(grep -o 'started in [0-9.]*s' "$work/app.log" | head -1 | awk '{ printf "%d", $3 * 1000 }')
curated_ms=$(grep -o 'not re-checked) in [0-9]* ms' "$work/app.log" | awk '{ print $4 }')
warm_line=$(grep -o 'Warm-up done.*' "$work/app.log" | head -1)
# "Start-up: framework N ms (launch to HTTP server listening), ours after it M ms (...)", logged by io.briefing.ops.WarmUp
http_ms=$(grep -o 'Start-up: framework [0-9]* ms' "$work/app.log" | awk '{ print $3 }')
ours_after_ms=$(grep -o 'ours after it [0-9]* ms' "$work/app.log" | awk '{ print $4 }')

run() { # name duration [connections] [url] -> wrk output file
  wrk -t"$THREADS" -c"${3:-$CONNECTIONS}" -d"$2" --latency -s "$work/$1.lua" "${4:-$URL}" > "$work/$1.out"
}
field() { # file pattern -> value
  awk -v p="$2" '$1 == p { print $2 }' "$1"
}
to_ms() { # wrk latency like 1.23ms / 850.00us / 1.02s -> ms
  awk -v v="$1" 'BEGIN { if (v ~ /us$/) { sub(/us$/, "", v); printf "%.2f", v / 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v); printf "%.2f", v } else if (v ~ /s$/) { sub(/s$/, "", v); printf "%.2f", v * 1000 } else print v }'
}
errors_of() { # wrk output -> non-2xx responses + socket errors (counts, not lines)
  awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(/,/, ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$1"
}

# Register the persisted query (the first GET with the hash alone is PersistedQueryNotFound).
curl -s "$PERSISTED_URL" | grep -q PersistedQueryNotFound || { echo "persisted query: expected PersistedQueryNotFound first" >&2; exit 1; }
curl -sf "$REGISTER_URL" | grep -q '"coverage":"FULL"' || { echo "persisted query did not register" >&2; exit 1; }
names="typename briefing markdown persisted cold uncached"
url_of() { if [ "$1" = persisted ]; then echo "$PERSISTED_URL"; else echo "$URL"; fi; }
for name in $names; do run "$name" "$WARMUP" "$CONNECTIONS" "$(url_of "$name")"; done   # warm-up (JIT, cache), results discarded
for name in $names; do run "$name" "$DURATION" "$CONNECTIONS" "$(url_of "$name")"; done
rss_loaded=$(( $(ps -o rss= -p "$pid") / 1024 ))

printf '\nBriefing benchmark (%s, wrk -t%s -c%s -d%s, -Xmx%s %s, MALLOC_ARENA_MAX=%s, %s cores)\n' "${RUNNER:-JVM jar}" "$THREADS" "$CONNECTIONS" "$DURATION" "$XMX" "$JVM_OPTS" "$MALLOC_ARENA_MAX" "$(nproc)"
printf 'fresh database: first answered query %s ms after launch, first briefing %s ms\n' "$fresh_first_ms" "$fresh_briefing_ms"
printf 'restart: first answered query %s ms after launch, first briefing %s ms; Quarkus "started in" %s ms\n' "$first_ms" "$first_briefing_ms" "$framework_ms"
printf 'restart, framework: %s ms (launch to the HTTP server listening, %s ms, less our curated-file check: JVM, Quarkus, Hibernate, Flyway validation)\n' \
  "$(( ${http_ms:-0} - ${curated_ms:-0} ))" "${http_ms:-?}"
printf 'restart, ours: curated-file check %s ms before the HTTP start + warm-up %s ms after it = %s ms of our work on the way to the first answer\n' \
  "${curated_ms:-?}" "${ours_after_ms:-?}" "$(( ${curated_ms:-0} + ${ours_after_ms:-0} ))"
printf 'restart, warm-up detail: %s\n' "${warm_line:-no warm-up line}"
printf 'RSS idle after start: %s MB; RSS after load: %s MB\n\n' "$rss_idle" "$rss_loaded"
printf '%-22s %12s %10s %10s %8s\n' request "requests/s" "p50 ms" "p99 ms" errors
for name in $names; do
  rps=$(awk '/Requests\/sec/ { print $2 }' "$work/$name.out")
  p50=$(to_ms "$(field "$work/$name.out" 50%)")
  p99=$(to_ms "$(field "$work/$name.out" 99%)")
  printf '%-22s %12s %10s %10s %8s\n' "$name" "$rps" "$p50" "$p99" "$(errors_of "$work/$name.out")"
  eval "rps_$name=$rps"
done
printf '(briefing, markdown: POST, response cache on; persisted: GET with the hash only, warm cache; cold: 200 questions in rotation, cache bypassed;\n uncached: 1,000 questions in rotation, cache bypassed, more than BriefingService memoises, so each one is composed)\n\n'
for name in briefing markdown persisted; do
  rps=$(eval echo "\$rps_$name")
  ratio=$(awk -v b="$rps" -v t="$rps_typename" 'BEGIN { printf "%.2f", b / t }')
  printf '%s/typename throughput ratio: %s (target >= 0.80)\n' "$name" "$ratio"
done
metrics=$(curl -s "http://127.0.0.1:$((PORT + 1))/q/metrics")
printf 'response cache: %s hits, %s misses, %s evictions, %s bytes\n' \
  "$(echo "$metrics" | awk '/^briefing_cache_hits_total/ { printf "%d", $2 }')" "$(echo "$metrics" | awk '/^briefing_cache_misses_total/ { printf "%d", $2 }')" \
  "$(echo "$metrics" | awk '/^briefing_cache_evictions_total/ { printf "%d", $2 }')" "$(echo "$metrics" | awk '/^briefing_cache_bytes/ { printf "%d", $2 }')"

# Endurance: 64 connections for ENDURANCE (60 s) over the 200 rotating questions, cache on.
ENDURANCE=${ENDURANCE:-60s}
run rotating "$ENDURANCE" 64
printf '\nendurance (wrk -t%s -c64 -d%s, 200 questions in rotation, cache on): %s requests/s, p99 %s ms, errors %s\n' "$THREADS" "$ENDURANCE" \
  "$(awk '/Requests\/sec/ { print $2 }' "$work/rotating.out")" "$(to_ms "$(field "$work/rotating.out" 99%)")" "$(errors_of "$work/rotating.out")"
rss_endurance=$(( $(ps -o rss= -p "$pid") / 1024 ))
if [ -z "${RUNNER:-}" ] && command -v jcmd >/dev/null; then
  jcmd "$pid" GC.run > /dev/null 2>&1 || true
  # G1 prints one "garbage-first heap ... used NK" line; Serial and Parallel one per generation: add them up.
  heap_used=$(jcmd "$pid" GC.heap_info 2>/dev/null | awk '/^ *(garbage-first heap|def new generation|tenured generation|PSYoungGen|ParOldGen)/ {
    for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?/, "", v); kb += v } } END { print int(kb / 1024) }')
  jcmd "$pid" GC.class_histogram > "${HISTOGRAM:-$work/histogram.txt}" 2>/dev/null || true
  printf 'after the endurance run: RSS %s MB, live heap after a full GC %s MB (class histogram: %s)\n' "$rss_endurance" "${heap_used:-?}" "${HISTOGRAM:-$work/histogram.txt}"
  head -13 "${HISTOGRAM:-$work/histogram.txt}" | tail -10
else
  printf 'after the endurance run: RSS %s MB\n' "$rss_endurance"
fi

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
if kill -0 "$pid" 2>/dev/null; then
  printf 'RSS after ingestion: %s MB\n' "$(( $(ps -o rss= -p "$pid") / 1024 ))"
else
  printf 'the application exited during the ingestion phase; the end of its log:\n'; tail -5 "$work/app.log"; exit 1
fi
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
