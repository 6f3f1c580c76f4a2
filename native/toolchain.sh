#!/usr/bin/env bash
# Assembles a GraalVM-shaped home for building native executables on a machine that has no
# GraalVM or Mandrel distribution, from:
#   - the machine's Temurin 25 JDK (it ships the jdk.internal.vm.ci module; JVMCI is enabled at run time),
#   - the image builder jars resolved from the Maven repository through ./mvnw
#     (org.graalvm.nativeimage:svm and its dependencies, org.graalvm.compiler:compiler),
#   - code in this directory, compiled here: the native-image launcher (launcher/), the C libraries
#     SubstrateVM links against (shims/), and linker scripts that stand in for the JDK's static
#     libraries (lib/static/linux-amd64/glibc/lib<name>.a -> the JDK's lib<name>.so).
#
# Idempotent: an existing, complete home is reused (delete it, or pass --force, to rebuild).
# Prints the home's path on its last line, so:  export GRAALVM_HOME=$(native/toolchain.sh | tail -1)
#
# Environment: BRIEFING_NATIVE_JDK (default /usr/lib/jvm/temurin-25-jdk-amd64),
#              GRAALVM_ARTIFACT_VERSION (default 25.0.2), BRIEFING_NATIVE_CACHE (default ~/.cache/briefing-native).
# Maven runs under the shared build lock (/tmp/briefing-build.lock) unless BRIEFING_NATIVE_NO_LOCK=1.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/.." && pwd)"
jdk="${BRIEFING_NATIVE_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}"
version="${GRAALVM_ARTIFACT_VERSION:-25.0.2}"
cache="${BRIEFING_NATIVE_CACHE:-$HOME/.cache/briefing-native}"
force=false
[[ "${1:-}" == "--force" ]] && force=true

log() { echo "[toolchain] $*" >&2; }

[[ -x "$jdk/bin/java" ]] || { log "no JDK at $jdk (set BRIEFING_NATIVE_JDK)"; exit 1; }
jdk_version="$("$jdk/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')"
jdk_feature="${jdk_version%%.*}"
jdk_feature="${jdk_feature%%+*}"
[[ "$jdk_feature" == "25" ]] || { log "need a JDK 25 (GraalVM $version builder), $jdk is $jdk_version"; exit 1; }
"$jdk/bin/java" --list-modules | grep -q '^jdk.internal.vm.ci@' || { log "$jdk has no jdk.internal.vm.ci module"; exit 1; }
command -v gcc >/dev/null || { log "gcc is needed (C shims and the image's link step)"; exit 1; }

# The home's name records every input, so a change to the shims or the launcher gives a new home.
inputs_hash="$(cat "$0" "$here"/launcher/*.java "$here"/shims/*.c "$here"/shims/include/*.h | sha256sum | cut -c1-12)"
home="$cache/graalvm-ce-$version-temurin-$jdk_version-$inputs_hash"

if [[ -f "$home/.complete" && $force == false ]]; then
  log "reusing $home"
  cat "$home/.toolchain-info" >&2
  echo "$home"
  exit 0
fi
rm -rf "$home"
mkdir -p "$cache"
# homes built from older versions of these inputs are of no further use
find "$cache" -maxdepth 1 -name "graalvm-ce-*" ! -name "$(basename "$home")" -exec rm -rf {} +
tmp="$home.tmp.$$"
rm -rf "$tmp"
trap 'rm -rf "$tmp"' EXIT

# 1. The JDK. The builder reads java.home (lib/static, lib/svm/builder/lib), so the home is a copy of
#    the JDK: hard links when the cache is on the same file system (no extra space), else a copy.
log "JDK $jdk_version from $jdk"
cp -al "$jdk" "$tmp" 2>/dev/null || { rm -rf "$tmp"; cp -a "$jdk" "$tmp"; }

