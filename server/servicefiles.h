// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"
#include "servicemanager.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

#include <sys/types.h>

class PostfixConfig;

// The transaction for the settings files of the services next to Postfix (Dovecot, SpamAssassin,
// spamass-milter): back up → atomic write → the service's own check → enable + restart each unit
// → after settleMs, each unit active and the plan's own test → on any failure the previous files
// come back (or go again when there were none) and each unit returns to its previous state.
class ServiceFiles
{
public:
    struct File
    {
        QString path;
        QByteArray text;
        QString backupName; // the backup is backupName-STAMP in PostfixConfig::backupDir()
        mode_t mode = 0644;
    };
    struct Unit
    {
        QString name; // "dovecot.service"
        QString displayName; // "Dovecot", for messages
    };
    struct Plan
    {
        QList<File> files;
        QList<Unit> units; // enabled and restarted in this order
        // After the files are written: empty when the service accepts them, else its words.
        std::function<QString()> check;
        // After the units settled: empty when all is well, else what is wrong.
        std::function<QString()> settled;
        QString refusedMessage; // "%1 does not accept the settings (doveconf: %2)" style, %1 = check's words
    };
    // undo: puts the previous files back and restarts (or stops) the units, for a later step that fails.
    using Written = std::function<void(const OperationResult &result, const std::function<void()> &undo)>;

    // One job on a unit, for runInOrder. mustSucceed: a failure stops the rest and done() gets
    // failurePrefix + the manager's message; otherwise a failure is logged and the next job runs.
    struct Job
    {
        QString unit;
        ServiceManager::Action action = ServiceManager::Action::Start;
        bool mustSucceed = false;
        QString failurePrefix;
    };
    // Runs the jobs one after the other (each once the previous one has finished); done gets ""
    // or what stopped them.
    static void runInOrder(ServiceManager *services, QList<Job> jobs,
                           const std::function<void(const QString &problem)> &done);

    ServiceFiles(PostfixConfig *config, ServiceManager *services);
    // result: success with the files' unified diff (empty when nothing had to change).
    void apply(const Plan &plan, const Written &then);

    int settleMs = 1000;

private:
    PostfixConfig *m_config;
    ServiceManager *m_services;
};
