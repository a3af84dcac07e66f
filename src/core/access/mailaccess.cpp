// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailaccess.h"

#include "config/mastercf.h"

#include <QList>

#include <algorithm>

namespace Mailroom::MailAccess {

namespace {
const QByteArray commentLine = "# Mailroom: mail clients send here on port 587 after STARTTLS and a login "
                               "(mailroomctl submission).\n";
const QByteArray stateLinePrefix = "# mailroom: ";

// Physical lines, each with its line end.
QList<QByteArray> physicalLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end + 1;
        lines << text.mid(start, end - start);
        start = end;
    }
    return lines;
}

bool isSubmission(const Config::MasterCf::Service &s)
{
    return s.name == QLatin1String("submission") && s.type == QLatin1String("inet");
}

QByteArray submissionBlock(const QString &chroot)
{
    QByteArray block = commentLine;
    block += "submission inet  n       -       " + chroot.toLatin1().leftJustified(7, ' ') + " -       -       smtpd\n";
    for (const QString &o : submissionOverrides()) {
        block += "  -o " + o.toLatin1() + '\n';
    }
    return block;
}
} // namespace

QStringList submissionOverrides()
{
    return {QStringLiteral("syslog_name=postfix/submission"),
            QStringLiteral("smtpd_tls_security_level=encrypt"),
            QStringLiteral("smtpd_tls_auth_only=yes"),
            QStringLiteral("smtpd_sasl_auth_enable=yes"),
            QStringLiteral("smtpd_sasl_type=dovecot"),
            QStringLiteral("smtpd_sasl_path=private/auth"),
            QStringLiteral("smtpd_sasl_security_options=noanonymous"),
            QStringLiteral("smtpd_client_restrictions=permit_sasl_authenticated,reject"),
            QStringLiteral("smtpd_relay_restrictions=permit_sasl_authenticated,reject"),
            QStringLiteral("smtpd_forbid_unauth_pipelining=no"),
            QStringLiteral("local_header_rewrite_clients=static:all"),
            QStringLiteral("smtpd_hide_client_session=yes"),
            QStringLiteral("smtpd_reject_unlisted_recipient=no"),
            QStringLiteral("milter_macro_daemon_name=ORIGINATING")};
}

bool submissionEnabled(const QByteArray &masterCf)
{
    const auto services = Config::MasterCf::fromByteArray(masterCf).services();
    return std::any_of(services.cbegin(), services.cend(),
                       [](const Config::MasterCf::Service &s) { return s.enabled && isSubmission(s); });
}

bool submissionSecure(const QByteArray &masterCf)
{
    const auto services = Config::MasterCf::fromByteArray(masterCf).services();
    for (const auto &s : services) {
        if (s.enabled && isSubmission(s)) {
            return s.overrides.contains(QStringLiteral("smtpd_tls_security_level=encrypt"))
                && s.overrides.contains(QStringLiteral("smtpd_sasl_auth_enable=yes"))
                && s.overrides.contains(QStringLiteral("smtpd_relay_restrictions=permit_sasl_authenticated,reject"));
        }
    }
    return false;
}

QByteArray withoutSubmission(const QByteArray &masterCf)
{
    QList<QByteArray> lines = physicalLines(masterCf);
    const auto services = Config::MasterCf::fromByteArray(masterCf).services();
    // From the last to the first, so earlier line numbers stay right.
    for (auto it = services.crbegin(); it != services.crend(); ++it) {
        if (!it->enabled || !isSubmission(*it)) {
            continue;
        }
        int first = it->firstLine - 1;
        if (first > 0 && lines.at(first - 1) == commentLine) {
            --first;
        }
        lines.remove(first, it->lastLine - first);
    }
    return lines.join();
}

