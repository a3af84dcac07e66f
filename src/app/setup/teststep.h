// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

#include "helpertypes.h"

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
namespace Mailroom {
class TestMailTracker;
struct DeliveryLine;
} // namespace Mailroom

// Step 7: a test message from one local user to another, followed live through the mail log.
class TestStep : public SetupStep
{
    Q_OBJECT
public:
    explicit TestStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

    // Local people: uid ≥ 1000 with a login shell, from a passwd file.
    static QStringList localUsers(const QString &passwdPath = QStringLiteral("/etc/passwd"));

Q_SIGNALS:
    // "Open in Mail": the recipient's mailbox, with the test message selected.
    void openMailRequested(const QString &user, const QString &subject);

private:
    void send();
    void handle(const Mailroom::LogEntry &entry);
    void finished(const Mailroom::DeliveryLine &result, const QString &error);
    void stop(const QString &result, bool delivered);
    void mark(int stage, const QString &line);

    QComboBox *m_from;
    QComboBox *m_to;
    QPushButton *m_send;
    QPushButton *m_open;
    QString m_sentTo;
    QString m_subject;
    QListWidget *m_timeline;
    QPlainTextEdit *m_lines;
    Mailroom::TestMailTracker *m_tracker;
    QString m_domain;
    bool m_following = false;
    bool m_deliveredNow = false;
};
