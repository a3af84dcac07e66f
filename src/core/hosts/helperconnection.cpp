// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperconnection.h"

#include "helperapi.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace Mailroom {

namespace {
QAtomicInteger<int> connectionCounter;

// ssh's last non-empty lines (its log holds warnings before the reason, e.g. known_hosts notes).
QString sshSays(QTemporaryFile *log)
{
    if (!log) {
        return {};
    }
    QFile f(log->fileName());
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray tail = f.read(64 * 1024);
    QStringList lines;
    for (const QByteArray &line : tail.split('\n')) {
        const QString l = QString::fromLocal8Bit(line).trimmed().remove(QLatin1Char('\r'));
        if (!l.isEmpty()) {
            lines << l;
        }
    }
    return lines.mid(qMax(0, lines.size() - 3)).join(QLatin1Char(' '));
}
} // namespace

HelperConnection::HelperConnection() = default;

QDBusConnection HelperConnection::bus() const
{
    return isRemote() ? QDBusConnection(m_name) : QDBusConnection::systemBus();
}

bool HelperConnection::isConnected() const
{
    return bus().isConnected();
}

QString HelperConnection::failure() const
{
    if (!isRemote()) {
        return {};
    }
    const QString said = sshSays(m_sshLog.get());
    if (m_opened) {
        // It worked, and ended since: ssh's reason when it gave one (a timeout, a reset).
        return said.isEmpty() ? QCoreApplication::translate("HelperConnection", "The SSH connection to %1 was closed.")
                                    .arg(m_host.toString())
                              : QCoreApplication::translate("HelperConnection", "The SSH connection to %1 was lost: %2")
                                    .arg(m_host.toString(), said);
    }
    if (!said.isEmpty()) {
        return QCoreApplication::translate("HelperConnection", "The SSH connection to %1 failed: %2")
            .arg(m_host.toString(), said);
    }
    return QCoreApplication::translate(
               "HelperConnection",
               "The SSH connection to %1 ended before the host's system bus answered. Is systemd-stdio-bridge "
               "there (it comes with systemd)?")
        .arg(m_host.toString());
}

void HelperConnection::close()
{
    if (isRemote()) {
        QDBusConnection::disconnectFromBus(m_name);
    }
}

QString HelperConnection::escapeAddressValue(const QString &value)
{
    QString out;
    for (const char c : value.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if ((u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '-' || u == '_'
            || u == '/' || u == '.' || u == '*') {
            out += QLatin1Char(c);
        } else {
            out += QStringLiteral("%%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        }
    }
    return out;
}

QString HelperConnection::dbusAddress(const HostAddress &host, const Options &options, const QString &sshLog)
{
    QStringList argv {QStringLiteral("ssh"), QStringLiteral("-xT")};
    if (!options.interactive) {
        argv << QStringLiteral("-oBatchMode=yes");
    }
    argv << QStringLiteral("-oConnectTimeout=%1").arg(options.connectTimeoutSeconds)
         // A dropped connection (cable, sleep, a killed sshd) is noticed within 15 s.
         << QStringLiteral("-oServerAliveInterval=5") << QStringLiteral("-oServerAliveCountMax=3");
    if (!sshLog.isEmpty()) {
        argv << QStringLiteral("-E") << sshLog;
    }
    argv << host.sshArguments() << QStringLiteral("systemd-stdio-bridge");
    QString address = QStringLiteral("unixexec:path=ssh");
    for (int i = 0; i < argv.size(); ++i) {
        address += QStringLiteral(",argv%1=%2").arg(i).arg(escapeAddressValue(argv.at(i)));
    }
    return address;
}

QString HelperConnection::checkVersion(const QDBusConnection &bus, const QString &hostName, int timeoutMs)
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        Api::ServiceName, Api::ObjectPath, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QString(Api::Interface) << QString(Api::VersionProperty);
    const QDBusMessage reply = bus.call(get, QDBus::Block, timeoutMs);
    if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()) {
        bool ok = false;
        const uint version = reply.arguments().constFirst().value<QDBusVariant>().variant().toUInt(&ok);
        if (ok && version == Api::Version) {
            return {};
        }
        if (ok) {
            return QCoreApplication::translate(
                       "HelperConnection",
                       "Mailroom's helper on %1 speaks version %2 of Mailroom's API, and this Mailroom speaks "
                       "version %3. Install the same Mailroom release on both.")
                .arg(hostName)
                .arg(version)
                .arg(Api::Version);
        }
    }
    const QString name = reply.errorName();
    if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
        || name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")) {
        return QCoreApplication::translate(
                   "HelperConnection",
                   "Mailroom is not installed on %1: its system bus has no Mailroom helper (mailroomd). "
                   "Install the mailroom package there.")
            .arg(hostName);
    }
    if (name == QLatin1String("org.freedesktop.DBus.Error.NoReply")
        || name == QLatin1String("org.freedesktop.DBus.Error.Disconnected") || !bus.isConnected()) {
        return QCoreApplication::translate("HelperConnection", "%1 did not answer (%2).")
            .arg(hostName, reply.errorMessage());
    }
    // Helpers before version 2 had no property (and their bus policy refused reading one).
    return QCoreApplication::translate(
               "HelperConnection",
               "Mailroom's helper on %1 is older: it does not announce its API version (versions before 2), "
               "and this Mailroom speaks version %2. Install the same Mailroom release on both.")
        .arg(hostName)
        .arg(Api::Version);
}

HelperConnection HelperConnection::open(const HostAddress &host, const Options &options, QString *error)
{
    HelperConnection c;
    c.m_host = host;
    c.m_name = QStringLiteral("mailroom-ssh-%1").arg(++connectionCounter);
    auto fail = [&](const QString &why) {
        if (error) {
            *error = why;
        }
        c.close();
        return c;
    };
    if (!host.isValid()) {
        return fail(QCoreApplication::translate("HelperConnection", "No host given."));
    }
    // ssh writes its own messages (host unknown, key refused…) to a file only this user reads.
    // $XDG_RUNTIME_DIR when the session has one (QStandardPaths would warn on stderr without it).
    QString dir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        dir = QDir::tempPath();
    }
    c.m_sshLog = std::make_shared<QTemporaryFile>(dir + QStringLiteral("/mailroom-ssh-XXXXXX.log"));
    if (!c.m_sshLog->open()) {
        return fail(
            QCoreApplication::translate("HelperConnection", "Cannot create a file for ssh's messages in %1.").arg(dir));
    }
    const QDBusConnection bus
        = QDBusConnection::connectToBus(dbusAddress(host, options, c.m_sshLog->fileName()), c.m_name);
    if (!bus.isConnected()) {
        return fail(c.failure());
    }
    const QString version = checkVersion(bus, host.host);
    if (!version.isEmpty()) {
        return fail(bus.isConnected() ? version : c.failure());
    }
    c.m_opened = true;
    return c;
}

} // namespace Mailroom
