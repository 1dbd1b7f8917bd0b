#ifndef CLIBFUZZER_H
#define CLIBFUZZER_H
#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver, for a program that has a main of its own (`icon-fuzz` built with
/// `-sanitize=fuzzer`): it parses libFuzzer's arguments and calls `callback` with every input.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
