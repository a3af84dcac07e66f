// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/maincfvalidator.h"

#include "postfix/postfixsyntax.h"

#include <QCoreApplication>

#include <functional>
#include <limits>
#include <map>

namespace Mailroom {

using namespace PostfixSyntax;

namespace {

QString trimmed(const QString &value)
{
    // Postfix trims ASCII whitespace around values (split_nameval).
    qsizetype b = 0;
    qsizetype e = value.size();
    auto space = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\r' || c == u'\n' || c == u'\v' || c == u'\f';
    };
    while (b < e && space(value.at(b))) {
        ++b;
    }
    while (e > b && space(value.at(e - 1))) {
        --e;
    }
    return value.mid(b, e - b);
}

QString noReferences(const QString &value)
{
    if (value.contains(u'$')) {
        return QCoreApplication::translate("PostfixValidation",
                                           "“%1”: parameter references with “$” are not supported here.")
            .arg(value);
    }
    return {};
}

// A host or domain name that may contain references to the allowed parameters.
QString domainWithReferences(const QString &value, const QStringList &allowed, bool requireDot)
{
    QString problem;
    const std::optional<QString> plain = substituteReferences(value, allowed, &problem);
    if (!plain) {
        return problem;
    }
    if (*plain != value) {
        // References stand for complete names; only the literal parts are checked.
        return hostnameProblem(*plain, false).isEmpty()
            ? QString()
            : QCoreApplication::translate("PostfixValidation", "“%1” is not a valid domain name.").arg(value);
    }
    return hostnameProblem(value, requireDot);
}

QString tableOrFile(const QString &item)
{
    if (item.startsWith(u'/') || (item.contains(u':') && !item.startsWith(u'['))) {
        return QCoreApplication::translate("PostfixValidation", "“%1”: lookup tables and files are not supported here.")
            .arg(item);
    }
    return {};
}

QString myhostname(const QString &v)
{
    if (QString p = noReferences(v); !p.isEmpty()) {
        return p;
    }
    return hostnameProblem(v, true);
}

QString mydomain(const QString &v)
{
    if (QString p = noReferences(v); !p.isEmpty()) {
        return p;
    }
    return hostnameProblem(v, false);
}

QString myorigin(const QString &v)
{
    if (v.isEmpty()) {
        return QCoreApplication::translate("PostfixValidation", "The domain is empty.");
    }
    return domainWithReferences(v, {QStringLiteral("myhostname"), QStringLiteral("mydomain")}, false);
}

QString mydestination(const QString &v)
{
    // Empty is valid: a null client or relay-only host delivers nothing locally.
    for (const QString &item : splitList(v)) {
        if (QString p = tableOrFile(item); !p.isEmpty()) {
            return p;
        }
        const QString p = domainWithReferences(
            item, {QStringLiteral("myhostname"), QStringLiteral("mydomain"), QStringLiteral("myorigin")}, false);
        if (!p.isEmpty()) {
            return p;
        }
    }
    return {};
}

QString inetInterfaces(const QString &v)
{
    const QStringList items = splitList(v);
    if (items.isEmpty()) {
        return QCoreApplication::translate("PostfixValidation",
                                           "Name at least one interface address, or “all” or “loopback-only”.");
    }
    for (const QString &item : items) {
        const QString lower = item.toLower();
        if (lower == QLatin1String("all") || lower == QLatin1String("loopback-only")) {
            if (items.size() > 1) {
                return QCoreApplication::translate("PostfixValidation", "“%1” must be the only value.").arg(item);
            }
            continue;
        }
        QString address = item;
        if (item.startsWith(u'[') && item.endsWith(u']')) {
            address = item.mid(1, item.size() - 2);
            if (!isIpv4Address(address) && !isIpv6Address(address)) {
                return QCoreApplication::translate("PostfixValidation", "“%1” is not a valid IP address.").arg(address);
            }
            continue;
        }
        if (isIpv4Address(address) || isIpv6Address(address)) {
            continue;
        }
        if (address.contains(u':')) {
            return QCoreApplication::translate("PostfixValidation", "“%1” is not a valid IPv6 address.").arg(address);
        }
        if (std::all_of(address.cbegin(), address.cend(), [](QChar c) { return c.isDigit() || c == u'.'; })) {
            return QCoreApplication::translate(
                       "PostfixValidation",
                       "“%1” is not a valid IPv4 address: it needs four numbers from 0 to 255 without leading zeros.")
                .arg(address);
        }
        if (QString p = domainWithReferences(address, {QStringLiteral("myhostname")}, false); !p.isEmpty()) {
            return p;
        }
    }
    return {};
}

QString inetProtocols(const QString &v)
{
    const QStringList items = splitList(v);
    if (items.isEmpty()) {
        return QCoreApplication::translate("PostfixValidation", "Choose “all”, “ipv4”, “ipv6” or “ipv4, ipv6”.");
    }
    QStringList seen;
    for (const QString &item : items) {
        if (item == QLatin1String("all")) {
            if (items.size() > 1) {
                return QCoreApplication::translate("PostfixValidation", "“%1” must be the only value.").arg(item);
            }
        } else if (item != QLatin1String("ipv4") && item != QLatin1String("ipv6")) {
            return QCoreApplication::translate("PostfixValidation",
                                               "“%1” is not a protocol; choose “all”, “ipv4”, “ipv6” or “ipv4, ipv6”.")
                .arg(item);
        } else if (seen.contains(item)) {
            return QCoreApplication::translate("PostfixValidation", "“%1” is listed twice.").arg(item);
        }
        seen.append(item);
    }
    return {};
}

QString mynetworks(const QString &v)
{
    for (const QString &item : splitList(v)) {
        if (QString p = networkProblem(item); !p.isEmpty()) {
            return p;
        }
        // Clients in mynetworks may relay to anywhere: a network wider than /8 (IPv4) or /16
        // (IPv6) is a good part of the internet, and 0.0.0.0/0 all of it: an open relay.
        QString bare = item;
        bare.remove(u'[').remove(u']'); // [2001:db8::]/32 and [2001:db8::/32] alike
        const qsizetype slash = bare.lastIndexOf(u'/');
        if (slash < 0) {
            continue;
        }
        const bool v6 = bare.contains(u':');
        const int prefix = bare.mid(slash + 1).toInt();
        if (prefix < (v6 ? 16 : 8)) {
            return QCoreApplication::translate(
                       "PostfixValidation",
                       "“%1” would let a large part of the internet send mail anywhere through this server (an open "
                       "relay, soon used by spammers and blocklisted); list only your own networks.")
                .arg(item);
        }
    }
    return {};
}

QString oneOf(const QString &v, const QStringList &choices, bool emptyOk)
{
    if ((emptyOk && v.isEmpty()) || choices.contains(v)) {
        return {};
    }
    QStringList quoted;
    for (const QString &c : choices) {
        quoted.append(QStringLiteral("“%1”").arg(c));
    }
    return QCoreApplication::translate("PostfixValidation", "“%1” is not one of %2.")
        .arg(v, quoted.join(QStringLiteral(", ")));
}

QString yesNo(const QString &v)
{
    // Postfix compares booleans case-insensitively.
    if (v.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0
        || v.compare(QLatin1String("no"), Qt::CaseInsensitive) == 0) {
        return {};
    }
    return QCoreApplication::translate("PostfixValidation", "“%1” is not “yes” or “no”.").arg(v);
}

QString relayhost(const QString &v)
{
    if (v.isEmpty()) {
        return {}; // deliver directly
    }
    if (QString p = noReferences(v); !p.isEmpty()) {
        return p;
    }
    return relayhostProblem(v);
}

bool isSafePath(const QString &path)
{
    // Letters, digits and a few punctuation characters; no "." or ".." components.
    for (QChar c : path) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'/'
            || c == u'.' || c == u'_' || c == u'-' || c == u'+';
        if (!ok) {
            return false;
        }
    }
    const QStringList parts = path.split(u'/');
    return std::none_of(parts.cbegin(), parts.cend(),
                        [](const QString &p) { return p == QLatin1String(".") || p == QLatin1String(".."); });
}

