/* libjvm.a: the JVM_* functions that the JDK's native libraries import from the JVM. In a real
 * GraalVM these come from SubstrateVM's own C sources; these are small implementations of our own
 * of the functions the link step asks for (see native/toolchain.sh). */
#define _GNU_SOURCE
#include <jni.h>
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

JNIEXPORT jint JNICALL JVM_GetInterfaceVersion(void) { return 6; }

JNIEXPORT jint JNICALL JVM_ActiveProcessorCount(void) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (jint) n : 1;
}

JNIEXPORT jlong JNICALL JVM_CurrentTimeMillis(JNIEnv *env, jclass ignored) {
    struct timeval t;
    gettimeofday(&t, NULL);
    return ((jlong) t.tv_sec) * 1000 + t.tv_usec / 1000;
}

JNIEXPORT jlong JNICALL JVM_NanoTime(JNIEnv *env, jclass ignored) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return ((jlong) t.tv_sec) * 1000000000 + t.tv_nsec;
}

JNIEXPORT jlong JNICALL JVM_GetNanoTimeAdjustment(JNIEnv *env, jclass ignored, jlong offset_secs) {
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    jlong secs = t.tv_sec - offset_secs;
    if (secs > 0xFFFFFFFFLL || secs < -0xFFFFFFFFLL) {
        return -1;
    }
    return secs * 1000000000 + t.tv_nsec;
}

JNIEXPORT void *JNICALL JVM_FindLibraryEntry(void *handle, const char *name) {
    return dlsym(handle, name);
}

JNIEXPORT void JNICALL JVM_Halt(jint code) { _exit(code); }

JNIEXPORT jboolean JNICALL JVM_IsSupportedJNIVersion(jint version) {
    return version == JNI_VERSION_1_1 || version == JNI_VERSION_1_2 || version == JNI_VERSION_1_4 ||
           version == JNI_VERSION_1_6 || version == JNI_VERSION_1_8 || version == JNI_VERSION_9 ||
           version == JNI_VERSION_10 || version == JNI_VERSION_19 || version == JNI_VERSION_20 ||
           version == JNI_VERSION_21 || version == 0x00180000 || version == 0x00190000;
}

JNIEXPORT jint JNICALL JVM_GetLastErrorString(char *buf, int len) {
    if (errno == 0 || len <= 0) {
        return 0;
    }
    const char *s = strerror(errno);
    size_t n = strlen(s);
    if ((int) n >= len) {
        n = len - 1;
    }
    memcpy(buf, s, n);
    buf[n] = 0;
    return (jint) n;
}

JNIEXPORT int jio_vsnprintf(char *str, size_t count, const char *fmt, va_list args) {
    if ((intptr_t) count <= 0) {
        return -1;
    }
    int r = vsnprintf(str, count, fmt, args);
    if (r >= (int) count) {
        str[count - 1] = 0;
        return -1;
    }
    return r;
}

JNIEXPORT int jio_snprintf(char *str, size_t count, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = jio_vsnprintf(str, count, fmt, ap);
    va_end(ap);
    return r;
}

JNIEXPORT int jio_fprintf(FILE *f, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int r = vfprintf(f, fmt, ap);
    va_end(ap);
    return r;
}

JNIEXPORT int jio_vfprintf(FILE *f, const char *fmt, va_list args) { return vfprintf(f, fmt, args); }

/* SubstrateVM's Jvm class calls this once at start-up (CLibrary "jvm"); nothing to prepare here. */
void initialize(void) {}
