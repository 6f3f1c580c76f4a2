/* The CPU feature record of SubstrateVM's RISCV64 helper. Only its layout is used on linux-amd64 (the
 * builder queries every architecture's struct); there is no implementation here. */
#ifndef RISCV64CPUFEATURES_H
#define RISCV64CPUFEATURES_H
#include <stdint.h>
typedef struct {
    char fI;
    char fM;
    char fA;
    char fF;
    char fD;
    char fC;
    char fV;
} CPUFeatures;
void determineCPUFeatures(CPUFeatures *features);
int checkCPUFeatures(uint8_t *buildtimeFeatureMask);
int checkCPUFeaturesOrExit(uint8_t *buildtimeFeatureMask, const char *errorMessage);
#endif
