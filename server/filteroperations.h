// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "filter/spamfilter.h"
#include "operationresult.h"
#include "servicefiles.h"

#include <QString>

class PostfixConfig;
class ProgramRunner;
class ServiceManager;

// Where the filter's programs and files are (tests put them elsewhere).
struct FilterPaths
{
    QString spamAssassinDir = QStringLiteral("/etc/spamassassin");
    QString milterDefaults = QStringLiteral("/etc/default/spamass-milter");
    QString milterSocket = QString::fromLatin1(Mailroom::SpamFilter::milterSocketPath);
    QString spamd = QStringLiteral("/usr/sbin/spamd");
    QString milter = QStringLiteral("/usr/sbin/spamass-milter");
    QString procmail = QStringLiteral("/usr/bin/procmail");
    QString rulesDir = QStringLiteral("/var/lib/spamassassin"); // sa-update's downloads
    QString stateDir = QStringLiteral("/var/lib/mailroom"); // the mailbox_command Procmail replaced
    // Where the Spam folder's rcfile is written (main.cf's command names SpamFilter::folderRcPath).
    QString folderRc = QString::fromLatin1(Mailroom::SpamFilter::folderRcPath);
};

// The mail delivery agent's part: SpamAssassin's spamd behind spamass-milter in Postfix's smtpd
// (their settings files through ServiceFiles' transaction, main.cf through PostfixConfig's), the
// schedule of rule updates (sa-update through Debian's spamassassin-maintenance.timer), and local
// delivery through Procmail (main.cf's mailbox_command).
class FilterOperations
{
public:
    FilterOperations(PostfixConfig *config, ServiceManager *services, const ProgramRunner *programs,
                     const FilterPaths &paths = FilterPaths());

    // (SpamFilterState)
    OperationResult state() const;
    // (s): main.cf's diff, after the settings files' (both when on; main.cf's alone when off).
    void setSpamFilter(bool enabled, const Mailroom::SpamFilter::Settings &settings, const Finished &done);
    // (): the daily sa-update timer on (and started) or off.
    void setRuleUpdates(bool enabled, const Finished &done);
    // (s): main.cf's diff.
    void setProcmailDelivery(bool enabled, const Finished &done);

    static constexpr const char *SpamdUnit = "spamd.service";
    static constexpr const char *MilterUnit = "spamass-milter.service";
    static constexpr const char *RuleUpdateTimer = "spamassassin-maintenance.timer";
    static constexpr const char *RuleUpdateService = "spamassassin-maintenance.service";

    ServiceFiles &files() { return m_files; }

private:
    bool installed() const;
    Mailroom::SpamFilter::Settings currentSettings() const;
    // main.cf's mailbox_command for the Spam folder action (on) or back to what it replaced (off);
    // unchanged when it is already so. Sets error (and changes nothing) when the old value cannot be kept.
    std::function<QByteArray(const QByteArray &)> folderDeliveryChange(bool folder, QString *error);
    void applyMainCf(const std::function<QByteArray(const QByteArray &)> &change, const std::function<void()> &undo,
                     const Finished &done);

    PostfixConfig *m_config;
    ServiceManager *m_services;
    const ProgramRunner *m_programs;
    FilterPaths m_paths;
    ServiceFiles m_files;
};
