// SPDX-License-Identifier: GPL-2.0-or-later
#include "systeminspector.h"

#include "programrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

namespace {
QByteArray readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.read(1 << 20);
}

bool dpkgPackageOwns(const QString &package, const QByteArray &path)
{
    const QByteArray list = readSmallFile(QStringLiteral("/var/lib/dpkg/info/%1.list").arg(package));
    return list.split('\n').contains(path);
}
} // namespace

Mailroom::OsRelease SystemInspector::osRelease()
{
    // os-release(5): /etc first, /usr/lib as the fallback.
    QByteArray text = readSmallFile(QStringLiteral("/etc/os-release"));
    if (text.isEmpty()) {
        text = readSmallFile(QStringLiteral("/usr/lib/os-release"));
    }
    return Mailroom::OsRelease::parse(QString::fromUtf8(text));
}

QString SystemInspector::distroFamily()
{
    // The wire names stay "debian"/"rhel"/"other"; core's OsRelease knows the derivatives.
    switch (osRelease().family()) {
    case Mailroom::DistroFamily::DebianLike:
        return QStringLiteral("debian");
    case Mailroom::DistroFamily::RhelLike:
        return QStringLiteral("rhel");
    case Mailroom::DistroFamily::Other:
        break;
    }
    return QStringLiteral("other");
}

Mailroom::SystemInfo SystemInspector::systemInfo(const ProgramRunner &programs)
{
    Mailroom::SystemInfo info;
    info.distroFamily = distroFamily();
    info.prettyName = osRelease().prettyName;
    info.hostName = QSysInfo::machineHostName();
    if (programs.exists(ProgramRunner::Program::Postconf)) {
        const auto r
            = programs.run(ProgramRunner::Program::Postconf, {QStringLiteral("-h"), QStringLiteral("mail_version")});
        if (r.ok()) {
            info.postfixVersion = QString::fromUtf8(r.out).trimmed();
        }
    }
    // Who provides the sendmail interface that local programs (cron, mail) use?
    const QFileInfo sendmail(QStringLiteral("/usr/sbin/sendmail"));
    if (sendmail.exists()) {
        const QString target = sendmail.canonicalFilePath();
        // Debian: /etc/alternatives/sendmail -> /usr/libexec/sendmail/sendmail; RHEL: sendmail.sendmail.
        if (target.contains(QLatin1String("sm.bin")) || target.endsWith(QLatin1String(".sendmail"))
            || target.contains(QLatin1String("/sendmail/"))) {
            info.sendmailProvider = QStringLiteral("sendmail");
        } else if (target.contains(QLatin1String("postfix"))) {
            info.sendmailProvider = QStringLiteral("postfix");
        } else if (target.contains(QLatin1String("exim"))) {
            info.sendmailProvider = QStringLiteral("exim");
        } else if (dpkgPackageOwns(QStringLiteral("postfix"), "/usr/sbin/sendmail")) {
            info.sendmailProvider = QStringLiteral("postfix");
        } else if (dpkgPackageOwns(QStringLiteral("sendmail-bin"), "/usr/sbin/sendmail")) {
            info.sendmailProvider = QStringLiteral("sendmail");
        } else if (dpkgPackageOwns(QStringLiteral("exim4-daemon-light"), "/usr/sbin/sendmail")
                   || dpkgPackageOwns(QStringLiteral("exim4-base"), "/usr/sbin/sendmail")) {
            info.sendmailProvider = QStringLiteral("exim");
        } else {
            info.sendmailProvider = QStringLiteral("unknown");
        }
    }
    return info;
}

QList<quint16> SystemInspector::listeningPorts(const QByteArray &procNetTcp)
{
    QList<quint16> ports;
    const QList<QByteArray> lines = procNetTcp.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // first line is the header
        const QList<QByteArray> cols = lines.at(i).simplified().split(' ');
        if (cols.size() < 4 || cols.at(3) != "0A") { // 0A = TCP_LISTEN
            continue;
        }
        const QByteArray local = cols.at(1);
        const qsizetype colon = local.lastIndexOf(':');
        bool ok = false;
        const uint port = local.mid(colon + 1).toUInt(&ok, 16);
        if (ok && port <= 0xffff && !ports.contains(quint16(port))) {
            ports.append(quint16(port));
        }
    }
    return ports;
}

Mailroom::PortStateList SystemInspector::ports()
{
    // The helper runs in a private network namespace: ask for the host's (PID 1's) sockets.
    QList<quint16> listening = listeningPorts(readSmallFile(QStringLiteral("/proc/1/net/tcp")));
    listening += listeningPorts(readSmallFile(QStringLiteral("/proc/1/net/tcp6")));
    Mailroom::PortStateList result;
    const struct
    {
        quint16 port;
        const char *purpose;
    } wanted[] = {{25, "smtp"}, {143, "imap"}, {587, "submission"}, {993, "imaps"}};
    for (const auto &w : wanted) {
        result.append({w.port, QString::fromLatin1(w.purpose), listening.contains(w.port)});
    }
    return result;
}
