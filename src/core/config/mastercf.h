// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Mailroom::Config {

// master.cf as Postfix's master reads it (master_ent.c, postconf_master.c), for showing the
// service table beside the text; the text itself is never rewritten here.
//
//  - a logical line starts with non-whitespace; lines starting with whitespace continue it;
//    empty lines and lines whose first non-whitespace character is '#' are ignored, also
//    between continuation lines;
//  - fields are separated by whitespace: service, type, private, unpriv, chroot, wakeup,
//    maxproc, command, then the command's arguments; "-o name=value" (or "-o { name = value }",
//    or "-oname=value") override main.cf parameters for that service;
//  - fewer than 8 fields is Postfix's "bad field count"; a type other than inet, unix,
//    unix-dgram, fifo or pass is refused.
//
// Commented-out services ("#submission inet n - y - - smtpd" and its "#  -o …" lines, as
// Debian ships them) are parsed too, with enabled false, so the rows view can show what
// uncommenting a line would give.
class MasterCf
{
public:
    struct Service
    {
        QString name; // "smtp", "127.0.0.1:10025", …
        QString type; // inet, unix, unix-dgram, fifo, pass
        QString privateField; // y, n or -
        QString unprivileged;
        QString chroot;
        QString wakeup;
        QString maxproc;
        QString command; // "smtpd"
        QStringList arguments; // everything after the command except the -o overrides
        QStringList overrides; // "name=value" from -o, in order
        bool enabled = true;
        int firstLine = 0; // 1-based physical lines
        int lastLine = 0;
        bool operator==(const Service &) const = default;
        // "submission/inet", as postconf -M names it.
        QString id() const { return name + QLatin1Char('/') + type; }
    };
    struct Problem
    {
        int line = 0;
        QString message; // translated (context "MasterCf")
        bool operator==(const Problem &) const = default;
    };

    static MasterCf fromByteArray(const QByteArray &text);
    QList<Service> services() const { return m_services; }
    // Only the enabled services' problems: commented lines are not Postfix's business.
    QList<Problem> problems() const { return m_problems; }
    static bool isServiceType(const QString &type);

private:
    QList<Service> m_services;
    QList<Problem> m_problems;
};

} // namespace Mailroom::Config
