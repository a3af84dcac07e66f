// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"
#include "setup/setupstep.h"

#include <QDBusPendingCall>
#include <QList>

#include <functional>
#include <memory>

class InstallControls;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// After Start: the mail delivery agent's part. SpamAssassin checks incoming mail while the sender
// is connected (through spamass-milter): installed through PackageKit with progress; the scores
// to mark and to reject at, a subject tag, whether this host and mynetworks are checked, daily
// rule updates, and local delivery through Procmail so the users' own rules apply (or spam
// moved to each user's Spam folder). Also the
// Configuration page's "Spam filter" tab. Done when the filter is on and both daemons run.
class FilterStep : public SetupStep
{
    Q_OBJECT
public:
    explicit FilterStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

private:
    void show(const Mailroom::SpamFilterState &state);
    void apply();
    // Runs the helper calls one after the other; the first that fails stops the rest and says why.
    void runSteps(const std::shared_ptr<QList<std::function<QDBusPendingCall()>>> &steps, bool on);
    void updateButtons();
    // Whether Apply has to call SetSpamFilter: on/off or a setting differs, or a daemon is down.
    bool filterChanged() const;
    // The translated reason the settings cannot be applied, or "".
    QString problem() const;

    InstallControls *m_install;
    InstallControls *m_installProcmail;
    QFormLayout *m_form;
    QCheckBox *m_enabled;
    QDoubleSpinBox *m_tag;
    QComboBox *m_action;
    QDoubleSpinBox *m_reject;
    QLineEdit *m_subjectTag;
    QCheckBox *m_checkTrusted;
    QCheckBox *m_updates;
    QLabel *m_rules;
    QCheckBox *m_procmail;
    QLabel *m_invalid;
    QPushButton *m_apply;
    Mailroom::SpamFilterState m_state;
    bool m_loaded = false;
    bool m_busy = false;
    bool m_postfixInstalled = false;
    bool m_procmailForced = false; // ticked by the Spam folder action, not by the user
};
