#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# check_installed.sh BUILD_DIR WORK_DIR VERSION ICON_SIZES…
# Installs the build tree into WORK_DIR (DESTDIR) the way a package is made, then checks the
# installed files as a distribution's QA would: the desktop entry and the AppStream metainfo
# validate (offline), every icon size is there at its size, the man pages render without a
# warning, and mailroomd(8) names every polkit action the policy declares.
set -eu
build=$1 work=$2 version=$3
shift 3
fail=0
bad() { echo "FAIL: $*"; fail=1; }

rm -rf "$work"
DESTDIR=$work cmake --install "$build" >/dev/null
root=$work/usr
app=io.github.mailroom.Mailroom

out=$(desktop-file-validate "$root/share/applications/$app.desktop" 2>&1) || bad "desktop-file-validate failed"
[ -z "$out" ] || bad "desktop-file-validate: $out"

appstreamcli validate --no-net --explain "$root/share/metainfo/$app.metainfo.xml" ||
    bad "appstreamcli validate failed"
# The tree as a whole: the metainfo's launchable, the desktop file and its icon agree.
appstreamcli validate-tree --no-net "$root" || bad "appstreamcli validate-tree failed"
grep -q "<release version=\"$version\"" "$root/share/metainfo/$app.metainfo.xml" ||
    bad "the metainfo has no release $version (the project's version)"
for shot in $(sed -n 's|.*<image[^>]*>https://[^<]*/resources/screenshots/\([^<]*\)</image>.*|\1|p' \
    "$root/share/metainfo/$app.metainfo.xml"); do
    [ -f "$(dirname "$0")/../../resources/screenshots/$shot" ] || bad "screenshot $shot is not in resources/screenshots"
done

icons=$root/share/icons/hicolor
[ -f "$icons/scalable/apps/$app.svg" ] || bad "no scalable icon"
[ -f "$icons/symbolic/apps/$app-symbolic.svg" ] || bad "no symbolic icon"
for size in "$@"; do
    png=$icons/${size}x${size}/apps/$app.png
    if [ ! -f "$png" ]; then
        bad "no ${size} px icon"
        continue
    fi
    # PNG header: width and height, big-endian, at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
    [ "$dims" = "${size}x${size}" ] || bad "$png is $dims"
done

for page in mailroom.1 mailroomctl.1 mailroomd.8; do
    f=$root/share/man/man${page##*.}/$page.gz
    if [ ! -f "$f" ]; then
        bad "no man page $page"
        continue
    fi
    # man-db's rendering hangs under libfaketime (tools/sandbox test --clock loads it into every
    # program through /etc/ld.so.preload): there the pages are rendered by the run at the real clock.
    if grep -qs faketime /etc/ld.so.preload; then
        echo "note: $page not rendered under libfaketime (checked at the real clock)"
        continue
    fi
    warnings=$(MANWIDTH=80 LC_ALL=C.UTF-8 timeout 120 man --warnings -l "$f" 2>&1 >/dev/null) || bad "$page: man failed or hung"
    [ -z "$warnings" ] || bad "$page: $warnings"
done
policy=$root/share/polkit-1/actions/io.github.mailroom.policy
for action in $(sed -n 's/.*<action id="\([^"]*\)".*/\1/p' "$policy"); do
    zcat "$root/share/man/man8/mailroomd.8.gz" | grep -q "^\.B $action\$" || bad "mailroomd(8) lacks $action"
done

# The optional group rule is installed where polkit does not read it.
[ -f "$root/share/mailroom/polkit-1/50-mailroom-mailadmin.rules" ] || bad "no optional mailadmin rule"
[ ! -e "$root/share/polkit-1/rules.d" ] || bad "a polkit rule is active as installed"

[ $fail = 0 ] && echo "installed files: all checks passed"
exit $fail