QString absolutePath(const QString &v, bool emptyOk)
{
    if (v.isEmpty()) {
        return emptyOk ? QString() : QCoreApplication::translate("PostfixValidation", "A path is required.");
    }
    if (!v.startsWith(u'/')) {
        return QCoreApplication::translate("PostfixValidation", "“%1” is not an absolute path; it must start with “/”.")
            .arg(v);
    }
    if (!isSafePath(v) || v.contains(QLatin1String("//"))) {
        return QCoreApplication::translate(
                   "PostfixValidation",
                   "“%1” is not a plain path: use letters, digits, “.”, “_”, “-” and “/” only, without “.” or “..” "
                   "parts.")
            .arg(v);
    }
    return {};
}

QString saslPasswordMaps(const QString &v)
{
    static const QStringList types {QStringLiteral("hash"), QStringLiteral("lmdb"), QStringLiteral("btree"),
                                    QStringLiteral("cdb"), QStringLiteral("texthash")};
    if (v.isEmpty()) {
        return {};
    }
    const qsizetype colon = v.indexOf(u':');
    if (colon <= 0) {
        return QCoreApplication::translate(
                   "PostfixValidation",
                   "“%1” is not a table; write type:path, for example hash:/etc/postfix/sasl_passwd.")
            .arg(v);
    }
    const QString type = v.left(colon);
    const QString path = v.mid(colon + 1);
    if (!types.contains(type)) {
        return QCoreApplication::translate("PostfixValidation", "“%1” is not a supported table type; use one of %2.")
            .arg(type, types.join(QStringLiteral(", ")));
    }
    if (QString p = absolutePath(path, false); !p.isEmpty()) {
        return p;
    }
    if (!path.startsWith(QLatin1String("/etc/postfix/")) || path.size() <= 13) {
        return QCoreApplication::translate("PostfixValidation",
                                           "“%1”: the password table must be a file in /etc/postfix/.")
            .arg(path);
    }
    return {};
}

