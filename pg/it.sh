#!/usr/bin/env bash
# Issue 14 check: PostgreSQL from Debian's packages, a throwaway cluster on a free local port run as
# the unprivileged "postgres" user, the PostgreSQL build of the jar (target/pg-app), and the replica
# suite (io.briefing.db.PostgresReplicasIT: two instances of that jar on one database).
#   pg/it.sh            build target/pg-app, then run the suite
#   pg/it.sh --no-build reuse an existing target/pg-app (and compiled test classes)
# The H2 build in target/quarkus-app is left alone. Maven runs under the shared build lock when
# /tmp/briefing-build.lock is present (shared development machine).
set -euo pipefail
cd "$(dirname "$0")/.."
build=true
[ "${1:-}" = "--no-build" ] && build=false

mvn_() {
  if [ -e /tmp/briefing-build.lock ] && [ -z "${BRIEFING_BUILD_LOCKED:-}" ]; then
    BRIEFING_BUILD_LOCKED=1 flock /tmp/briefing-build.lock ./mvnw "$@"
  else
    ./mvnw "$@"
  fi
}

port=
for _ in $(seq 1 100); do
  p=$((18100 + RANDOM % 900))
  if ! (exec 3<>/dev/tcp/127.0.0.1/$p) 2>/dev/null; then port=$p; break; fi
done
[ -n "$port" ] || { echo "no free port for PostgreSQL" >&2; exit 1; }

dir=$(mktemp -d /tmp/briefing-pg.XXXXXX)
chmod 755 "$dir"
trap 'pg/cluster.sh destroy "$dir"' EXIT
pg/cluster.sh init "$dir" "$port"
echo "PostgreSQL $(ls /usr/lib/postgresql | sort -V | tail -1) on 127.0.0.1:$port ($dir)"

if $build; then
  # db-kind is build time: the PostgreSQL build goes to its own directory (target/pg-app). Quarkus
  # points target/quarkus-artifact.properties (what @QuarkusIntegrationTest launches) at the last
  # build: put back the H2 build's, so a later `./mvnw failsafe:integration-test` still tests H2.
  saved=
  if [ -f target/quarkus-artifact.properties ]; then saved=$(mktemp); cp target/quarkus-artifact.properties "$saved"; fi
  mvn_ -B -q package -DskipTests -Dquarkus.datasource.db-kind=postgresql -Dquarkus.package.output-directory=pg-app
  if [ -n "$saved" ]; then mv "$saved" target/quarkus-artifact.properties; fi
fi
[ -f target/pg-app/quarkus-run.jar ] || { echo "target/pg-app/quarkus-run.jar missing (run without --no-build)" >&2; exit 1; }

export BRIEFING_PG_URL="jdbc:postgresql://127.0.0.1:$port/briefing"
export BRIEFING_PG_USER=briefing BRIEFING_PG_PASSWORD=briefing
export BRIEFING_PG_JAR="$PWD/target/pg-app/quarkus-run.jar"
export BRIEFING_PG_STOP="$PWD/pg/cluster.sh stop $dir"
export BRIEFING_PG_START="$PWD/pg/cluster.sh start $dir"
mvn_ -B failsafe:integration-test failsafe:verify -Dit.test=PostgresReplicasIT -Dfailsafe.failIfNoSpecifiedTests=false
