// SPDX-License-Identifier: GPL-2.0-or-later
// Mailroom's block in ~/.procmailrc: written and read back exactly, everything outside kept byte
// for byte, bad rules and unreadable blocks refused with the file untouched, atomic save.
#include "rules/procmailrc.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Mailroom;
using Field = DeliveryRule::Field;
using Action = DeliveryRule::Action;

Q_DECLARE_METATYPE(Mailroom::DeliveryRule)

namespace {
DeliveryRule rule(Field f, const QString &text, Action a, const QString &target = {}, const QString &header = {})
{
    DeliveryRule r;
    r.field = f;
    r.text = text;
    r.action = a;
    r.target = target;
    r.header = header;
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &bytes, int mode = 0600)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(mode)), 0);
}

const QByteArray handWritten = "# my own rules\nMAILDIR=$HOME/mail\n:0:\n* ^From:.*boss\nboss\n";
} // namespace

class TestProcmailRc : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recipes_data()
    {
        QTest::addColumn<DeliveryRule>("rule");
        QTest::addColumn<QString>("recipe");
        QTest::newRow("spam") << rule(Field::SpamFlag, {}, Action::Folder, QStringLiteral("Spam"))
                              << QStringLiteral(":0:\n* ^X-Spam-Flag: *YES\n$HOME/mail/Spam\n");
        QTest::newRow("subject, metacharacters literal")
            << rule(Field::Subject, QStringLiteral("[qt-devel] a.b (c)|d*e+f?g^h$i\\j{2}"), Action::Folder,
                    QStringLiteral("Lists/qt"))
            << QStringLiteral(":0:\n* ^Subject:.*\\[qt-devel\\] a\\.b \\(c\\)\\|d\\*e\\+f\\?g\\^h\\$i\\\\j\\{2\\}\n"
                              "$HOME/mail/Lists/qt\n");
        QTest::newRow("to or cc, forward")
            << rule(Field::To, QStringLiteral("sales@"), Action::Forward, QStringLiteral("bob@example.org"))
            << QStringLiteral(":0\n* ^(To|Cc):.*sales@\n! bob@example.org\n");
        QTest::newRow("header, discard, trailing blank")
            << rule(Field::Header, QStringLiteral("Bulk "), Action::Discard, {}, QStringLiteral("X-Mailer"))
            << QStringLiteral(":0\n* ^X-Mailer:.*Bulk[ ]\n/dev/null\n");
        QTest::newRow("from, non-ASCII") << rule(Field::From, QStringLiteral("张三"), Action::Folder,
                                                 QStringLiteral("朋友"))
                                         << QStringLiteral(":0:\n* ^From:.*张三\n$HOME/mail/朋友\n");
    }
    void recipes()
    {
        QFETCH(DeliveryRule, rule);
        QFETCH(QString, recipe);
        QCOMPARE(rule.validationError(), QString());
        QCOMPARE(rule.recipe(), recipe);
    }

    // Generated, parsed back: the same rules; the text outside the block stays byte-identical.
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::newRow("no file") << QByteArray() << QByteArray();
        QTest::newRow("hand-written before") << handWritten << QByteArray();
        QTest::newRow("no final newline") << QByteArray("VERBOSE=off") << QByteArray();
        QTest::newRow("CRLF and blanks around")
            << QByteArray("# dos\r\n\r\n\n") << QByteArray("\n# after the block\r\n:0\n/dev/null\n  \n");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        const DeliveryRules rules {
            rule(Field::SpamFlag, {}, Action::Folder, QStringLiteral("Spam")),
            rule(Field::Subject, QStringLiteral("[list] \"quoted\" 100%"), Action::Folder, QStringLiteral("Lists")),
            rule(Field::Header, QStringLiteral("bulk"), Action::Discard, {}, QStringLiteral("Precedence")),
            rule(Field::From, QStringLiteral("boss@work.example"), Action::Forward, QStringLiteral("me@home.example")),
        };
        // A file whose block sits between other text.
        const QByteArray lead = before.isEmpty() || before.endsWith('\n') ? before : before + '\n';
        const QByteArray file = lead + ProcmailRc::renderBlock(rules) + after;
        const ProcmailRc rc = ProcmailRc::parse(file);
        QVERIFY2(rc.isEditable(), qPrintable(rc.problem()));
        QVERIFY(rc.hasBlock());
        QCOMPARE(rc.rules(), rules);
        QCOMPARE(rc.render(rules), file);
        // Changed rules: only the block changes.
        const DeliveryRules fewer {rules.at(1)};
        const QByteArray changed = rc.render(fewer);
        QVERIFY(changed.startsWith(lead));
        QVERIFY(changed.endsWith(after));
        QCOMPARE(changed, lead + ProcmailRc::renderBlock(fewer) + after);
        QCOMPARE(ProcmailRc::parse(changed).rules(), fewer);
        // Without a block yet, the new one goes at the end and the old text stays as it was.
        const ProcmailRc plain = ProcmailRc::parse(before);
        QVERIFY(plain.isEditable());
        QVERIFY(!plain.hasBlock());
        const QByteArray appended = plain.render(rules);
        QVERIFY(appended.startsWith(before));
        QVERIFY(appended.endsWith(ProcmailRc::renderBlock(rules)));
        QCOMPARE(ProcmailRc::parse(appended).rules(), rules);
    }

    void badRules_data()
    {
        QTest::addColumn<DeliveryRule>("rule");
        QTest::addColumn<QString>("reason");
        const auto folder = [](const QString &name) {
            return rule(Field::SpamFlag, {}, Action::Folder, name);
        };
        QTest::newRow("folder empty") << folder({}) << QStringLiteral("empty");
        QTest::newRow("folder /..") << folder(QStringLiteral("a/../../etc")) << QStringLiteral("“..”");
        QTest::newRow("folder ..") << folder(QStringLiteral("..")) << QStringLiteral("“..”");
        QTest::newRow("folder absolute") << folder(QStringLiteral("/tmp/x")) << QStringLiteral("starts with “/”");
        QTest::newRow("folder pipe") << folder(QStringLiteral("|rm -rf ~")) << QStringLiteral("run it as a program");
        QTest::newRow("folder bang") << folder(QStringLiteral("!x@y.z")) << QStringLiteral("forward");
        QTest::newRow("folder dot") << folder(QStringLiteral(".hidden")) << QStringLiteral("starts with “.”");
        QTest::newRow("folder dash") << folder(QStringLiteral("-x")) << QStringLiteral("starts with “-”");
        QTest::newRow("folder newline") << folder(QStringLiteral("Spam\n:0\n|evil")) << QStringLiteral("line break");
        QTest::newRow("folder tab") << folder(QStringLiteral("a\tb")) << QStringLiteral("control");
        QTest::newRow("folder variable") << folder(QStringLiteral("$SHELL")) << QStringLiteral("“$”");
        QTest::newRow("folder blank") << folder(QStringLiteral("My Spam")) << QStringLiteral("“ ”");
        QTest::newRow("folder trailing slash") << folder(QStringLiteral("Spam/")) << QStringLiteral("ends with");
        const auto fwd = [](const QString &a) {
            return rule(Field::SpamFlag, {}, Action::Forward, a);
        };
        QTest::newRow("forward empty") << fwd({}) << QStringLiteral("empty");
        QTest::newRow("forward final newline")
            << fwd(QStringLiteral("bob@example.org\n")) << QStringLiteral("not a plain mail address");
        QTest::newRow("forward name") << fwd(QStringLiteral("Bob <bob@example.org>"))
                                      << QStringLiteral("not a plain mail address");
        QTest::newRow("forward option") << fwd(QStringLiteral("-oQ/tmp@x.org"))
                                        << QStringLiteral("not a plain mail address");
        QTest::newRow("forward two") << fwd(QStringLiteral("a@x.org b@y.org"))
                                     << QStringLiteral("not a plain mail address");
        QTest::newRow("forward no domain") << fwd(QStringLiteral("bob")) << QStringLiteral("not a plain mail address");
        QTest::newRow("header with colon")
            << rule(Field::Header, QStringLiteral("x"), Action::Discard, {}, QStringLiteral("X-Foo:"))
            << QStringLiteral("not a header name");
        QTest::newRow("header regex") << rule(Field::Header, QStringLiteral("x"), Action::Discard, {},
                                              QStringLiteral(".*"))
                                      << QStringLiteral("not a header name");
        QTest::newRow("header empty") << rule(Field::Header, QStringLiteral("x"), Action::Discard, {}, {})
                                      << QStringLiteral("header name is empty");
        QTest::newRow("text newline") << rule(Field::Subject, QStringLiteral("a\nb"), Action::Discard)
                                      << QStringLiteral("line break");
        QTest::newRow("text empty") << rule(Field::Subject, {}, Action::Discard) << QStringLiteral("empty");
    }
    void badRules()
    {
        QFETCH(DeliveryRule, rule);
        QFETCH(QString, reason);
        const QString error = rule.validationError();
        QVERIFY2(error.contains(reason), qPrintable(error));

        // Saving it is refused with the reason, and the file is left as it was.
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral(".procmailrc"));
        const QByteArray before = handWritten + ProcmailRc::renderBlock({});
        writeFile(path, before);
        ProcmailRc rc;
        QString loadError;
        QVERIFY(ProcmailRc::load(path, &rc, &loadError));
        QString saveError;
        QVERIFY(!rc.save(path, {rule}, &saveError));
        QVERIFY2(saveError.contains(reason), qPrintable(saveError));
        QCOMPARE(readAll(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral(".mailroom-bak")));
        QCOMPARE(QDir(home.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral(".procmailrc")});
    }

    void unparseable_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("reason");
        const DeliveryRules one {rule(Field::SpamFlag, {}, Action::Folder, QStringLiteral("Spam"))};
        const QByteArray block = ProcmailRc::renderBlock(one);
        QByteArray edited = block;
        edited.replace("$HOME/mail/Spam", "$HOME/mail/Junk");
        QTest::newRow("recipe edited") << handWritten + edited << QStringLiteral("edited by hand");
        QByteArray added = block;
        added.replace(ProcmailRc::endMarker, ":0\n* ^Subject:.*x\n/dev/null\n" + ProcmailRc::endMarker);
        QTest::newRow("recipe added") << added << QStringLiteral("edited by hand");
        QByteArray json = block;
        json.replace("\"then\":\"folder\"", "\"then\":\"pipe\"");
        QTest::newRow("rule comment broken") << json << QStringLiteral("changed by hand");
        QByteArray badTarget = block;
        badTarget.replace("\"target\":\"Spam\"", "\"target\":\"|sh\"");
        QTest::newRow("rule comment invalid") << badTarget << QStringLiteral("changed by hand");
        QTest::newRow("two blocks") << block + handWritten + block << QStringLiteral("more than one");
        QTest::newRow("unterminated") << handWritten + block.left(block.indexOf(ProcmailRc::endMarker))
                                      << QStringLiteral("no end line");
        QTest::newRow("end only") << handWritten + ProcmailRc::endMarker + '\n' << QStringLiteral("without its begin");
        QTest::newRow("end before begin") << ProcmailRc::endMarker + "\n" + ProcmailRc::beginMarker + "\n"
                                          << QStringLiteral("without its begin");
    }
    void unparseable()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, reason);
        const ProcmailRc parsed = ProcmailRc::parse(file);
        QVERIFY(!parsed.isEditable());
        QVERIFY2(parsed.problem().contains(reason), qPrintable(parsed.problem()));

        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral(".procmailrc"));
        writeFile(path, file);
        ProcmailRc rc;
        QString error;
        QVERIFY(ProcmailRc::load(path, &rc, &error));
        QVERIFY(!rc.isEditable());
        QVERIFY(!rc.save(path, {rule(Field::SpamFlag, {}, Action::Discard)}, &error));
        QCOMPARE(error, rc.problem());
        QCOMPARE(readAll(path), file);
        QVERIFY(!QFile::exists(path + QStringLiteral(".mailroom-bak")));
    }

    void save_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("expectedMode");
        QTest::newRow("new file: 0600") << false << 0 << 0600;
        QTest::newRow("existing 0644 kept") << true << 0644 << 0644;
        QTest::newRow("existing 0600 kept") << true << 0600 << 0600;
    }
    void save()
    {
        QFETCH(bool, exists);
        QFETCH(int, mode);
        QFETCH(int, expectedMode);
        QTemporaryDir home;
        const QString path = home.filePath(QStringLiteral(".procmailrc"));
        if (exists) {
            writeFile(path, handWritten, mode);
        }
        ProcmailRc rc;
        QString error;
        QVERIFY(ProcmailRc::load(path, &rc, &error));
        const DeliveryRules rules {rule(Field::SpamFlag, {}, Action::Folder, QStringLiteral("Spam")),
                                   rule(Field::Subject, QStringLiteral("x"), Action::Folder, QStringLiteral("a/b"))};
        QVERIFY2(rc.save(path, rules, &error), qPrintable(error));
        const QByteArray written = readAll(path);
        QVERIFY(written.startsWith(exists ? handWritten : QByteArray()));
        QCOMPARE(ProcmailRc::parse(written).rules(), rules);
        QCOMPARE(rc.rules(), rules);
        struct stat st {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 07777), expectedMode);
        QCOMPARE(readAll(path + QStringLiteral(".mailroom-bak")), exists ? handWritten : QByteArray("<missing>"));
        // The folders' directories exist, so procmail can deliver (it creates files, not folders).
        QVERIFY(QFileInfo(home.filePath(QStringLiteral("mail"))).isDir());
        QVERIFY(QFileInfo(home.filePath(QStringLiteral("mail/a"))).isDir());
        QCOMPARE(::stat(QFile::encodeName(home.filePath(QStringLiteral("mail"))).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0700);
        // No temporary file left behind.
        const QStringList left = QDir(home.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left.filter(QRegularExpression(QStringLiteral("mailroom-(?!bak$)"))), QStringList());

        // Saved again from the object: fine; after someone else changed the file: refused.
        QVERIFY2(rc.save(path, {rules.at(0)}, &error), qPrintable(error));
        writeFile(path, readAll(path) + "# changed elsewhere\n", expectedMode);
        const QByteArray changed = readAll(path);
        QVERIFY(!rc.save(path, rules, &error));
        QVERIFY2(error.contains(QLatin1String("changed since")), qPrintable(error));
        QCOMPARE(readAll(path), changed);
    }
};

QTEST_GUILESS_MAIN(TestProcmailRc)
#include "test_procmailrc.moc"
