#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# check_remote_hosts.sh — mailroomctl -H over real SSH, run as root in a fresh sandbox boot
# (destructive: it starts sshd, gives alice and bob keys, replaces the sandbox's polkit rule,
# installs Postfix through the remote helper and fakes an old helper on the bus).
#
# The sandbox is reached under two names (localhost and 127.0.0.1), as two hosts would be:
# - with polkit's shipped defaults an SSH login is refused, and the error names the rule file;
# - with the packaged mailadmin rule alice manages both names: sendmail out, Postfix in, a
#   main.cf change made through one name is read back through the other and locally;
# - status, info, config get/diff, queue list and the mailbox (read in chunks: no descriptor
#   passes through SSH) match the local answers byte for byte;
# - bob is refused every method with the explanation, and nothing changes;
# - an unknown host key, a name that does not resolve, an address that never answers, a
#   connection killed mid-call, a host without mailroomd and helpers of other API versions each
#   end in one sentence within the timeout, never a hang.
set -eu
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
step="the start"
finished=0
# set -e ends the script at the first unchecked failure: say where, rather than stop silently.
trap 'rc=$?; rm -rf "$work"; [ "$finished" = 1 ] || echo "FAIL: the check stopped during $step (exit status $rc)"' EXIT

# sshd_ready ADDR: wait (at most 10 s) until sshd on ADDR answers with its host key, which
# ssh-keyscan prints to "$work/keyscan". A reload re-executes sshd, which closes and reopens its
# listening sockets: a connection in between is refused.
sshd_ready() {
    for _ in $(seq 1 40); do
        if ssh-keyscan -t ed25519 "$@" >"$work/keyscan" 2>/dev/null && [ -s "$work/keyscan" ]; then
            return 0
        fi
        sleep 0.25
    done
    bad "sshd on $* did not answer within 10 s"
    return 1
}

# --- keys, sshd, known hosts ---------------------------------------------------------------
for u in alice bob; do
    install -d -o "$u" -g "$u" -m 0700 "/home/$u/.ssh"
    rm -f "/home/$u/.ssh/id_ed25519" "/home/$u/.ssh/id_ed25519.pub"
    as "$u" ssh-keygen -q -t ed25519 -N '' -f "/home/$u/.ssh/id_ed25519"
    install -o "$u" -g "$u" -m 0600 "/home/$u/.ssh/id_ed25519.pub" "/home/$u/.ssh/authorized_keys"
done
# OpenSSH 9.8's PerSourcePenalties shuts out an address whose connections end without a login (a
# refused host key, a key scan): every "host" here connects from 127.0.0.1, and the failures below
# are on purpose.
echo 'PerSourcePenalties no' >/etc/ssh/sshd_config.d/mailroom-test-penalties.conf
step="starting sshd"
systemctl start ssh.service
sshd_ready localhost 127.0.0.1
for u in alice bob; do
    install -o "$u" -g "$u" -m 0600 "$work/keyscan" "/home/$u/.ssh/known_hosts"
done

# run USER NAME ARGS…: mailroomctl as USER; stdout in $work/NAME.out, stderr in .err, status in .rc
run() {
    user=$1 name=$2
    shift 2
    rc=0
    as "$user" timeout 60 mailroomctl "$@" >"$work/$name.out" 2>"$work/$name.err" || rc=$?
    echo "$rc" >"$work/$name.rc"
}
rc() { cat "$work/$1.rc"; }
expect_rc() {
    [ "$(rc "$1")" = "$2" ] || bad "$3: exit status $(rc "$1"), not $2: $(cat "$work/$1.err")"
}
says() { grep -qF -- "$2" "$work/$1.err" || bad "$3: the error does not say \"$2\": $(cat "$work/$1.err")"; }

# --- polkit's shipped defaults: an SSH login is not an active local session ------------------
step="polkit's shipped defaults"
rm -f /etc/polkit-1/rules.d/50-mailroom-sandbox.rules
# polkit rereads its rules on a change notification: wait until the SSH login is refused.
for _ in $(seq 1 20); do
    run alice defaults -H alice@localhost status
    [ "$(rc defaults)" = 4 ] && break
    sleep 0.5
done
expect_rc defaults 4 "shipped defaults over SSH"
says defaults "50-mailroom-mailadmin.rules" "shipped defaults over SSH"
says defaults "SSH" "shipped defaults over SSH"

cp /usr/share/mailroom/polkit-1/50-mailroom-mailadmin.rules /etc/polkit-1/rules.d/
for _ in $(seq 1 20); do
    run alice granted -H alice@localhost status
    [ "$(rc granted)" = 0 ] && break
    sleep 0.5
done
expect_rc granted 0 "alice with the mailadmin rule"