# 2. The image builder jars from the Maven repository (resolved transitively by Maven).
jars="$cache/jars-$version"
if [[ ! -f "$jars/.complete" ]]; then
  log "resolving org.graalvm.nativeimage:svm:$version and org.graalvm.compiler:compiler:$version with Maven"
  rm -rf "$jars"; mkdir -p "$jars"
  cat > "$jars/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.briefing</groupId><artifactId>native-image-builder</artifactId><version>1</version><packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.graalvm.nativeimage</groupId><artifactId>svm</artifactId><version>$version</version></dependency>
    <dependency><groupId>org.graalvm.compiler</groupId><artifactId>compiler</artifactId><version>$version</version></dependency>
  </dependencies>
</project>
EOF
  mvn_cmd=("$repo/mvnw" -B -q -f "$jars/pom.xml" dependency:copy-dependencies -DoutputDirectory="$jars/lib")
  if [[ "${BRIEFING_NATIVE_NO_LOCK:-}" == 1 ]]; then (cd "$repo" && "${mvn_cmd[@]}"); else (cd "$repo" && flock /tmp/briefing-build.lock "${mvn_cmd[@]}"); fi
  touch "$jars/.complete"
fi
mkdir -p "$tmp/lib/jvmci" "$tmp/lib/svm/builder/lib" "$tmp/lib/svm/clibraries/linux-amd64" "$tmp/lib/svm/runtime" "$tmp/lib/svm/launcher"
for j in "$jars"/lib/*.jar; do
  case "$(basename "$j")" in
    compiler-*.jar) cp "$j" "$tmp/lib/jvmci/graal.jar" ;;            # --upgrade-module-path (jdk.graal.compiler)
    *) cp "$j" "$tmp/lib/svm/builder/" ;;                              # --module-path
  esac
done

# 3. The native-image launcher (our own driver, see launcher/NativeImageLauncher.java).
"$jdk/bin/javac" -nowarn -d "$tmp/lib/svm/launcher" "$here/launcher/NativeImageLauncher.java"
cat > "$tmp/bin/native-image" <<'EOF'
#!/usr/bin/env bash
# native-image launcher of a home assembled by native/toolchain.sh (Briefing project).
home="$(cd "$(dirname "$(readlink -f "$0")")/.." && pwd)"
exec "$home/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -Dnative-image.root="$home" \
  -cp "$home/lib/svm/launcher" NativeImageLauncher "$@"
EOF
chmod +x "$tmp/bin/native-image"

# 4. SubstrateVM's C libraries and the builder's helper, compiled from shims/.
build="$tmp/.build"; mkdir -p "$build"
cflags=(-O2 -fPIC -Wall -Wno-unused-parameter -I"$jdk/include" -I"$jdk/include/linux")
for lib in libchelper svm_container; do
  gcc "${cflags[@]}" -c "$here/shims/$lib.c" -o "$build/$lib.o"
  ar rcs "$tmp/lib/svm/clibraries/linux-amd64/lib$lib.a" "$build/$lib.o"
done
# SubstrateVM's own headers, which the builder's C queries include
cp -r "$here/shims/include" "$tmp/lib/svm/clibraries/linux-amd64/include"
gcc "${cflags[@]}" -shared "$here/shims/reporterchelper.c" -o "$tmp/lib/svm/builder/lib/libreporterchelper.so"
# JNI_OnLoad_<lib> and findJavaTZ_md, in a shared library so that the image finds them with dlsym.
gcc "${cflags[@]}" -shared -Wl,-soname,libsvmjdkshim.so "$here/shims/jdkshim.c" -o "$tmp/lib/svm/runtime/libsvmjdkshim.so" -ldl

# libjvm: the JDK libraries import JVM_* and jio_* functions (symbol version SUNWprivate_1.1) from
# "libjvm.so". lib/svm/runtime/libjvm.so provides them, so HotSpot is never loaded into an image:
# shims/jvm.c implements the ones a native image uses; every other function the JDK libraries import
# from HotSpot's libjvm.so gets a generated stub that reports the call and returns 0.
gcc "${cflags[@]}" -c "$here/shims/jvm.c" -o "$build/jvm.o"
nm -D --defined-only "$tmp/lib/server/libjvm.so" | awk '{print $3}' | sed 's/@.*//' | sort -u > "$build/hotspot.txt"
for so in "$tmp"/lib/lib*.so; do nm -D --undefined-only "$so" | awk '{print $2}'; done | sed 's/@.*//' | sort -u > "$build/imported.txt"
nm --defined-only "$build/jvm.o" | awk '$2 == "T" {print $3}' | sort -u > "$build/implemented.txt"
comm -12 "$build/hotspot.txt" "$build/imported.txt" > "$build/exported.txt"
{
  echo '/* generated by native/toolchain.sh: JVM functions the JDK libraries import but images do not use */'
  echo '#include <stdio.h>'
  echo 'static long briefing_jvm_stub(const char *name) { fprintf(stderr, "warning: %s is not implemented in this native-image toolchain\n", name); return 0; }'
  comm -23 "$build/exported.txt" "$build/implemented.txt" | while read -r f; do echo "long $f(void) { return briefing_jvm_stub(\"$f\"); }"; done
} > "$build/jvm_stubs.c"
{ echo 'SUNWprivate_1.1 { global:'; sed 's/$/;/' "$build/exported.txt"; echo 'local: *; };'; } > "$build/jvm.map"
gcc -O2 -fPIC -w -c "$build/jvm_stubs.c" -o "$build/jvm_stubs.o"
gcc -shared -Wl,-soname,libjvm.so -Wl,--version-script="$build/jvm.map" "$build/jvm.o" "$build/jvm_stubs.o" -o "$tmp/lib/svm/runtime/libjvm.so" -ldl
# SubstrateVM links -ljvm for its own calls (initialize, JVM_ActiveProcessorCount, ...): the archive
# holds just the non-JVM_ entry points; JVM_* resolve against libjvm.so above (same symbols).
echo 'void initialize(void) {}' > "$build/jvminit.c"
gcc -O2 -fPIC -c "$build/jvminit.c" -o "$build/jvminit.o"
ar rcs "$tmp/lib/svm/clibraries/linux-amd64/libjvm.a" "$build/jvminit.o"

