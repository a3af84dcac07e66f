#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Regenerates tests/data/logs/<case>/expected.json from the inputs and case.args next to it.
# Review the diff before committing: the golden files are only as good as that review.
#
#   tools/sandbox exec -- /src/tests/logs/regenerate-expected.sh /usr/bin/mailroomctl /src/tests/data/logs /build/logs-expected
#   cp -r "$MAILROOM_SANDBOX_BUILD"/logs-expected/* tests/data/logs/ && git diff tests/data/logs
set -eu
ctl=${1:?usage: regenerate-expected.sh MAILROOMCTL DATADIR OUTDIR}
data=${2:?usage: regenerate-expected.sh MAILROOMCTL DATADIR OUTDIR}
out=${3:?usage: regenerate-expected.sh MAILROOMCTL DATADIR OUTDIR}
for dir in "$data"/*/; do
    name=$(basename "$dir")
    [ -f "$dir/case.args" ] || continue
    mkdir -p "$out/$name"
    # shellcheck disable=SC2046 # case.args holds plain words
    (cd "$dir" && "$ctl" log journeys --json $(cat case.args)) >"$out/$name/expected.json"
    echo "$out/$name/expected.json"
done
