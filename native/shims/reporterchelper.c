/* The image builder's progress reporter asks this helper for the terminal width (GraalVM ships it
 * as lib/svm/builder/lib/libreporterchelper.so). */
#include <jni.h>
#include <sys/ioctl.h>
#include <unistd.h>

JNIEXPORT jint JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getTerminalWindowColumns0(JNIEnv *env, jclass c) {
    struct winsize w;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col > 0) {
        return w.ws_col;
    }
    return 80;
}

#include <sys/resource.h>

/* Peak resident set size of the builder, for the build summary. */
JNIEXPORT jlong JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getPeakRSS0(JNIEnv *env, jclass c) {
    struct rusage u;
    if (getrusage(RUSAGE_SELF, &u) == 0) {
        return (jlong) u.ru_maxrss * 1024; /* kilobytes on Linux */
    }
    return -1;
}
