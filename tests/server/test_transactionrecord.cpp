// SPDX-License-Identifier: GPL-2.0-or-later
// The record of a config transaction in progress (issue 16, finding 1 of the kill-at-every-step
// test): what it holds, the records it refuses (never a path outside the known files and their
// backups), the rollback of its files byte for byte with owner and mode, and the replay at the
// helper's start: undone when unchecked, finished when checked, refused records moved aside.
#include "calllog.h"
#include "fakeprogramrunner.h"
#include "postfix/configfiletext.h"
#include "postfixconfig.h"
#include "servicemanager.h"
#include "transactionrecord.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

Q_DECLARE_METATYPE(TransactionRecord::Step)

using Step = TransactionRecord::Step;
using Kind = TransactionRecord::Restored::Kind;

namespace {
const QByteArray OldMain = "myhostname = old.example.org\n";
const QByteArray NewMain = "myhostname = new.example.org\n";
const QByteArray OldPasswd = "[relay-a.example.org]:587 user-a:password-a\n";
const QByteArray NewPasswd = "[relay-b.example.org]:2587 user-b:password-b\n";
const QString MainBackup = QStringLiteral("main.cf-20261201-101500-000");
const QString PasswdBackup = QStringLiteral("sasl_passwd-20261201-101500-000");

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void put(const QString &path, const QByteArray &bytes, mode_t mode = 0644)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode), 0);
}

mode_t modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_mode & 07777 : 0;
}

// Postfix as systemd shows it: active or not; each job logged and done at once.
class Services : public ServiceManager
{
public:
    explicit Services(CallLog *log)
        : m_log(log)
    { }
    bool active = true;
    Mailroom::ServiceState state(const QString &unit) override
    {
        Mailroom::ServiceState s;
        s.unit = unit;
        s.installed = true;
        s.activeState = active ? QStringLiteral("active") : QStringLiteral("inactive");
        return s;
    }
    void perform(const QString &unit, Action action, Done done) override
    {
        static const char *const names[] = {"Start", "Stop", "Restart", "Reload", "Enable", "Disable"};
        m_log->append(QStringLiteral("services.perform %1 %2").arg(unit, QLatin1String(names[int(action)])));
        if (action == Action::Restart || action == Action::Start) {
            active = true;
        }
        done(true, {});
    }

private:
    CallLog *m_log;
};
} // namespace

class TestTransactionRecord : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TransactionRecord::Places m_places;
    QString mainCf() const { return m_places.files.at(0); }
    QString passwd() const { return m_places.files.at(2); }

    // main.cf and sasl_passwd replaced by a relay change: old in the backups, new on disk.
    TransactionRecord relayChange(Step step) const
    {
        put(m_places.backupDir + QLatin1Char('/') + MainBackup, OldMain, 0600);
        put(m_places.backupDir + QLatin1Char('/') + PasswdBackup, OldPasswd, 0600);
        put(mainCf(), NewMain, 0644);
        put(passwd(), NewPasswd, 0600);
        TransactionRecord r;
        r.step = step;
        r.restart = true;
        r.postfixWasActive = true;
        r.files
            = {{passwd(), PasswdBackup, 0600, ::getuid(), ::getgid(), Mailroom::ConfigFileText::revision(NewPasswd)},
               {mainCf(), MainBackup, 0640, ::getuid(), ::getgid(), Mailroom::ConfigFileText::revision(NewMain)}};
        return r;
    }
    QJsonObject validJson() const { return QJsonDocument::fromJson(relayChange(Step::Begun).toJson()).object(); }

