#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# check_gui_only.sh SOURCE_DIR WORK_DIR GENERATOR [CMAKE_PREFIX_PATH]
# Configures the tree as the Flatpak does (MAILROOM_GUI_ONLY=ON, no tests) and checks that only
# the GUI's parts are there: no helper or CLI directory, no install rule for the helper's system
# files or the CLI, and a metainfo that provides only the GUI.
set -eu
src=$1 work=$2 generator=$3 prefix_path=${4:-}
fail=0
bad() { echo "FAIL: $*"; fail=1; }
rm -rf "$work"
cmake -S "$src" -B "$work" -G "$generator" -DMAILROOM_GUI_ONLY=ON -DBUILD_TESTING=OFF \
    -DCMAKE_INSTALL_PREFIX=/app ${prefix_path:+-DCMAKE_PREFIX_PATH=$prefix_path} >"$work.log" 2>&1 ||
    { cat "$work.log"; echo "FAIL: configuring failed"; exit 1; }
[ -d "$work/src/app" ] || bad "the GUI is not configured"
[ ! -e "$work/server" ] || bad "the helper is configured"
[ ! -e "$work/src/cli" ] || bad "mailroomctl is configured"
rules=$(find "$work" -name cmake_install.cmake -exec cat {} +)
for what in mailroomd mailroomctl dbus-1 polkit-1 systemd; do
    echo "$rules" | grep -q "$what" && bad "an install rule for $what"
done
metainfo=$work/resources/io.github.mailroom.Mailroom.metainfo.xml
grep -q '<binary>mailroom</binary>' "$metainfo" || bad "the metainfo does not provide mailroom"
grep -q '<binary>mailroomctl\|<dbus' "$metainfo" && bad "the metainfo provides what a GUI-only build lacks"
rm -rf "$work"
[ $fail = 0 ] && echo "GUI-only configuration: all checks passed"
exit $fail
