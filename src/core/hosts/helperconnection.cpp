// SPDX-License-Identifier: GPL-2.0-or-later
#include "helperconnection.h"

#include "helperapi.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryFile>

#include <sys/stat.h>
#include <unistd.h>

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

namespace {
// What every ssh Mailroom starts is told: no X11, a bounded connect, a dropped link noticed.
QStringList commonSshOptions(const HelperConnection::Options &options, const QString &sshLog)
{
    QStringList argv {QStringLiteral("-oConnectTimeout=%1").arg(options.connectTimeoutSeconds),
                      // A dropped connection (cable, sleep, a killed sshd) is noticed within 15 s.
                      QStringLiteral("-oServerAliveInterval=5"), QStringLiteral("-oServerAliveCountMax=3")};
    if (!sshLog.isEmpty()) {
        argv << QStringLiteral("-E") << sshLog;
    }
    return argv;
}
} // namespace

QString HelperConnection::dbusAddress(const HostAddress &host, const Options &options, const QString &sshLog,
                                      const QString &controlPath)
{
    QStringList argv {QStringLiteral("ssh"), QStringLiteral("-xT")};
    if (!options.interactive) {
        argv << QStringLiteral("-oBatchMode=yes");
    }
    if (!controlPath.isEmpty()) {
        argv << QStringLiteral("-oControlMaster=no") << QStringLiteral("-oControlPath=%1").arg(controlPath);
    }
    argv << commonSshOptions(options, sshLog) << host.sshArguments() << QStringLiteral("systemd-stdio-bridge");
    QString address = QStringLiteral("unixexec:path=ssh");
    for (int i = 0; i < argv.size(); ++i) {
        address += QStringLiteral(",argv%1=%2").arg(i).arg(escapeAddressValue(argv.at(i)));
    }
    return address;
}

QStringList HelperConnection::masterArguments(const HostAddress &host, const Options &options, const QString &sshLog,
                                              const QString &controlPath)
{
    // Logs in (asking through SSH_ASKPASS), runs `true` and leaves the master behind: it ends a
    // minute after its last session.
    return QStringList {QStringLiteral("-xT"), QStringLiteral("-oControlMaster=auto"),
                        QStringLiteral("-oControlPersist=60"), QStringLiteral("-oControlPath=%1").arg(controlPath)}
    + commonSshOptions(options, sshLog) + host.sshArguments() + QStringList {QStringLiteral("true")};
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

QString HelperConnection::masterControlPath()
{
    // A master's socket stands for the login: whoever can put one at the path ssh connects to
    // could answer for the host. Only a directory of this user's alone will do.
    QString dir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        dir = QDir::tempPath() + QStringLiteral("/mailroom-%1").arg(::getuid());
        ::mkdir(QFile::encodeName(dir).constData(), 0700);
    }
    struct stat st {};
    if (::lstat(QFile::encodeName(dir).constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::getuid()
        || (st.st_mode & 077) != 0) {
        return {};
    }
    // %C: a hash of this host, the host, the port and the user, so the path stays short.
    return dir + QStringLiteral("/mailroom-ssh-%C");
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
    QString controlPath;
    if (!options.askPass.isEmpty() && !options.interactive) {
        // The bus gives a connection 25 s to answer, too little for a person to read a host key
        // or type a password: log in first, with all the time needed, then use that login.
        // Without a private directory for its socket, no master: keys only, as in BatchMode.
        controlPath = masterControlPath();
    }
    if (!controlPath.isEmpty()) {
        QProcess ssh;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SSH_ASKPASS"), options.askPass);
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        env.insert(QStringLiteral("MAILROOM_ASKPASS"), QStringLiteral("1"));
        ssh.setProcessEnvironment(env);
        ssh.setStandardInputFile(QProcess::nullDevice());
        ssh.setStandardOutputFile(QProcess::nullDevice());
        ssh.setStandardErrorFile(QProcess::nullDevice());
        ssh.start(QStringLiteral("ssh"), masterArguments(host, options, c.m_sshLog->fileName(), controlPath));
        if (!ssh.waitForStarted()) {
            return fail(QCoreApplication::translate("HelperConnection", "Cannot run ssh: %1").arg(ssh.errorString()));
        }
        while (!ssh.waitForFinished(100)) {
            if (options.cancelled && options.cancelled->load()) {
                ssh.kill(); // the askpass window goes with it
                ssh.waitForFinished();
                return fail(QCoreApplication::translate("HelperConnection", "Cancelled."));
            }
        }
        if (ssh.exitStatus() != QProcess::NormalExit || ssh.exitCode() != 0) {
            return fail(c.failure());
        }
    }
    const QDBusConnection bus
        = QDBusConnection::connectToBus(dbusAddress(host, options, c.m_sshLog->fileName(), controlPath), c.m_name);
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
