// SPDX-License-Identifier: GPL-2.0-or-later
// `mailroomctl rules` on a user's own ~/.procmailrc (HOME of a temporary directory): add, list,
// remove, test, in text and JSON; refusals leave the file untouched; an unreadable block is said.
#include "rules/procmailrc.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Result
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};
} // namespace

class TestRulesCommand : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_home;

    Result ctl(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MAILROOMCTL), QStringList {QStringLiteral("rules")} + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30000);
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }
    QString rcPath() const { return m_home.filePath(QStringLiteral(".procmailrc")); }
    QByteArray rcBytes() const
    {
        QFile f(rcPath());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void addListTestRemove()
    {
        Result r = ctl({});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("no Mailroom rules"), r.out);

        r = ctl({QStringLiteral("add"), QStringLiteral("--spam"), QStringLiteral("--folder"), QStringLiteral("Spam")});
        QCOMPARE(r.code, 0);
        r = ctl({QStringLiteral("add"), QStringLiteral("--subject"), QStringLiteral("[qt-devel]"),
                 QStringLiteral("--folder"), QStringLiteral("Lists")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out,
                 QByteArray("  1  When the spam flag is set → move to folder Spam (~/mail/Spam)\n"
                            "  2  When Subject contains “[qt-devel]” → move to folder Lists (~/mail/Lists)\n"));
        QVERIFY(rcBytes().contains(":0:\n* ^Subject:.*\\[qt-devel\\]\n$HOME/mail/Lists\n"));

        r = ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject list = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(list.value(QStringLiteral("file")).toString(), rcPath());
        QCOMPARE(list.value(QStringLiteral("editable")).toBool(), true);
        const QJsonArray rules = list.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 2);
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("contains")).toString(), QStringLiteral("[qt-devel]"));
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("if")).toString(), QStringLiteral("subject"));
        QCOMPARE(rules.at(1).toObject().value(QStringLiteral("then")).toString(), QStringLiteral("folder"));
        QCOMPARE(rules.at(0).toObject().value(QStringLiteral("recipe")).toString(),
                 QStringLiteral(":0:\n* ^X-Spam-Flag: *YES\n$HOME/mail/Spam\n"));

        const QByteArray message = "From: a@b\nSubject: [QT-devel] hi\n\nbody\n";
        r = ctl({QStringLiteral("test"), QStringLiteral("-")}, message);
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out,
                 QByteArray("Rule 2 matches: the message goes to folder ") + QFile::encodeName(m_home.path())
                     + "/mail/Lists.\n");
        r = ctl({QStringLiteral("test"), QStringLiteral("-"), QStringLiteral("--json")}, "Subject: hi\n\n");
        const QJsonObject verdict = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(verdict.value(QStringLiteral("action")).toString(), QStringLiteral("inbox"));
        QVERIFY(verdict.value(QStringLiteral("rule")).isNull());
        QCOMPARE(verdict.value(QStringLiteral("hand_written_recipes")).toBool(), false);

        r = ctl({QStringLiteral("remove"), QStringLiteral("1")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, QByteArray("  1  When Subject contains “[qt-devel]” → move to folder Lists (~/mail/Lists)\n"));
        r = ctl({QStringLiteral("remove"), QStringLiteral("5")});
        QCOMPARE(r.code, 1);
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("pipe folder") << QStringList {QStringLiteral("add"), QStringLiteral("--spam"),
                                                     QStringLiteral("--folder"), QStringLiteral("|sh")}
                                     << 1 << QByteArray("procmail would run it as a program");
        QTest::newRow("folder up") << QStringList {QStringLiteral("add"), QStringLiteral("--spam"),
                                                   QStringLiteral("--folder"), QStringLiteral("a/../../x")}
                                   << 1 << QByteArray("..");
        QTest::newRow("bad address") << QStringList {QStringLiteral("add"), QStringLiteral("--spam"),
                                                     QStringLiteral("--forward"), QStringLiteral("|mail x")}
                                     << 1 << QByteArray("not a plain mail address");
        QTest::newRow("two conditions") << QStringList {QStringLiteral("add"), QStringLiteral("--spam"),
                                                        QStringLiteral("--subject"), QStringLiteral("x"),
                                                        QStringLiteral("--discard")}
                                        << 2 << QByteArray("one condition");
        QTest::newRow("no action") << QStringList {QStringLiteral("add"), QStringLiteral("--spam")} << 2
                                   << QByteArray("one action");
        QTest::newRow("unknown verb") << QStringList {QStringLiteral("frob")} << 2 << QByteArray("usage");
    }
    void refusals()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        QFETCH(QByteArray, message);
        const QByteArray before = rcBytes();
        const Result r = ctl(args);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), r.err);
        QCOMPARE(rcBytes(), before);
    }

    void handEditedBlock()
    {
        QByteArray bytes = rcBytes();
        bytes.replace("$HOME/mail/Lists", "$HOME/mail/Other");
        {
            QFile f(rcPath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("# mine\n:0\n* ^From:.*x\n/dev/null\n" + bytes);
        }
        const QByteArray before = rcBytes();
        Result r = ctl({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        const QJsonObject list = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(list.value(QStringLiteral("editable")).toBool(), false);
        QVERIFY(list.value(QStringLiteral("problem")).toString().contains(QLatin1String("edited by hand")));
        QCOMPARE(list.value(QStringLiteral("hand_written_recipes")).toBool(), true);
        r = ctl({QStringLiteral("add"), QStringLiteral("--spam"), QStringLiteral("--discard")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("edited by hand"), r.err);
        QCOMPARE(rcBytes(), before);
    }
};

QTEST_GUILESS_MAIN(TestRulesCommand)
#include "test_rulescommand.moc"
