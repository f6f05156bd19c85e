#!/usr/bin/env bash
# The Debian package, tested as a user meets it: `cpack -G DEB` in a build folder, then on this machine
#   dpkg -i ascenddeck_*.deb || apt-get -f install -y
# then checks what it installed (binaries, desktop file, icons, AppStream metadata, declared dependencies),
# starts the installed /usr/bin/ascenddeck-cli and /usr/bin/ascenddeck (offscreen, --quit-after-start) as an
# unprivileged user with an empty home in an empty folder, and removes the package again, with whatever
# apt-get installed for it, so the machine is left as it was.
#
# Usage: scripts/test-package.sh [BUILD_DIR]     BUILD_DIR defaults to build/ci and must be built.
# Needs root to install (re-runs itself with sudo). Exits non-zero with a FAIL line on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=PATH "$0" "$@"
fi

passed=0
say() { echo "test-package: $*"; }
ok() { passed=$((passed + 1)); echo "test-package: ok: $*"; }
# The last line is the plain 'N passed, N failed' summary, so a CI log that ends here still shows a count.
fail() { echo "test-package: FAIL: $*" >&2; echo "package: $passed passed, 1 failed"; exit 1; }

build_arg=${1:-build/ci}
[ -f "$build_arg/CMakeCache.txt" ] || fail "$build_arg is not a configured build folder (no CMakeCache.txt)"
build=$(realpath "$build_arg")
[ -x "$build/app/ascenddeck" ] && [ -x "$build/app/ascenddeck-cli" ] \
    || fail "$build/app has no ascenddeck and ascenddeck-cli: build first (cmake --build $build_arg)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in $build/CMakeCache.txt"
for tool in cpack dpkg dpkg-deb apt-get setpriv timeout; do
    command -v "$tool" >/dev/null || fail "$tool is missing"
done
command -v dpkg-shlibdeps >/dev/null || fail "dpkg-shlibdeps is missing: apt-get install dpkg-dev (scripts/install-deps.sh)"

package=ascenddeck
desktop=/usr/share/applications/ascenddeck.desktop
metainfo=/usr/share/metainfo/io.github.ascenddeck.AscendDeck.metainfo.xml
icons=(/usr/share/icons/hicolor/scalable/apps/ascenddeck.svg)
for size in 16 32 48 64 128 256; do
    icons+=("/usr/share/icons/hicolor/${size}x${size}/apps/ascenddeck.png")
done

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
known() { dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -qv ' not-installed$'; } # installed, half-installed or config-files
installed_packages() { dpkg-query -W -f='${Package}:${Architecture} ${Status}\n' | awk '$NF == "installed" {print $1}' | sort; }

