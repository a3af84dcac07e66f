#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Regenerates tests/data/config/lint/*.findings from the current linter.
#
#   tests/config/regenerate.sh BUILD_DIR   use a native build (e.g. ./build on Debian 13)
#   tests/config/regenerate.sh             build and run in tools/sandbox; needs MAILROOM_SANDBOX_BUILD
#
# Review the result with `git diff tests/data/config/lint` before committing.
set -euo pipefail
SRC=$(cd "$(dirname "$(readlink -f "$0")")/../.." && pwd)
GOLDEN="$SRC/tests/data/config/lint"

if [ $# -ge 1 ]; then
    bin="$1/tests/config/test_maincflint_golden"
    [ -x "$bin" ] || { echo "regenerate.sh: $bin not built" >&2; exit 1; }
    MAILROOM_GOLDEN_OUTPUT="$GOLDEN" LANG=C.UTF-8 "$bin" golden
else
    : "${MAILROOM_SANDBOX_BUILD:?set MAILROOM_SANDBOX_BUILD to your sandbox build tree}"
    out="$MAILROOM_SANDBOX_BUILD/config-lint-golden-output"
    rm -rf "$out" && mkdir -p "$out"
    "$SRC/tools/sandbox" exec -- env LANG=C.UTF-8 MAILROOM_GOLDEN_OUTPUT=/build/config-lint-golden-output \
        /build/tests/config/test_maincflint_golden golden
    ls "$out"/*.findings >/dev/null 2>&1 ||
        { echo "regenerate.sh: no output in $out (did tools/sandbox exec attach to a sandbox of another build tree?)" >&2; exit 1; }
    cp "$out"/*.findings "$GOLDEN/"
fi
git -C "$SRC" status --short -- tests/data/config/lint 2>/dev/null || true
