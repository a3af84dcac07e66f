// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomd — Mailroom's privileged helper, started by D-Bus activation on the system bus.
#include "access/mailaccess.h"
#include "atomicfile.h"
#include "firewalldfirewall.h"
#include "helper.h"
#include "helper1adaptor.h"
#include "helperapi.h"
#include "packagekitmanager.h"
#include "polkitauthorizer.h"
#include "postfixconfig.h"
#include "programrunner.h"
#include "servicestate.h"
#include "systemdservicemanager.h"
#include "systemhost.h"
#include "systemjournal.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusError>
#include <QEventLoop>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>

#include <systemd/sd-daemon.h>

#include <unistd.h>

Q_LOGGING_CATEGORY(lcMain, "mailroom.helper.main")

namespace {
// Leave when nobody has called for a while; D-Bus activation brings us back.
constexpr int IdleExitMs = 2 * 60 * 1000;
// How often at most systemd hears of a change of Helper::status(): a flood of calls does not
// become a flood of notifications to PID 1.
constexpr int StatusIntervalMs = 250;

void notifyStatus(const Helper &helper)
{
    sd_notifyf(0, "STATUS=%s", qPrintable(helper.status()));
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailroomd"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILROOM_VERSION));

    if (geteuid() != 0) {
        qCCritical(lcMain, "mailroomd must run as root (it is started by D-Bus activation)");
        return 1;
    }

    Mailroom::registerDBusTypes();
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        qCCritical(lcMain, "cannot connect to the system bus: %s", qPrintable(bus.lastError().message()));
        return 1;
    }

    SystemdServiceManager services(bus);
    PolkitAuthorizer authorizer(bus);
    FirewalldFirewall firewall(bus);
    PackageKitManager packages(bus);
    const ProgramRunner programs;
    SystemJournal journal;
    SystemHost host(&programs);
    PostfixConfig config(&services, &programs);
    Helper::Backends backends;
    backends.services = &services;
    backends.authorizer = &authorizer;
    backends.firewall = &firewall;
    backends.packages = &packages;
    backends.config = &config;
    backends.programs = &programs;
    backends.journal = &journal;
    backends.host = &host;
    // A helper killed half-way through a write (AtomicFile) left its temporary file next to the
    // file it was replacing: gone before the first call, wherever the helper writes.
    const FilterPaths &filter = backends.filterPaths;
    for (const QString &dir : {PostfixConfig::configDir(), PostfixConfig::backupDir(), backends.tlsDir,
                               QFileInfo(Mailroom::MailAccess::dovecotConfPath(backends.dovecotDir)).absolutePath(),
                               filter.spamAssassinDir, QFileInfo(filter.milterDefaults).absolutePath(), filter.stateDir,
                               QFileInfo(filter.folderRc).absolutePath()}) {
        if (const int removed = AtomicFile::removeAbandoned(dir); removed > 0) {
            qCInfo(lcMain) << "removed" << removed << "temporary files of an interrupted write in" << dir;
        }
    }
    // A helper killed in the middle of a config transaction left its record: finish or undo it
    // before the first call, so no call reads or backs up a file Postfix never checked, and a
    // later reload or boot of Postfix does not take one it refused. Before the bus name is ours:
    // D-Bus holds the first calls until then (Postfix's restart takes seconds, not minutes).
    {
        QEventLoop loop;
        bool recovered = false;
        config.recoverInterrupted([&loop, &recovered] {
            recovered = true;
            loop.quit();
        });
        if (!recovered) {
            loop.exec();
        }
    }
    Helper helper(backends);
    new Helper1Adaptor(&helper);

    if (!bus.registerObject(Mailroom::Api::ObjectPath, &helper)) {
        qCCritical(lcMain, "cannot register the helper object");
        return 1;
    }
    if (!bus.registerService(Mailroom::Api::ServiceName)) {
        qCCritical(lcMain, "cannot own %s: %s", Mailroom::Api::ServiceName.data(),
                   qPrintable(bus.lastError().message()));
        return 1;
    }

    // `systemctl status mailroomd` shows what the helper is doing (NotifyAccess=main in the unit).
    notifyStatus(helper);
    QTimer status;
    status.setSingleShot(true);
    status.setInterval(StatusIntervalMs);
    QObject::connect(&status, &QTimer::timeout, &helper, [&helper] { notifyStatus(helper); });
    QObject::connect(&helper, &Helper::busyChanged, &status, [&status] {
        if (!status.isActive()) {
            status.start();
        }
    });

    QTimer idle;
    idle.setSingleShot(true);
    idle.setInterval(IdleExitMs);
    QObject::connect(&idle, &QTimer::timeout, &app, &QCoreApplication::quit);
    QObject::connect(&helper, &Helper::activity, &idle, qOverload<>(&QTimer::start));
    // Never leave in the middle of an installation or a job.
    QObject::connect(&helper, &Helper::busyChanged, &idle, [&idle](int running) {
        if (running > 0) {
            idle.stop();
        } else {
            idle.start();
        }
    });
    idle.start();

    // Hand over to a fresh instance: release the name first so new calls start one by
    // D-Bus activation, answer what is already queued, and leave when nothing runs.
    int running = 0;
    QObject::connect(&helper, &Helper::busyChanged, &app, [&running](int n) { running = n; });
    QObject::connect(&helper, &Helper::restartRequested, &app, [&bus, &running, &app] {
        bus.unregisterService(Mailroom::Api::ServiceName);
        auto *poll = new QTimer(&app);
        QObject::connect(poll, &QTimer::timeout, &app, [&running, &app] {
            if (running == 0) {
                app.quit();
            }
        });
        poll->start(1000);
    });

    return app.exec();
}
