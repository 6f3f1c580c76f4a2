/* liblibchelper.a: C helpers that SubstrateVM's Java code calls. Written for this project from the
 * interfaces the image builder queries and the symbols the link step asks for. */
#define _GNU_SOURCE
#include <locale.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "include/svm_locale.h"

static svm_locale_props_t locale_props;

/* "en_US.UTF-8@euro" -> language "en", country "US", variant "euro" (the JDK's rules, simplified:
 * the C/POSIX locale is en_US, no script). */
static int parse(int category, char **language, char **script, char **country, char **variant) {
    const char *l = setlocale(category, NULL);
    if (l == NULL || strcmp(l, "C") == 0 || strcmp(l, "POSIX") == 0) {
        l = "en_US";
    }
    char *copy = strdup(l);
    if (copy == NULL) {
        return SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY;
    }
    char *at = strchr(copy, '@');
    char *var = NULL;
    if (at != NULL) {
        *at = 0;
        var = at + 1;
    }
    char *dot = strchr(copy, '.');
    if (dot != NULL) {
        *dot = 0;
    }
    char *us = strchr(copy, '_');
    char *ctry = NULL;
    if (us != NULL) {
        *us = 0;
        ctry = us + 1;
    }
    *language = strdup(copy);
    *script = NULL;
    *country = ctry != NULL && *ctry ? strdup(ctry) : NULL;
    *variant = var != NULL && *var ? strdup(var) : NULL;
    free(copy);
    return *language == NULL ? SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY : SVM_LOCALE_INITIALIZATION_SUCCEEDED;
}

int svm_initialize_locale(void) {
    setlocale(LC_ALL, "");
    int r = parse(LC_CTYPE, &locale_props.format_language, &locale_props.format_script, &locale_props.format_country,
                  &locale_props.format_variant);
    if (r != SVM_LOCALE_INITIALIZATION_SUCCEEDED) {
        return r;
    }
#ifdef LC_MESSAGES
    return parse(LC_MESSAGES, &locale_props.display_language, &locale_props.display_script, &locale_props.display_country,
                 &locale_props.display_variant);
#else
    locale_props.display_language = locale_props.format_language;
    locale_props.display_country = locale_props.format_country;
    return r;
#endif
}

svm_locale_props_t *svm_get_locale(void) {
    return &locale_props;
}

/* CPU features by CPUID (the subset of HotSpot's rules that x86-64 images rely on). */
#include <cpuid.h>
#include <stdint.h>
#include <stdio.h>
#include "include/amd64cpufeatures.h"

static uint64_t xgetbv0(void) {
    uint32_t a, d;
    __asm__ volatile("xgetbv" : "=a"(a), "=d"(d) : "c"(0));
    return ((uint64_t) d << 32) | a;
}