private Q_SLOTS:
    void init()
    {
        QDir(m_dir.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("etc/postfix"))));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("state/backups"))));
        const QString etc = m_dir.filePath(QStringLiteral("etc/postfix/"));
        m_places = {
            m_dir.filePath(QStringLiteral("state/transaction")),
            m_dir.filePath(QStringLiteral("state/backups")),
            {etc + QStringLiteral("main.cf"), etc + QStringLiteral("master.cf"), etc + QStringLiteral("sasl_passwd")}};
    }

    void systemPlacesAreTheHelpers()
    {
        const auto places = TransactionRecord::Places::system();
        QCOMPARE(places.recordPath, QStringLiteral("/var/lib/mailroom/transaction"));
        QCOMPARE(places.backupDir, PostfixConfig::backupDir());
        QCOMPARE(places.files,
                 QStringList({QStringLiteral("/etc/postfix/main.cf"), QStringLiteral("/etc/postfix/master.cf"),
                              QStringLiteral("/etc/postfix/sasl_passwd")}));
    }

    void savesAndLoads()
    {
        const TransactionRecord r = relayChange(Step::Checked);
        QString error;
        QVERIFY2(r.save(m_places, &error), qPrintable(error));
        QCOMPARE(modeOf(m_places.recordPath), mode_t(0600));
        TransactionRecord loaded;
        QCOMPARE(TransactionRecord::load(m_places, &loaded, &error), TransactionRecord::Found::Loaded);
        QCOMPARE(loaded.step, Step::Checked);
        QVERIFY(loaded.restart);
        QVERIFY(loaded.postfixWasActive);
        QCOMPARE(loaded.files.size(), 2);
        QCOMPARE(loaded.files.at(1).path, mainCf());
        QCOMPARE(loaded.files.at(1).backupId, MainBackup);
        QCOMPARE(loaded.files.at(1).mode, mode_t(0640));
        QCOMPARE(loaded.files.at(1).newRevision, Mailroom::ConfigFileText::revision(NewMain));
        QCOMPARE(loaded.toJson(), r.toJson());
        // Nothing of a file's content, and so no password, is in the record.
        QVERIFY(!contents(m_places.recordPath).contains("password"));
        TransactionRecord::remove(m_places);
        QCOMPARE(TransactionRecord::load(m_places, &loaded, &error), TransactionRecord::Found::None);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("key"); // in the record, or "files.N.key" in its Nth file
        QTest::addColumn<QJsonValue>("value"); // Undefined: the key is left out
        QTest::addColumn<QString>("why");
        QTest::newRow("version 2") << "version" << QJsonValue(2) << "version";
        QTest::newRow("no version") << "version" << QJsonValue(QJsonValue::Undefined) << "version";
        QTest::newRow("unknown step") << "step" << QJsonValue(QStringLiteral("done")) << "step";
        QTest::newRow("restart not bool") << "restart" << QJsonValue(1) << "restart";
        QTest::newRow("unknown key") << "command" << QJsonValue(QStringLiteral("rm -rf /")) << "unknown key";
        QTest::newRow("no files") << "files" << QJsonValue(QJsonArray()) << "files";
        QTest::newRow("files not a list") << "files" << QJsonValue(QStringLiteral("/etc/shadow")) << "files";
        QTest::newRow("/etc/shadow") << "files.0.path" << QJsonValue(QStringLiteral("/etc/shadow")) << "not one of";
        QTest::newRow("relative") << "files.0.path" << QJsonValue(QStringLiteral("main.cf")) << "not one of";
        QTest::newRow("dot-dot") << "files.0.path" << QJsonValue(QStringLiteral("%DIR%/etc/postfix/../postfix/main.cf"))
                                 << "not one of";
        QTest::newRow("doubled slash") << "files.0.path" << QJsonValue(QStringLiteral("%DIR%/etc/postfix//main.cf"))
                                       << "not one of";
        QTest::newRow("listed twice") << "files.1.path" << QJsonValue(QStringLiteral("%DIR%/etc/postfix/sasl_passwd"))
                                      << "twice";
        QTest::newRow("backup outside") << "files.1.backup" << QJsonValue(QStringLiteral("../../../etc/shadow"))
                                        << "not a backup";
        QTest::newRow("backup of another file")
            << "files.1.backup" << QJsonValue(QStringLiteral("master.cf-20261201-101500-000")) << "not a backup";
        QTest::newRow("backup with a path")
            << "files.1.backup" << QJsonValue(QStringLiteral("main.cf-20261201-101500-000/../../x")) << "not a backup";
        QTest::newRow("backup not a string") << "files.1.backup" << QJsonValue(0) << "not a backup";
        QTest::newRow("setuid mode") << "files.1.mode" << QJsonValue(04755) << "mode";
        QTest::newRow("fractional mode") << "files.1.mode" << QJsonValue(420.5) << "mode";
        QTest::newRow("negative uid") << "files.1.uid" << QJsonValue(-1) << "uid";
        QTest::newRow("gid a string") << "files.1.gid" << QJsonValue(QStringLiteral("0")) << "gid";
        QTest::newRow("bad revision") << "files.1.new" << QJsonValue(QStringLiteral("abc")) << "revision";
        QTest::newRow("file key missing") << "files.1.uid" << QJsonValue(QJsonValue::Undefined) << "exactly";
        QTest::newRow("file key extra") << "files.1.content" << QJsonValue(QStringLiteral("x")) << "exactly";
    }
    void refuses()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, why);
        if (value.isString()) {
            value = value.toString().replace(QStringLiteral("%DIR%"), m_dir.path());
        }
        QJsonObject o = validJson();
        const QStringList parts = key.split(QLatin1Char('.'));
        if (parts.size() == 3) {
            QJsonArray files = o.value(QStringLiteral("files")).toArray();
            QJsonObject file = files.at(parts.at(1).toInt()).toObject();
            if (value.isUndefined()) {
                file.remove(parts.at(2));
            } else {
                file.insert(parts.at(2), value);
            }
            files.replace(parts.at(1).toInt(), file);
            o.insert(QStringLiteral("files"), files);
        } else if (value.isUndefined()) {
            o.remove(key);
        } else {
            o.insert(key, value);
        }
        QString error;
        QVERIFY(!TransactionRecord::parse(QJsonDocument(o).toJson(), m_places, &error));
        QVERIFY2(error.contains(why), qPrintable(error));
        // The same record as a file at start: refused, moved aside, nothing opened.
        put(m_places.recordPath, QJsonDocument(o).toJson(), 0600);
        TransactionRecord loaded;
        QCOMPARE(TransactionRecord::load(m_places, &loaded, &error), TransactionRecord::Found::Refused);
    }

    void refusesWhatIsNotARecord_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut short") << QByteArray("{\"version\": 1, \"st");
        QTest::newRow("a list") << QByteArray("[1, 2]");
        QTest::newRow("binary") << QByteArray("\x00\x01\xff", 3);
    }
    void refusesWhatIsNotARecord()
    {
        QFETCH(QByteArray, bytes);
        QString error;
        QVERIFY(!TransactionRecord::parse(bytes, m_places, &error));
        QVERIFY(!error.isEmpty());
    }

    // A record the helper did not write as a regular file: never followed.
    void refusesASymlinkAndMovesItAside()
    {
        put(mainCf(), OldMain);
        QVERIFY(QFile::link(mainCf(), m_places.recordPath));
        TransactionRecord loaded;
        QString error;
        QCOMPARE(TransactionRecord::load(m_places, &loaded, &error), TransactionRecord::Found::Refused);
        const QString aside = TransactionRecord::moveAside(m_places);
        QVERIFY(aside.startsWith(m_places.recordPath + QStringLiteral(".refused-")));
        QVERIFY(QFileInfo(aside).isSymLink());
        QCOMPARE(TransactionRecord::load(m_places, &loaded, &error), TransactionRecord::Found::None);
        QCOMPARE(contents(mainCf()), OldMain);
    }

    void rollsBackByteForByteWithMode()
    {
        const TransactionRecord r = relayChange(Step::Begun);
        QVERIFY(r.filesAreNew());
        const auto restored = r.rollBackFiles(m_places);
        QCOMPARE(restored.size(), 2);
        // The reverse of the transaction: main.cf first.
        QCOMPARE(restored.at(0).path, mainCf());
        QCOMPARE(restored.at(0).kind, Kind::Restored);
        QCOMPARE(restored.at(1).kind, Kind::Restored);
        QCOMPARE(contents(mainCf()), OldMain);
        QCOMPARE(contents(passwd()), OldPasswd);
        QCOMPARE(modeOf(mainCf()), mode_t(0640)); // the recorded mode, not the backup's 0600
        QCOMPARE(modeOf(passwd()), mode_t(0600));
        QVERIFY(!r.filesAreNew());
        // Again (a helper killed during the replay): nothing left to do.
        for (const auto &again : r.rollBackFiles(m_places)) {
            QCOMPARE(again.kind, Kind::AlreadyOld);
        }
    }

    void leavesAnotherProgramsChange()
    {
        const TransactionRecord r = relayChange(Step::Begun);
        const QByteArray outside = "myhostname = postconf-e.example.org\n";
        put(mainCf(), outside);
        const auto restored = r.rollBackFiles(m_places);
        QCOMPARE(restored.at(0).kind, Kind::ChangedMeanwhile);
        QCOMPARE(contents(mainCf()), outside);
        QCOMPARE(restored.at(1).kind, Kind::Restored);
    }

    void removesAFileThatWasNew()
    {
        TransactionRecord r = relayChange(Step::Begun);
        r.files[0].backupId.clear(); // there was no sasl_passwd before
        const auto restored = r.rollBackFiles(m_places);
        QCOMPARE(restored.at(1).kind, Kind::Restored);
        QVERIFY(!QFile::exists(passwd()));
    }

    void aMissingBackupFails()
    {
        const TransactionRecord r = relayChange(Step::Begun);
        QVERIFY(QFile::remove(m_places.backupDir + QLatin1Char('/') + MainBackup));
        const auto restored = r.rollBackFiles(m_places);
        QCOMPARE(restored.at(0).kind, Kind::Failed);
        QCOMPARE(contents(mainCf()), NewMain);
    }

    // --- the replay at the helper's start -----------------------------------------------------

    void replay_data()
    {
        QTest::addColumn<Step>("step");
        QTest::addColumn<bool>("active");
        QTest::addColumn<bool>("filesNew"); // afterwards
        QTest::addColumn<QStringList>("calls");
        const QString restart = QStringLiteral("services.perform postfix.service Restart");
        const QString postmap = QStringLiteral("programs.run postmap hash:%1/etc/postfix/sasl_passwd");
        const QString reload = QStringLiteral("services.perform postfix.service Reload");
        // Before the check the transaction never reloaded Postfix: a reload reads the old files.
        QTest::newRow("begun: rolled back, reloaded") << Step::Begun << true << false << QStringList {postmap, reload};
        QTest::newRow("rolling back: rolled back, restarted")
            << Step::RollingBack << true << false << QStringList {postmap, restart};
        QTest::newRow("checked: finished, restarted") << Step::Checked << true << true << QStringList {restart};
        // The transaction had made Postfix fail: the replay starts it again.
        QTest::newRow("begun, Postfix stopped") << Step::Begun << false << false << QStringList {postmap, restart};
        QTest::newRow("begun, no file replaced yet: Postfix left alone")
            << Step::Begun << true << false << QStringList {};
    }
    void replay()
    {
        QFETCH(Step, step);
        QFETCH(bool, active);
        QFETCH(bool, filesNew);
        QFETCH(QStringList, calls);
        CallLog log;
        Services services(&log);
        services.active = active;
        FakeProgramRunner programs(&log);
        PostfixConfig config(&services, &programs);
        config.setTransactionPlaces(m_places);
        config.setSettleMs(0);
        const TransactionRecord r = relayChange(step);
        if (calls.isEmpty()) {
            put(mainCf(), OldMain, 0640);
            put(passwd(), OldPasswd, 0600);
        }
        QString error;
        QVERIFY(r.save(m_places, &error));
        put(m_places.backupDir + QStringLiteral("/sasl_passwd-20261130-101500-000"), OldPasswd, 0600);
        bool done = false;
        config.recoverInterrupted([&done] { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(contents(mainCf()), filesNew ? NewMain : OldMain);
        QCOMPARE(contents(passwd()), filesNew ? NewPasswd : OldPasswd);
        QVERIFY(!QFile::exists(m_places.recordPath));
        // The password's backups go with the record.
        QCOMPARE(QDir(m_places.backupDir).entryList({QStringLiteral("sasl_passwd-*")}), QStringList());
        QStringList actions;
        for (const QString &line : std::as_const(log)) {
            if (line.startsWith(QLatin1String("services.perform"))
                || line.startsWith(QLatin1String("programs.run postmap"))) {
                actions.append(line);
            }
        }
        for (QString &c : calls) {
            c.replace(QStringLiteral("%1"), m_dir.path());
        }
        QCOMPARE(actions, calls);
    }

    void replayOfARefusedRecordChangesNothing()
    {
        CallLog log;
        Services services(&log);
        FakeProgramRunner programs(&log);
        PostfixConfig config(&services, &programs);
        config.setTransactionPlaces(m_places);
        QJsonObject o = validJson();
        QJsonArray files = o.value(QStringLiteral("files")).toArray();
        QJsonObject file = files.at(1).toObject();
        file.insert(QStringLiteral("path"), QStringLiteral("/etc/shadow"));
        files.replace(1, file);
        o.insert(QStringLiteral("files"), files);
        put(m_places.recordPath, QJsonDocument(o).toJson(), 0600);
        bool done = false;
        config.recoverInterrupted([&done] { done = true; });
        QTRY_VERIFY(done);
        QCOMPARE(contents(mainCf()), NewMain);
        QCOMPARE(contents(passwd()), NewPasswd);
        QVERIFY(!QFile::exists(m_places.recordPath));
        QCOMPARE(
            QDir(m_dir.filePath(QStringLiteral("state"))).entryList({QStringLiteral("transaction.refused-*")}).size(),
            1);
        for (const QString &line : std::as_const(log)) {
            QVERIFY2(!line.startsWith(QLatin1String("services.perform")), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestTransactionRecord)
#include "test_transactionrecord.moc"
