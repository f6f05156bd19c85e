#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, starts a demo cluster of two simulated
# Atlas 800T A2 servers (real sshd on 127.0.0.11 and 127.0.0.12) and opens the console connected to them.
# Without a display it runs under Xvfb and saves a screenshot instead (docs/screenshots/main-window.png).
# Options: --servers N (default 2), --lang zh_CN.
set -euo pipefail
cd "$(dirname "$0")/.."
servers=2
lang_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --servers) servers="$2"; shift 2 ;;
        --lang) lang_args=(--lang "$2"); shift 2 ;;
        *) echo "usage: $0 [--servers N] [--lang LOCALE]" >&2; exit 2 ;;
    esac
done
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)" --target ascenddeck ascenddeck-cli

state="${XDG_RUNTIME_DIR:-/tmp}/ascenddeck-demo"
$sudo python3 tests/sim/ascend_sim.py stop --state "$state" >/dev/null 2>&1 || true
$sudo rm -rf "$state"
mkdir -p "$state"
# Port 22 is what real servers use; fall back to 2222 if something already listens on these addresses.
port=22
if ! $sudo python3 tests/sim/ascend_sim.py start --state "$state" --servers "$servers" --first-ip 127.0.0.11 \
        --port 22 --preset-ips >/dev/null 2>"$state.err"; then
    port=2222
    $sudo python3 tests/sim/ascend_sim.py start --state "$state" --servers "$servers" --first-ip 127.0.0.11 \
        --port 2222 --preset-ips >/dev/null
fi
trap '$sudo python3 tests/sim/ascend_sim.py stop --state "$state" >/dev/null 2>&1 || true' EXIT
$sudo chown -R "$(id -u):$(id -g)" "$state/client" "$state/cluster.json"

args=(--cluster "$state/cluster.json" --identity "$state/client/id_ed25519"
      --known-hosts "$state/client/known_hosts" --ssh-config /dev/null "${lang_args[@]}")
echo "Demo cluster: $servers simulated servers at 127.0.0.11.. port $port (state in $state)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    build/ci/app/ascenddeck --connect "${args[@]}"
else
    mkdir -p docs/screenshots
    out="docs/screenshots/main-window${lang_args:+-${lang_args[1]}}.png"
    xvfb-run -a -s '-screen 0 1280x800x24' build/ci/app/ascenddeck --screenshot "$out" "${args[@]}"
    echo "No display: ran under Xvfb and saved $out"
fi