void determineCPUFeatures(CPUFeatures *f) {
    memset(f, 0, sizeof *f);
    unsigned a, b, c, d;
    unsigned max = __get_cpuid_max(0, NULL);
    if (max < 1) {
        return;
    }
    __cpuid(1, a, b, c, d);
    unsigned c1 = c, d1 = d;
    f->fCX8 = (d1 >> 8) & 1;
    f->fCMOV = (d1 >> 15) & 1;
    f->fFLUSH = (d1 >> 19) & 1;
    f->fMMX = (d1 >> 23) & 1;
    f->fFXSR = (d1 >> 24) & 1;
    f->fSSE = (d1 >> 25) & 1;
    f->fSSE2 = (d1 >> 26) & 1;
    f->fHT = (d1 >> 28) & 1;
    f->fTSC = (d1 >> 4) & 1;
    f->fSSE3 = c1 & 1;
    f->fCLMUL = (c1 >> 1) & 1;
    f->fSSSE3 = (c1 >> 9) & 1;
    f->fFMA = (c1 >> 12) & 1;
    f->fSSE4_1 = (c1 >> 19) & 1;
    f->fSSE4_2 = (c1 >> 20) & 1;
    f->fPOPCNT = (c1 >> 23) & 1;
    f->fAES = (c1 >> 25) & 1;
    f->fF16C = (c1 >> 29) & 1;
    f->fHV = (c1 >> 31) & 1;
    int osxsave = (c1 >> 27) & 1;
    uint64_t xcr0 = osxsave ? xgetbv0() : 0;
    int ymm = osxsave && (xcr0 & 0x6) == 0x6;
    int zmm = ymm && (xcr0 & 0xe0) == 0xe0;
    f->fAVX = ymm && ((c1 >> 28) & 1);
    f->fVZEROUPPER = f->fAVX;
    if (!f->fAVX) {
        f->fFMA = 0;
        f->fF16C = 0;
    }
    if (max >= 7) {
        __cpuid_count(7, 0, a, b, c, d);
        f->fBMI1 = (b >> 3) & 1;
        f->fAVX2 = f->fAVX && ((b >> 5) & 1);
        f->fBMI2 = (b >> 8) & 1;
        f->fERMS = (b >> 9) & 1;
        f->fRTM = (b >> 11) & 1;
        f->fADX = (b >> 19) & 1;
        f->fFLUSHOPT = (b >> 23) & 1;
        f->fCLWB = (b >> 24) & 1;
        f->fSHA = (b >> 29) & 1;
        if (zmm) {
            f->fAVX512F = (b >> 16) & 1;
            f->fAVX512DQ = (b >> 17) & 1;
            f->fAVX512_IFMA = (b >> 21) & 1;
            f->fAVX512PF = (b >> 26) & 1;
            f->fAVX512ER = (b >> 27) & 1;
            f->fAVX512CD = (b >> 28) & 1;
            f->fAVX512BW = (b >> 30) & 1;
            f->fAVX512VL = (b >> 31) & 1;
            f->fAVX512_VBMI = (c >> 1) & 1;
            f->fAVX512_VBMI2 = (c >> 6) & 1;
            f->fAVX512_VNNI = (c >> 11) & 1;
            f->fAVX512_BITALG = (c >> 12) & 1;
            f->fAVX512_VPOPCNTDQ = (c >> 14) & 1;
            f->fAVX512_FP16 = (d >> 23) & 1;
        }
        f->fGFNI = (c >> 8) & 1;
        f->fAVX512_VAES = zmm && ((c >> 9) & 1);
        f->fAVX512_VPCLMULQDQ = zmm && ((c >> 10) & 1);
        f->fPKU = (c >> 3) & 1;
        f->fOSPKE = (c >> 4) & 1;
        f->fRDPID = (c >> 22) & 1;
        f->fFSRM = (d >> 4) & 1;
        f->fSERIALIZE = (d >> 14) & 1;
    }
    unsigned emax = __get_cpuid_max(0x80000000, NULL);
    if (emax >= 0x80000001) {
        __cpuid(0x80000001, a, b, c, d);
        f->fLZCNT = (c >> 5) & 1;
        f->fSSE4A = (c >> 6) & 1;
        f->fAMD_3DNOW_PREFETCH = (c >> 8) & 1;
        f->fRDTSCP = (d >> 27) & 1;
    }
    if (emax >= 0x80000007) {
        __cpuid(0x80000007, a, b, c, d);
        f->fTSCINV_BIT = (d >> 8) & 1;
        f->fTSCINV = f->fTSCINV_BIT;
    }
}

/* The image's mask has one byte per CPUFeatures field: 0xFE where the image needs the feature, 0xFF
 * elsewhere (the builder's encoding). A present feature is 1, so byte | mask is 0xFF when all is well. */
int checkCPUFeatures(uint8_t *buildtime) {
    CPUFeatures now;
    determineCPUFeatures(&now);
    const uint8_t *have = (const uint8_t *) &now;
    for (size_t i = 0; i < sizeof now; i++) {
        if ((uint8_t) (have[i] | buildtime[i]) != 0xFF) {
            return -1;
        }
    }
    return 0;
}

int checkCPUFeaturesOrExit(uint8_t *buildtime, const char *message) {
    int r = checkCPUFeatures(buildtime);
    if (r != 0) {
        fputs(message, stderr);
        exit(1);
    }
    return r;
}

/* ---- time zone ---- */
#include <limits.h>
#include <unistd.h>
static char *zone_from_path(const char *path) {
    const char *marker = "zoneinfo/";
    const char *p = strstr(path, marker);
    if (p == NULL) {
        return NULL;
    }
    p += strlen(marker);
    if (strncmp(p, "posix/", 6) == 0) {
        p += 6;
    } else if (strncmp(p, "right/", 6) == 0) {
        p += 6;
    }
    return *p ? strdup(p) : NULL;
}

/* libjava.so keeps its findJavaTZ_md hidden, so the platform's time-zone id is found here, by the
 * JDK's rules for Linux: TZ, then /etc/timezone, then the /etc/localtime link target. */
