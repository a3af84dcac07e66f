#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# check_kill_steps.sh SRCDIR MBOX_KILLSTEPS — issue 16's crash-safety test, run as root in a fresh
# sandbox boot (destructive: it installs Postfix, sets a relay, adds a drop-in to mailroomd).
#
# mailroomd is killed with SIGKILL at every stop point (src/core/stoppoint.h, compiled into the
# sandbox build with MAILROOM_TEST_HOOKS) of five operations made as alice with mailroomctl:
# a main.cf change, a master.cf apply, a relay change (sasl_passwd + its map + main.cf), a backup
# restore, and a main.cf Postfix refuses (the rollback). A clean run of each traces the points it
# passes ("name#N": the Nth time in that helper); then for each point: the same operation from
# the same files, killed there (the call fails, the helper died of signal 9 at that point), and
# once D-Bus has started the helper again:
# - each file is the old or the new one, byte for byte (the relay's map: by its entries), with
#   its owner and mode; no temporary file is left where the helper writes; backups root-only;
# - Postfix runs (its unit active, its master process alive);
# - the transaction's record (finding 1): whatever the killed helper left, the next one has
#   finished or undone it before its first call and removed the record: all the files old, or all
#   new; old where the record said the files were not yet checked (or being rolled back), new where
#   it said checked; `postfix check` passes on them and Postfix runs with them (master.cf: its new
#   listener is there exactly when the file has it); the helper's log says what it did;
# - the next apply works: the operation's inverse (main.cf, master.cf: the old file applied
#   whole; the relay: the old one set again), which also brings back the old files.
# The relay's password backup is gone once its clean applies are over.
# The mbox rewriter is killed at each of its points by mbox_killsteps (both ways it writes).
# Every point in the sources must have been reached: a point never reached means this list of
# operations no longer covers the code.
set -eu
src=$1
mbox_killsteps=$2
fail=0
bad() { echo "FAIL: $*"; fail=1; }
ok() { echo "ok: $*"; }
as() {
    user=$1
    shift
    setpriv --reuid="$user" --regid="$user" --init-groups --reset-env \
        env HOME="/home/$user" LANG=C.UTF-8 PATH=/usr/bin:/bin "$@"
}
work=$(mktemp -d)
chmod 755 "$work"
step="the start"
finished=0
dropin=/run/systemd/system/mailroomd.service.d/50-killsteps.conf
envfile=/run/mailroom-killsteps.env
trace=/var/lib/mailroom/killsteps.trace
record=/var/lib/mailroom/transaction
cleanup() {
    rm -rf "$work" "$dropin" "$envfile" "$trace" "$record".refused-*
    systemctl daemon-reload || true
}
# set -e ends the script at the first unchecked failure: say where, rather than stop silently.
trap 'rc=$?; cleanup; [ "$finished" = 1 ] || echo "FAIL: the check stopped during $step (exit status $rc)"' EXIT
started=$(date +%s)

# run NAME ARGS…: mailroomctl as alice; output in $work/NAME.out and .err, status in .rc
run() {
    name=$1
    shift
    rc=0
    as alice timeout 120 mailroomctl "$@" <"$work/stdin" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
    echo "$rc" >"$work/$name.rc"
}
rc() { cat "$work/$1.rc"; }
expect_rc() {
    [ "$(rc "$1")" = "$2" ] || bad "$3: exit status $(rc "$1"), not $2: $(cat "$work/$1.err")"
}
: >"$work/stdin"

# --- Postfix, and the helper's environment from a file read at each start ----------------------
step="installing Postfix"
for args in "service stop sendmail" "package remove sendmail" "package install postfix" "service start postfix"; do
    # shellcheck disable=SC2086 # the words are the arguments
    run setup $args
    expect_rc setup 0 "mailroomctl $args"
done
install -d "$(dirname "$dropin")"
# No start limit: the helper is started twice for each point.
printf '[Unit]\nStartLimitIntervalSec=0\n[Service]\nEnvironmentFile=-%s\n' "$envfile" >"$dropin"
systemctl daemon-reload
# stop_at [POINT]: the next helper traces the points it passes to $trace, and dies at POINT.
stop_at() {
    {
        echo "MAILROOM_STOP_TRACE=$trace"
        [ -z "${1:-}" ] || echo "MAILROOM_STOP_AT=$1"
    } >"$envfile"
    systemctl stop mailroomd.service
    systemctl reset-failed mailroomd.service 2>/dev/null || true
    rm -f "$trace"
}
# Postfix runs: its unit active and its master alive (`postfix status` would also read main.cf,
# which may be the refused one the rollback had not yet taken back: master runs on the old one).
postfix_runs() {
    for _ in $(seq 1 80); do
        if systemctl is-active --quiet postfix.service &&
            master=$(tr -d " \n" </var/spool/postfix/pid/master.pid 2>/dev/null) && kill -0 "$master" 2>/dev/null; then
            return 0
        fi
        sleep 0.25
    done
    return 1
}

