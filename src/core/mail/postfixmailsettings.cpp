// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/postfixmailsettings.h"

#include "mail/mailboxlock.h"

#include <QFileInfo>
#include <QProcess>

namespace Mailroom {

int PostfixMailSettings::lockMethods() const
{
    return MailboxLock::defaultMethods | MailboxLock::methodsFromPostconf(mailboxDeliveryLock);
}

QString PostfixMailSettings::program()
{
    // Debian, Fedora, Arch and openSUSE all install it here; a fixed path, not $PATH.
    return QStringLiteral("/usr/sbin/postconf");
}

QStringList PostfixMailSettings::arguments()
{
    return {QStringLiteral("mail_spool_directory"), QStringLiteral("home_mailbox"),
            QStringLiteral("mailbox_delivery_lock")};
}

PostfixMailSettings PostfixMailSettings::parse(const QByteArray &output)
{
    PostfixMailSettings s;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq < 0) {
            continue;
        }
        const QByteArray name = line.left(eq).trimmed();
        const QString value = QString::fromUtf8(line.mid(eq + 1).trimmed());
        if (name == "mail_spool_directory") {
            s.mailSpoolDirectory = value;
            s.available = true;
        } else if (name == "home_mailbox") {
            s.homeMailbox = value;
        } else if (name == "mailbox_delivery_lock") {
            s.mailboxDeliveryLock = value;
        }
    }
    return s;
}

PostfixMailSettings PostfixMailSettings::query(int timeoutMs)
{
    if (!QFileInfo(program()).isExecutable()) {
        return {};
    }
    QProcess p;
    p.start(program(), arguments());
    if (!p.waitForFinished(timeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        p.kill();
        p.waitForFinished(1000);
        return {};
    }
    return parse(p.readAllStandardOutput());
}

} // namespace Mailroom
