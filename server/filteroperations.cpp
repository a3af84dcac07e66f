// SPDX-License-Identifier: GPL-2.0-or-later
#include "filteroperations.h"

#include "atomicfile.h"
#include "configoperations.h"
#include "helperapi.h"
#include "helpertypes.h"
#include "postfix/maincf.h"
#include "postfixconfig.h"
#include "programrunner.h"
#include "servicemanager.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLoggingCategory>

#include <optional>

Q_LOGGING_CATEGORY(lcFilter, "mailroom.helper.filter")

using namespace Mailroom;
namespace SF = Mailroom::SpamFilter;

namespace {
QString unit(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

namespace {
// What mailbox_command was before a switch, kept in the helper's state directory: "absent\n"
// or "=VALUE\n".
bool writeRemembered(const QString &path, const std::optional<QString> &value, QString *error)
{
    const QByteArray text = value ? "=" + value->toUtf8() + '\n' : QByteArray("absent\n");
    const auto w = AtomicFile::write(path, text, 0600, 0, 0, true);
    if (!w.ok) {
        *error = w.error;
    }
    return w.ok;
}
// false when nothing usable is remembered.
bool readRemembered(const QString &path, std::optional<QString> *value)
{
    QByteArray text;
    if (!AtomicFile::read(path, &text, 64 * 1024).ok) {
        return false;
    }
    if (text == "absent\n") {
        *value = std::nullopt;
        return true;
    }
    if (!text.startsWith('=') || !text.endsWith('\n')) {
        return false;
    }
    const QString v = QString::fromUtf8(text.mid(1).chopped(1));
    if (!MainCf::isEditableValue(v)) {
        return false;
    }
    *value = v;
    return true;
}
// main.cf with mailbox_command set to wanted (in its place), or without it.
std::function<QByteArray(const QByteArray &)> withMailboxCommand(const std::optional<QString> &wanted)
{
    return [wanted](const QByteArray &text) {
        MainCf c = MainCf::fromByteArray(text);
        if (wanted) {
            c.set(QStringLiteral("mailbox_command"), *wanted);
        } else {
            c.remove(QStringLiteral("mailbox_command"));
        }
        return c.toByteArray();
    };
}
} // namespace

FilterOperations::FilterOperations(PostfixConfig *config, ServiceManager *services, const ProgramRunner *programs,
                                   const FilterPaths &paths)
    : m_config(config)
    , m_services(services)
    , m_programs(programs)
    , m_paths(paths)
    , m_files(config, services)
{ }

bool FilterOperations::installed() const
{
    return QFileInfo(m_paths.spamd).isExecutable() && QFileInfo(m_paths.milter).isExecutable()
        && QFileInfo(m_paths.spamAssassinDir).isDir();
}

SF::Settings FilterOperations::currentSettings() const
{
    SF::Settings s;
    QByteArray text;
    if (AtomicFile::read(SF::spamAssassinConfPath(m_paths.spamAssassinDir), &text).ok) {
        SF::parseSpamAssassinConf(text, &s);
    }
    return s;
}

OperationResult FilterOperations::state() const
{
    SpamFilterState s;
    s.installed = installed();
    QByteArray main;
    m_config->readFile(PostfixConfig::File::MainCf, &main);
    const MainCf cf = MainCf::fromByteArray(main);
    s.enabled = SF::milterEnabled(cf);
    s.spamdActive = m_services->state(unit(SpamdUnit)).isActive();
    s.milterActive = m_services->state(unit(MilterUnit)).isActive();
    const SF::Settings settings = currentSettings();
    s.tagScore = settings.tagScore;
    s.action = SF::actionName(settings.action);
    s.actionScore = settings.actionScore;
    s.subjectTag = settings.subjectTag;
    s.checkTrusted = settings.checkTrusted;
    const ServiceState timer = m_services->state(unit(RuleUpdateTimer));
    s.ruleUpdates = timer.isEnabled() || timer.isActive();
    // sa-update keeps what it brought in /var/lib/spamassassin/<version>/updates_spamassassin_org.cf.
    QDirIterator it(m_paths.rulesDir, {QStringLiteral("updates_spamassassin_org.cf")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        s.rulesUpdated = std::max(s.rulesUpdated, it.nextFileInfo().lastModified().toSecsSinceEpoch());
    }
    if (m_services->state(unit(RuleUpdateService)).activeState == QLatin1String("failed")) {
        s.ruleUpdateState = QStringLiteral("failed");
    }
    s.procmailInstalled = QFileInfo(m_paths.procmail).isExecutable();
    s.mailboxCommand = cf.value(QStringLiteral("mailbox_command"), QString());
    s.procmailDelivery = SF::procmailDelivery(s.mailboxCommand);
    return OperationResult::success({QVariant::fromValue(s)});
}

void FilterOperations::applyMainCf(const std::function<QByteArray(const QByteArray &)> &change,
                                   const std::function<void()> &undo, const Finished &done)
{
    QByteArray current;
    const PostfixConfig::Outcome read = m_config->readFile(PostfixConfig::File::MainCf, &current);
    if (read.kind == PostfixConfig::Outcome::Kind::NotInstalled) {
        if (undo) {
            undo();
        }
        done(ConfigOperations::toResult(read));
        return;
    }
    m_config->applyFile(PostfixConfig::File::MainCf, change(current), read.revision,
                        [done, undo](const PostfixConfig::Outcome &o) {
                            const bool ok = o.kind == PostfixConfig::Outcome::Kind::Applied
                                || o.kind == PostfixConfig::Outcome::Kind::Unchanged;
                            if (!ok && undo) {
                                undo();
                            }
                            done(ConfigOperations::toResult(o, {QString::fromUtf8(o.diff)}));
                        });
}

void FilterOperations::setSpamFilter(bool enabled, const SF::Settings &settings, const Finished &done)
{
    if (!enabled) {
        // Postfix first, so no message waits for a milter that is going away; the settings stay.
        QString error;
        const auto delivery = folderDeliveryChange(false, &error);
        if (!error.isEmpty()) {
            done(OperationResult::failure(Api::Error::Failed, error));
            return;
        }
        // The Spam folder's delivery goes first: it was set after the milter.
        const auto change = [delivery](const QByteArray &text) {
            return SF::withoutMilter(delivery(text));
        };
        applyMainCf(change, {}, [this, done](const OperationResult &r) {
            if (!r.ok()) {
                done(r);
                return;
            }
            // Errors are logged: the filter is already out of Postfix's way.
            ServiceFiles::runInOrder(m_services,
                                     {{unit(MilterUnit), ServiceManager::Action::Stop, false, {}},
                                      {unit(MilterUnit), ServiceManager::Action::Disable, false, {}},
                                      {unit(SpamdUnit), ServiceManager::Action::Stop, false, {}},
                                      {unit(SpamdUnit), ServiceManager::Action::Disable, false, {}}},
                                     [done, r](const QString &) { done(r); });
        });
        return;
    }
    if (!installed()) {
        done(OperationResult::failure(Api::Error::NotInstalled,
                                      QStringLiteral("SpamAssassin is not installed: install it first (mailroomctl "
                                                     "package install spamassassin)")));
        return;
    }
    if (const QString why = SF::validate(settings); !why.isEmpty()) {
        done(OperationResult::failure(Api::Error::InvalidArgs, why));
        return;
    }
    const bool folder = settings.action == SF::Action::Folder;
    if (folder && !QFileInfo(m_paths.procmail).isExecutable()) {
        done(OperationResult::failure(Api::Error::NotInstalled,
                                      QStringLiteral("moving spam to the Spam folder needs Procmail, which is not "
                                                     "installed: install it first (mailroomctl package install "
                                                     "procmail)")));
        return;
    }
    QString error;
    const QList<PostfixConfig::Value> networks = m_config->values({QStringLiteral("mynetworks")}, &error);
    const QStringList trusted = networks.isEmpty() ? QStringList() : SF::milterNetworks(networks.first().value);
    QByteArray defaults;
    AtomicFile::read(m_paths.milterDefaults, &defaults);

    ServiceFiles::Plan plan;
    plan.files = {
        {SF::spamAssassinConfPath(m_paths.spamAssassinDir), SF::spamAssassinConf(settings),
         QStringLiteral("spamassassin-mailroom.cf"), 0644},
        {m_paths.milterDefaults, SF::milterDefaults(defaults, settings, trusted), QStringLiteral("spamass-milter"),
         0644},
    };
    if (folder) {
        plan.files.append({m_paths.folderRc, SF::folderRc(settings), QStringLiteral("spam.procmailrc"), 0644});
    }
    plan.units = {{unit(SpamdUnit), QStringLiteral("SpamAssassin (spamd)")},
                  {unit(MilterUnit), QStringLiteral("spamass-milter")}};
    plan.check = [this]() -> QString {
        // -x: no user preferences; -L: local tests only (the helper has no network).
        const auto lint
            = m_programs->run(ProgramRunner::Program::SpamAssassin,
                              {QStringLiteral("-x"), QStringLiteral("-L"), QStringLiteral("--lint")}, {}, 120000);
        return lint.ok() ? QString() : QString::fromUtf8(lint.err + lint.out).trimmed().right(2000);
    };
    plan.refusedMessage = QStringLiteral("SpamAssassin does not accept the settings (spamassassin --lint: %1)");
    const QString socket = m_paths.milterSocket;
    plan.settled = [socket]() -> QString {
        if (!QFileInfo::exists(socket)) {
            return QStringLiteral("spamass-milter did not open its socket for Postfix (%1)").arg(socket);
        }
        return {};
    };
    qCInfo(lcFilter) << "spam filter: tag" << settings.tagScore << SF::actionName(settings.action)
                     << settings.actionScore << "trusted" << (settings.checkTrusted ? "checked" : "skipped");
    m_files.apply(plan, [this, done, folder](const OperationResult &r, const std::function<void()> &undo) {
        if (!r.ok()) {
            done(r);
            return;
        }
        const QString filesDiff = r.values.value(0).toString();
        QString error;
        const auto delivery = folderDeliveryChange(folder, &error);
        if (!error.isEmpty()) {
            undo();
            done(OperationResult::failure(Api::Error::Failed, error));
            return;
        }
        const auto change = [delivery](const QByteArray &text) {
            return delivery(SF::withMilter(text));
        };
        applyMainCf(change, undo, [done, filesDiff](const OperationResult &m) {
            if (!m.ok()) {
                done(m);
                return;
            }
            done(OperationResult::success({filesDiff + m.values.value(0).toString()}));
        });
    });
}

std::function<QByteArray(const QByteArray &)> FilterOperations::folderDeliveryChange(bool folder, QString *error)
{
    QByteArray current;
    m_config->readFile(PostfixConfig::File::MainCf, &current);
    const std::optional<QString> command = MainCf::fromByteArray(current).value(QStringLiteral("mailbox_command"));
    const bool inFolder = command && SF::folderDelivery(*command);
    const QString remembered = m_paths.stateDir + QStringLiteral("/mailbox_command.before-spam-folder");
    const auto unchanged = [](const QByteArray &text) {
        return text;
    };
    if (folder == inFolder) {
        return unchanged;
    }
    std::optional<QString> wanted = QString::fromLatin1(SF::folderCommand);
    if (folder) {
        // What it replaces comes back when the action changes or the filter goes off.
        if (!writeRemembered(remembered, command, error)) {
            *error = QStringLiteral("cannot keep the current mailbox_command: %1").arg(*error);
            return unchanged;
        }
    } else if (!readRemembered(remembered, &wanted) || (wanted && SF::folderDelivery(*wanted))) {
        // Nothing usable kept: Procmail stays, without the Spam folder's rule.
        wanted = QString::fromLatin1(SF::procmailCommand);
    }
    return withMailboxCommand(wanted);
}

void FilterOperations::setRuleUpdates(bool enabled, const Finished &done)
{
    const QString timer = unit(RuleUpdateTimer);
    if (!m_services->state(timer).installed) {
        if (!enabled) {
            done(OperationResult::success()); // nothing to turn off
            return;
        }
        done(OperationResult::failure(Api::Error::NotInstalled,
                                      QStringLiteral("SpamAssassin's rule updates are not installed: install "
                                                     "SpamAssassin first (mailroomctl package install spamassassin)")));
        return;
    }
    const auto first = enabled ? ServiceManager::Action::Enable : ServiceManager::Action::Stop;
    const auto second = enabled ? ServiceManager::Action::Start : ServiceManager::Action::Disable;
    m_services->perform(timer, first, [this, timer, second, done](bool ok, const QString &message) {
        if (!ok) {
            done(OperationResult::failure(Api::Error::JobFailed, message));
            return;
        }
        m_services->perform(timer, second, [done](bool ok, const QString &message) {
            done(ok ? OperationResult::success() : OperationResult::failure(Api::Error::JobFailed, message));
        });
    });
}

void FilterOperations::setProcmailDelivery(bool enabled, const Finished &done)
{
    QByteArray current;
    const PostfixConfig::Outcome read = m_config->readFile(PostfixConfig::File::MainCf, &current);
    if (read.kind == PostfixConfig::Outcome::Kind::NotInstalled) {
        done(ConfigOperations::toResult(read));
        return;
    }
    const MainCf cf = MainCf::fromByteArray(current);
    const std::optional<QString> command = cf.value(QStringLiteral("mailbox_command"));
    const bool procmailNow = command && SF::procmailDelivery(*command);
    if (!enabled && command && SF::folderDelivery(*command)) {
        done(OperationResult::failure(Api::Error::InvalidArgs,
                                      QStringLiteral("the spam filter moves spam to the Spam folder through Procmail: "
                                                     "choose another action for spam first (mailroomctl filter set "
                                                     "--reject N or --no-reject)")));
        return;
    }
    if (enabled == procmailNow) {
        done(OperationResult::success({QString()}));
        return;
    }
    if (enabled && !QFileInfo(m_paths.procmail).isExecutable()) {
        done(OperationResult::failure(Api::Error::NotInstalled,
                                      QStringLiteral("Procmail is not installed: install it first (mailroomctl "
                                                     "package install procmail)")));
        return;
    }
    // Each way remembers what it replaces, so that switching back puts exactly that back (in its
    // place in main.cf): Debian's own "procmail -a ..." line, another command, or none.
    const QString thisWay = m_paths.stateDir
        + (enabled ? QStringLiteral("/mailbox_command.before-procmail") : QStringLiteral("/mailbox_command.procmail"));
    const QString otherWay = m_paths.stateDir
        + (enabled ? QStringLiteral("/mailbox_command.procmail") : QStringLiteral("/mailbox_command.before-procmail"));
    std::optional<QString> wanted;
    bool remembered = readRemembered(otherWay, &wanted);
    if (enabled && (!remembered || !wanted || !SF::procmailDelivery(*wanted))) {
        wanted = QString::fromLatin1(SF::procmailCommand);
    } else if (!enabled && (!remembered || (wanted && SF::procmailDelivery(*wanted)))) {
        wanted = QString(); // "mailbox_command =": Postfix's local delivery, the line stays where it is
    }
    QString error;
    if (!writeRemembered(thisWay, command, &error)) {
        done(OperationResult::failure(Api::Error::Failed,
                                      QStringLiteral("cannot keep the current mailbox_command: %1").arg(error)));
        return;
    }
    applyMainCf(withMailboxCommand(wanted), {}, [otherWay, done](const OperationResult &r) {
        if (r.ok()) {
            AtomicFile::remove(otherWay);
        }
        done(r);
    });
}
