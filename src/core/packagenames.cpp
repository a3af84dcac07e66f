// SPDX-License-Identifier: GPL-2.0-or-later
#include "packagenames.h"

#include <QCoreApplication>
#include <QHash>

namespace Mailroom::PackageNames {

namespace {
struct Names
{
    QStringList debian;
    QStringList rhel;
};

const QHash<QString, Names> &table()
{
    static const QHash<QString, Names> t {
        {QStringLiteral("postfix"), {{QStringLiteral("postfix")}, {QStringLiteral("postfix")}}},
        // sendmail comes split in several packages; removing must take them all.
        {QStringLiteral("sendmail"),
         {{QStringLiteral("sendmail"), QStringLiteral("sendmail-bin"), QStringLiteral("sendmail-cf"),
           QStringLiteral("sensible-mda")},
          {QStringLiteral("sendmail"), QStringLiteral("sendmail-cf")}}},
        {QStringLiteral("mailx"), {{QStringLiteral("s-nail")}, {QStringLiteral("s-nail")}}},
        {QStringLiteral("sasl-modules"), {{QStringLiteral("libsasl2-modules")}, {QStringLiteral("cyrus-sasl-plain")}}},
        {QStringLiteral("ca-certificates"), {{QStringLiteral("ca-certificates")}, {QStringLiteral("ca-certificates")}}},
        // IMAP for mail clients, and the login service Postfix's submission port asks.
        {QStringLiteral("dovecot"),
         {{QStringLiteral("dovecot-core"), QStringLiteral("dovecot-imapd")}, {QStringLiteral("dovecot")}}},
        // The spam filter: SpamAssassin's daemon (its own package since 4.0) behind Postfix's milter;
        // spamassassin's postinst imports the sa-update key with gpg, which needs gpg-agent.
        {QStringLiteral("spamassassin"),
         {{QStringLiteral("spamassassin"), QStringLiteral("spamd"), QStringLiteral("spamass-milter"),
           QStringLiteral("gpg-agent")},
          {QStringLiteral("spamassassin"), QStringLiteral("spamass-milter-postfix")}}},
        // Local delivery through the users' own rules (~/.procmailrc).
        {QStringLiteral("procmail"), {{QStringLiteral("procmail")}, {QStringLiteral("procmail")}}},
    };
    return t;
}
} // namespace

QStringList logicalNames()
{
    return {QStringLiteral("postfix"),      QStringLiteral("sendmail"),        QStringLiteral("mailx"),
            QStringLiteral("sasl-modules"), QStringLiteral("ca-certificates"), QStringLiteral("dovecot"),
            QStringLiteral("spamassassin"), QStringLiteral("procmail")};
}

bool isKnown(const QString &logical)
{
    return table().contains(logical);
}

QStringList forFamily(const QString &logical, const QString &family)
{
    const auto it = table().constFind(logical);
    if (it == table().constEnd()) {
        return {};
    }
    if (family == QLatin1String("debian")) {
        return it->debian;
    }
    if (family == QLatin1String("rhel")) {
        return it->rhel;
    }
    return {};
}

QString statusText(const QString &keyword, const QString &package)
{
    struct Entry
    {
        const char *keyword;
        const char *text; // %1 = package (may be empty)
    };
    static const Entry entries[] = {
        {"waiting", QT_TRANSLATE_NOOP("PackageStatus", "Waiting for the package manager")},
        {"setup", QT_TRANSLATE_NOOP("PackageStatus", "Preparing")},
        {"query", QT_TRANSLATE_NOOP("PackageStatus", "Looking up packages")},
        {"resolving", QT_TRANSLATE_NOOP("PackageStatus", "Resolving dependencies")},
        {"downloading", QT_TRANSLATE_NOOP("PackageStatus", "Downloading %1")},
        {"installing", QT_TRANSLATE_NOOP("PackageStatus", "Installing %1")},
        {"removing", QT_TRANSLATE_NOOP("PackageStatus", "Removing %1")},
        {"updating", QT_TRANSLATE_NOOP("PackageStatus", "Updating %1")},
        {"refreshing", QT_TRANSLATE_NOOP("PackageStatus", "Refreshing package lists")},
        {"cleaning-up", QT_TRANSLATE_NOOP("PackageStatus", "Cleaning up")},
        {"checking-signatures", QT_TRANSLATE_NOOP("PackageStatus", "Checking signatures")},
        {"committing", QT_TRANSLATE_NOOP("PackageStatus", "Applying changes")},
        {"waiting-for-lock", QT_TRANSLATE_NOOP("PackageStatus", "Waiting for another package manager to finish")},
        {"running-hooks", QT_TRANSLATE_NOOP("PackageStatus", "Configuring %1")},
        {"loading-cache", QT_TRANSLATE_NOOP("PackageStatus", "Loading the package cache")},
        {"cancelling", QT_TRANSLATE_NOOP("PackageStatus", "Cancelling")},
        {"finished", QT_TRANSLATE_NOOP("PackageStatus", "Finished")},
    };
    for (const auto &e : entries) {
        if (keyword == QLatin1String(e.keyword)) {
            QString text = QCoreApplication::translate("PackageStatus", e.text);
            if (text.contains(QLatin1String("%1"))) {
                text = package.isEmpty() ? text.arg(QString()).trimmed() : text.arg(package);
            }
            return text;
        }
    }
    return QCoreApplication::translate("PackageStatus", "Working");
}

} // namespace Mailroom::PackageNames
