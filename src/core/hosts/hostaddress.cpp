// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostaddress.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace Mailroom {

namespace {
// POSIX portable user names (and what Debian's adduser allows): no "@", no leading "-".
bool isUserName(const QString &user)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.][A-Za-z0-9_.-]{0,31}$"));
    return re.match(user).hasMatch();
}

// A DNS name (letters, digits, hyphens in labels; a trailing dot allowed) or an ssh_config alias
// of the same characters, or an IPv4 address. Never starts with "-".
bool isHostName(const QString &host)
{
    static const QRegularExpression re(QStringLiteral(
        "^(?=.{1,253}\\.?$)[A-Za-z0-9_]([A-Za-z0-9_-]{0,62})(\\.[A-Za-z0-9_]([A-Za-z0-9_-]{0,62}))*\\.?$"));
    return re.match(host).hasMatch();
}
} // namespace

HostAddress HostAddress::parse(const QString &input, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error) {
            *error = why;
        }
        return HostAddress {};
    };
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return fail(QCoreApplication::translate("HostAddress", "No host given: write it as [user@]host[:port]."));
    }
    HostAddress a;
    QString rest = text;
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        a.user = rest.left(at);
        rest = rest.mid(at + 1);
        if (!isUserName(a.user)) {
            return fail(QCoreApplication::translate("HostAddress", "\"%1\" is not a user name.").arg(a.user));
        }
    }
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            return fail(QCoreApplication::translate("HostAddress", "\"%1\" has \"[\" without \"]\".").arg(text));
        }
        a.host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(QLatin1Char(':'))) {
            return fail(QCoreApplication::translate("HostAddress", "\"%1\" is not [address]:port.").arg(text));
        }
        portText = after.mid(1);
        if (!after.isEmpty() && portText.isEmpty()) {
            return fail(QCoreApplication::translate("HostAddress", "\"%1\" has no port after \":\".").arg(text));
        }
        QHostAddress ip;
        if (!ip.setAddress(a.host) || ip.protocol() != QAbstractSocket::IPv6Protocol) {
            return fail(QCoreApplication::translate("HostAddress", "\"%1\" is not an IPv6 address.").arg(a.host));
        }
    } else if (rest.count(QLatin1Char(':')) > 1) {
        // A bare IPv6 address (no port can follow without brackets).
        QHostAddress ip;
        if (!ip.setAddress(rest) || ip.protocol() != QAbstractSocket::IPv6Protocol) {
            return fail(QCoreApplication::translate("HostAddress", "\"%1\" is not a host name or address.").arg(rest));
        }
        a.host = rest;
    } else {
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        a.host = colon < 0 ? rest : rest.left(colon);
        if (colon >= 0) {
            portText = rest.mid(colon + 1);
            if (portText.isEmpty()) {
                return fail(QCoreApplication::translate("HostAddress", "\"%1\" has no port after \":\".").arg(text));
            }
        }
        if (!isHostName(a.host)) {
            return fail(
                QCoreApplication::translate("HostAddress", "\"%1\" is not a host name or address.").arg(a.host));
        }
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint port = portText.toUInt(&ok);
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,5}$"));
        if (!ok || !digits.match(portText).hasMatch() || port < 1 || port > 65535) {
            return fail(QCoreApplication::translate("HostAddress", "\"%1\" is not a port (1 to 65535).").arg(portText));
        }
        a.port = int(port);
    }
    return a;
}

QString HostAddress::toString() const
{
    if (!isValid()) {
        return {};
    }
    QString s = user.isEmpty() ? QString() : user + QLatin1Char('@');
    const bool ipv6 = host.contains(QLatin1Char(':'));
    if (port != 0) {
        s += (ipv6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':') + QString::number(port);
    } else {
        s += host;
    }
    return s;
}

QStringList HostAddress::sshArguments() const
{
    QStringList args;
    if (port != 0) {
        args << QStringLiteral("-p") << QString::number(port);
    }
    args << QStringLiteral("--") << (user.isEmpty() ? host : user + QLatin1Char('@') + host);
    return args;
}

} // namespace Mailroom
