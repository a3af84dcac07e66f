// SPDX-License-Identifier: GPL-2.0-or-later
#include "packagekitmanager.h"

#include "packagekittransaction.h"

#include <QLoggingCategory>

namespace {
// PkBitfield values: 1 << PkFilterEnum / PkTransactionFlagEnum.
constexpr quint64 FilterInstalled = quint64(1) << 2;
constexpr quint64 FilterNotInstalled = quint64(1) << 3;
constexpr quint64 FilterNewest = quint64(1) << 16;
constexpr quint64 FilterArch = quint64(1) << 18;
constexpr quint64 FilterNone = quint64(1) << 1;
constexpr quint64 FlagOnlyTrusted = quint64(1) << 1;
constexpr quint64 FlagSimulate = quint64(1) << 2;
// PkInfoEnum
constexpr uint InfoInstalled = 1;
constexpr uint InfoAvailable = 2;
} // namespace

PackageKitManager::PackageKitManager(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{ }

void PackageKitManager::query(const QStringList &names, QueryDone done)
{
    auto *tx = new PackageKitTransaction(m_bus, this);
    connect(tx, &PackageKitTransaction::finished, this, [tx, names, done](bool ok, bool) {
        tx->deleteLater();
        if (!ok) {
            done({}, tx->errorText());
            return;
        }
        QList<PackageInfo> result;
        for (const QString &name : names) {
            PackageInfo info;
            info.name = name;
            for (const auto &p : tx->packages()) {
                if (PackageKitTransaction::packageName(p.id) != name) {
                    continue;
                }
                if (p.info == InfoInstalled) {
                    info.installed = true;
                    info.version = PackageKitTransaction::packageVersion(p.id);
                } else if (!info.installed && info.version.isEmpty()) {
                    info.version = PackageKitTransaction::packageVersion(p.id);
                }
            }
            result.append(info);
        }
        done(result, QString());
    });
    tx->run(QStringLiteral("Resolve"), {QVariant::fromValue(FilterNone), names});
}

QString PackageKitManager::install(const QStringList &names, Progress progress, Done done)
{
    return change(names, true, std::move(progress), std::move(done));
}

QString PackageKitManager::remove(const QStringList &names, Progress progress, Done done)
{
    return change(names, false, std::move(progress), std::move(done));
}

void PackageKitManager::simulateRemove(const QStringList &names, SimulateDone done)
{
    auto *resolve = new PackageKitTransaction(m_bus, this);
    connect(resolve, &PackageKitTransaction::finished, this, [=, this](bool ok, bool) {
        resolve->deleteLater();
        if (!ok) {
            done({}, resolve->errorText());
            return;
        }
        QStringList ids;
        for (const auto &p : resolve->packages()) {
            if (p.info == InfoInstalled) {
                ids << p.id;
            }
        }
        if (ids.isEmpty()) {
            done({}, QString());
            return;
        }
        // The same call remove() makes, with the simulate flag: PackageKit reports each
        // package the removal would take, dependents included, and changes nothing.
        auto *tx = new PackageKitTransaction(m_bus, this);
        connect(tx, &PackageKitTransaction::finished, this, [=](bool ok2, bool) {
            tx->deleteLater();
            if (!ok2) {
                done({}, tx->errorText());
                return;
            }
            QStringList removed;
            for (const auto &p : tx->packages()) {
                const QString name = PackageKitTransaction::packageName(p.id);
                // Every package reported counts, whatever its info (removing, installing, …).
                if (!removed.contains(name)) {
                    removed << name;
                }
            }
            done(removed, QString());
        });
        tx->run(QStringLiteral("RemovePackages"),
                {QVariant::fromValue(FlagOnlyTrusted | FlagSimulate), ids, true, false});
    });
    resolve->run(QStringLiteral("Resolve"), {QVariant::fromValue(FilterInstalled), names});
}

QString PackageKitManager::change(const QStringList &names, bool install, Progress progress, Done done)
{
    const QString id
        = QStringLiteral("%1-%2").arg(install ? QStringLiteral("install") : QStringLiteral("remove")).arg(m_nextId++);

    // Step 1: resolve names to package ids in the right state.
    auto *resolve = new PackageKitTransaction(m_bus, this);
    m_running.insert(id, resolve);
    connect(resolve, &PackageKitTransaction::finished, this, [=, this](bool ok, bool cancelled) {
        resolve->deleteLater();
        if (!ok) {
            m_running.remove(id);
            done(false, cancelled, resolve->errorText());
            return;
        }
        QStringList ids;
        for (const auto &p : resolve->packages()) {
            if ((install && p.info == InfoAvailable) || (!install && p.info == InfoInstalled)) {
                ids << p.id;
            }
        }
        if (ids.isEmpty()) {
            // Nothing to do is success: the requested end state holds already.
            m_running.remove(id);
            progress(100, QStringLiteral("finished"), QString());
            done(true, false, install ? QStringLiteral("already installed") : QStringLiteral("not installed"));
            return;
        }
        // Step 2: the change itself.
        auto *tx = new PackageKitTransaction(m_bus, this);
        m_running.insert(id, tx);
        connect(tx, &PackageKitTransaction::progress, this,
                [progress](uint percent, const QString &status, const QString &package) {
                    progress(percent, status, package);
                });
        connect(tx, &PackageKitTransaction::finished, this, [=, this](bool ok2, bool cancelled2) {
            tx->deleteLater();
            m_running.remove(id);
            done(ok2, cancelled2, ok2 ? QString() : tx->errorText());
        });
        if (install) {
            tx->run(QStringLiteral("InstallPackages"), {QVariant::fromValue(FlagOnlyTrusted), ids});
        } else {
            // allow_deps: removing sendmail-bin also removes the sendmail metapackage.
            tx->run(QStringLiteral("RemovePackages"), {QVariant::fromValue(FlagOnlyTrusted), ids, true, false});
        }
    });
    const quint64 filter = (install ? FilterNotInstalled | FilterNewest | FilterArch : FilterInstalled);
    resolve->run(QStringLiteral("Resolve"), {QVariant::fromValue(filter), names});
    return id;
}

bool PackageKitManager::cancel(const QString &operation)
{
    const auto tx = m_running.value(operation);
    if (!tx) {
        return false;
    }
    tx->cancel();
    return true;
}
