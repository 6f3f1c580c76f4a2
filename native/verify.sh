#!/usr/bin/env bash
# Builds the service's native executable and runs the @QuarkusIntegrationTest suite (including the
# restart test) against it, on the embedded H2 file database.
#
#   native/verify.sh          the native build and the integration suite (unit and @QuarkusTest tests,
#                             which do not depend on the packaging, are skipped: ./mvnw -B verify runs them)
#   native/verify.sh --all    everything ./mvnw -B verify -Dnative runs
#
# Uses GRAALVM_HOME when it is set (a real GraalVM or Mandrel for Java 25), otherwise assembles the
# registry-built toolchain with native/toolchain.sh. Holds the shared build lock for the whole build.
# Extra arguments go to Maven (e.g. -Dquarkus.native.native-image-xmx=8g).
set -euo pipefail
cd "$(dirname "$0")/.."

args=()
if [[ "${1:-}" == "--all" ]]; then
  shift
else
  args+=(-Dtest=NoSuchTest -Dsurefire.failIfNoSpecifiedTests=false)
fi
if [[ -z "${GRAALVM_HOME:-}" ]]; then
  GRAALVM_HOME="$(native/toolchain.sh | tail -1)"
fi
export GRAALVM_HOME
echo "native-image: $("$GRAALVM_HOME/bin/native-image" --version | head -1) ($GRAALVM_HOME)"
start=$(date +%s)
flock /tmp/briefing-build.lock ./mvnw -B verify -Dnative "${args[@]}" "$@"
echo "native build and integration suite passed in $(( $(date +%s) - start )) s"