QByteArray withSubmission(const QByteArray &masterCf)
{
    QByteArray text = masterCf;
    if (!text.isEmpty() && !text.endsWith('\n')) {
        text += '\n';
    }
    const QList<QByteArray> lines = physicalLines(text);
    const auto services = Config::MasterCf::fromByteArray(text).services();
    QString chroot = QStringLiteral("-");
    qsizetype insertAt = -1; // 0-based index of the line the block goes before
    qsizetype afterSmtp = -1;
    qsizetype afterExample = -1;
    QList<bool> removed(lines.size(), false);
    for (const auto &s : services) {
        if (s.enabled && s.name == QLatin1String("smtp") && s.type == QLatin1String("inet") && afterSmtp < 0) {
            chroot = s.chroot;
            afterSmtp = s.lastLine;
        } else if (!s.enabled && isSubmission(s) && afterExample < 0) {
            afterExample = s.lastLine;
        } else if (s.enabled && isSubmission(s)) {
            qsizetype first = s.firstLine - 1;
            if (first > 0 && lines.at(first - 1) == commentLine) {
                --first;
            }
            for (qsizetype i = first; i < s.lastLine && i < lines.size(); ++i) {
                removed[i] = true;
            }
            if (insertAt < 0) {
                insertAt = first;
            }
        }
    }
    if (insertAt < 0) {
        insertAt = afterExample >= 0 ? afterExample : afterSmtp >= 0 ? afterSmtp : lines.size();
    }
    QByteArray result;
    for (qsizetype i = 0; i <= lines.size(); ++i) {
        if (i == insertAt) {
            result += submissionBlock(chroot);
        }
        if (i < lines.size() && !removed.at(i)) {
            result += lines.at(i);
        }
    }
    return result;
}

QString dovecotConfPath(const QString &dovecotDir)
{
    return dovecotDir + QStringLiteral("/conf.d/99-mailroom.conf");
}

QByteArray dovecotConf(const DovecotSettings &s)
{
    QByteArray t;
    t += "# Mailroom manages this file (mailroomctl imap, mailroomctl submission) and rewrites it whole.\n"
         "# Your own settings belong in /etc/dovecot/local.conf, which Dovecot reads after this one.\n";
    t += stateLinePrefix + "imap=" + (s.imap ? "yes" : "no") + " imaps=" + (s.imaps ? "yes" : "no") + '\n';
    t += '\n';
    t += "# IMAP for mail clients (none: only the login service Postfix's submission port asks).\n";
    t += QByteArray("protocols =") + (s.imap || s.imaps ? " imap" : "") + '\n';
    t += "service imap-login {\n"
         "  inet_listener imap {\n"
         "    port = "
        + QByteArray(s.imap ? "143" : "0")
        + "\n"
          "  }\n"
          "  inet_listener imaps {\n"
          "    port = "
        + QByteArray(s.imaps ? "993" : "0")
        + "\n"
          "    ssl = yes\n"
          "  }\n"
          "}\n\n";
    t += "# TLS always, with the certificate Postfix offers (Configuration > Certificates).\n"
         "ssl = required\n";
    t += "ssl_server_cert_file = " + s.certificateFile.toUtf8() + '\n';
    t += "ssl_server_key_file = " + s.keyFile.toUtf8() + '\n';
    t += "ssl_min_protocol = TLSv1.2\n\n";
    t += "# Users log in with their system name and password; user@domain works too.\n"
         "auth_allow_cleartext = no\n"
         "auth_mechanisms = plain login\n"
         "auth_username_format = %{user | username | lower}\n\n";
    t += "# /var/mail/USER is INBOX (10-mail.conf); lock it the way Postfix and Mailroom do.\n"
         "mbox_read_locks = fcntl\n"
         "mbox_write_locks = dotlock fcntl\n\n";
    t += "# Postfix's submission service checks passwords here (smtpd_sasl_path = private/auth).\n"
         "service auth {\n"
         "  unix_listener ";
    t += authSocketPath;
    t += " {\n"
         "    mode = 0660\n"
         "    user = postfix\n"
         "    group = postfix\n"
         "  }\n"
         "}\n";
    return t;
}

bool parseDovecotConf(const QByteArray &text, DovecotSettings *settings)
{
    DovecotSettings s;
    bool ours = false;
    for (const QByteArray &raw : physicalLines(text)) {
        const QByteArray line = raw.trimmed();
        if (line.startsWith(stateLinePrefix.trimmed())) {
            const QByteArray rest = line.mid(stateLinePrefix.trimmed().size()).trimmed();
            for (const QByteArray &word : rest.split(' ')) {
                if (word == "imap=yes") {
                    s.imap = true;
                } else if (word == "imaps=yes") {
                    s.imaps = true;
                }
            }
            ours = true;
        } else if (line.startsWith("ssl_server_cert_file = ")) {
            s.certificateFile = QString::fromUtf8(line.mid(23));
        } else if (line.startsWith("ssl_server_key_file = ")) {
            s.keyFile = QString::fromUtf8(line.mid(22));
        }
    }
    if (ours) {
        *settings = s;
    }
    return ours;
}

} // namespace Mailroom::MailAccess
