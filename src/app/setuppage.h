// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/diagnosis.h"

#include <QList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class SetupStep;

namespace Mailroom {
class HelperConnection;
class HelperClient;
} // namespace Mailroom

// The Setup section: the chapter's steps in a list on the left (done ones marked),
// the current step on the right. Every step reads the machine's state when shown,
// so a second run shows what is already done.
class SetupPage : public QWidget
{
    Q_OBJECT
public:
    // The helper on this computer's system bus.
    explicit SetupPage(QWidget *parent = nullptr);
    // The helper reached through connection (this computer's, or another host's over SSH).
    explicit SetupPage(const Mailroom::HelperConnection &connection, QWidget *parent = nullptr);

    QList<SetupStep *> steps() const { return m_steps; }
    void showStep(int index);
    // Shows the step with objectName "step-NAME"; false when there is none.
    bool showStepNamed(const QString &name);
    int currentStep() const;

public Q_SLOTS:
    // Opens the step whose settings fix a problem the Logs section diagnosed; false when no step does.
    bool showFix(Mailroom::Diagnosis::FixTarget target);
    void refreshAll();

Q_SIGNALS:
    // The Test step's "Open in Mail".
    void openMailRequested(const QString &user, const QString &subject);

private:
    void updateMark(int index);

    Mailroom::HelperClient *m_client;
    QListWidget *m_list;
    QStackedWidget *m_stack;
    QPushButton *m_back;
    QPushButton *m_next;
    QLabel *m_progress;
    QList<SetupStep *> m_steps;
};
