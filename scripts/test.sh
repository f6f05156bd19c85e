#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs the whole test suite
# (unit tests, tests against simulated Ascend servers over real SSH, GUI tests on the offscreen platform),
# then the Debian package: built, installed, started and removed by scripts/test-package.sh, then the unit
# and GUI tests again under AddressSanitizer + UBSan (scripts/test-asan.sh).
# The simulated servers need root (mount namespaces); it re-runs itself with sudo when not root.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=PATH,ASCENDDECK_SKIP_ASAN "$0" "$@"
fi
scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci -j "$(nproc)"
# Both run; the command fails if either fails.
status=0
ctest --preset ci -j 2 "$@" || status=$?
scripts/test-package.sh build/ci || status=$?
# The unit and GUI tests once more under AddressSanitizer + UBSan (ASCENDDECK_SKIP_ASAN=1 skips it locally).
if [ "${ASCENDDECK_SKIP_ASAN:-0}" != 1 ]; then
    scripts/test-asan.sh "$@" || status=$?
fi
exit "$status"
