#!/bin/sh
# Builds the libFuzzer targets with clang in their own build directory and runs each briefly, seeded
# with the real samples in tests/fixtures/ascend. Registered with CTest (label "fuzz").
# usage: run-fuzzers.sh SOURCE_DIR BUILD_DIR [SECONDS_PER_FUZZER]
set -eu
src=${1:?source dir}
build=${2:?build dir}
seconds=${3:-8}

if ! command -v clang++ >/dev/null 2>&1; then
    echo "clang++ not found: skipping fuzzing"
    exit 77 # CTest SKIP_RETURN_CODE
fi

CC=clang CXX=clang++ cmake -S "$src/tests/fuzz" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >"$build.configure.log" 2>&1 \
    || { cat "$build.configure.log"; exit 1; }
cmake --build "$build" -j2

seeds="$src/tests/fixtures/ascend"
status=0
for fuzzer in fuzz_npusmiinfo fuzz_npusmidetail fuzz_hccnconf fuzz_hccntool fuzz_versioninfo fuzz_prometheus; do
    # libFuzzer writes what it finds into the first corpus directory: keep that away from the fixtures.
    corpus="$build/corpus/$fuzzer"
    mkdir -p "$corpus"
    echo "== $fuzzer (${seconds}s)"
    if ! "$build/$fuzzer" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$build/$fuzzer-" -print_final_stats=0 "$corpus" "$seeds" 2>"$build/$fuzzer.log"; then
        tail -n 60 "$build/$fuzzer.log"
        status=1
    else
        tail -n 1 "$build/$fuzzer.log"
    fi
done
exit $status