# --- the files' states --------------------------------------------------------------------------
dbtype=$(postconf -h default_database_type)
case $dbtype in
lmdb) map=/etc/postfix/sasl_passwd.lmdb ;;
cdb) map=/etc/postfix/sasl_passwd.cdb ;;
*) map=/etc/postfix/sasl_passwd.db ;;
esac
# state FILE: the file's bytes (a map: its entries, as postmap reads them), owner and mode
state() {
    if [ ! -e "$1" ]; then
        echo absent
        return
    fi
    stat -c '%U:%G %a' "$1"
    if [ "$1" = "$map" ]; then
        postmap -s "$dbtype:/etc/postfix/sasl_passwd" | sort
    else
        cat "$1"
    fi
}
# snapshot NAME FILE…: each file's state in $work/NAME/
snapshot() {
    dir="$work/$1"
    shift
    rm -rf "$dir"
    mkdir -p "$dir"
    for f in "$@"; do
        state "$f" >"$dir/$(echo "$f" | tr / _)"
    done
}
# is FILE SNAPSHOT: the file is in the state the snapshot holds
is() {
    state "$1" | cmp -s - "$work/$2/$(echo "$1" | tr / _)"
}

# --- the operations: files, old → new, and back ------------------------------------------------
mkdir -p "$work/files"
chmod 755 "$work/files"
files_of() {
    case $1 in
    mastercf) echo /etc/postfix/master.cf ;;
    relay) echo "/etc/postfix/main.cf /etc/postfix/sasl_passwd $map" ;;
    *) echo /etc/postfix/main.cf ;;
    esac
}
# main.cf: one parameter changed (ApplyConfigChange).
maincf_op() { run op config set myhostname=killsteps.example.org; }
maincf_back() { run back config apply "$work/files/main.cf" --yes; }
# master.cf: the whole file replaced (ApplyConfigFile), a second smtpd on port 2525.
mastercf_op() { run op master apply "$work/files/master.cf.new" --yes; }
mastercf_back() { run back master apply "$work/files/master.cf" --yes; }
# The relay: another host, user and password (sasl_passwd, its map, main.cf; Postfix restarted).
relay_op() {
    echo 'password-b' >"$work/stdin"
    run op relay set relay-b.example.org:2587 user-b --password-stdin
    : >"$work/stdin"
}
relay_back() {
    echo 'password-a' >"$work/stdin"
    run back relay set relay-a.example.org:587 user-a --password-stdin
    : >"$work/stdin"
}
# A backup restored (RestoreConfigBackup): a main.cf backup whose bytes are the changed main.cf.
restore_op() { run op config restore "$(cat "$work/files/backup-id")"; }
restore_back() { run back config apply "$work/files/main.cf" --yes; }
# A main.cf `postfix check` refuses: written, refused, the old one written back.
rollback_op() { run op config apply "$work/files/main.cf.broken" --yes; }
rollback_back() { run back config apply "$work/files/main.cf" --yes; }

