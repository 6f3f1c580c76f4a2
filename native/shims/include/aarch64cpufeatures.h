/* The CPU feature record of SubstrateVM's AARCH64 helper. Only its layout is used on linux-amd64 (the
 * builder queries every architecture's struct); there is no implementation here. */
#ifndef AARCH64CPUFEATURES_H
#define AARCH64CPUFEATURES_H
#include <stdint.h>
typedef struct {
    char fFP;
    char fASIMD;
    char fEVTSTRM;
    char fAES;
    char fPMULL;
    char fSHA1;
    char fSHA2;
    char fCRC32;
    char fLSE;
    char fDCPOP;
    char fSHA3;
    char fSHA512;
    char fSVE;
    char fSVE2;
    char fSTXR_PREFETCH;
    char fA53MAC;
    char fDMB_ATOMICS;
    char fPACA;
    char fSVEBITPERM;
    char fFPHP;
    char fASIMDHP;
} CPUFeatures;
void determineCPUFeatures(CPUFeatures *features);
int checkCPUFeatures(uint8_t *buildtimeFeatureMask);
int checkCPUFeaturesOrExit(uint8_t *buildtimeFeatureMask, const char *errorMessage);
#endif
