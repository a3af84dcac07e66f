#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Regenerates tests/data/postfix/golden/*.expected.cf from the current MainCf/ConfigChange code.
#
#   tests/postfix/regenerate.sh BUILD_DIR   use a native build (e.g. ./build on Debian 13)
#   tests/postfix/regenerate.sh             build and run in tools/sandbox; needs MAILROOM_SANDBOX_BUILD
#
# Review the result with `git diff tests/data/postfix/golden` before committing; the sandbox
# test test_postconf_compat checks the references against the real postconf(1).
set -euo pipefail
SRC=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
GOLDEN="$SRC/tests/data/postfix/golden"

if [ $# -ge 1 ]; then
    bin="$1/tests/postfix/test_maincf_golden"
    [ -x "$bin" ] || { echo "regenerate.sh: $bin not built" >&2; exit 1; }
    MAILROOM_GOLDEN_OUTPUT="$GOLDEN" QT_QPA_PLATFORM=offscreen "$bin" golden
else
    : "${MAILROOM_SANDBOX_BUILD:?set MAILROOM_SANDBOX_BUILD to your sandbox build tree}"
    out="$MAILROOM_SANDBOX_BUILD/postfix-golden-output"
    rm -rf "$out" && mkdir -p "$out"
    "$SRC/tools/sandbox" exec -- env MAILROOM_GOLDEN_OUTPUT=/build/postfix-golden-output \
        /build/tests/postfix/test_maincf_golden golden
    ls "$out"/*.expected.cf >/dev/null 2>&1 ||
        { echo "regenerate.sh: no output in $out (did tools/sandbox exec attach to a sandbox of another build tree?)" >&2; exit 1; }
    cp "$out"/*.expected.cf "$GOLDEN/"
fi
git -C "$SRC" status --short -- tests/data/postfix/golden 2>/dev/null || true
