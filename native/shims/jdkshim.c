/* Glue between SubstrateVM and the JDK's shared libraries that stand in for its static libraries
 * (lib/static/linux-amd64/glibc/lib<name>.a are linker scripts over lib<name>.so, see toolchain.sh).
 *
 * 1. SubstrateVM treats the JDK libraries as built into the executable and calls JNI_OnLoad_<name>
 *    for each, accepting only JNI_VERSION_1_8 (the static-build convention). The shared libraries
 *    only have a plain JNI_OnLoad (which answers JNI_VERSION_1_2), so JNI_OnLoad_<name> here runs
 *    the library's own JNI_OnLoad, if it has one, and answers JNI_VERSION_1_8.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <jni.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef jint (*onload_fn)(JavaVM *, void *);

static jint run_onload(const char *soname, JavaVM *vm, void *reserved) {
    void *h = dlopen(soname, RTLD_LAZY | RTLD_NOLOAD);
    if (h != NULL) {
        onload_fn f = (onload_fn) dlsym(h, "JNI_OnLoad");
        jint r = JNI_VERSION_1_8;
        if (f != NULL) {
            r = f(vm, reserved);
        }
        dlclose(h);
        if (r < 0) {
            return r;
        }
    }
    return JNI_VERSION_1_8;
}

#define ONLOAD(name) \
    JNIEXPORT jint JNICALL JNI_OnLoad_##name(JavaVM *vm, void *reserved) { return run_onload("lib" #name ".so", vm, reserved); }

ONLOAD(java)
ONLOAD(nio)
ONLOAD(net)
ONLOAD(zip)
ONLOAD(extnet)
ONLOAD(jimage)
ONLOAD(management)
ONLOAD(management_ext)
ONLOAD(prefs)
ONLOAD(jaas)
ONLOAD(j2gss)
ONLOAD(j2pkcs11)
ONLOAD(verify)
ONLOAD(sctp)
ONLOAD(attach)
ONLOAD(instrument)
ONLOAD(rmi)
ONLOAD(syslookup)
ONLOAD(fontmanager)
ONLOAD(awt)
ONLOAD(awt_headless)
ONLOAD(javajpeg)
ONLOAD(lcms)
ONLOAD(mlib_image)