# ---- build the package
say "cpack -G DEB in $build"
rm -f "$build"/"$package"_*.deb
(cd "$build" && cpack -G DEB) > "$build/cpack-deb.log" 2>&1 || { cat "$build/cpack-deb.log" >&2; fail "cpack -G DEB failed"; }
grep -i "warning" "$build/cpack-deb.log" >&2 || true
debs=("$build"/"$package"_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one ${package}_*.deb in $build, found: ${debs[*]}"
deb=${debs[0]}
ok "cpack built $(basename "$deb"), $(du -h "$deb" | cut -f1)"

[ "$(dpkg-deb -f "$deb" Package)" = "$package" ] || fail "the package is not named $package"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version $(dpkg-deb -f "$deb" Version), project version $version"
depends=$(dpkg-deb -f "$deb" Depends)
say "Depends: $depends"
say "Recommends: $(dpkg-deb -f "$deb" Recommends)"
# Every library the binaries link (their NEEDED entries) must come from a package that Depends names.
owner() { # the package of a library file, looked up both under /lib and /usr/lib (merged /usr)
    local path=$1 alt
    case $path in /usr/*) alt=${path#/usr} ;; *) alt=/usr$path ;; esac
    { dpkg -S "$path" 2>/dev/null || dpkg -S "$alt" 2>/dev/null || true; } | awk -F: 'NR == 1 {print $1}'
}
depends_names=$(tr ',|' '\n\n' <<<"$depends" | sed 's/(.*//; s/[[:space:]]//g')
checked=0
for binary in "$build/app/ascenddeck" "$build/app/ascenddeck-cli"; do
    for soname in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        case $soname in ld-linux*) continue ;; esac # the dynamic loader, part of libc6 like libc itself
        path=$(ldd "$binary" | awk -v so="$soname" '$1 == so && $2 == "=>" && !found {print $3; found = 1}')
        [ -n "$path" ] && [ "$path" != "not" ] || fail "$(basename "$binary") links $soname, which is not on this machine"
        pkg=$(owner "$path")
        [ -n "$pkg" ] || fail "no package owns $path ($soname, linked by $(basename "$binary"))"
        # Depends may name it by a virtual package it provides (libspdlog1.10 provides libspdlog1.10-fmt9)
        names="$pkg $(dpkg-query -W -f='${Provides}' "$pkg" | sed 's/([^)]*)//g; s/,/ /g')"
        found=
        for name in $names; do
            grep -qxF "$name" <<<"$depends_names" && found=$name
        done
        [ -n "$found" ] \
            || fail "$(basename "$binary") links $soname from $pkg, which Depends does not name: did dpkg-shlibdeps run? (see $build/cpack-deb.log)"
        checked=$((checked + 1))
    done
done
ok "name $package, version $version; Depends (dpkg-shlibdeps) covers every library the binaries link ($checked NEEDED entries)"

# ---- install it as a user would
if installed "$package"; then
    say "note: $package $(dpkg-query -W -f='${Version}' "$package") was installed already; it is replaced, then removed"
fi
before=$(mktemp)
installed_packages > "$before"
home=$(mktemp -d)
runtime=$(mktemp -d)
work=$(mktemp -d)
out=$(mktemp)
err=$(mktemp)
remove_added() { # packages apt-get pulled in for it (none when scripts/install-deps.sh has run)
    local added
    added=$(comm -13 "$before" <(installed_packages) | tr '\n' ' ')
    if [ -n "${added// /}" ]; then
        say "removing what apt-get installed for it: $added"
        # shellcheck disable=SC2086
        DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q $added >/dev/null 2>&1 || say "note: could not remove $added"
    fi
}
cleanup() {
    local status=$?
    if known "$package"; then
        say "removing $package"
        DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q "$package" >/dev/null 2>&1 || dpkg --purge "$package" >/dev/null 2>&1 || true
    fi
    remove_added
    rm -rf "$before" "$home" "$runtime" "$work" "$out" "$err"
    exit $status
}
trap cleanup EXIT

say "dpkg -i $(basename "$deb") || apt-get -f install -y"
if ! dpkg -i "$deb"; then
    say "dpkg -i left dependencies to install: apt-get -f install -y"
    DEBIAN_FRONTEND=noninteractive apt-get -f install -y -q || fail "apt-get -f install could not install the dependencies"
fi
installed "$package" || fail "dpkg -s $package does not say 'install ok installed': $(dpkg -s "$package" 2>&1 | grep '^Status' || true)"
ok "dpkg -s $package: $(dpkg -s "$package" | grep '^Status:')"

# ---- what it installed
listed=$(dpkg -L "$package")
for file in /usr/bin/ascenddeck /usr/bin/ascenddeck-cli "$desktop" "$metainfo" "${icons[@]}" /usr/share/doc/ascenddeck/copyright; do
    grep -qx "$file" <<<"$listed" || fail "dpkg -L $package does not list $file"
    [ -s "$file" ] || fail "$file is listed but missing or empty"
done
for binary in /usr/bin/ascenddeck /usr/bin/ascenddeck-cli; do
    [ -x "$binary" ] || fail "$binary is not executable"
    missing=$(ldd "$binary" | grep "not found" || true)
    [ -z "$missing" ] || fail "$binary: libraries not found: $missing"
done
for size in 16 32 48 64 128 256; do
    file "/usr/share/icons/hicolor/${size}x${size}/apps/ascenddeck.png" | grep -q "PNG image data, $size x $size" \
        || fail "/usr/share/icons/hicolor/${size}x${size}/apps/ascenddeck.png is not a ${size}x${size} PNG"
done
ok "dpkg -L lists /usr/bin/ascenddeck, /usr/bin/ascenddeck-cli, the desktop file, metainfo, ${#icons[@]} icons; all libraries found"
grep -qx "Exec=ascenddeck" "$desktop" || fail "$desktop: Exec is not ascenddeck"
grep -qx "Icon=ascenddeck" "$desktop" || fail "$desktop: Icon is not ascenddeck"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate $desktop"
    ok "desktop-file-validate $desktop"
else
    say "note: desktop-file-validate missing (apt-get install desktop-file-utils): desktop file not validated"
fi
grep -q "<release version=\"$version\"" "$metainfo" || fail "$metainfo has no <release version=\"$version\">"
grep -q "<launchable type=\"desktop-id\">$(basename "$desktop")</launchable>" "$metainfo" \
    || fail "$metainfo does not name $(basename "$desktop") as its launchable"
if command -v appstreamcli >/dev/null; then
    # validate-tree also checks that the desktop file and the icon the metainfo names are in the package
    tree=$(mktemp -d)
    dpkg-deb -x "$deb" "$tree"
    appstreamcli validate-tree --no-net "$tree" || { rm -rf "$tree"; fail "appstreamcli validate-tree --no-net (the package's files)"; }
    rm -rf "$tree"
    ok "appstreamcli validate-tree --no-net: $(basename "$metainfo"), its desktop file and icon"
else
    say "note: appstreamcli missing (apt-get install appstream): metainfo not validated"
fi
# Translations are compiled into the binaries: the package ships no .qm file.
! grep -q '\.qm$' <<<"$listed" || fail "the package ships .qm files, but translations are embedded in the binaries"

# ---- start what it installed, as an unprivileged user in an empty folder with an empty home
chown nobody:nogroup "$home" "$runtime" "$work"
chmod 0700 "$runtime"
as_user() {
    # a login's environment, nothing from the build
    (cd "$work" && setpriv --reuid=nobody --regid=nogroup --clear-groups \
        env -i PATH=/usr/local/bin:/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$runtime" LANG="${LANG_FOR_RUN:-C.UTF-8}" "$@")
}

status=0
as_user /usr/bin/ascenddeck-cli --version > "$out" 2> "$err" || status=$?
[ "$status" -eq 0 ] || { cat "$err" >&2; fail "ascenddeck-cli --version exited $status"; }
grep -q "$version" "$out" || fail "ascenddeck-cli --version printed '$(cat "$out")', not the version $version"
ok "ascenddeck-cli --version: $(cat "$out")"

LANG_FOR_RUN=zh_CN.UTF-8 as_user /usr/bin/ascenddeck-cli exec --help > "$out" 2> "$err" || true
grep -q "通过 SSH 在一台或多台服务器上运行" "$out" \
    || fail "LANG=zh_CN.UTF-8 ascenddeck-cli exec --help is not in Chinese (embedded translations): $(head -5 "$out")"
ok "ascenddeck-cli speaks zh_CN from its embedded translations"

for lang in en zh_CN; do
    status=0
    as_user timeout 20 env QT_QPA_PLATFORM=offscreen /usr/bin/ascenddeck --quit-after-start --lang "$lang" \
        > "$out" 2> "$err" || status=$?
    [ "$status" -ne 124 ] || fail "ascenddeck --quit-after-start --lang $lang did not quit within 20 s"
    [ "$status" -eq 0 ] || { cat "$out" "$err" >&2; fail "ascenddeck --quit-after-start --lang $lang exited $status"; }
    [ ! -s "$out" ] || fail "ascenddeck --quit-after-start --lang $lang printed: $(cat "$out")"
    # the offscreen platform's own remark is no news
    grep -v "This plugin does not support propagateSizeHints()" "$err" > "$err.rest" || true
    [ ! -s "$err.rest" ] || say "note: ascenddeck --lang $lang said on stderr: $(head -5 "$err.rest")"
    rm -f "$err.rest"
    ok "ascenddeck (offscreen, --lang $lang) showed its window and quit with 0"
done
[ -n "$(ls -A "$home")" ] || fail "ascenddeck wrote nothing (settings, log) to the empty home it was given"
ok "ascenddeck kept its files in the user's home: $(cd "$home" && find . -type f | sed 's|^\./||' | tr '\n' ' ')"
leftovers=$(ls -A "$work")
[ -z "$leftovers" ] || fail "the programs left files in the folder they were started in: $leftovers"
ok "nothing written to the folder they were started in"

# ---- remove it
say "apt-get remove --purge -y $package"
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -q "$package" > "$out" 2>&1 || { cat "$out" >&2; fail "apt-get remove $package failed"; }
! installed "$package" || fail "$package is still installed after apt-get remove"
[ ! -e /usr/bin/ascenddeck ] && [ ! -e "$desktop" ] && [ ! -e "$metainfo" ] || fail "files of $package remain after its removal"
ok "$package removed, its files gone"
remove_added
say "$(basename "$deb") installs, starts and removes cleanly"
echo "package: $passed passed, 0 failed"