# prepare OPERATION: its old files, the points of a clean run, its new files
prepare() {
    case $1 in
    maincf | rollback) ;;
    mastercf)
        cp /etc/postfix/master.cf "$work/files/master.cf"
        { cat /etc/postfix/master.cf; awk '$1 == "smtp" && $2 == "inet" { $1 = "2525"; print; exit }' \
            /etc/postfix/master.cf; } >"$work/files/master.cf.new"
        grep -q '^2525 ' "$work/files/master.cf.new" || bad "no smtp inet line in master.cf to copy"
        ;;
    relay)
        relay_back
        expect_rc back 0 "setting the first relay"
        ;;
    restore)
        # Changed and changed back: the newest main.cf backup holds the changed main.cf.
        cp /etc/postfix/main.cf "$work/files/main.cf.before"
        maincf_op
        expect_rc op 0 "changing main.cf for a backup"
        cp /etc/postfix/main.cf "$work/files/main.cf.changed"
        chmod 644 "$work/files"/*
        run back config apply "$work/files/main.cf.before" --yes
        expect_rc back 0 "changing main.cf back"
        # Backup ids sort by their time stamps.
        find /var/lib/mailroom/backups -maxdepth 1 -name 'main.cf-*' -printf '%f\n' | sort | tail -1 \
            >"$work/files/backup-id"
        cmp -s "/var/lib/mailroom/backups/$(cat "$work/files/backup-id")" "$work/files/main.cf.changed" ||
            bad "the newest main.cf backup is not the changed main.cf"
        ;;
    esac
    cp /etc/postfix/main.cf "$work/files/main.cf"
    printf 'this line has no equals sign\n' | cat "$work/files/main.cf" - >"$work/files/main.cf.broken"
    chmod 644 "$work/files"/*
    files=$(files_of "$1")
    # shellcheck disable=SC2086 # a list of paths
    snapshot old $files
    stop_at
    "${1}_op"
    if [ "$1" = rollback ]; then
        expect_rc op 1 "the refused main.cf"
        # What it wrote before Postfix refused it (root's file with main.cf's mode, as main.cf).
        snapshot new
        state "$work/files/main.cf.broken" >"$work/new/_etc_postfix_main.cf"
    else
        expect_rc op 0 "$1: the clean run"
        # shellcheck disable=SC2086
        snapshot new $files
    fi
    [ -f "$trace" ] || : >"$trace"
    cp "$trace" "$work/$1.points"
    cat "$trace" >>"$work/all.points"
    "${1}_back"
    expect_rc back 0 "$1: back to the old files after the clean run"
    for f in $files; do
        is "$f" old || bad "$1: $f is not the old one after the clean run and back"
    done
    [ -s "$work/$1.points" ] || bad "$1: no stop point reached: was mailroomd built with MAILROOM_TEST_HOOKS?"
    ok "$1: $(wc -l <"$work/$1.points") stop points: $(tr '\n' ' ' <"$work/$1.points")"
}

# kill OPERATION POINT: killed there; the invariants; the next apply
kill_at() {
    op=$1 point=$2
    where="$op killed at $point"
    stop_at "$point"
    "${op}_op"
    [ "$(rc op)" != 0 ] || bad "$where: the call succeeded: the helper was not killed"
    [ "$(tail -1 "$trace" 2>/dev/null)" = "$point" ] ||
        bad "$where: the last point reached was $(tail -1 "$trace" 2>/dev/null)"
    [ "$(systemctl show -p ExecMainStatus --value mailroomd.service)" = 9 ] ||
        bad "$where: mailroomd did not die of SIGKILL ($(systemctl show -p ExecMainStatus mailroomd.service))"
    t_killed=$(date +%s)
    # The transaction's record as the killed helper left it: its step decides what the next
    # helper must leave (finding 1 of issue 16).
    step_left=none
    if [ -e "$record" ]; then
        step_left=$(sed -n 's/^ *"step": "\([a-z-]*\)",*$/\1/p' "$record")
        [ -n "$step_left" ] || bad "$where: a record without a step: $(cat "$record")"
    fi
    # D-Bus starts the helper again (it removes what the killed one left half-written, and
    # finishes or undoes the transaction before it owns its name).
    stop_at
    busctl --system call io.github.mailroom.Helper1 /io/github/mailroom/Helper1 org.freedesktop.DBus.Peer Ping ||
        bad "$where: D-Bus does not start the helper after the kill"
    [ ! -e "$record" ] || bad "$where: the transaction record is still there after the next start: $(cat "$record")"
    postfix_runs || bad "$where: Postfix does not run ($(systemctl is-active postfix.service))"
    files=$(files_of "$op")
    # The whole transaction or none of it: each file old, or each new.
    result=""
    for f in $files; do
        if is "$f" old; then
            this=old
        elif is "$f" new; then
            this=new
        else
            this=neither
            bad "$where: $f is neither the old nor the new one: $(state "$f" | head -3 | tr '\n' ' ')"
        fi
        [ -z "$result" ] || [ "$result" = "$this" ] || bad "$where: a part of the transaction only: $f is $this, the file before it $result"
        result=$this
    done
    # Unchecked (or being rolled back): undone. Checked: finished.
    case $step_left in
    begun | rolling-back) [ "$result" = old ] || bad "$where: the record said $step_left, the files are $result, not old" ;;
    checked) [ "$result" = new ] || bad "$where: the record said checked, the files are $result, not new" ;;
    esac
    echo "record $step_left: files $result" >>"$work/outcomes"
    # Postfix takes the files on disk: they pass its check, and its master runs with them (the
    # master.cf change's listener on port 2525 is there exactly when master.cf has it).
    postfix check >"$work/check.out" 2>&1 || bad "$where: postfix check fails on the files left: $(cat "$work/check.out")"
    if [ "$op" = mastercf ]; then
        want=no
        [ "$result" != new ] || want=yes
        for _ in $(seq 1 20); do
            listening=no
            [ -z "$(ss -Hltn 'sport = :2525')" ] || listening=yes
            [ "$listening" != "$want" ] || break
            sleep 0.25
        done
        [ "$listening" = "$want" ] || bad "$where: master.cf is the $result one, but Postfix listens on port 2525: $listening"
    fi
    # What the replay did is in the helper's log; never a password.
    invocation=$(systemctl show -p InvocationID --value mailroomd.service)
    journalctl --sync 2>/dev/null || true
    journalctl -q -o cat _SYSTEMD_INVOCATION_ID="$invocation" >"$work/replay.log" 2>/dev/null || true
    if [ "$step_left" != none ]; then
        grep -q "a config transaction was interrupted at step \"$step_left\"" "$work/replay.log" ||
            bad "$where: the helper's log does not tell of the interrupted transaction: $(tail -3 "$work/replay.log")"
        grep -q "interrupted transaction \(rolled back\|finished\)" "$work/replay.log" ||
            bad "$where: the helper's log does not say how the transaction ended: $(tail -3 "$work/replay.log")"
    fi
    ! grep -q 'password-' "$work/replay.log" || bad "$where: a password in the helper's log"
    left=$(find /etc/postfix /var/lib/mailroom/backups -maxdepth 1 -name '.mailroom-*')
    [ -z "$left" ] || bad "$where: temporary files left: $left"
    loose=$(find /var/lib/mailroom/backups -type f ! \( -user root -perm 600 \))
    [ -z "$loose" ] || bad "$where: backups not root's alone: $loose"
    t_checked=$(date +%s)
    "${op}_back"
    expect_rc back 0 "$where: the next apply"
    for f in $files; do
        is "$f" old || bad "$where: $f is not the old one after the next apply"
    done
    postfix_runs || bad "$where: Postfix does not run after the next apply"
    t_done=$(date +%s)
    echo "   $where: done at $((t_done - started)) s (killed at $((t_killed - started)), checked $((t_checked - started)))"
}

: >"$work/all.points"
# KILLSTEPS_OPERATIONS: a part of them, when debugging (the check of the list then fails).
for op in ${KILLSTEPS_OPERATIONS:-maincf mastercf relay restore rollback}; do
    step="the clean $op"
    prepare "$op"
    step="killing $op"
    : >"$work/outcomes"
    while read -r point; do
        kill_at "$op" "$point"
    done <"$work/$op.points"
    ok "$op: killed at each of its $(wc -l <"$work/$op.points") points; files afterwards: $(sort "$work/outcomes" | uniq -c | tr -s ' \n' ' ')"
done
# The relay's password backup lives only while a change runs: none after the clean applies.
leftpw=$(find /var/lib/mailroom/backups -name 'sasl_passwd-*')
[ -z "$leftpw" ] || bad "sasl_passwd backups left after the relay's clean applies: $leftpw"

# --- another program's change in the middle of an apply (finding 4 of issue 16) ----------------
# Postfix has no lock for main.cf: postconf -e replaces it by rename whenever it likes. The helper
# stops (SIGSTOP) with its new main.cf written and not yet in place, postconf -e changes main.cf,
# and the helper goes on: it must not put its file over postconf's.
step="postconf -e during an apply"
cp /etc/postfix/main.cf "$work/files/main.cf.before-outside"
chmod 644 "$work/files/main.cf.before-outside"
stop_at
# atomicfile.written#1 is the backup; #2 main.cf itself.
echo "MAILROOM_PAUSE_AT=atomicfile.written#2" >>"$envfile"
as alice timeout 120 mailroomctl config set myhostname=mailroom-wins.example.org </dev/null \
    >"$work/outside.out" 2>"$work/outside.err" &
caller=$!
paused=""
for _ in $(seq 1 240); do
    pid=$(systemctl show -p MainPID --value mailroomd.service)
    if [ "${pid:-0}" != 0 ] && [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" = T ]; then
        paused=$pid
        break
    fi
    sleep 0.25
done
if [ -z "$paused" ]; then
    bad "the helper never stopped at atomicfile.written#2"
    wait "$caller" || true
else
    postconf -e myhostname=outside.example.org
    cp /etc/postfix/main.cf "$work/files/main.cf.outside"
    kill -CONT "$paused"
    orc=0
    wait "$caller" || orc=$?
    [ "$orc" != 0 ] || bad "the apply reported success over postconf -e's change"
    grep -q 'changed by another program' "$work/outside.err" ||
        bad "the apply's error does not say main.cf changed meanwhile: $(cat "$work/outside.err")"
    cmp -s /etc/postfix/main.cf "$work/files/main.cf.outside" || bad "main.cf is no longer the one postconf -e wrote"
    [ "$(postconf -h myhostname)" = outside.example.org ] || bad "myhostname is $(postconf -h myhostname)"
    leftover=$(find /etc/postfix -maxdepth 1 -name '.mailroom-*')
    [ -z "$leftover" ] || bad "temporary files left after the refused apply: $leftover"
    postfix_runs || bad "Postfix does not run after the refused apply"
    ok "postconf -e during an apply: kept, and the apply said: $(head -c 200 "$work/outside.err")"
fi
stop_at
run back config apply "$work/files/main.cf.before-outside" --yes
expect_rc back 0 "the next apply after postconf -e's change"

# --- a record the helper cannot trust ----------------------------------------------------------
# A record naming a file outside the configuration files it changes (here: a main.cf backup to
# be "restored" over /etc/shadow) is refused: nothing is opened or written, it is moved aside and
# the helper's log says so.
step="a refused record"
stop_at
cp /etc/postfix/main.cf "$work/files/main.cf.before-record"
shadow=$(sha256sum /etc/shadow | cut -c1-64)
backup=$(find /var/lib/mailroom/backups -maxdepth 1 -name 'main.cf-*' -printf '%f\n' | sort | tail -1)
printf '{"version": 1, "step": "begun", "restart": false, "postfixWasActive": true, "files": [{"path": "/etc/shadow", "backup": "%s", "mode": 420, "uid": 0, "gid": 0, "new": "%s"}]}\n' \
    "$backup" "$shadow" >"$record"
chmod 600 "$record"
busctl --system call io.github.mailroom.Helper1 /io/github/mailroom/Helper1 org.freedesktop.DBus.Peer Ping ||
    bad "D-Bus does not start the helper with a refused record"
[ ! -e "$record" ] || bad "the refused record is still in place"
aside=$(find /var/lib/mailroom -maxdepth 1 -name 'transaction.refused-*')
[ -n "$aside" ] || bad "the refused record was not moved aside"
[ "$(sha256sum /etc/shadow | cut -c1-64)" = "$shadow" ] || bad "/etc/shadow changed"
cmp -s /etc/postfix/main.cf "$work/files/main.cf.before-record" || bad "main.cf changed with a refused record"
journalctl --sync 2>/dev/null || true
journalctl -q -o cat _SYSTEMD_INVOCATION_ID="$(systemctl show -p InvocationID --value mailroomd.service)" |
    grep -q 'is not one of the configuration files' || bad "the helper's log does not say why the record was refused"
postfix_runs || bad "Postfix does not run after a refused record"
ok "a record naming /etc/shadow: refused, moved aside ($aside), nothing changed"
rm -f "$aside"

# --- the mbox rewriter ----------------------------------------------------------------------
step="the mbox rewriter"
"$mbox_killsteps" "$work/mbox" "$work/all.points" || bad "the mbox rewriter (above)"

# --- every point in the sources was reached -----------------------------------------------
step="the list of points"
grep -rhoE 'MAILROOM_STOP_POINT\("[^"]+"\)' "$src/server" "$src/src/core" | sed -E 's/.*\("(.*)"\)/\1/' |
    sort -u >"$work/declared"
[ -s "$work/declared" ] || bad "no MAILROOM_STOP_POINT in $src/server or $src/src/core"
sed 's/#.*//' "$work/all.points" | sort -u >"$work/reached"
never=$(comm -23 "$work/declared" "$work/reached" | tr '\n' ' ')
[ -z "$never" ] || bad "stop points no operation here reaches (the list of operations is stale): $never"
ok "$(wc -l <"$work/declared") named points, $(wc -l <"$work/all.points") kills in $(($(date +%s) - started)) s"

finished=1
[ "$fail" = 0 ]
