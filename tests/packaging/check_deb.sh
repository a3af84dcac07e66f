#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# check_deb.sh BUILD_DIR WORK_DIR — run as root in a fresh sandbox boot (destructive).
# Makes the .deb twice with CPack (a "previous" 0.0.9 and this version), takes away what
# `cmake --install` put on the system (so nothing of Mailroom is there), then with apt from a
# local repository: installs the old one, uses the helper as alice, upgrades (backups kept),
# removes (no helper, no bus policy, no unit; backups kept), purges (backups kept unless the
# admin says so: answered "no" by default, then "yes" preseeded) and compares the file lists of
# /usr, /etc and /var/lib with the ones from before.
set -eu
# Under libfaketime (tools/sandbox test --clock) this run hangs (man-db, as in check_installed.sh,
# and the package tools it drives): the package is installed, upgraded and purged at the real clock.
if grep -qs faketime /etc/ld.so.preload; then
    echo "note: not run under libfaketime (the run at the real clock covers it)"
    exit 0
fi
build=$1 work=$2
fail=0
bad() { echo "FAIL: $*"; fail=1; }
step() { echo "== $*"; }
export DEBIAN_FRONTEND=noninteractive
alice() { setpriv --reuid=alice --regid=alice --init-groups --reset-env env HOME=/home/alice LANG=C.UTF-8 "$@"; }
snapshot() { find /usr /etc /var/lib -xdev 2>/dev/null | grep -v -E '^/var/lib/(apt|dpkg|systemd|polkit-1|PackageKit|ucf)(/|$)' | sort; }
bus_activatable() { busctl --system list --activatable --no-legend 2>/dev/null | grep -q '^io\.github\.mailroom\.Helper1 '; }
no_trace_of_helper() {
    pgrep -x mailroomd >/dev/null && bad "$1: mailroomd is still running"
    [ "$(systemctl show -P LoadState mailroomd.service)" = not-found ] || bad "$1: mailroomd.service is still known"
    bus_activatable && bad "$1: the bus still activates io.github.mailroom.Helper1"
    [ ! -e /usr/share/dbus-1/system.d/io.github.mailroom.Helper1.conf ] || bad "$1: the bus policy is left"
    return 0
}

rm -rf "$work"
mkdir -p "$work/repo"
step "making the packages"
cpack --config "$build/CPackConfig.cmake" -B "$work/old" -D CPACK_PACKAGE_VERSION=0.0.9 >"$work/cpack-old.log"
cpack --config "$build/CPackConfig.cmake" -B "$work/new" >"$work/cpack-new.log"
old=$(ls "$work"/old/mailroom_0.0.9-1_*.deb)
new=$(ls "$work"/new/mailroom_*-1_*.deb)
dpkg-deb -f "$new" Package Version Depends Recommends
step "lintian"
lintian --fail-on error --suppress-tags-from-file "$(dirname "$0")/lintian-overrides.txt" "$new" || bad "lintian errors"

step "a system without Mailroom: what cmake --install put here is taken away"
systemctl stop mailroomd.service 2>/dev/null || true
dpkg-deb --fsys-tarfile "$new" | tar -t | sed -n 's|^\./|/|p' >"$work/contents.txt"
while read -r f; do
    if [ -f "$f" ] || [ -L "$f" ]; then rm -f "$f"; fi
done <"$work/contents.txt"
# …and the directories that only held them, as dpkg would on purge.
grep '/$' "$work/contents.txt" | sort -r | while read -r d; do rmdir "$d" 2>/dev/null || true; done
rm -rf /var/lib/mailroom
systemctl daemon-reload
systemctl reload dbus
command -v mailroomctl >/dev/null && bad "mailroomctl is still installed"
no_trace_of_helper "before"
echo "deb [trusted=yes] file:$work/repo ./" >/etc/apt/sources.list.d/mailroom-test.list
# alice's settings are hers: no upgrade, removal or purge touches them.
settings=/home/alice/.config/mailroom.github.io/mailroom.conf
alice sh -c "mkdir -p ${settings%/*} && printf '[General]\\nlanguage=zh_CN\\n' >$settings"

snapshot >"$work/before.txt"

publish() {
    cp "$1" "$work/repo/"
    (cd "$work/repo" && apt-ftparchive packages . >Packages)
    apt-get update -q >/dev/null
}

