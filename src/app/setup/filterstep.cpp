// SPDX-License-Identifier: GPL-2.0-or-later
#include "setup/filterstep.h"

#include "bannerstyle.h"
#include "filter/spamfilter.h"
#include "helperproxy.h"
#include "setup/installcontrols.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace SF = Mailroom::SpamFilter;

namespace {
constexpr const char *Reject = "reject";
constexpr const char *Tag = "tag";
constexpr const char *Folder = "folder";

QDoubleSpinBox *scoreBox(QWidget *parent, const char *name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0, SF::maximumScore);
    box->setDecimals(1);
    box->setSingleStep(0.5);
    return box;
}
} // namespace

FilterStep::FilterStep(Mailroom::HelperClient *client, QWidget *parent)
    : SetupStep(client, tr("Spam filter"), parent)
    , m_install(new InstallControls(proxy(), QStringLiteral("spamassassin"), tr("Install SpamAssassin"), this))
    , m_installProcmail(new InstallControls(proxy(), QStringLiteral("procmail"), tr("Install Procmail"), this))
    , m_form(new QFormLayout)
    , m_enabled(new QCheckBox(tr("Check incoming mail for spam with SpamAssassin"), this))
    , m_tag(scoreBox(this, "tagScore"))
    , m_action(new QComboBox(this))
    , m_reject(scoreBox(this, "rejectScore"))
    , m_subjectTag(new QLineEdit(this))
    , m_checkTrusted(new QCheckBox(tr("Also check mail from this computer and your own networks (mynetworks)"), this))
    , m_updates(new QCheckBox(tr("Update SpamAssassin's rules every day (sa-update; needs the internet)"), this))
    , m_rules(new QLabel(this))
    , m_procmail(new QCheckBox(tr("Deliver local mail through Procmail, so each user's own delivery rules apply "
                                  "(Mail → Delivery rules)"),
                               this))
    , m_invalid(new QLabel(this))
    , m_apply(new QPushButton(tr("Apply"), this))
{
    setIntro(tr("Mail from the internet is checked by SpamAssassin while the sending server is still connected. "
                "Mail that scores high enough is marked as spam (X-Spam-Flag: YES and a tag in the subject), so "
                "mail programs and the users' own rules can file it away; above a second score it can be refused, "
                "so the sender learns that it did not arrive, or moved to the user's Spam folder. Mail your users "
                "send after logging in is not checked."),
             tr("installs SpamAssassin, writes /etc/spamassassin/90-mailroom.cf and the options in "
                "/etc/default/spamass-milter, starts spamd and spamass-milter, and adds the filter to main.cf "
                "(backed up, checked, rolled back if Postfix or SpamAssassin refuses it). Turning it off takes it "
                "out of main.cf again."));
    m_enabled->setObjectName(QStringLiteral("filterEnabled"));
    m_action->setObjectName(QStringLiteral("action"));
    m_action->addItem(tr("refuse it while the sender is connected (the sender learns)"), QLatin1String(Reject));
    m_action->addItem(tr("move it to the user's Spam folder (~/mail/Spam, through Procmail)"), QLatin1String(Folder));
    m_action->addItem(tr("deliver it, marked as spam"), QLatin1String(Tag));
    m_subjectTag->setObjectName(QStringLiteral("subjectTag"));
    m_subjectTag->setMaxLength(SF::maximumSubjectTag);
    m_subjectTag->setPlaceholderText(tr("none"));
    m_checkTrusted->setObjectName(QStringLiteral("checkTrusted"));
    m_updates->setObjectName(QStringLiteral("ruleUpdates"));
    m_rules->setObjectName(QStringLiteral("rules"));
    m_rules->setWordWrap(true);
    m_procmail->setObjectName(QStringLiteral("procmail"));
    m_invalid->setObjectName(QStringLiteral("invalid"));
    m_invalid->setWordWrap(true);
    m_invalid->setStyleSheet(BannerStyle::Error);
    m_invalid->hide();
    m_install->installButton()->setObjectName(QStringLiteral("installSpamAssassin"));
    m_install->addTo(body(), buttons());
    m_installProcmail->installButton()->setObjectName(QStringLiteral("installProcmail"));
    m_installProcmail->addTo(body(), buttons());

    QFormLayout *form = m_form;
    form->addRow(m_enabled);
    form->addRow(tr("Mark as spam from score:"), m_tag);
    form->addRow(tr("From this score on:"), m_action);
    form->addRow(tr("Refuse from score:"), m_reject);
    form->addRow(tr("Subject tag:"), m_subjectTag);
    form->addRow(m_checkTrusted);
    form->addRow(m_updates);
    form->addRow(m_rules);
    form->addRow(m_procmail);
    body()->addLayout(form);
    body()->addWidget(m_invalid);
    m_apply->setObjectName(QStringLiteral("apply"));
    buttons()->addWidget(m_apply);

    for (QCheckBox *box : {m_enabled, m_checkTrusted, m_updates, m_procmail}) {
        connect(box, &QCheckBox::toggled, this, &FilterStep::updateButtons);
    }
    connect(m_tag, &QDoubleSpinBox::valueChanged, this, &FilterStep::updateButtons);
    connect(m_reject, &QDoubleSpinBox::valueChanged, this, &FilterStep::updateButtons);
    connect(m_action, &QComboBox::currentIndexChanged, this, &FilterStep::updateButtons);
    connect(m_subjectTag, &QLineEdit::textChanged, this, &FilterStep::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &FilterStep::apply);
    followInstall(m_install, tr("SpamAssassin is installed. Choose the scores, then Apply."),
                  [this] { updateButtons(); });
    followInstall(m_installProcmail, tr("Procmail is installed. Choose how local mail is delivered, then Apply."),
                  [this] { updateButtons(); });
}