# --- alice manages the host through both names ------------------------------------------------
step="alice managing the host"
run alice stop -H alice@localhost service stop sendmail
expect_rc stop 0 "service stop sendmail through localhost"
run alice remove -H alice@127.0.0.1 package remove sendmail
expect_rc remove 0 "package remove sendmail through 127.0.0.1"
run alice install -H alice@localhost package install postfix
expect_rc install 0 "package install postfix through localhost"
run alice start -H alice@127.0.0.1 service start postfix
expect_rc start 0 "service start postfix through 127.0.0.1"
systemctl is-active --quiet postfix.service || bad "postfix is not running after the remote start"

run alice set -H alice@127.0.0.1 config set myhostname=mx2.example.org
expect_rc set 0 "config set through 127.0.0.1"
[ "$(postconf -h myhostname)" = mx2.example.org ] || bad "myhostname is $(postconf -h myhostname) on the host"
run alice get -H alice@localhost config get myhostname
grep -q 'mx2.example.org' "$work/get.out" || bad "config get through localhost: $(cat "$work/get.out")"

# --- the overview: both names at once, plus one that cannot be reached --------------------------
step="the overview"
run alice add hosts add alice@localhost alice@127.0.0.1 alice@no-such-host.invalid
expect_rc add 0 "hosts add"
run alice add-bad hosts add "-oProxyCommand=touch /tmp/pwned"
expect_rc add-bad 2 "hosts add with an option for a host"
run alice overview hosts --json
expect_rc overview 3 "hosts with one unreachable host"
python3 - "$work/overview.out" <<'PY' || bad "hosts --json: $(cat "$work/overview.out")"
import json, sys
rows = {r["host"]: r for r in json.load(open(sys.argv[1]))}
assert list(rows) == ["alice@localhost", "alice@127.0.0.1", "alice@no-such-host.invalid"], list(rows)
for name in ("alice@localhost", "alice@127.0.0.1"):
    r = rows[name]
    assert r["reachable"] and r["postfix_installed"] and r["postfix_running"], r
    assert r["queued"] >= 0 and r["deferred"] >= 0, r
bad = rows["alice@no-such-host.invalid"]
assert not bad["reachable"] and "no-such-host.invalid" in bad["error"], bad
PY
run alice forget hosts remove alice@no-such-host.invalid
expect_rc forget 0 "hosts remove"
run alice overview2 hosts
expect_rc overview2 0 "hosts with both names reachable"
cat "$work/overview2.out"

# --- the same answers as on the host itself --------------------------------------------------
step="comparing answers with the local ones"
# A letter for alice, so the mailbox and the queue are not empty.
printf 'Subject: over ssh\n\nthe same bytes\n' | sendmail -f root alice
for _ in $(seq 1 40); do
    grep -q 'the same bytes' /var/mail/alice 2>/dev/null && break
    sleep 0.5
done
same() {
    tag=$1 # run() sets $name
    shift
    run alice "$tag-local" "$@"
    run alice "$tag-remote" -H alice@localhost "$@"
    if [ "$(rc "$tag-local")" != "$(rc "$tag-remote")" ]; then
        bad "$*: exit status $(rc "$tag-remote") over SSH, $(rc "$tag-local") locally: $(cat "$work/$tag-remote.err")"
    elif ! cmp -s "$work/$tag-local.out" "$work/$tag-remote.out"; then
        bad "$*: the output over SSH differs:"
        diff "$work/$tag-local.out" "$work/$tag-remote.out" | head -20
    else
        ok "$* over SSH: the same as locally (exit $(rc "$tag-local"), $(wc -c <"$work/$tag-local.out") bytes)"
    fi
}
same status status
same status-json status --json
same info info
same get config get myhostname mydestination inet_interfaces
same diff config diff myhostname=preview.example.org
same queue queue list --json
same mailbox mailbox alice
grep -q 'the same bytes' "$work/mailbox-remote.out" || bad "the remote mailbox read lacks the new letter"
cmp -s /var/mail/alice "$work/mailbox-remote.out" || bad "the remote mailbox read is not /var/mail/alice byte for byte"

# --- bob: refused everything, with the explanation; nothing changes ----------------------------
step="bob's refusals"
sum_before=$(sha256sum /etc/postfix/main.cf /etc/postfix/master.cf)
for cmd in "status" "info" "queue list" "config get myhostname" "config set myhostname=evil.example.org" \
    "mailbox alice" "service stop postfix" "package remove postfix" "firewall add smtp"; do
    # shellcheck disable=SC2086 # cmd is words
    run bob bob -H bob@localhost $cmd
    expect_rc bob 4 "bob: $cmd"
    says bob "50-mailroom-mailadmin.rules" "bob: $cmd"
done
[ "$(sha256sum /etc/postfix/main.cf /etc/postfix/master.cf)" = "$sum_before" ] || bad "bob changed a file"
systemctl is-active --quiet postfix.service || bad "postfix stopped after bob's calls"

