// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QHash>
#include <QObject>

class Host;
class PackageManager;

// The packages area: Mailroom's logical packages (packagenames.h) mapped to the
// distribution's names, installed or removed as long-running operations that report
// progress by signal. Only the caller that started an operation may cancel it.
class PackageOperations : public QObject
{
    Q_OBJECT
public:
    PackageOperations(Host *host, PackageManager *packages, QObject *parent = nullptr);

    QString distroFamily() const;
    void list(const Finished &done);
    // name is already checked (ArgumentChecks::packageName). Replies with the operation
    // id once it has started; progress() and finished() follow. A removal is simulated
    // first and refused (nothing removed) when it would take any package beyond the
    // logical package's own.
    void start(const QString &name, bool install, const QString &caller, const Finished &done);
    OperationResult cancel(const QString &operation, const QString &caller);

Q_SIGNALS:
    void started(const QString &operation);
    void progress(const QString &operation, uint percent, const QString &status, const QString &package);
    void finished(const QString &operation, bool success, bool cancelled, const QString &message);

private:
    OperationResult begin(const QStringList &real, bool install, const QString &caller);

    Host *m_host;
    PackageManager *m_packages;
    QHash<QString, QString> m_owners; // operation -> caller's bus name
};
