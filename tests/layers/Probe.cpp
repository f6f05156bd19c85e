// Compiled with the include directories one core library's own sources get; PROBE_HEADER says what it tries
// to include. tests/layers/CMakeLists.txt builds it once per probe.
#include PROBE_HEADER

int probeCompiled()
{
    return 0;
}