# --- failures are sentences, within the timeout ----------------------------------------------
step="the failure cases"
timed() {
    name=$1 limit=$2
    shift 2
    start=$(date +%s)
    run alice "$name" "$@"
    took=$(($(date +%s) - start))
    [ "$took" -le "$limit" ] || bad "$name: took $took s (at most $limit)"
    [ "$(rc "$name")" = 3 ] || bad "$name: exit status $(rc "$name"), not 3: $(cat "$work/$name.err")"
    echo "ok?: $name after $took s: $(cat "$work/$name.err")"
}
timed unknown-key 20 -H alice@127.0.0.2 status
says unknown-key "Host key verification failed" "unknown host key"
timed no-dns 20 -H alice@no-such-host.invalid status
says no-dns "no-such-host.invalid" "a name that does not resolve"
# Packets to 192.0.2.1 (TEST-NET-1) leave by the sandbox's dead-end default route: no answer.
timed blackhole 30 -H alice@192.0.2.1 status
says blackhole "192.0.2.1" "an address that never answers"
# A host with sshd but no systemd-stdio-bridge on the PATH ssh gives the command: alice's
# sessions get a shell that only says it is missing (ForceCommand for one Match block).
cat >/etc/ssh/sshd_config.d/mailroom-test.conf <<'CONF'
Match LocalAddress 127.0.0.3
    ForceCommand echo "systemd-stdio-bridge: command not found" >&2; exit 127
CONF
step="reloading sshd with a ForceCommand"
systemctl reload ssh.service
sshd_ready 127.0.0.3
cat "$work/keyscan" >>/home/alice/.ssh/known_hosts
timed no-bridge 20 -H alice@127.0.0.3 status
says no-bridge "systemd-stdio-bridge" "no systemd-stdio-bridge"
rm /etc/ssh/sshd_config.d/mailroom-test.conf
step="reloading sshd without the ForceCommand"
systemctl reload ssh.service
sshd_ready localhost
step="the killed connection"

# A connection killed mid-call: journal --follow waits on the helper; the SSH session is killed.
as alice timeout 60 mailroomctl -H alice@localhost journal --follow >"$work/follow.out" 2>"$work/follow.err" &
follower=$!
for _ in $(seq 1 40); do
    pgrep -u alice -x systemd-stdio-b >/dev/null && break
    sleep 0.25
done
sleep 1
pkill -u alice -x systemd-stdio-b || bad "no systemd-stdio-bridge of alice's to kill"
start=$(date +%s)
frc=0
wait "$follower" || frc=$?
took=$(($(date +%s) - start))
[ "$frc" != 0 ] && [ "$frc" != 124 ] || bad "journal --follow after the kill: exit status $frc"
[ "$took" -le 20 ] || bad "journal --follow noticed the kill after $took s"
grep -qiE 'connection|ssh' "$work/follow.err" || bad "journal --follow said: $(cat "$work/follow.err")"
echo "ok?: killed mid-call: exit $frc after $took s: $(cat "$work/follow.err")"

# --- the version handshake: helpers of another API version (a stand-in owns the bus name) -----
step="the version handshake"
fake_helper() {
    systemctl stop mailroomd.service
    python3 - "$1" <<'PY' &
import sys
import dbus
import dbus.service
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib

DBusGMainLoop(set_as_default=True)
version = sys.argv[1]
bus = dbus.SystemBus()
name = dbus.service.BusName("io.github.mailroom.Helper1", bus, do_not_queue=True)

class Old(dbus.service.Object):
    @dbus.service.method("org.freedesktop.DBus.Properties", in_signature="ss", out_signature="v")
    def Get(self, interface, prop):
        if version == "none":
            raise dbus.exceptions.DBusException("no such property", name="org.freedesktop.DBus.Error.UnknownProperty")
        return dbus.UInt32(int(version))

Old(bus, "/io/github/mailroom/Helper1")
GLib.MainLoop().run()
PY
    fake=$!
    for _ in $(seq 1 40); do
        busctl status io.github.mailroom.Helper1 >/dev/null 2>&1 && return 0
        sleep 0.25
    done
}
for v in 1 999 none; do
    fake_helper "$v"
    run alice "version-$v" -H alice@localhost status
    kill "$fake"
    wait "$fake" 2>/dev/null || true
    expect_rc "version-$v" 3 "a helper of API version $v"
    case $v in
    none) says "version-$v" "does not announce its API version" "a helper without a version" ;;
    *) says "version-$v" "speaks version $v" "a helper of API version $v" ;;
    esac
    echo "ok?: helper version $v: $(cat "$work/version-$v.err")"
done

finished=1
[ "$fail" = 0 ] && echo "remote hosts: all checks passed"
exit "$fail"
