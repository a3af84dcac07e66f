// SPDX-License-Identifier: GPL-2.0-or-later
#include "servicefiles.h"

#include "atomicfile.h"
#include "helperapi.h"
#include "postfix/unifieddiff.h"
#include "postfixconfig.h"
#include "servicemanager.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcServiceFiles, "mailroom.helper.servicefiles")

using namespace Mailroom;

namespace {
struct Previous
{
    QString path;
    bool existed = false;
    QByteArray text;
    mode_t mode = 0644;
};

} // namespace

void ServiceFiles::runInOrder(ServiceManager *services, QList<Job> jobs,
                              const std::function<void(const QString &problem)> &done)
{
    if (jobs.isEmpty()) {
        done(QString());
        return;
    }
    const Job job = jobs.takeFirst();
    services->perform(job.unit, job.action, [services, jobs, job, done](bool ok, const QString &message) {
        if (!ok && job.mustSucceed) {
            done(job.failurePrefix + message);
            return;
        }
        if (!ok) {
            qCWarning(lcServiceFiles) << job.unit << "action" << int(job.action) << "failed:" << message;
        }
        runInOrder(services, jobs, done);
    });
}

ServiceFiles::ServiceFiles(PostfixConfig *config, ServiceManager *services)
    : m_config(config)
    , m_services(services)
{ }

void ServiceFiles::apply(const Plan &plan, const Written &then)
{
    QList<Previous> previous;
    QByteArray diff;
    bool changed = false;
    for (const File &f : plan.files) {
        Previous p {f.path, false, {}, f.mode};
        p.existed = AtomicFile::read(f.path, &p.text).ok;
        changed = changed || !p.existed || p.text != f.text;
        diff += UnifiedDiff::diff(p.existed ? p.text : QByteArray(), f.text, "a" + f.path.toUtf8(),
                                  "b" + f.path.toUtf8());
        previous.append(p);
    }
    QList<Job> unitsBack; // each unit as it was: running again, or stopped
    QList<Job> unitsUp; // each unit enabled, then restarted with the new files
    bool allActive = true;
    for (const Unit &u : plan.units) {
        const bool active = m_services->state(u.name).isActive();
        unitsBack.append({u.name, active ? ServiceManager::Action::Restart : ServiceManager::Action::Stop, false, {}});
        unitsUp.append({u.name, ServiceManager::Action::Enable, false, {}});
        unitsUp.append({u.name, ServiceManager::Action::Restart, true,
                        QStringLiteral("%1 did not start with the new settings: ").arg(u.displayName)});
        allActive = allActive && active;
    }
    if (!changed && allActive && (!plan.settled || plan.settled().isEmpty())) {
        then(OperationResult::success({QString()}), [] { });
        return;
    }
    for (qsizetype i = 0; i < plan.files.size(); ++i) {
        QString error;
        if (previous[i].existed && m_config->backUp(plan.files[i].backupName, previous[i].text, &error).isEmpty()) {
            then(OperationResult::failure(Api::Error::Failed,
                                          QStringLiteral("cannot back up %1: %2").arg(plan.files[i].path, error)),
                 {});
            return;
        }
    }
    const auto restoreFiles = [previous] {
        for (const Previous &p : previous) {
            if (p.existed) {
                AtomicFile::write(p.path, p.text, p.mode, 0, 0, true);
            } else {
                AtomicFile::remove(p.path);
            }
        }
    };
    for (const File &f : plan.files) {
        if (const auto w = AtomicFile::write(f.path, f.text, f.mode, 0, 0, true); !w.ok) {
            restoreFiles();
            then(OperationResult::failure(Api::Error::Failed,
                                          QStringLiteral("cannot write %1: %2").arg(f.path, w.error)),
                 {});
            return;
        }
        qCInfo(lcServiceFiles) << "settings written:" << f.path;
    }
    if (plan.check) {
        if (const QString said = plan.check(); !said.isEmpty()) {
            restoreFiles();
            then(OperationResult::failure(
                     Api::Error::RolledBack,
                     QStringLiteral("%1\nThe previous settings were restored.").arg(plan.refusedMessage.arg(said))),
                 {});
            return;
        }
    }
    ServiceManager *services = m_services;
    const auto rollBack = [services, restoreFiles, unitsBack](const std::function<void()> &after) {
        restoreFiles();
        runInOrder(services, unitsBack, [after](const QString &) { after(); });
    };
    const auto undo = [rollBack] {
        rollBack([] { });
    };
    const auto fail = [rollBack, then](const QString &problem) {
        rollBack([then, problem] {
            then(OperationResult::failure(Api::Error::RolledBack,
                                          QStringLiteral("%1\nThe previous settings were restored.").arg(problem)),
                 {});
        });
    };
    runInOrder(m_services, unitsUp, [this, plan, fail, undo, then, diff](const QString &problem) {
        if (!problem.isEmpty()) {
            fail(problem);
            return;
        }
        QTimer::singleShot(settleMs, m_config, [this, plan, fail, undo, then, diff] {
            for (const Unit &u : plan.units) {
                if (!m_services->state(u.name).isActive()) {
                    fail(QStringLiteral("%1 stopped after it started").arg(u.displayName));
                    return;
                }
            }
            if (plan.settled) {
                if (const QString problem = plan.settled(); !problem.isEmpty()) {
                    fail(problem);
                    return;
                }
            }
            then(OperationResult::success({QString::fromUtf8(diff)}), undo);
        });
    });
}
