// SPDX-License-Identifier: GPL-2.0-or-later
#include "systeminspector.h"

#include "programrunner.h"

#include <QFile>
#include <QFileInfo>
#include <QSysInfo>

namespace
{
QByteArray readSmallFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.read(1 << 20);
}

QString osReleaseValue(const QByteArray &text, const QByteArray &key)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.startsWith(key + '=')) {
            QByteArray v = line.mid(key.size() + 1).trimmed();
            if (v.size() >= 2 && (v.startsWith('"') || v.startsWith('\''))) {
                v = v.mid(1, v.size() - 2);
            }
            return QString::fromUtf8(v);
        }
    }
    return {};
}

bool dpkgPackageOwns(const QString &package, const QByteArray &path)
{
    const QByteArray list = readSmallFile(QStringLiteral("/var/lib/dpkg/info/%1.list").arg(package));
    return list.split('\n').contains(path);
}
} // namespace

QString SystemInspector::distroFamily()
{
    const QByteArray osr = readSmallFile(QStringLiteral("/etc/os-release"));
    const QString ids = osReleaseValue(osr, "ID") + QLatin1Char(' ') + osReleaseValue(osr, "ID_LIKE");
    const QStringList words = ids.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.contains(QLatin1String("debian")) || words.contains(QLatin1String("ubuntu"))) {
        return QStringLiteral("debian");
    }
    if (words.contains(QLatin1String("rhel")) || words.contains(QLatin1String("fedora")) || words.contains(QLatin1String("centos"))) {
        return QStringLiteral("rhel");
    }
    return QStringLiteral("other");
}

Mailroom::SystemInfo SystemInspector::systemInfo()
{
    Mailroom::SystemInfo info;
    const QByteArray osr = readSmallFile(QStringLiteral("/etc/os-release"));
    info.distroFamily = distroFamily();
    info.prettyName = osReleaseValue(osr, "PRETTY_NAME");
    info.hostName = QSysInfo::machineHostName();
    if (ProgramRunner::exists(ProgramRunner::Program::Postconf)) {
        const auto r = ProgramRunner::run(ProgramRunner::Program::Postconf, {QStringLiteral("-h"), QStringLiteral("mail_version")});
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
    const struct {
        quint16 port;
        const char *purpose;
    } wanted[] = {{25, "smtp"}, {143, "imap"}, {587, "submission"}};
    for (const auto &w : wanted) {
        result.append({w.port, QString::fromLatin1(w.purpose), listening.contains(w.port)});
    }
    return result;
}
