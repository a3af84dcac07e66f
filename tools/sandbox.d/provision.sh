#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Runs inside the chroot of a freshly debootstrapped Debian 13 root, with network.
# Turns it into the seed scenario of the book chapter: sendmail installed, enabled
# and running; Postfix not installed but installable offline from a local
# repository; firewalld without smtp; users alice (mailadmin) and bob with mail.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8
HERE=/tmp/provision

echo "demo-server.mydomain.com" > /etc/hostname
cat > /etc/hosts <<'HOSTS'
127.0.0.1	localhost
127.0.1.1	demo-server.mydomain.com demo-server
::1		localhost ip6-localhost ip6-loopback
HOSTS

# Services must not start inside the chroot while installing.
printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
chmod +x /usr/sbin/policy-rc.d

apt-get update -q
grep -v '^\s*#' "$HERE/packages.txt" | grep -v '^\s*$' | xargs apt-get install -y -q --no-install-recommends

# Locales for the English and Simplified Chinese UI.
sed -i -e 's/^# *\(en_US.UTF-8\)/\1/' -e 's/^# *\(zh_CN.UTF-8\)/\1/' /etc/locale.gen
locale-gen

# Local package repository so Postfix (and sendmail back) installs offline.
apt-get clean
apt-get install -y -q --download-only --no-install-recommends postfix
# Dovecot (IMAP, and SASL login for submission), SpamAssassin (spamd is its own package; its postinst
# imports the sa-update key with gpg, which needs gpg-agent) and Procmail: installed through PackageKit when the admin asks.
apt-get install -y -q --download-only --no-install-recommends dovecot-core dovecot-imapd spamassassin spamd spamc spamass-milter gpg-agent procmail
apt-get install -y -q --download-only --no-install-recommends --reinstall sendmail sendmail-bin sendmail-cf sensible-mda
mkdir -p /opt/mailroom-repo
cp /var/cache/apt/archives/*.deb /opt/mailroom-repo/
(cd /opt/mailroom-repo && apt-ftparchive packages . > Packages && apt-ftparchive release . > Release)
apt-get clean
mkdir -p /etc/apt/sources.list.d.disabled
mv /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d.disabled/ 2>/dev/null || true
[ -f /etc/apt/sources.list ] && mv /etc/apt/sources.list /etc/apt/sources.list.d.disabled/sources.list
echo 'deb [trusted=yes] file:/opt/mailroom-repo ./' > /etc/apt/sources.list.d/mailroom-local.list
apt-get update -q

# Users and the polkit rule that lets group mailadmin use Mailroom's actions.
getent group mailadmin >/dev/null || groupadd --system mailadmin
id alice >/dev/null 2>&1 || useradd -m -s /bin/bash -G mailadmin -c "Alice Admin" alice
id bob >/dev/null 2>&1 || useradd -m -s /bin/bash -c "Bob User" bob
echo 'alice:alice' | chpasswd
echo 'bob:bob' | chpasswd
install -d -m 0755 /etc/polkit-1/rules.d
cat > /etc/polkit-1/rules.d/50-mailroom-sandbox.rules <<'RULES'
// Sandbox only: members of mailadmin may use every Mailroom action without a password.
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("io.github.mailroom.") === 0 && subject.isInGroup("mailadmin")) {
        return polkit.Result.YES;
    }
});
RULES

for u in alice bob; do
    install -m 0660 -o "$u" -g mail "$HERE/mail/$u.mbox" "/var/mail/$u"
done

# A default route inside the private network namespace, so PackageKit
# believes it is online (no traffic leaves: the peer is the other veth end).
cat > /etc/systemd/system/mailroom-sandbox-net.service <<'UNIT'
[Unit]
Description=Mailroom sandbox: offline default route for PackageKit
Before=packagekit.service network-online.target
DefaultDependencies=no
After=systemd-networkd.service

[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=/bin/sh -c 'ip link add v0 type veth peer name v1 && ip addr add 198.18.0.2/24 dev v0 && ip link set v0 up && ip link set v1 up && ip route add default via 198.18.0.1 dev v0 || true'

[Install]
WantedBy=multi-user.target
UNIT
systemctl enable mailroom-sandbox-net.service
# sshd is installed for the remote-host tests, which start it; it does not run at every boot.
systemctl disable ssh.service ssh.socket 2>/dev/null || true
systemctl enable sendmail.service firewalld.service
systemctl set-default multi-user.target
# Nothing in the sandbox needs these; they only slow down the boot.
systemctl mask apt-daily.timer apt-daily-upgrade.timer e2scrub_all.timer fstrim.timer 2>/dev/null || true

rm -f /usr/sbin/policy-rc.d
echo "provisioned"