QString saslOptions(const QString &v, bool allowReference)
{
    static const QStringList options {QStringLiteral("noplaintext"), QStringLiteral("noactive"),
                                      QStringLiteral("nodictionary"), QStringLiteral("noanonymous"),
                                      QStringLiteral("mutual_auth")};
    if (allowReference && v == QLatin1String("$smtp_sasl_security_options")) {
        return {};
    }
    for (const QString &item : splitList(v)) {
        if (!options.contains(item)) {
            return QCoreApplication::translate("PostfixValidation", "“%1” is not a SASL security option; use %2.")
                .arg(item, options.join(QStringLiteral(", ")));
        }
    }
    return {};
}

QString sizeLimit(const QString &v)
{
    bool ok = false;
    const qulonglong n = v.toULongLong(&ok);
    const bool digits
        = !v.isEmpty() && std::all_of(v.cbegin(), v.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits || !ok || n > static_cast<qulonglong>(std::numeric_limits<qint64>::max())) {
        return QCoreApplication::translate("PostfixValidation",
                                           "“%1” is not a whole number of bytes (0 or more, digits only).")
            .arg(v);
    }
    return {};
}

using Check = std::function<QString(const QString &)>;

const std::map<QString, Check> &checks()
{
    static const std::map<QString, Check> table {
        {QStringLiteral("myhostname"), myhostname},
        {QStringLiteral("mydomain"), mydomain},
        {QStringLiteral("myorigin"), myorigin},
        {QStringLiteral("mydestination"), mydestination},
        {QStringLiteral("inet_interfaces"), inetInterfaces},
        {QStringLiteral("inet_protocols"), inetProtocols},
        {QStringLiteral("mynetworks"), mynetworks},
        {QStringLiteral("mynetworks_style"),
         [](const QString &v) {
             return oneOf(v, {QStringLiteral("host"), QStringLiteral("subnet"), QStringLiteral("class")}, false);
         }},
        {QStringLiteral("relayhost"), relayhost},
        {QStringLiteral("smtp_sasl_auth_enable"), yesNo},
        {QStringLiteral("smtp_tls_wrappermode"), yesNo},
        {QStringLiteral("smtp_sasl_password_maps"), saslPasswordMaps},
        {QStringLiteral("smtp_sasl_security_options"),
         [](const QString &v) {
             return saslOptions(v, false);
         }},
        {QStringLiteral("smtp_sasl_tls_security_options"),
         [](const QString &v) {
             return saslOptions(v, true);
         }},
        {QStringLiteral("smtp_tls_security_level"),
         [](const QString &v) {
             return oneOf(v,
                          {QStringLiteral("none"), QStringLiteral("may"), QStringLiteral("encrypt"),
                           QStringLiteral("dane"), QStringLiteral("dane-only"), QStringLiteral("fingerprint"),
                           QStringLiteral("verify"), QStringLiteral("secure")},
                          true);
         }},
        {QStringLiteral("smtp_tls_CAfile"),
         [](const QString &v) {
             return absolutePath(v, true);
         }},
        {QStringLiteral("smtp_tls_CApath"),
         [](const QString &v) {
             return absolutePath(v, true);
         }},
        // home_mailbox and mail_spool_directory are read-only: home_mailbox = .forward (or .profile,
        // .ssh/authorized_keys) lets a sender write files that run commands, and any directory as
        // the spool has local(8) create root-owned files there.
        {QStringLiteral("message_size_limit"), sizeLimit},
        {QStringLiteral("mailbox_size_limit"), sizeLimit},
    };
    return table;
}

} // namespace

