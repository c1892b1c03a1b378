#!/usr/bin/env bash
# Builds the Debian package from the release preset and checks it the way Debian would:
#   - lintian (errors fail; warnings and notes are printed),
#   - desktop-file-validate on the .desktop file and appstreamcli on the AppStream
#     metadata, as packaged,
#   - the icon in every hicolor size, and the manual pages,
#   - the packaged programs start: the CLI's --help, and the desktop program under Xvfb
#     until its window is on the screen.
#
# With --fresh-install ROOT (as root, with Debian's mirror reachable), it also installs
# the package with `apt-get install ./numbermanager_*.deb` into ROOT, a Debian 12 made
# there with debootstrap (anew on every run), and starts both programs in it. This part
# downloads Debian 12 from Debian's mirror, as .ci/install-deps does.
#
# Usage: packaging/linux/check-deb.sh [--fresh-install ROOT]
set -euo pipefail
cd "$(dirname "$0")/../.."

fresh_root=""
if [ "${1:-}" = "--fresh-install" ]; then
    fresh_root="${2:?--fresh-install needs a folder}"
fi

fail() {
    echo "check-deb: $*" >&2
    exit 1
}

cmake --preset release >/dev/null
cmake --build --preset release
(cd build/release && rm -f numbermanager_*.deb && cpack -G DEB >/dev/null)
deb=$(ls build/release/numbermanager_*_*.deb)
echo "check-deb: built $deb"

# Errors fail; warnings and notes are printed. (As root, lintian says it would rather not be.)
lintian_rc=0
lintian_out=$(lintian --fail-on error --info "$deb" 2>&1) || lintian_rc=$?
printf '%s\n' "$lintian_out" | grep -v "running with root privileges" || true
[ "$lintian_rc" -eq 0 ] || fail "lintian found errors in $deb"
echo "check-deb: lintian finds no errors"

work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb_pid:-}" ] && kill "$xvfb_pid" 2>/dev/null; true' EXIT
dpkg-deb -x "$deb" "$work/root"
root="$work/root"

desktop-file-validate "$root/usr/share/applications/numbermanager.desktop" \
    || fail "the .desktop file does not validate"
appstreamcli validate --no-net "$root"/usr/share/metainfo/*.metainfo.xml \
    || fail "the AppStream metadata does not validate"
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 scalable; do
    ls "$root/usr/share/icons/hicolor/$size/apps/numbermanager."* >/dev/null 2>&1 \
        || fail "no $size icon in the package"
done
for page in numbermanager-cli numbermanager; do
    zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q '^\.SH NAME' || fail "no manual page for $page"
done
zcat "$root/usr/share/man/man1/numbermanager-cli.1.gz" | grep -q 'number assign' \
    || fail "the CLI's manual page does not list its commands"

# Starts the desktop program ("$@") under Xvfb with an empty database and waits for its
# window; fails when the program exits, or shows no window within 20 s.
check_window() {
    local display=":$((90 + RANDOM % 100))"
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb_pid=$!
    sleep 1
    env -i PATH=/usr/bin:/bin HOME="$work" LANG=C.UTF-8 DISPLAY="$display" QT_QPA_PLATFORM=xcb \
        XDG_RUNTIME_DIR="$work" "$@" --database "$work/check-deb.sqlite" >"$work/gui.log" 2>&1 &
    local gui=$! found=""
    for _ in $(seq 1 40); do
        kill -0 "$gui" 2>/dev/null || break
        if DISPLAY="$display" xwininfo -root -tree 2>/dev/null | grep -q '"Number Manager'; then
            found=yes
            break
        fi
        sleep 0.5
    done
    kill "$gui" 2>/dev/null || true
    wait "$gui" 2>/dev/null || true
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
    xvfb_pid=""
    [ -n "$found" ] || { cat "$work/gui.log" >&2; fail "the desktop program showed no window"; }
}

# The packaged programs, unpacked, against this machine's libraries.
"$root/usr/bin/numbermanager-cli" --help | grep -q '^Usage: numbermanager-cli' || fail "the CLI does not start"
check_window "$root/usr/bin/numbermanager"
echo "check-deb: the packaged programs start (CLI --help; the desktop program's window under Xvfb)"

# A fresh Debian 12: the package installed by apt-get, which must find every dependency.
if [ -n "$fresh_root" ]; then
    [ "$(id -u)" -eq 0 ] || fail "--fresh-install needs root (debootstrap, chroot)"
    # Made anew each time (a few seconds), so that nothing of an earlier run helps.
    if [ -e "$fresh_root" ]; then
        [ -e "$fresh_root/.numbermanager-check-deb" ] || fail "$fresh_root exists and is not one of ours"
        umount "$fresh_root/proc" 2>/dev/null || true
        rm -rf "$fresh_root"
    fi
    debootstrap --variant=minbase bookworm "$fresh_root" http://deb.debian.org/debian >/dev/null
    touch "$fresh_root/.numbermanager-check-deb"
    cp "$deb" "$fresh_root/tmp/"
    cp /etc/resolv.conf "$fresh_root/etc/resolv.conf" 2>/dev/null || true
    mount -t proc proc "$fresh_root/proc"
    trap 'umount "$fresh_root/proc" 2>/dev/null; rm -rf "$work"; true' EXIT
    chroot "$fresh_root" apt-get update -qq
    chroot "$fresh_root" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq "/tmp/$(basename "$deb")" xvfb xauth x11-utils >/dev/null
    chroot "$fresh_root" numbermanager-cli --version
    chroot "$fresh_root" numbermanager-cli --help | grep -q '^Usage: numbermanager-cli' \
        || fail "the installed CLI does not start"
    # The whole window check inside the fresh system, with its own Xvfb.
    chroot "$fresh_root" env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 XDG_RUNTIME_DIR=/tmp \
        xvfb-run -a -s "-screen 0 1280x800x24" sh -c '
            numbermanager --database /tmp/fresh.sqlite >/tmp/gui.log 2>&1 &
            gui=$!
            for i in $(seq 1 40); do
                kill -0 $gui 2>/dev/null || break
                if xwininfo -root -tree | grep -q "\"Number Manager"; then
                    kill $gui; echo "window shown"; exit 0
                fi
                sleep 0.5
            done
            cat /tmp/gui.log; exit 1' || fail "the installed desktop program showed no window"
    echo "check-deb: installed with apt-get on a fresh Debian 12 ($fresh_root); both programs start"
fi

echo "check-deb: $deb passes"