# 5. The JDK "static" libraries: GNU ld accepts a linker script where it expects an archive, so
#    lib<name>.a names the JDK's lib<name>.so (and the shim library). The image is then dynamically
#    linked to them, with a run path into this home (the launcher adds it).
static="$tmp/lib/static/linux-amd64/glibc"
mkdir -p "$static"
for so in "$tmp"/lib/lib*.so; do
  name="$(basename "$so" .so)"
  printf 'INPUT(%s %s %s)\n' "$home/lib/svm/runtime/libsvmjdkshim.so" "$home/lib/svm/runtime/libjvm.so" "$home/lib/$name.so" > "$static/$name.a"
done
rm -rf "$build"

cat > "$tmp/.toolchain-info" <<EOF
[toolchain] home:      $home
[toolchain] JDK:       $jdk ($jdk_version)
[toolchain] builder:   $(cd "$tmp/lib/svm/builder" && ls *.jar | tr '\n' ' ')
[toolchain] compiler:  $(ls "$jars"/lib/compiler-*.jar | xargs -n1 basename) (upgrade module path)
[toolchain] C shims:   $(cd "$tmp/lib/svm/clibraries/linux-amd64" && ls | tr '\n' ' ')lib/svm/runtime/libsvmjdkshim.so lib/svm/builder/lib/libreporterchelper.so
[toolchain] gcc:       $(gcc -dumpfullversion)
EOF
touch "$tmp/.complete"
mv "$tmp" "$home"
trap - EXIT
cat "$home/.toolchain-info" >&2
"$home/bin/native-image" --version >&2
echo "$home"
