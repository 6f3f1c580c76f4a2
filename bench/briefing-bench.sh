#!/usr/bin/env bash
# Briefing engine figures (issue 8), from one run on in-memory snapshots, no HTTP: index build time
# and heap for the seed article and for 200 generated 5 KB articles, and cold-briefing latency over
# 200 distinct questions. Not a timed test: it prints figures. Usage: bench/briefing-bench.sh
set -euo pipefail
cd "$(dirname "$0")/.."
# At the heap the README documents for the service, so "RSS added" means what it would there.
./mvnw -B -q test -Dtest=BriefingBenchmark -Dbench=true -DargLine="-Xmx${XMX:-128m} ${JVM_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}" -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E "index build|articles of 5 KB|one article|cold briefings"