QStringList MainCfValidator::allowedKeys()
{
    QStringList keys;
    for (const auto &[key, check] : checks()) {
        keys.append(key);
    }
    return keys;
}

bool MainCfValidator::isAllowedKey(const QString &key)
{
    return checks().contains(key);
}

ValidationResult MainCfValidator::validateKey(const QString &key)
{
    if (key.isEmpty()) {
        return ValidationResult::invalid(
            key, QCoreApplication::translate("PostfixValidation", "A parameter name is required."));
    }
    if (key.contains(u'=')) {
        return ValidationResult::invalid(
            key,
            QCoreApplication::translate("PostfixValidation", "“%1” is not a parameter name: it contains “=”.")
                .arg(key));
    }
    for (QChar c : key) {
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            return ValidationResult::invalid(
                key,
                QCoreApplication::translate("PostfixValidation",
                                            "“%1” is not a parameter name: it contains a space or control character.")
                    .arg(key.trimmed()));
        }
    }
    if (!isAllowedKey(key)) {
        return ValidationResult::invalid(
            key,
            QCoreApplication::translate("PostfixValidation", "“%1” is not a parameter Mailroom can change.").arg(key));
    }
    return ValidationResult::ok();
}

ValidationResult MainCfValidator::validate(const QString &key, const QString &value)
{
    if (ValidationResult r = validateKey(key); !r) {
        return r;
    }
    if (value.contains(u'\n') || value.contains(u'\r')) {
        return ValidationResult::invalid(
            key, QCoreApplication::translate("PostfixValidation", "%1: the value must be a single line.").arg(key));
    }
    if (value.contains(QChar(0))) {
        return ValidationResult::invalid(
            key, QCoreApplication::translate("PostfixValidation", "%1: the value contains a NUL character.").arg(key));
    }
    for (QChar c : value) {
        if (c.category() == QChar::Other_Control) {
            const QString code = QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
            return ValidationResult::invalid(
                key,
                QCoreApplication::translate("PostfixValidation", "%1: the value contains the control character U+%2.")
                    .arg(key, code));
        }
    }
    const QString problem = checks().at(key)(trimmed(value));
    if (!problem.isEmpty()) {
        //: %1 is a main.cf parameter name, %2 a sentence saying what is wrong with its value
        return ValidationResult::invalid(key,
                                         QCoreApplication::translate("PostfixValidation", "%1: %2").arg(key, problem));
    }
    return ValidationResult::ok();
}

} // namespace Mailroom
