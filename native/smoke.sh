#!/usr/bin/env bash
# Proves the toolchain with a small program: builds native/smoke/Hello.java into a native executable
# (under the shared build lock) and runs it (time zone, file I/O, a socket, zip CRC: the JDK's
# libjava, libnio, libnet and libzip through the toolchain's shims). Prints the program's output.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
home="${GRAALVM_HOME:-$("$here/toolchain.sh" | tail -1)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$home/bin/javac" -d "$work" "$here/smoke/Hello.java"
(cd "$work" && flock /tmp/briefing-build.lock "$home/bin/native-image" --no-fallback -cp . Hello hello > build.log 2>&1) \
  || { tail -40 "$work/build.log"; exit 1; }
grep -E "Finished generating|Peak RSS" "$work/build.log" || true
"$work/hello" "$work/out.txt"
TZ=Europe/Berlin "$work/hello" "$work/out.txt" | grep -q "zone Europe/Berlin"
echo "smoke test passed"
