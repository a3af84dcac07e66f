// SPDX-License-Identifier: GPL-2.0-or-later
#include "packageoperations.h"

#include "helperapi.h"
#include "helpertypes.h"
#include "host.h"
#include "packagemanager.h"
#include "packagenames.h"

#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcPackages, "mailroom.helper.packages")

using namespace Mailroom;

PackageOperations::PackageOperations(Host *host, PackageManager *packages, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_packages(packages)
{ }

QString PackageOperations::distroFamily() const
{
    return m_host->distroFamily();
}

void PackageOperations::list(const Finished &done)
{
    const QString family = m_host->distroFamily();
    QStringList real;
    for (const QString &logical : PackageNames::logicalNames()) {
        real += PackageNames::forFamily(logical, family);
    }
    m_packages->query(real, [done, family](const QList<PackageManager::PackageInfo> &infos, const QString &error) {
        if (!error.isEmpty()) {
            done(OperationResult::failure(Api::Error::Failed, error));
            return;
        }
        PackageStateList list;
        for (const QString &logical : PackageNames::logicalNames()) {
            // A logical package is installed when its first (main) package is.
            const QString main = PackageNames::forFamily(logical, family).value(0);
            PackageState s {logical, false, QString()};
            for (const auto &i : infos) {
                if (i.name == main) {
                    s.installed = i.installed;
                    s.version = i.version;
                }
            }
            list.append(s);
        }
        done(OperationResult::success({QVariant::fromValue(list)}));
    });
}

void PackageOperations::start(const QString &name, bool install, const QString &caller, const Finished &done)
{
    const QStringList real = PackageNames::forFamily(name, m_host->distroFamily());
    qCInfo(lcPackages) << (install ? "install" : "remove") << name << "->" << real;
    if (install) {
        done(begin(real, true, caller));
        return;
    }
    // Security review finding 9: the package manager removes dependents along (sendmail-bin
    // takes the sendmail metapackage); anything outside the logical package's own set —
    // ca-certificates taking lintian or a web client with it — is refused, naming them.
    m_packages->simulateRemove(
        real, [this, name, real, caller, done](const QStringList &removed, const QString &error) {
            if (!error.isEmpty()) {
                done(OperationResult::failure(
                    Api::Error::Failed,
                    QStringLiteral("could not find out what removing %1 would remove: %2").arg(name, error)));
                return;
            }
            QStringList others;
            for (const QString &package : removed) {
                if (!real.contains(package)) {
                    others << package;
                }
            }
            if (!others.isEmpty()) {
                others.sort();
                qCWarning(lcPackages) << "refused: removing" << name << "would also remove" << others;
                done(OperationResult::failure(
                    Api::Error::Failed,
                    QStringLiteral("Removing %1 would also remove %2 other package(s) that depend on it: %3. "
                                   "Nothing was removed; remove those yourself first if you mean to.")
                        .arg(name)
                        .arg(others.size())
                        .arg(others.join(QStringLiteral(", ")))));
                return;
            }
            done(begin(real, false, caller));
        });
}

OperationResult PackageOperations::begin(const QStringList &real, bool install, const QString &caller)
{
    // The backend may report before it has returned the id: the holder is filled right after.
    auto operation = std::make_shared<QString>();
    auto onProgress = [this, operation](uint percent, const QString &status, const QString &package) {
        Q_EMIT progress(*operation, percent, status, package);
    };
    auto onDone = [this, operation](bool ok, bool cancelled, const QString &message) {
        m_owners.remove(*operation);
        Q_EMIT finished(*operation, ok, cancelled, message);
    };
    *operation = install ? m_packages->install(real, onProgress, onDone) : m_packages->remove(real, onProgress, onDone);
    m_owners.insert(*operation, caller);
    Q_EMIT started(*operation);
    return OperationResult::success({*operation});
}

OperationResult PackageOperations::cancel(const QString &operation, const QString &caller)
{
    if (!m_owners.contains(operation) || m_owners.value(operation) != caller) {
        return OperationResult::failure(
            Api::Error::InvalidArgs,
            QStringLiteral("no running package operation \"%1\" started by you").arg(operation.left(64)));
    }
    qCInfo(lcPackages) << "cancel" << operation;
    m_packages->cancel(operation);
    return OperationResult::success();
}
