// SPDX-License-Identifier: GPL-2.0-or-later
// WaitForMailLog's long poll (JournalOperations::wait) with a fake journal: a wait ends with the
// line that arrives, or empty at its timeout; a caller that leaves the bus has its waits ended at
// once (each finished exactly once, the journal no longer polled for it), others' untouched.
#include "fakejournal.h"
#include "helperapi.h"
#include "helpertypes.h"
#include "journaloperations.h"

#include <QTest>

using namespace Mailroom;

namespace {
// One wait's outcomes (there must be exactly one).
struct Outcome
{
    QList<OperationResult> results;
    Finished finished()
    {
        return [this](const OperationResult &r) {
            results.append(r);
        };
    }
};
} // namespace

class TestJournalOperations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_log.clear();
        m_journal = std::make_unique<FakeJournal>(&m_log);
        m_ops = std::make_unique<JournalOperations>(m_journal.get());
    }

    void lineArrives()
    {
        bool arrived = false;
        m_journal->entries = [&arrived] {
            QList<JournalReader::Entry> l;
            if (arrived) {
                l.append({1, QStringLiteral("postfix/smtpd"), 7, 6, QStringLiteral("connect"), {}});
            }
            return l;
        };
        Outcome o;
        m_ops->wait(QStringLiteral(":1.7"), QStringLiteral("s=1;i=2"), 30000, o.finished());
        QCOMPARE(m_ops->following(), 1);
        QTRY_VERIFY(m_log.size() >= 2); // polled, nothing yet
        QVERIFY(o.results.isEmpty());
        arrived = true;
        QTRY_COMPARE(o.results.size(), 1);
        QVERIFY(o.results.first().ok());
        const auto entries = o.results.first().values.value(0).value<LogEntryList>();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().message, QStringLiteral("connect"));
        QCOMPARE(o.results.first().values.value(1).toString(), QStringLiteral("s=1;i=3"));
        QCOMPARE(m_ops->following(), 0);
    }

    void timeoutEndsEmpty()
    {
        Outcome o;
        m_ops->wait(QStringLiteral(":1.7"), QStringLiteral("s=1;i=2"), 0, o.finished());
        QTRY_COMPARE(o.results.size(), 1);
        QVERIFY(o.results.first().ok());
        QVERIFY(o.results.first().values.value(0).value<LogEntryList>().isEmpty());
        QCOMPARE(m_ops->following(), 0);
    }

    void callerLeftEndsItsWaitsOnly()
    {
        Outcome gone1, gone2, stays;
        m_ops->wait(QStringLiteral(":1.8"), QStringLiteral("s=1;i=2"), 30000, gone1.finished());
        m_ops->wait(QStringLiteral(":1.9"), QStringLiteral("s=1;i=2"), 30000, stays.finished());
        m_ops->wait(QStringLiteral(":1.8"), QStringLiteral("s=1;i=5"), 30000, gone2.finished());
        QCOMPARE(m_ops->following(), 3);
        m_ops->callerLeft(QStringLiteral(":1.99")); // nobody's
        QCOMPARE(m_ops->following(), 3);

        m_ops->callerLeft(QStringLiteral(":1.8"));
        QCOMPARE(m_ops->following(), 1);
        for (const Outcome *o : {&gone1, &gone2}) {
            QCOMPARE(o->results.size(), 1);
            QCOMPARE(o->results.first().errorName, QString(Api::Error::Failed));
        }
        QVERIFY(stays.results.isEmpty());

        // No more polls for the caller that left: only :1.9's cursor is asked for.
        m_log.clear();
        QTRY_VERIFY(m_log.size() >= 3);
        for (const QString &query : std::as_const(m_log)) {
            QVERIFY2(query.contains(QStringLiteral(" s=1;i=2 ")), qPrintable(query));
        }
        QTest::qWait(300);
        QCOMPARE(gone1.results.size(), 1);
        QCOMPARE(gone2.results.size(), 1);

        m_ops->callerLeft(QStringLiteral(":1.8")); // again: nothing left to end
        m_ops->callerLeft(QStringLiteral(":1.9"));
        QCOMPARE(stays.results.size(), 1);
        QCOMPARE(m_ops->following(), 0);
    }

private:
    CallLog m_log;
    std::unique_ptr<FakeJournal> m_journal;
    std::unique_ptr<JournalOperations> m_ops;
};

QTEST_GUILESS_MAIN(TestJournalOperations)
#include "test_journaloperations.moc"