void FilterStep::refresh()
{
    whenFinished(proxy()->GetSpamFilter(), [this](QDBusPendingCallWatcher *w) {
        QDBusPendingReply<Mailroom::SpamFilterState> r = *w;
        if (showIfFailed(w)) {
            setDone(false);
            return;
        }
        const Mailroom::SpamFilterState state = r.value();
        // Whether Postfix is there decides what local delivery can be (the chapter's machine starts
        // with sendmail).
        whenFinished(proxy()->GetServiceStates(), [this, state](QDBusPendingCallWatcher *w) {
            QDBusPendingReply<Mailroom::ServiceStateList> services = *w;
            if (showIfFailed(w)) {
                setDone(false);
                return;
            }
            m_postfixInstalled = false;
            for (const auto &s : services.value()) {
                if (s.unit == QLatin1String("postfix.service")) {
                    m_postfixInstalled = s.installed;
                }
            }
            show(state);
        });
    });
}

void FilterStep::show(const Mailroom::SpamFilterState &s)
{
    m_state = s;
    m_loaded = true;
    QStringList lines;
    if (!s.installed) {
        lines << tr("SpamAssassin is <b>not installed</b>.");
    } else if (!s.enabled) {
        lines << tr("The spam filter is <b>off</b>: mail is delivered unchecked.");
    } else if (s.spamdActive && s.milterActive) {
        const QString tag = QLocale().toString(s.tagScore, 'f', 1);
        const QString action = QLocale().toString(s.actionScore, 'f', 1);
        if (s.action == QLatin1String(Reject)) {
            lines << tr("The spam filter is <b>on</b>: spam is marked from score %1 and refused from score %2.")
                         .arg(tag, action);
        } else if (s.action == QLatin1String(Folder)) {
            lines << tr("The spam filter is <b>on</b>: spam is marked from score %1 and moved to the user's Spam "
                        "folder from score %2.")
                         .arg(tag, action);
        } else {
            lines << tr("The spam filter is <b>on</b>: spam is marked from score %1 and delivered.").arg(tag);
        }
    } else {
        lines << tr("The spam filter is on, but %1 is <b>not running</b>: mail passes unchecked. Apply starts it "
                    "again.")
                     .arg(!s.spamdActive ? QStringLiteral("spamd") : QStringLiteral("spamass-milter"));
    }
    if (!m_postfixInstalled) {
        lines << tr("Postfix is not installed yet: the filter and local delivery can be set once it is (step "
                    "\"Install Postfix\").");
    } else {
        lines << (s.procmailDelivery ? tr("Local mail is delivered through Procmail (the users' own rules apply).")
                                     : tr("Local mail is delivered by Postfix itself."));
    }
    setState(lines.join(QStringLiteral("<br>")));

    const QSignalBlocker b1(m_enabled), b2(m_tag), b3(m_action), b4(m_reject), b5(m_subjectTag), b6(m_checkTrusted),
        b7(m_updates), b8(m_procmail);
    m_enabled->setChecked(s.enabled);
    m_tag->setValue(s.tagScore);
    const int action = m_action->findData(s.action);
    m_action->setCurrentIndex(action >= 0 ? action : m_action->findData(QLatin1String(Reject)));
    m_reject->setValue(s.actionScore);
    m_subjectTag->setText(s.subjectTag);
    m_checkTrusted->setChecked(s.checkTrusted);
    m_updates->setChecked(s.ruleUpdates);
    m_procmail->setChecked(s.procmailDelivery);
    QString rules = s.rulesUpdated == 0
        ? tr("Rules: those SpamAssassin came with.")
        : tr("Rules: last updated %1.")
              .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(s.rulesUpdated), QLocale::ShortFormat));
    if (s.ruleUpdateState == QLatin1String("failed")) {
        rules += QLatin1Char(' ') + tr("The last update failed (no internet?); the rules in use still work.");
    }
    m_rules->setText(rules);
    m_rules->setVisible(s.installed);
    updateButtons();
    setDone(s.enabled && s.spamdActive && s.milterActive);
}

