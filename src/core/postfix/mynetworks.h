// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

class QNetworkInterface;

namespace Mailroom {

// The clients Postfix trusts to relay ("mynetworks"), as Postfix derives them from
// the interface addresses when mynetworks is not set (src/global/mynetworks.c):
//  - host:   each address alone (/32, /128);
//  - subnet: each address's own subnet, from its netmask;
//  - class:  IPv4: the whole class A (/8), B (/16), C (/24) or D (/4) network;
//            IPv6 has no classes, so subnet again.
// IPv4 networks come first, then IPv6 ones (in brackets); repeats are dropped,
// order kept; unspecified addresses (0.0.0.0, ::) and scope ids are ignored.
class MyNetworks
{
public:
    enum class Style
    {
        Host,
        Subnet,
        Class
    };

    struct InterfaceAddress
    {
        QHostAddress ip;
        int prefixLength = -1; // -1: unknown, treated as a single host
    };
    struct Entry
    {
        QString network; // as main.cf writes it: "192.168.1.0/24", "[fe80::]/64"
        QString explanation; // one translated sentence
        bool operator==(const Entry &) const = default;
    };

    // The addresses Postfix would see with inet_interfaces = all: those of interfaces that are up.
    static QList<InterfaceAddress> fromInterfaces(const QList<QNetworkInterface> &interfaces);

    static QList<Entry> derive(Style style, const QList<InterfaceAddress> &addresses, bool ipv4 = true,
                               bool ipv6 = true);
    // The mynetworks value for entries: networks separated by spaces.
    static QString value(const QList<Entry> &entries);

    // One plain sentence per choice, for people choosing who may relay.
    static QString explain(Style style);
    static QString explainCustomList();

    static QString toString(Style style);
    static std::optional<Style> styleFromString(const QString &text);
};

} // namespace Mailroom