step "install 0.0.9 with apt (dependencies from the local repository)"
publish "$old"
apt-get install -y -q mailroom >"$work/apt-install.log" 2>&1 || { cat "$work/apt-install.log"; bad "apt install"; }
alice mailroomctl status || bad "mailroomctl status as alice (0.0.9)"
systemctl -q is-active mailroomd.service || bad "the helper was not activated"
# A backup as the helper keeps them (Postfix is not installed here to make a real one).
install -d -m 0700 /var/lib/mailroom/backups
echo "myhostname = demo-server.mydomain.com" >/var/lib/mailroom/backups/main.cf-20261206T000000
pid_old=$(systemctl show -P MainPID mailroomd.service)

step "upgrade to this version"
publish "$new"
apt-get install -y -q mailroom >"$work/apt-upgrade.log" 2>&1 || { cat "$work/apt-upgrade.log"; bad "apt upgrade"; }
[ "$(dpkg-query -W -f '${Version}' mailroom)" = "$(dpkg-deb -f "$new" Version)" ] || bad "not upgraded"
[ -f /var/lib/mailroom/backups/main.cf-20261206T000000 ] || bad "the upgrade lost the backups"
pgrep -x mailroomd | grep -qx "$pid_old" && bad "the old helper still runs after the upgrade"
alice mailroomctl status >/dev/null || bad "mailroomctl status as alice after the upgrade"
man -w mailroomctl >/dev/null || bad "man mailroomctl"

step "the GUI opens from its menu entry, as alice (screenshot)"
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/io.github.mailroom.Mailroom.desktop)
systemd-run --quiet --unit=mailroom-deb-xvfb Xvfb :98 -screen 0 1120x720x24 -nolisten tcp
for i in $(seq 1 50); do [ -S /tmp/.X11-unix/X98 ] && break; sleep 0.1; done
# shellcheck disable=SC2086 # the Exec line's words
systemd-run --quiet --unit=mailroom-deb-gui --uid=alice --gid=alice -E DISPLAY=:98 -E HOME=/home/alice $exec_line
for i in $(seq 1 150); do
    xwininfo -display :98 -root -tree 2>/dev/null | grep -q 'Mailroom' && break
    sleep 0.2
done
xwininfo -display :98 -root -tree 2>/dev/null | grep -q 'Mailroom' || bad "the GUI did not open"
sleep 2
xwd -root -silent -display :98 | xwdtopnm 2>/dev/null | pnmtopng >"$work/gui.png" 2>/dev/null || true
[ -s "$work/gui.png" ] && echo "screenshot: $work/gui.png"
systemctl stop mailroom-deb-gui mailroom-deb-xvfb 2>/dev/null || true

step "apt remove"
apt-get remove -y -q mailroom >"$work/apt-remove.log" 2>&1 || { cat "$work/apt-remove.log"; bad "apt remove"; }
no_trace_of_helper "after remove"
[ -f /var/lib/mailroom/backups/main.cf-20261206T000000 ] || bad "remove deleted the backups"

step "apt purge (the question's default: keep the backups)"
apt-get purge -y -q mailroom >"$work/apt-purge.log" 2>&1 || bad "apt purge"
cat "$work/apt-purge.log"
grep -q "kept the backups in /var/lib/mailroom" "$work/apt-purge.log" || bad "purge did not say it kept the backups"
[ -f /var/lib/mailroom/backups/main.cf-20261206T000000 ] || bad "purge deleted the backups unasked"
dpkg-query -W -f '${db:Status-Abbrev}' mailroom 2>/dev/null | grep -q '^ii\|^rc' && bad "mailroom is still known to dpkg"
no_trace_of_helper "after purge"
snapshot | grep -v '^/var/lib/mailroom' >"$work/after.txt"
if ! diff -u "$work/before.txt" "$work/after.txt"; then bad "files left after purge (above)"; fi

step "install again, purge with the admin's answer yes (preseeded)"
apt-get install -y -q mailroom >"$work/apt-install2.log" 2>&1 || bad "apt install again"
echo "mailroom mailroom/purge-backups boolean true" | debconf-set-selections
apt-get purge -y -q mailroom >"$work/apt-purge2.log" 2>&1 || bad "apt purge (yes)"
cat "$work/apt-purge2.log"
[ ! -e /var/lib/mailroom ] || bad "the backups are still there though the admin said yes"
snapshot >"$work/after2.txt"
if ! diff -u "$work/before.txt" "$work/after2.txt"; then bad "files left after the second purge (above)"; fi
no_trace_of_helper "after the second purge"
grep -qx "language=zh_CN" "$settings" || bad "alice's settings were lost"

rm -f /etc/apt/sources.list.d/mailroom-test.list
[ $fail = 0 ] && echo "the .deb: all checks passed"
exit $fail
