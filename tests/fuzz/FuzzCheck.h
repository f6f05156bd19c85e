#pragma once

#include <cstdlib>

// libFuzzer reports an abort as a crash with the input that caused it: a broken parser contract found by
// fuzzing is then as visible as a memory error.
#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) \
            abort(); \
    } while (false)
