// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

#include "helpertypes.h"

#include <QElapsedTimer>

class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// Step 7: a test message from one local user to another, followed live through the mail log.
class TestStep : public SetupStep
{
    Q_OBJECT
public:
    explicit TestStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    void refresh() override;

    // Local people: uid ≥ 1000 with a login shell, from a passwd file.
    static QStringList localUsers(const QString &passwdPath = QStringLiteral("/etc/passwd"));

private:
    void send();
    void follow();
    void handle(const Mailroom::LogEntryList &entries);
    void stop(const QString &result, bool delivered);
    void mark(int stage, const QString &line);

    QComboBox *m_from;
    QComboBox *m_to;
    QPushButton *m_send;
    QListWidget *m_timeline;
    QPlainTextEdit *m_lines;
    QString m_domain;
    QString m_cursor;
    QString m_queueId;
    QElapsedTimer m_elapsed;
    bool m_following = false;
    bool m_deliveredNow = false;
};
