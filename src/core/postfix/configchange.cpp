// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/configchange.h"

#include "postfix/maincf.h"
#include "postfix/maincfvalidator.h"

#include <QCoreApplication>

#include <QSet>
#include <algorithm>

#include <utility>

namespace Mailroom {

namespace {

// Built-in defaults of Postfix 3.x, used when main.cf does not set the limit.
constexpr qint64 DefaultMessageSizeLimit = 10240000;
constexpr qint64 DefaultMailboxSizeLimit = 51200000;

qint64 limit(const MainCf &doc, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 n = doc.value(key, QString()).toLongLong(&ok);
    return ok ? n : fallback;
}

QString trimmed(const QString &value)
{
    // What MainCf::set writes, so comparisons see what Postfix will see.
    MainCf probe;
    probe.set(QStringLiteral("x"), value);
    return probe.value(QStringLiteral("x"), QString());
}

} // namespace

ConfigChange &ConfigChange::set(const QString &key, const QString &value)
{
    m_entries.append({key, value});
    return *this;
}

ConfigChange &ConfigChange::remove(const QString &key)
{
    m_entries.append({key, std::nullopt});
    return *this;
}

ValidationResult ConfigChange::validate() const
{
    QSet<QString> seen;
    for (const Entry &e : m_entries) {
        ValidationResult r = e.value ? MainCfValidator::validate(e.key, *e.value) : MainCfValidator::validateKey(e.key);
        if (!r) {
            return r;
        }
        if (seen.contains(e.key)) {
            return ValidationResult::invalid(
                e.key,
                QCoreApplication::translate("PostfixValidation", "%1 is changed twice in the same request.")
                    .arg(e.key));
        }
        seen.insert(e.key);
    }
    return ValidationResult::ok();
}

bool ConfigChange::isNoOpFor(const MainCf &doc) const
{
    for (const Entry &e : m_entries) {
        const std::optional<QString> current = doc.value(e.key);
        if (e.value ? current != trimmed(*e.value) : current.has_value()) {
            return false;
        }
    }
    return true;
}

ValidationResult ConfigChange::applyTo(MainCf &doc) const
{
    if (ValidationResult r = validate(); !r) {
        return r;
    }
    QList<std::pair<QString, QString>> settings;
    QStringList removals;
    for (const Entry &e : m_entries) {
        if (e.value) {
            settings.append({e.key, *e.value});
        } else {
            removals.append(e.key);
        }
    }
    MainCf result = doc;
    if (!settings.isEmpty() && !result.set(settings)) {
        return ValidationResult::invalid(
            settings.first().first,
            QCoreApplication::translate("PostfixValidation", "The change cannot be written to main.cf."));
    }
    if (!removals.isEmpty() && !result.remove(removals)) {
        return ValidationResult::invalid(
            removals.first(),
            QCoreApplication::translate("PostfixValidation", "The change cannot be written to main.cf."));
    }

    // local(8) refuses to deliver when a non-zero mailbox limit is below the message limit.
    const qint64 mailbox = limit(result, QStringLiteral("mailbox_size_limit"), DefaultMailboxSizeLimit);
    const qint64 message = limit(result, QStringLiteral("message_size_limit"), DefaultMessageSizeLimit);
    if (mailbox != 0 && mailbox < message) {
        bool mailboxChanged = false;
        for (const Entry &e : m_entries) {
            mailboxChanged = mailboxChanged || e.key == QLatin1String("mailbox_size_limit");
        }
        const QString key
            = mailboxChanged ? QStringLiteral("mailbox_size_limit") : QStringLiteral("message_size_limit");
        return ValidationResult::invalid(
            key,
            QCoreApplication::translate(
                "PostfixValidation",
                "%1: the mailbox size limit (%2 bytes) must not be smaller than the message size limit (%3 bytes), "
                "or local delivery stops working.")
                .arg(key)
                .arg(mailbox)
                .arg(message));
    }
    // The relay password goes to whatever answers on the relay's port: with TLS optional ("may",
    // "none" or unset, Postfix's default), an attacker on the path who strips STARTTLS reads it.
    const QStringList tlsKeys {QStringLiteral("smtp_sasl_auth_enable"), QStringLiteral("smtp_tls_security_level"),
                               QStringLiteral("smtp_tls_wrappermode")};
    const bool touchesTls
        = std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) { return tlsKeys.contains(e.key); });
    const bool sasl = result.value(QStringLiteral("smtp_sasl_auth_enable"), QString())
                          .compare(QLatin1String("yes"), Qt::CaseInsensitive)
        == 0;
    const QString level = result.value(QStringLiteral("smtp_tls_security_level"), QString());
    if (touchesTls && sasl && (level.isEmpty() || level == QLatin1String("none") || level == QLatin1String("may"))) {
        return ValidationResult::invalid(
            QStringLiteral("smtp_tls_security_level"),
            QCoreApplication::translate(
                "PostfixValidation",
                "smtp_tls_security_level: with relay login on (smtp_sasl_auth_enable = yes), TLS must be required "
                "(encrypt, verify or secure); with “%1” the relay password can be sent in clear text.")
                .arg(level.isEmpty() ? QStringLiteral("none") : level));
    }
    doc = result;
    return ValidationResult::ok();
}

} // namespace Mailroom