bool FilterStep::filterChanged() const
{
    const bool on = m_enabled->isChecked();
    return on != m_state.enabled
        || (on
            && (m_tag->value() != m_state.tagScore || m_action->currentData().toString() != m_state.action
                || m_reject->value() != m_state.actionScore || m_subjectTag->text() != m_state.subjectTag
                || m_checkTrusted->isChecked() != m_state.checkTrusted
                || (m_state.enabled && !(m_state.spamdActive && m_state.milterActive))));
}

QString FilterStep::problem() const
{
    SF::Settings s;
    s.tagScore = m_tag->value();
    SF::parseAction(m_action->currentData().toString(), &s.action);
    s.actionScore = m_reject->value();
    s.subjectTag = m_subjectTag->text();
    if (SF::validate(s).isEmpty()) {
        return {};
    }
    if (s.action == SF::Action::Reject && s.actionScore < s.tagScore) {
        return tr("The score to refuse at (%1) is below the score to mark at (%2): mail would be refused without "
                  "being marked as spam.")
            .arg(QLocale().toString(s.actionScore, 'f', 1), QLocale().toString(s.tagScore, 'f', 1));
    }
    if (s.action == SF::Action::Folder) {
        if (s.actionScore < 1 || s.actionScore > SF::maximumFolderScore || s.actionScore != std::floor(s.actionScore)) {
            return tr("The score to move to the Spam folder from must be a whole number from 1 to %1: SpamAssassin "
                      "counts whole points in the header Procmail reads.")
                .arg(SF::maximumFolderScore);
        }
        if (s.actionScore < s.tagScore) {
            return tr("The score to move at (%1) is below the score to mark at (%2): mail would go to the Spam folder "
                      "without being marked as spam.")
                .arg(QLocale().toString(s.actionScore, 'f', 1), QLocale().toString(s.tagScore, 'f', 1));
        }
    }
    return tr("The subject tag may not contain '#', '\\', control characters, or start or end with a space.");
}

