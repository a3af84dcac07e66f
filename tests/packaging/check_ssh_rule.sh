#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# check_ssh_rule.sh — run as root in a fresh sandbox boot (destructive: it replaces the sandbox's
# own polkit rule and starts sshd). Over a real SSH login, `mailroomctl status` as alice (group
# mailadmin) is denied with the shipped defaults (exit status 4), allowed once the packaged
# optional rule is copied to /etc/polkit-1/rules.d, denied again when it is removed; bob (not in
# the group) stays denied throughout.
set -eu
fail=0
bad() { echo "FAIL: $*"; fail=1; }
rule=/usr/share/mailroom/polkit-1/50-mailroom-mailadmin.rules
[ -f "$rule" ] || { echo "FAIL: $rule is not installed"; exit 1; }

rm -f /etc/polkit-1/rules.d/50-mailroom-sandbox.rules
key=$(mktemp -d)/key
ssh-keygen -q -t ed25519 -N '' -f "$key"
for user in alice bob; do
    install -d -o $user -g $user -m 0700 /home/$user/.ssh
    install -o $user -g $user -m 0600 "$key.pub" /home/$user/.ssh/authorized_keys
done
systemctl start ssh.service
status_over_ssh() {
    ssh -i "$key" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes \
        -o LogLevel=ERROR "$1@localhost" 'LANG=C.UTF-8 mailroomctl status >/dev/null 2>&1; echo $?'
}
# polkit reloads rules on a file change notification: wait until its answer matches.
expect() {
    user=$1 want=$2 what=$3 got=
    for _ in $(seq 1 20); do
        got=$(status_over_ssh "$user")
        [ "$got" = "$want" ] && return 0
        sleep 0.5
    done
    bad "$what: $user got exit status $got, not $want"
}

expect alice 4 "shipped defaults"
expect bob 4 "shipped defaults"
cp "$rule" /etc/polkit-1/rules.d/
expect alice 0 "with the mailadmin rule"
expect bob 4 "with the mailadmin rule"
rm /etc/polkit-1/rules.d/50-mailroom-mailadmin.rules
expect alice 4 "rule withdrawn"

systemctl stop ssh.service
[ $fail = 0 ] && echo "SSH and the mailadmin rule: all checks passed"
exit $fail
