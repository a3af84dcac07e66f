#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# check_remote_gui.sh TEST_BINARY SCREENSHOT_DIR — runs test_remote_gui as alice in English and
# Chinese against the sandbox reached over SSH as alice@localhost (destructive: it starts sshd
# and gives alice a key). The sandbox's polkit rule lets group mailadmin in from any session, so
# alice's SSH login is authorized as her local one is (check_remote_hosts.sh tests the shipped
# defaults).
set -eu
test_binary=$1
screenshots=$2
as_alice() {
    setpriv --reuid=alice --regid=alice --init-groups --reset-env \
        env HOME=/home/alice LANG=C.UTF-8 PATH=/usr/bin:/bin QT_QPA_PLATFORM=offscreen "$@"
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# alice's key, sshd, and the sandbox's host key known as localhost and 127.0.0.1 (not as
# 127.0.0.2: the test needs a host whose key is unknown).
install -d -o alice -g alice -m 0700 /home/alice/.ssh
rm -f /home/alice/.ssh/id_ed25519 /home/alice/.ssh/id_ed25519.pub
as_alice ssh-keygen -q -t ed25519 -N '' -f /home/alice/.ssh/id_ed25519
install -o alice -g alice -m 0600 /home/alice/.ssh/id_ed25519.pub /home/alice/.ssh/authorized_keys
# The test's refused host key and cancelled connection end without a login: OpenSSH 9.8's
# PerSourcePenalties would then shut out 127.0.0.1 for the connections after them.
echo 'PerSourcePenalties no' >/etc/ssh/sshd_config.d/mailroom-test-penalties.conf
systemctl start ssh.service
ssh-keyscan -t ed25519 localhost 127.0.0.1 2>/dev/null >"$work/known"
[ "$(wc -l <"$work/known")" -ge 2 ] || { echo "FAIL: sshd did not answer ssh-keyscan"; exit 1; }
install -o alice -g alice -m 0600 "$work/known" /home/alice/.ssh/known_hosts

# carol logs in with a password only (no key): the GUI asks for it through SSH_ASKPASS.
useradd -m -s /bin/sh carol
echo 'carol:Carol-pass-1' | chpasswd

# A letter, so alice's mailbox is there and not empty.
printf 'Subject: remote window\n\na letter for the remote window\n' | sendmail -f root alice
for _ in $(seq 1 40); do
    grep -q 'a letter for the remote window' /var/mail/alice 2>/dev/null && break
    sleep 0.5
done
grep -q 'a letter for the remote window' /var/mail/alice || { echo "FAIL: no letter in /var/mail/alice"; exit 1; }

install -d -m 1777 "$screenshots"
fail=0
for lang in en zh_CN; do
    echo "--- test_remote_gui, LANGUAGE=$lang"
    as_alice LANGUAGE=$lang MAILROOM_SCREENSHOT_DIR="$screenshots" "$test_binary" || fail=1
done
exit "$fail"
