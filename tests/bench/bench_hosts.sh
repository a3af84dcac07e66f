#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# bench_hosts.sh [DELAY_MS] — the hosts overview benchmark in a fresh sandbox, as root:
#   tools/sandbox exec -- sh /src/tests/bench/bench_hosts.sh 40
# Starts sshd, gives alice a key, and lets 20 loopback addresses stand for 20 hosts. With
# DELAY_MS, alice's ssh reaches every host through delayproxy.py (a ProxyCommand in her
# ~/.ssh/config), which hands every chunk on DELAY_MS after it arrived in both directions, so a
# request and its answer take 2 × DELAY_MS more; 45 ms makes each host answer in about 100 ms,
# the issue's case. (Kernels without netem, like this sandbox's, cannot slow the loopback.)
set -eu
delay=${1:-0}
as_alice() { setpriv --reuid=alice --regid=alice --init-groups --reset-env env HOME=/home/alice LANG=C.UTF-8 PATH=/usr/bin:/bin "$@"; }
install -d -o alice -g alice -m 0700 /home/alice/.ssh
[ -f /home/alice/.ssh/id_ed25519 ] || as_alice ssh-keygen -q -t ed25519 -N '' -f /home/alice/.ssh/id_ed25519
install -o alice -g alice -m 0600 /home/alice/.ssh/id_ed25519.pub /home/alice/.ssh/authorized_keys
# 20 connections at once: more than sshd's default MaxStartups lets through unauthenticated.
# (and OpenSSH 9.8's PerSourcePenalties would shut out 127.0.0.1 after the key scans, which
# disconnect without logging in)
printf 'MaxStartups 100\nMaxSessions 100\nPerSourcePenalties no\n' >/etc/ssh/sshd_config.d/bench.conf
systemctl restart ssh.service
hosts="" addresses=""
for i in $(seq 1 20); do
    hosts="$hosts alice@127.0.0.$i"
    addresses="$addresses 127.0.0.$i"
done
# shellcheck disable=SC2086 # the addresses are words
ssh-keyscan -t ed25519 $addresses 2>/dev/null >/tmp/bench-known
keys=$(grep -vc '^#' /tmp/bench-known || true)
[ "$keys" = 20 ] || { echo "bench_hosts.sh: ssh-keyscan found $keys of 20 keys" >&2; exit 2; }
install -o alice -g alice -m 0600 /tmp/bench-known /home/alice/.ssh/known_hosts
rm -f /home/alice/.ssh/config
if [ "$delay" != 0 ]; then
    printf 'Host 127.0.0.*\n    ProxyCommand python3 %s %s %%h %%p\n' "$(dirname "$0")/delayproxy.py" "$delay" \
        >/home/alice/.ssh/config
    chown alice:alice /home/alice/.ssh/config
    echo "link delay: $delay ms each way (delayproxy.py)"
fi
# Each host with Postfix and a little mail, as a mail host has (the seed has sendmail).
for step in "service stop sendmail" "package remove sendmail" "package install postfix" "service start postfix"; do
    # shellcheck disable=SC2086 # a command is words
    as_alice mailroomctl $step >/dev/null
done
for i in $(seq 1 5); do printf 'Subject: bench %s\n\nhello\n' "$i" | sendmail -f root alice; done
rc=0
# shellcheck disable=SC2086 # the host list is words
as_alice /build/tests/core/bench_hosts $hosts || rc=$?
rm -f /home/alice/.ssh/config
exit "$rc"