void FilterStep::updateButtons()
{
    const bool installed = m_state.installed;
    const bool busy = m_busy || m_install->isBusy();
    m_install->update(installed, m_loaded && !busy);
    const bool on = m_enabled->isChecked();
    m_enabled->setEnabled(installed && m_postfixInstalled && !busy);
    for (QWidget *w : std::initializer_list<QWidget *> {m_tag, m_action, m_subjectTag, m_checkTrusted}) {
        w->setEnabled(installed && on && !busy);
    }
    m_reject->setEnabled(installed && on && !busy && m_action->currentData().toString() != QLatin1String(Tag));
    m_updates->setEnabled(installed && !busy);
    m_procmail->setEnabled(m_state.procmailInstalled && m_postfixInstalled && !busy);
    m_procmail->setToolTip(m_state.procmailInstalled ? QString() : tr("Procmail is not installed."));
    m_installProcmail->update(m_state.procmailInstalled || !installed, m_loaded && !busy);
    const bool folder = m_action->currentData().toString() == QLatin1String(Folder);
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_reject))) {
        label->setText(folder ? tr("Move from score:") : tr("Refuse from score:"));
    }
    if (folder && on) {
        // The Spam folder is Procmail's doing: it delivers while the action is chosen.
        const QSignalBlocker blocker(m_procmail);
        m_procmail->setChecked(true);
        m_procmail->setEnabled(false);
        m_procmail->setToolTip(tr("Spam is moved to the Spam folder by Procmail, so local mail goes through it."));
        m_procmailForced = true;
    } else if (m_procmailForced) {
        const QSignalBlocker blocker(m_procmail);
        m_procmail->setChecked(m_state.procmailDelivery);
        m_procmailForced = false;
    }
    QString why = on ? problem() : QString();
    if (why.isEmpty() && on && folder && !m_state.procmailInstalled) {
        why = tr("Moving spam to the Spam folder needs Procmail: install it first.");
    }
    m_invalid->setText(why);
    m_invalid->setVisible(!why.isEmpty());
    const bool changed = filterChanged() || m_updates->isChecked() != m_state.ruleUpdates
        || m_procmail->isChecked() != m_state.procmailDelivery;
    m_apply->setEnabled(m_loaded && !busy && changed && why.isEmpty());
}

void FilterStep::apply()
{
    setError(QString());
    setResult(QString());
    m_busy = true;
    updateButtons();
    const bool on = m_enabled->isChecked();
    const bool updates = m_updates->isChecked();
    const bool procmail = m_procmail->isChecked();
    // One change after the other; the first that fails stops the rest and says why.
    auto steps = std::make_shared<QList<std::function<QDBusPendingCall()>>>();
    if (filterChanged()) {
        const double tag = m_tag->value();
        const QString action = m_action->currentData().toString();
        const double reject = m_reject->value();
        const QString subject = m_subjectTag->text();
        const bool trusted = m_checkTrusted->isChecked();
        steps->append([this, on, tag, action, reject, subject, trusted] {
            return proxy()->SetSpamFilter(on, tag, action, reject, subject, trusted);
        });
    }
    if (updates != m_state.ruleUpdates && m_state.installed) {
        steps->append([this, updates] { return proxy()->SetSpamRuleUpdates(updates); });
    }
    // With the Spam folder action, SetSpamFilter switches delivery to Procmail itself.
    const bool folder = on && m_action->currentData().toString() == QLatin1String(Folder);
    if (procmail != m_state.procmailDelivery && !folder) {
        steps->append([this, procmail] { return proxy()->SetProcmailDelivery(procmail); });
    }
    runSteps(steps, on);
}

void FilterStep::runSteps(const std::shared_ptr<QList<std::function<QDBusPendingCall()>>> &steps, bool on)
{
    if (steps->isEmpty()) {
        m_busy = false;
        setResult(on ? tr("Done: SpamAssassin checks incoming mail. Postfix was reloaded.")
                     : tr("Done. Postfix was reloaded."));
        Q_EMIT systemChanged();
        refresh();
        return;
    }
    const auto call = steps->takeFirst();
    whenFinished(call(), [this, steps, on](QDBusPendingCallWatcher *w) {
        if (showIfFailed(w)) {
            m_busy = false;
            Q_EMIT systemChanged();
            refresh();
            return;
        }
        runSteps(steps, on);
    });
}
