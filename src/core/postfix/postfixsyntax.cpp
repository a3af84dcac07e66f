// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/postfixsyntax.h"

#include <QCoreApplication>

#include <arpa/inet.h>

#include <algorithm>
#include <array>

namespace Mailroom::PostfixSyntax {

namespace {

bool isDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
}

// inet_pton(3) on a string made only of address characters (no scope, no brackets).
bool pton(int family, const QString &text, unsigned char *out)
{
    if (text.isEmpty() || text.size() > 45) {
        return false;
    }
    for (QChar c : text) {
        const bool ok = (c >= u'0' && c <= u'9') || c == u'.'
            || (family == AF_INET6 && (c == u':' || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')));
        if (!ok) {
            return false;
        }
    }
    return inet_pton(family, text.toLatin1().constData(), out) == 1;
}

} // namespace

QStringList splitList(const QString &value)
{
    QStringList out;
    QString current;
    for (QChar c : value) {
        if (c == u',' || c == u' ' || c == u'\t' || c == u'\r' || c == u'\n') {
            if (!current.isEmpty()) {
                out.append(current);
                current.clear();
            }
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty()) {
        out.append(current);
    }
    return out;
}

bool isIpv4Address(const QString &text)
{
    unsigned char buf[4];
    return pton(AF_INET, text, buf);
}

bool isIpv6Address(const QString &text)
{
    unsigned char buf[16];
    return text.contains(u':') && pton(AF_INET6, text, buf);
}

QString hostnameProblem(const QString &name, bool requireDot)
{
    if (name.isEmpty()) {
        return QCoreApplication::translate("PostfixValidation", "The host name is empty.");
    }
    if (name.size() > 253) {
        return QCoreApplication::translate("PostfixValidation", "“%1” is longer than 253 characters.")
            .arg(name.left(40) + QStringLiteral("…"));
    }
    const QStringList labels = name.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty()) {
            return QCoreApplication::translate("PostfixValidation",
                                               "“%1” has an empty part between dots, or a dot at the start or end.")
                .arg(name);
        }
        if (label.size() > 63) {
            return QCoreApplication::translate("PostfixValidation", "“%1” has a part longer than 63 characters.")
                .arg(name);
        }
        for (QChar c : label) {
            const bool ok
                = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
            if (!ok) {
                return QCoreApplication::translate(
                           "PostfixValidation",
                           "“%1” contains “%2”; host names may only contain letters, digits, hyphens and dots.")
                    .arg(name, QString(c));
            }
        }
        if (label.startsWith(u'-') || label.endsWith(u'-')) {
            return QCoreApplication::translate("PostfixValidation",
                                               "“%1”: a part of a host name cannot start or end with a hyphen.")
                .arg(name);
        }
    }
    if (isDigits(labels.last())) {
        return QCoreApplication::translate(
                   "PostfixValidation",
                   "“%1” ends in a number, which makes it look like an IP address rather than a host name.")
            .arg(name);
    }
    if (requireDot && labels.size() < 2) {
        return QCoreApplication::translate(
                   "PostfixValidation",
                   "“%1” is not a fully qualified host name; write it with its domain, for example %1.example.com.")
            .arg(name);
    }
    return {};
}

QString networkProblem(const QString &pattern)
{
    if (pattern.startsWith(u'!')) {
        return QCoreApplication::translate("PostfixValidation", "“%1”: exceptions with “!” are not supported here.")
            .arg(pattern);
    }
    if (pattern.startsWith(u'/') || pattern.startsWith(u'$')) {
        return QCoreApplication::translate(
                   "PostfixValidation",
                   "“%1”: lists read from files are not supported here; write the networks themselves.")
            .arg(pattern);
    }
    QString address;
    QString length;
    bool hasLength = false;
    if (pattern.startsWith(u'[')) {
        const qsizetype close = pattern.indexOf(u']');
        if (close < 0) {
            return QCoreApplication::translate("PostfixValidation", "“%1” is missing the closing “]”.").arg(pattern);
        }
        QString inner = pattern.mid(1, close - 1);
        const QString rest = pattern.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u'/')) {
            return QCoreApplication::translate("PostfixValidation", "“%1” has unexpected text after “]”.").arg(pattern);
        }
        if (!rest.isEmpty()) {
            if (inner.contains(u'/')) {
                return QCoreApplication::translate("PostfixValidation", "“%1” has two network lengths.").arg(pattern);
            }
            hasLength = true;
            length = rest.mid(1);
        } else if (const qsizetype slash = inner.indexOf(u'/'); slash >= 0) {
            hasLength = true;
            length = inner.mid(slash + 1);
            inner.truncate(slash);
        }
        address = inner;
    } else {
        if (pattern.contains(u':')) {
            // Postfix would read "type:table" here; IPv6 needs brackets to be told apart.
            return QCoreApplication::translate(
                       "PostfixValidation",
                       "“%1”: write IPv6 addresses in brackets, for example [2001:db8::]/32; lookup tables are not "
                       "supported here.")
                .arg(pattern);
        }
        const qsizetype slash = pattern.indexOf(u'/');
        address = slash < 0 ? pattern : pattern.left(slash);
        if (slash >= 0) {
            hasLength = true;
            length = pattern.mid(slash + 1);
        }
    }

    const bool v6 = address.contains(u':');
    std::array<unsigned char, 16> bytes {};
    const int family = v6 ? AF_INET6 : AF_INET;
    if (!pton(family, address, bytes.data())) {
        if (v6) {
            return QCoreApplication::translate("PostfixValidation", "“%1” is not a valid IPv6 address.").arg(address);
        }
        if (!address.isEmpty()
            && std::all_of(address.cbegin(), address.cend(), [](QChar c) { return c.isDigit() || c == u'.'; })) {
            return QCoreApplication::translate(
                       "PostfixValidation",
                       "“%1” is not a valid IPv4 address: it needs four numbers from 0 to 255 without leading zeros.")
                .arg(address);
        }
        return QCoreApplication::translate("PostfixValidation",
                                           "“%1” is not an IP address or network; host names are not supported here.")
            .arg(pattern);
    }
    const int bits = v6 ? 128 : 32;
    if (!hasLength) {
        return {};
    }
    if (!isDigits(length) || length.size() > 3 || length.toInt() > bits) {
        return QCoreApplication::translate("PostfixValidation",
                                           "“%1”: the network length must be a number from 0 to %2.")
            .arg(pattern)
            .arg(bits);
    }
    const int prefix = length.toInt();
    bool hostBits = false;
    std::array<unsigned char, 16> net = bytes;
    for (int i = 0; i < bits / 8; ++i) {
        const int keep = std::clamp(prefix - i * 8, 0, 8);
        const unsigned char mask = keep == 0 ? 0 : static_cast<unsigned char>(0xff << (8 - keep));
        if (bytes[i] & ~mask) {
            hostBits = true;
        }
        net[i] = bytes[i] & mask;
    }
    if (hostBits) {
        char text[INET6_ADDRSTRLEN] = {};
        inet_ntop(family, net.data(), text, sizeof text);
        const QString fixed = v6 ? QStringLiteral("[%1]/%2").arg(QLatin1String(text)).arg(prefix)
                                 : QStringLiteral("%1/%2").arg(QLatin1String(text)).arg(prefix);
        return QCoreApplication::translate(
                   "PostfixValidation",
                   "“%1” has bits set after the first %2 bits; Postfix would stop with a fatal error. "
                   "Did you mean %3?")
            .arg(pattern)
            .arg(prefix)
            .arg(fixed);
    }
    return {};
}

