#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu 24.04 packages AscendDeck needs to build, test and run its demo,
# skipping what is already there. Uses sudo when not run as root.
set -euo pipefail

packages=(build-essential cmake pkg-config qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev
          qt6-l10n-tools libssh-dev nlohmann-json3-dev libspdlog-dev xvfb xauth openssh-server openssh-client
          python3 libxkbcommon-dev pssh iproute2 rsync qtkeychain-qt6-dev
          dpkg-dev file desktop-file-utils appstream)
# dpkg-dev and file: dpkg-shlibdeps for `cpack -G DEB`; desktop-file-utils and appstream: the checks
# of scripts/test-package.sh.
# Optional extras for fuzzing and screenshots; their absence does not stop the build.
extras=(clang imagemagick qt6-translations-l10n fonts-wqy-microhei)

missing=()
for p in "${packages[@]}" "${extras[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing: ${missing[*]}"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${packages[@]}"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${extras[@]}" \
    || echo "note: optional packages not installed: ${extras[*]}"
