// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/mynetworks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QNetworkInterface>
#include <QSet>

#include <algorithm>

namespace Mailroom {

namespace {

QHostAddress masked(const QHostAddress &ip, int prefix)
{
    if (ip.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 mask = prefix <= 0 ? 0 : (prefix >= 32 ? 0xffffffffu : ~((1u << (32 - prefix)) - 1));
        return QHostAddress(ip.toIPv4Address() & mask);
    }
    Q_IPV6ADDR bytes = ip.toIPv6Address();
    for (int i = 0; i < 16; ++i) {
        const int keep = std::clamp(prefix - i * 8, 0, 8);
        bytes[i] &= keep == 0 ? 0 : static_cast<quint8>(0xff << (8 - keep));
    }
    return QHostAddress(bytes);
}

QString addressCount(int hostBits)
{
    return QLocale().toString(qulonglong(1) << hostBits);
}

} // namespace

QList<MyNetworks::InterfaceAddress> MyNetworks::fromInterfaces(const QList<QNetworkInterface> &interfaces)
{
    QList<InterfaceAddress> out;
    for (const QNetworkInterface &iface : interfaces) {
        if (!(iface.flags() & QNetworkInterface::IsUp)) {
            continue;
        }
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            out.append({entry.ip(), entry.prefixLength()});
        }
    }
    return out;
}

QList<MyNetworks::Entry> MyNetworks::derive(Style style, const QList<InterfaceAddress> &addresses, bool ipv4, bool ipv6)
{
    QList<Entry> out;
    QSet<QString> seen;
    for (const bool v4pass : {true, false}) {
        if ((v4pass && !ipv4) || (!v4pass && !ipv6)) {
            continue;
        }
        for (const InterfaceAddress &a : addresses) {
            QHostAddress ip = a.ip;
            ip.setScopeId(QString());
            const bool isV4 = ip.protocol() == QAbstractSocket::IPv4Protocol;
            if (isV4 != v4pass || ip.protocol() == QAbstractSocket::UnknownNetworkLayerProtocol) {
                continue;
            }
            if ((isV4 && ip == QHostAddress(QHostAddress::AnyIPv4))
                || (!isV4 && ip == QHostAddress(QHostAddress::AnyIPv6))) {
                continue;
            }
            const int bits = isV4 ? 32 : 128;
            const int known = (a.prefixLength < 0 || a.prefixLength > bits) ? bits : a.prefixLength;
            int prefix = bits;
            QString why;
            const QString addr = ip.toString();
            switch (style) {
            case Style::Host:
                prefix = bits;
                break;
            case Style::Subnet:
                prefix = known;
                break;
            case Style::Class:
                if (!isV4) {
                    prefix = known; // no classes in IPv6: Postfix uses the subnet
                    break;
                }
                {
                    const quint32 v = ip.toIPv4Address();
                    if ((v & 0x80000000u) == 0) {
                        prefix = 8;
                    } else if ((v & 0xc0000000u) == 0x80000000u) {
                        prefix = 16;
                    } else if ((v & 0xe0000000u) == 0xc0000000u) {
                        prefix = 24;
                    } else if ((v & 0xf0000000u) == 0xe0000000u) {
                        prefix = 4;
                    } else {
                        continue; // class E: Postfix stops with "unknown address class"
                    }
                }
                break;
            }
            const QString net = masked(ip, prefix).toString();
            const QString network
                = isV4 ? QStringLiteral("%1/%2").arg(net).arg(prefix) : QStringLiteral("[%1]/%2").arg(net).arg(prefix);
            if (seen.contains(network)) {
                continue;
            }
            seen.insert(network);

            if (ip.isLoopback()) {
                //: %1 is a network such as 127.0.0.0/8
                why = QCoreApplication::translate("MyNetworks", "%1: this computer itself (its loopback address).")
                          .arg(network);
            } else if (prefix == bits) {
                //: %1 is a network such as 192.168.1.17/32, %2 an address
                why = QCoreApplication::translate("MyNetworks", "%1: only this computer, at its address %2.")
                          .arg(network, addr);
            } else if (style == Style::Class && isV4) {
                const QString letter = prefix == 8 ? QStringLiteral("A")
                    : prefix == 16                 ? QStringLiteral("B")
                    : prefix == 24                 ? QStringLiteral("C")
                                                   : QStringLiteral("D");
                //: %1 network, %2 class letter A/B/C/D, %3 this computer's address, %4 number of addresses
                why = QCoreApplication::translate(
                          "MyNetworks",
                          "%1: the whole class %2 network around %3 (%4 addresses), usually much more than your own "
                          "network.")
                          .arg(network, letter, addr, addressCount(bits - prefix));
            } else if (isV4) {
                //: %1 network, %2 this computer's address, %3 number of addresses
                why = QCoreApplication::translate("MyNetworks",
                                                  "%1: every computer on the local network of %2 (%3 addresses).")
                          .arg(network, addr, addressCount(bits - prefix));
            } else {
                //: %1 network, %2 this computer's address
                why = QCoreApplication::translate("MyNetworks", "%1: every computer on the local IPv6 network of %2.")
                          .arg(network, addr);
            }
            out.append({network, why});
        }
    }
    return out;
}

QString MyNetworks::value(const QList<Entry> &entries)
{
    QStringList networks;
    for (const Entry &e : entries) {
        networks.append(e.network);
    }
    return networks.join(u' ');
}

QString MyNetworks::explain(Style style)
{
    switch (style) {
    case Style::Host:
        return QCoreApplication::translate(
            "MyNetworks",
            "Only this computer may send mail through Postfix without logging in; the safe choice and "
            "Postfix's default.");
    case Style::Subnet:
        return QCoreApplication::translate(
            "MyNetworks",
            "Every computer on the same local network as this one may send mail through Postfix; fine on a "
            "small home or office network you control.");
    case Style::Class:
        return QCoreApplication::translate(
            "MyNetworks",
            "Every computer in the whole old-style class A, B or C network around this one may send mail "
            "through Postfix; this usually includes strangers and is not recommended.");
    }
    return {};
}

QString MyNetworks::explainCustomList()
{
    return QCoreApplication::translate(
        "MyNetworks", "Only the computers and networks you list may send mail through Postfix without logging in.");
}

QString MyNetworks::toString(Style style)
{
    switch (style) {
    case Style::Host:
        return QStringLiteral("host");
    case Style::Subnet:
        return QStringLiteral("subnet");
    case Style::Class:
        return QStringLiteral("class");
    }
    return {};
}

std::optional<MyNetworks::Style> MyNetworks::styleFromString(const QString &text)
{
    if (text == QLatin1String("host")) {
        return Style::Host;
    }
    if (text == QLatin1String("subnet")) {
        return Style::Subnet;
    }
    if (text == QLatin1String("class")) {
        return Style::Class;
    }
    return std::nullopt;
}

} // namespace Mailroom