QString relayhostProblem(const QString &value)
{
    if (value.contains(u',') || value.contains(u' ') || value.contains(u'\t')) {
        return QCoreApplication::translate("PostfixValidation", "Only one relay host can be set here.");
    }
    QString host;
    QString port;
    bool hasPort = false;
    if (value.startsWith(u'[')) {
        const qsizetype close = value.indexOf(u']');
        if (close < 0) {
            return QCoreApplication::translate("PostfixValidation", "“%1” is missing the closing “]”.").arg(value);
        }
        host = value.mid(1, close - 1);
        const QString rest = value.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':')) {
                return QCoreApplication::translate("PostfixValidation",
                                                   "“%1” has unexpected text after “]”; only “:port” may follow.")
                    .arg(value);
            }
            hasPort = true;
            port = rest.mid(1);
        }
        if (host.startsWith(QLatin1String("ipv6:"), Qt::CaseInsensitive)) {
            if (!isIpv6Address(host.mid(5))) {
                return QCoreApplication::translate("PostfixValidation", "“%1” is not a valid IPv6 address.")
                    .arg(host.mid(5));
            }
        } else if (host.contains(u':')) {
            if (!isIpv6Address(host)) {
                return QCoreApplication::translate("PostfixValidation", "“%1” is not a valid IPv6 address.").arg(host);
            }
        } else if (!isIpv4Address(host)) {
            if (const QString p = hostnameProblem(host, false); !p.isEmpty()) {
                return p;
            }
        }
    } else {
        const qsizetype colon = value.lastIndexOf(u':');
        host = colon < 0 ? value : value.left(colon);
        if (colon >= 0) {
            hasPort = true;
            port = value.mid(colon + 1);
        }
        if (host.contains(u':')) {
            return QCoreApplication::translate(
                "PostfixValidation", "Write an IPv6 relay address in brackets, for example [2001:db8::1]:587.");
        }
        if (isIpv4Address(host)) {
            // Without brackets Postfix looks up MX records for the "name" 192.0.2.1.
            return QCoreApplication::translate(
                       "PostfixValidation",
                       "Put an IP address in brackets, for example [%1]; without them Postfix treats it as a domain "
                       "name and looks up its MX records.")
                .arg(host);
        }
        if (const QString p = hostnameProblem(host, false); !p.isEmpty()) {
            return p;
        }
    }
    if (hasPort) {
        bool ok = false;
        const int number = port.toInt(&ok);
        if (!isDigits(port) || !ok || number < 1 || number > 65535) {
            return QCoreApplication::translate("PostfixValidation", "“%1” is not a port number from 1 to 65535.")
                .arg(port);
        }
    }
    return {};
}