char *SVM_FindJavaTZmd(const char *tzmappings, int length) {
    const char *tz = getenv("TZ");
    if (tz != NULL && *tz) {
        if (*tz == ':') {
            tz++;
        }
        if (*tz == '/') {
            char *z = zone_from_path(tz);
            if (z != NULL) {
                return z;
            }
        } else {
            return strdup(tz);
        }
    }
    FILE *f = fopen("/etc/timezone", "r");
    if (f != NULL) {
        char line[256];
        if (fgets(line, sizeof line, f) != NULL) {
            line[strcspn(line, " \t\r\n")] = 0;
            if (line[0]) {
                fclose(f);
                return strdup(line);
            }
        }
        fclose(f);
    }
    char target[PATH_MAX];
    ssize_t n = readlink("/etc/localtime", target, sizeof target - 1);
    if (n > 0) {
        target[n] = 0;
        char *z = zone_from_path(target);
        if (z != NULL) {
            return z;
        }
    }
    return strdup("UTC");
}


/* ---- small libc wrappers SubstrateVM calls under fixed names ---- */
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>

extern char **environ;

char **getEnviron(void) { return environ; }
int openSII(const char *path, int flags, int mode) { return open(path, flags, mode); }
int openatISII(int dirfd, const char *path, int flags, int mode) { return openat(dirfd, path, flags, mode); }
int fprintfSD(FILE *f, const char *fmt, const char *s, int d) { return fprintf(f, fmt, s, d); }
void *mremapP(void *old, size_t old_size, size_t new_size, int flags, void *new_address) {
    return mremap(old, old_size, new_size, flags, new_address);
}
int getThreadId(void) { return (int) syscall(SYS_gettid); }

/* User CPU time of one thread in nanoseconds, from /proc (the JDK's slow path); -1 if unknown. */
long getThreadUserTimeSlow(int tid) {
    char path[64], buf[2048];
    snprintf(path, sizeof path, "/proc/self/task/%d/stat", tid);
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return -1;
    }
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = 0;
    char *p = strrchr(buf, ')');
    if (p == NULL) {
        return -1;
    }
    unsigned long utime = 0;
    /* after ") ": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime */
    if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu", &utime) != 1) {
        return -1;
    }
    long ticks = sysconf(_SC_CLK_TCK);
    return (long) (utime * (1000000000UL / (unsigned long) (ticks > 0 ? ticks : 100)));
}

/* x86 keeps instruction and data caches coherent. */
void codeSynchronization_clearCache(long code, long size) {}

/* ---- java.lang.Signal support: a C handler counts signals and wakes the dispatcher thread ---- */
#include <semaphore.h>
#include <signal.h>
#include <stdatomic.h>

static sem_t signal_semaphore;
static atomic_int pending_signals[NSIG];

int cSunMiscSignal_open(void) {
    for (int i = 0; i < NSIG; i++) {
        atomic_store(&pending_signals[i], 0);
    }
    return sem_init(&signal_semaphore, 0, 0);
}

int cSunMiscSignal_close(void) { return sem_destroy(&signal_semaphore); }

int cSunMiscSignal_awaitSemaphore(void) {
    int r;
    while ((r = sem_wait(&signal_semaphore)) == -1 && errno == EINTR) {
    }
    return r;
}

int cSunMiscSignal_signalSemaphore(void) { return sem_post(&signal_semaphore); }

int cSunMiscSignal_signalRangeCheck(int sig) { return sig > 0 && sig < NSIG; }

int cSunMiscSignal_checkPendingSignal(void) {
    for (int i = 1; i < NSIG; i++) {
        int n = atomic_load(&pending_signals[i]);
        while (n > 0) {
            if (atomic_compare_exchange_weak(&pending_signals[i], &n, n - 1)) {
                return i;
            }
        }
    }
    return -1;
}

static void dispatch_signal(int sig) {
    int saved = errno;
    if (sig > 0 && sig < NSIG) {
        atomic_fetch_add(&pending_signals[sig], 1);
        sem_post(&signal_semaphore);
    }
    errno = saved;
}

void *cSunMiscSignal_signalHandlerFunctionPointer(void) { return (void *) dispatch_signal; }

/* ---- jcmd attach listener: not offered by this toolchain (the listener never starts) ---- */
void svm_attach_startup(const char *path) {}
void svm_attach_listener_cleanup(int fd, const char *path) {}
int svm_attach_check_socket_file(const char *path) { return 0; }
int svm_attach_is_init_trigger(const char *path) { return 0; }
int svm_attach_create_listener(const char *path) { return -1; }
int svm_attach_wait_for_request(int fd) { return -1; }
void svm_attach_shutdown_socket(int fd) {}
