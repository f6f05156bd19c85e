#!/usr/bin/env bash
# The unit and GUI tests again, built with AddressSanitizer + UBSan (the asan preset): quitting, cancelling
# or losing a server at any moment must not touch freed memory, leak, or hit undefined behaviour.
# Called by scripts/test.sh after the normal suite; extra arguments go to ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset asan
cmake --build build/asan -j "$(nproc)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$PWD/tests/asan/lsan.supp:print_suppressions=0"
# Recoverable UBSan checks abort the test instead of printing and going on.
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# layers_enforced builds probe sources (nothing to sanitize); the fuzzers run sanitized in the normal suite.
ctest --test-dir build/asan --output-on-failure -j 2 -L 'unit|gui' -LE fuzz -E '^layers_enforced$' "$@"
