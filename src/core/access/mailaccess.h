// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// How mail clients reach the server: Postfix's submission service on port 587 (master.cf) and
// Dovecot's IMAP on 143/993, with the login service Postfix asks about passwords. Pure text
// transformations; the helper writes the results through its transactions.
namespace Mailroom::MailAccess {

// The -o overrides of Mailroom's submission service: STARTTLS required before AUTH, the users'
// system passwords checked by Dovecot's auth socket, relaying only for clients that logged in,
// and its own syslog_name so the logs tell it apart from port 25.
QStringList submissionOverrides();

// Whether master.cf runs a submission/inet service (Mailroom's or another).
bool submissionEnabled(const QByteArray &masterCf);
// Whether that service requires TLS and a login as Mailroom's does.
bool submissionSecure(const QByteArray &masterCf);
// master.cf with Mailroom's submission service: an existing submission/inet service is replaced
// in place; otherwise it goes after Debian's commented example, else after smtp/inet. Its chroot
// field follows smtp/inet's. Everything else keeps its bytes.
QByteArray withSubmission(const QByteArray &masterCf);
// master.cf without any submission/inet service (and without Mailroom's comment line above it).
QByteArray withoutSubmission(const QByteArray &masterCf);

// Mailroom's Dovecot settings file (/etc/dovecot/conf.d/99-mailroom.conf, read after Debian's).
struct DovecotSettings
{
    bool imap = false; // 143 with STARTTLS required before login
    bool imaps = false; // 993, TLS from the first byte
    QString keyFile; // Postfix's TLS key and certificate chain (main.cf smtpd_tls_chain_files)
    QString certificateFile;
    bool operator==(const DovecotSettings &) const = default;
};
QString dovecotConfPath(const QString &dovecotDir = QStringLiteral("/etc/dovecot"));
// The file's text: TLS required, the same certificate as Postfix, system users by their login
// name (a mail address's domain is ignored), mbox in /var/mail locked as Postfix locks it
// (dotlock and fcntl), and the auth socket in Postfix's queue directory for submission.
QByteArray dovecotConf(const DovecotSettings &settings);
// Reads back a file dovecotConf() wrote; false when text is not Mailroom's.
bool parseDovecotConf(const QByteArray &text, DovecotSettings *settings);
// Where Postfix's smtpd finds Dovecot's auth socket (relative to the queue directory in master.cf).
inline constexpr const char *authSocketPath = "/var/spool/postfix/private/auth";

} // namespace Mailroom::MailAccess
