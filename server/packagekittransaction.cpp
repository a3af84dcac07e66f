// SPDX-License-Identifier: GPL-2.0-or-later
#include "packagekittransaction.h"

#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPackageKit, "mailroom.helper.packagekit")

namespace {
const QString PkService = QStringLiteral("org.freedesktop.PackageKit");
const QString PkPath = QStringLiteral("/org/freedesktop/PackageKit");
const QString PkInterface = QStringLiteral("org.freedesktop.PackageKit");
const QString TxInterface = QStringLiteral("org.freedesktop.PackageKit.Transaction");
// PkExitEnum
constexpr uint ExitSuccess = 1;
constexpr uint ExitCancelled = 3;
// Installing Postfix with its dependencies downloads and configures several packages.
constexpr int CallTimeoutMs = 60 * 1000;

// PkStatusEnum as stable keywords; clients translate them (PackageProgress signal).
QString statusKeyword(uint status)
{
    switch (status) {
    case 1:
        return QStringLiteral("waiting");
    case 2:
        return QStringLiteral("setup");
    case 4:
    case 5:
        return QStringLiteral("query");
    case 6:
        return QStringLiteral("removing");
    case 7:
        return QStringLiteral("refreshing");
    case 8:
    case 20:
    case 21:
    case 22:
    case 23:
    case 24:
    case 25:
        return QStringLiteral("downloading");
    case 9:
        return QStringLiteral("installing");
    case 10:
        return QStringLiteral("updating");
    case 11:
        return QStringLiteral("cleaning-up");
    case 13:
        return QStringLiteral("resolving");
    case 14:
        return QStringLiteral("checking-signatures");
    case 15:
    case 16:
        return QStringLiteral("committing");
    case 18:
        return QStringLiteral("finished");
    case 19:
        return QStringLiteral("cancelling");
    case 27:
        return QStringLiteral("loading-cache");
    case 30:
        return QStringLiteral("waiting-for-lock");
    case 36:
        return QStringLiteral("running-hooks");
    default:
        return QStringLiteral("working");
    }
}
} // namespace

PackageKitTransaction::PackageKitTransaction(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{ }

void PackageKitTransaction::run(const QString &method, const QVariantList &args)
{
    auto *create = new QDBusPendingCallWatcher(
        m_bus.asyncCall(
            QDBusMessage::createMethodCall(PkService, PkPath, PkInterface, QStringLiteral("CreateTransaction")),
            CallTimeoutMs),
        this);
    connect(create, &QDBusPendingCallWatcher::finished, this, [this, method, args](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        QDBusPendingReply<QDBusObjectPath> reply = *w;
        if (reply.isError()) {
            fail(QStringLiteral("PackageKit is not available: %1").arg(reply.error().message()));
            return;
        }
        m_path = reply.value().path();
        m_bus.connect(PkService, m_path, TxInterface, QStringLiteral("Package"), this,
                      SLOT(onPackage(uint, QString, QString)));
        m_bus.connect(PkService, m_path, TxInterface, QStringLiteral("ErrorCode"), this,
                      SLOT(onErrorCode(uint, QString)));
        m_bus.connect(PkService, m_path, TxInterface, QStringLiteral("Finished"), this, SLOT(onFinished(uint, uint)));
        m_bus.connect(PkService, m_path, QStringLiteral("org.freedesktop.DBus.Properties"),
                      QStringLiteral("PropertiesChanged"), this,
                      SLOT(onPropertiesChanged(QString, QVariantMap, QStringList)));

        QDBusMessage hints = QDBusMessage::createMethodCall(PkService, m_path, TxInterface, QStringLiteral("SetHints"));
        hints << QStringList {QStringLiteral("interactive=false"), QStringLiteral("background=false")};
        m_bus.call(hints);

        QDBusMessage call = QDBusMessage::createMethodCall(PkService, m_path, TxInterface, method);
        call.setArguments(args);
        auto *start = new QDBusPendingCallWatcher(m_bus.asyncCall(call, CallTimeoutMs), this);
        connect(start, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *s) {
            s->deleteLater();
            if (s->isError()) {
                fail(s->error().message());
            }
        });
    });
}

void PackageKitTransaction::cancel()
{
    if (m_path.isEmpty() || m_done) {
        return;
    }
    m_bus.asyncCall(QDBusMessage::createMethodCall(PkService, m_path, TxInterface, QStringLiteral("Cancel")));
}

void PackageKitTransaction::onPackage(uint info, const QString &id, const QString &)
{
    m_packages.append({info, id});
    if (!m_status.isEmpty() && packageName(id) != m_package) {
        m_package = packageName(id);
        Q_EMIT progress(m_percent, m_status, m_package);
    }
}

void PackageKitTransaction::onErrorCode(uint code, const QString &details)
{
    qCWarning(lcPackageKit) << "error" << code << details;
    if (m_error.isEmpty()) {
        m_error = details.simplified();
    }
}

void PackageKitTransaction::onFinished(uint exit, uint)
{
    if (m_done) {
        return;
    }
    m_done = true;
    Q_EMIT progress(100, statusKeyword(18), QString());
    Q_EMIT finished(exit == ExitSuccess, exit == ExitCancelled);
}

void PackageKitTransaction::onPropertiesChanged(const QString &, const QVariantMap &changed, const QStringList &)
{
    bool update = false;
    if (changed.contains(QStringLiteral("Percentage"))) {
        const uint p = changed.value(QStringLiteral("Percentage")).toUInt();
        if (p <= 100) { // 101 means "unknown"
            m_percent = p;
            update = true;
        }
    }
    if (changed.contains(QStringLiteral("Status"))) {
        m_status = statusKeyword(changed.value(QStringLiteral("Status")).toUInt());
        update = true;
    }
    if (update) {
        Q_EMIT progress(m_percent, m_status, m_package);
    }
}

void PackageKitTransaction::fail(const QString &message)
{
    if (m_done) {
        return;
    }
    m_done = true;
    m_error = message;
    Q_EMIT finished(false, false);
}
