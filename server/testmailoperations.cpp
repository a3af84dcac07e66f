// SPDX-License-Identifier: GPL-2.0-or-later
#include "testmailoperations.h"

#include "helperapi.h"
#include "journal.h"
#include "mail/headerencoding.h"
#include "programrunner.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QTimer>
#include <QUuid>

Q_LOGGING_CATEGORY(lcTestMail, "mailroom.helper.testmail")

using namespace Mailroom;

namespace {
constexpr int LogWaitMs = 15000;
constexpr int PollIntervalMs = 100;
} // namespace

TestMailOperations::TestMailOperations(const ProgramRunner *programs, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_programs(programs)
    , m_journal(journal)
{ }

QByteArray TestMailOperations::message(const QString &fromUser, const QString &toAddress, const QString &subject,
                                       const QString &messageId)
{
    QByteArray m;
    m += "From: " + fromUser.toLatin1() + "\n";
    m += "To: " + toAddress.toLatin1() + "\n";
    m += "Subject: " + HeaderEncoding::encodeWords(subject) + "\n";
    m += "Message-ID: " + messageId.toLatin1() + "\n";
    m += "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n";
    m += "This is a test message sent by Mailroom to check that mail is delivered.\n";
    return m;
}

void TestMailOperations::send(const QString &fromUser, const QString &toAddress, const QString &subject,
                              const Finished &done)
{
    if (!m_programs->exists(ProgramRunner::Program::Sendmail)) {
        done(OperationResult::failure(Api::Error::NotInstalled, QStringLiteral("no sendmail command is installed")));
        return;
    }
    const QString start = m_journal->tailCursor();
    const QString messageId = QStringLiteral("<mailroom-test-%1@%2>")
                                  .arg(QUuid::createUuid().toString(QUuid::WithoutBraces), QSysInfo::machineHostName());
    qCInfo(lcTestMail) << "from" << fromUser << "to" << toAddress << messageId;
    // Submitted by root with the user as envelope sender: the helper's sandbox (no new
    // privileges) would stop postdrop's setgid bit if it ran as the user.
    const auto p
        = m_programs->run(ProgramRunner::Program::Sendmail,
                          {QStringLiteral("-i"), QStringLiteral("-f"), fromUser, QStringLiteral("--"), toAddress},
                          message(fromUser, toAddress, subject, messageId));
    if (!p.ok()) {
        done(OperationResult::failure(Api::Error::Failed,
                                      QStringLiteral("sendmail failed: %1").arg(QString::fromUtf8(p.err).trimmed())));
        return;
    }
    auto *timer = new QTimer(this);
    const QDeadlineTimer deadline(LogWaitMs);
    connect(timer, &QTimer::timeout, this, [this, timer, start, messageId, deadline, done] {
        const auto page = m_journal->query({QStringLiteral("postfix")}, start, 0, 5000);
        for (const auto &e : page.entries) {
            const qsizetype at = e.message.indexOf(QLatin1String(": message-id=") + messageId);
            if (at > 0) {
                timer->stop();
                timer->deleteLater();
                done(OperationResult::success({e.message.left(at)}));
                return;
            }
        }
        if (deadline.hasExpired()) {
            timer->stop();
            timer->deleteLater();
            done(OperationResult::failure(Api::Error::Failed,
                                          QStringLiteral("the message was handed to sendmail but Postfix did not log "
                                                         "it within 15 seconds: is Postfix running?")));
        }
    });
    timer->start(PollIntervalMs);
}
