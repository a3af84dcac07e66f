// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QObject>

class Journal;
class ProgramRunner;

// The test-mail area: a short message submitted with sendmail, then its queue id
// found in the journal (cleanup logs "QUEUEID: message-id=<…>").
class TestMailOperations : public QObject
{
    Q_OBJECT
public:
    TestMailOperations(const ProgramRunner *programs, Journal *journal, QObject *parent = nullptr);

    // The message as submitted: subject RFC 2047-encoded, body plain UTF-8.
    static QByteArray message(const QString &fromUser, const QString &toAddress, const QString &subject,
                              const QString &messageId);

    // Arguments are already checked (ArgumentChecks::loginAccount, mailAddress, subject).
    // Replies with the queue id, or fails when Postfix has not logged it within 15 s.
    void send(const QString &fromUser, const QString &toAddress, const QString &subject, const Finished &done);

private:
    const ProgramRunner *m_programs;
    Journal *m_journal;
};