bool isKnownParameter(const QString &name)
{
    static const QStringList known {
        QStringLiteral("myhostname"),
        QStringLiteral("mydomain"),
        QStringLiteral("myorigin"),
        QStringLiteral("mydestination"),
        QStringLiteral("inet_interfaces"),
        QStringLiteral("proxy_interfaces"),
        QStringLiteral("inet_protocols"),
        QStringLiteral("mynetworks"),
        QStringLiteral("mynetworks_style"),
        QStringLiteral("relayhost"),
        QStringLiteral("relay_domains"),
        QStringLiteral("config_directory"),
        QStringLiteral("queue_directory"),
        QStringLiteral("daemon_directory"),
        QStringLiteral("data_directory"),
        QStringLiteral("meta_directory"),
        QStringLiteral("shlib_directory"),
        QStringLiteral("command_directory"),
        QStringLiteral("mail_name"),
        QStringLiteral("mail_version"),
        QStringLiteral("mail_owner"),
        QStringLiteral("alias_database"),
        QStringLiteral("alias_maps"),
        QStringLiteral("home_mailbox"),
        QStringLiteral("mail_spool_directory"),
        QStringLiteral("message_size_limit"),
        QStringLiteral("mailbox_size_limit"),
        QStringLiteral("smtp_sasl_auth_enable"),
        QStringLiteral("smtp_sasl_password_maps"),
        QStringLiteral("smtp_sasl_security_options"),
        QStringLiteral("smtp_sasl_tls_security_options"),
        QStringLiteral("smtp_tls_security_level"),
        QStringLiteral("smtp_tls_CAfile"),
        QStringLiteral("smtp_tls_CApath"),
        QStringLiteral("smtp_tls_wrappermode"),
        QStringLiteral("default_database_type"),
        QStringLiteral("compatibility_level"),
        QStringLiteral("smtpd_banner"),
        QStringLiteral("biff"),
        QStringLiteral("recipient_delimiter"),
    };
    return known.contains(name);
}

std::optional<QString> substituteReferences(const QString &text, const QStringList &allowed, QString *problem)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'$') {
            out.append(c);
            continue;
        }
        QString name;
        qsizetype next = i + 1;
        if (next < text.size() && (text.at(next) == u'{' || text.at(next) == u'(')) {
            const QChar close = text.at(next) == u'{' ? u'}' : u')';
            qsizetype j = next + 1;
            while (j < text.size() && isNameChar(text.at(j))) {
                ++j;
            }
            if (j >= text.size() || text.at(j) != close || j == next + 1) {
                *problem = QCoreApplication::translate(
                               "PostfixValidation",
                               "“%1”: only simple references such as $mydomain or ${mydomain} are supported.")
                               .arg(text);
                return std::nullopt;
            }
            name = text.mid(next + 1, j - next - 1);
            i = j;
        } else {
            qsizetype j = next;
            while (j < text.size() && isNameChar(text.at(j))) {
                ++j;
            }
            if (j == next) {
                *problem = QCoreApplication::translate("PostfixValidation",
                                                       "“%1” contains a “$” that does not start a parameter reference.")
                               .arg(text);
                return std::nullopt;
            }
            name = text.mid(next, j - next);
            i = j - 1;
        }
        if (!isKnownParameter(name)) {
            *problem = QCoreApplication::translate("PostfixValidation", "“$%1” is not a Postfix parameter.").arg(name);
            return std::nullopt;
        }
        if (!allowed.contains(name)) {
            QStringList refs;
            for (const QString &a : allowed) {
                refs.append(u'$' + a);
            }
            *problem = refs.isEmpty()
                ? QCoreApplication::translate("PostfixValidation", "“$%1” cannot be used here.").arg(name)
                : QCoreApplication::translate("PostfixValidation",
                                              "“$%1” cannot be used here; possible references are %2.")
                      .arg(name, refs.join(QStringLiteral(", ")));
            return std::nullopt;
        }
        out.append(u'x');
    }
    return out;
}

} // namespace Mailroom::PostfixSyntax
