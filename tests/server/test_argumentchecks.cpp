// SPDX-License-Identifier: GPL-2.0-or-later
#include "argumentchecks.h"
#include "postfix/configchange.h"
#include "postfix/relayconfig.h"

#include <QTest>

namespace {
QStringList L(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *s : items) {
        list += QString::fromUtf8(s);
    }
    return list;
}
} // namespace

using namespace Mailroom;
namespace Check = ArgumentChecks;

class TestArgumentChecks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serviceUnit_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit"); // empty: refused
        QTest::newRow("short") << "postfix" << "postfix.service";
        QTest::newRow("full") << "dovecot.service" << "dovecot.service";
        QTest::newRow("sendmail") << "sendmail" << "sendmail.service";
        QTest::newRow("exim4") << "exim4" << "exim4.service";
        QTest::newRow("other unit") << "sshd" << "";
        QTest::newRow("other type") << "postfix.socket" << "";
        QTest::newRow("path") << "../postfix" << "";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("template") << "postfix@-" << "";
    }
    void serviceUnit()
    {
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QString normalized;
        const auto v = Check::serviceUnit(name, &normalized);
        QCOMPARE(v.valid, !unit.isEmpty());
        QCOMPARE(normalized, unit);
        QCOMPARE(v.message.isEmpty(), v.valid);
    }

    void firewallService_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<bool>("valid");
        QTest::newRow("smtp") << "smtp" << true;
        QTest::newRow("submission") << "submission" << true;
        QTest::newRow("imap") << "imap" << true;
        QTest::newRow("ssh") << "ssh" << false;
        QTest::newRow("case") << "SMTP" << false;
        QTest::newRow("empty") << "" << false;
    }
    void firewallService()
    {
        QFETCH(QString, service);
        QFETCH(bool, valid);
        QCOMPARE(Check::firewallService(service).valid, valid);
    }

    void packageName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("family");
        QTest::addColumn<bool>("valid");
        QTest::newRow("postfix debian") << "postfix" << "debian" << true;
        QTest::newRow("sasl rhel") << "sasl-modules" << "rhel" << true;
        QTest::newRow("unsupported distro") << "postfix" << "other" << false;
        QTest::newRow("real name, not logical") << "libsasl2-modules" << "debian" << false;
        QTest::newRow("unknown") << "nginx" << "debian" << false;
        QTest::newRow("shell") << "postfix; rm -rf /" << "debian" << false;
    }
    void packageName()
    {
        QFETCH(QString, name);
        QFETCH(QString, family);
        QFETCH(bool, valid);
        QCOMPARE(Check::packageName(name, family).valid, valid);
    }

    void configKeys_data()
    {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<bool>("valid");
        QTest::newRow("writable") << L({"myhostname", "relayhost"}) << true;
        QTest::newRow("read-only") << L({"mail_version", "alias_maps"}) << true;
        QTest::newRow("unknown") << L({"myhostname", "no_such_parameter"}) << false;
        QTest::newRow("none") << QStringList() << false;
        QTest::newRow("too many") << QStringList(65, QStringLiteral("myhostname")) << false;
        QTest::newRow("64") << QStringList(64, QStringLiteral("myhostname")) << true;
    }
    void configKeys()
    {
        QFETCH(QStringList, keys);
        QFETCH(bool, valid);
        QCOMPARE(Check::configKeys(keys).valid, valid);
    }

    void configChange()
    {
        ConfigChange empty;
        QVERIFY(Check::configChange(empty, false).valid);
        QVERIFY(!Check::configChange(empty, true).valid);
        ConfigChange good;
        good.set(QStringLiteral("myhostname"), QStringLiteral("mail.example.com"));
        QVERIFY(Check::configChange(good, true).valid);
        ConfigChange bad;
        bad.set(QStringLiteral("no_such_parameter"), QStringLiteral("1"));
        QVERIFY(!Check::configChange(bad, false).valid);
    }

    void changeSize_data()
    {
        QTest::addColumn<qsizetype>("set");
        QTest::addColumn<qsizetype>("removed");
        QTest::addColumn<bool>("valid");
        QTest::newRow("nothing") << qsizetype(0) << qsizetype(0) << true;
        QTest::newRow("64 set") << qsizetype(64) << qsizetype(0) << true;
        QTest::newRow("32 + 32") << qsizetype(32) << qsizetype(32) << true;
        QTest::newRow("33 + 32") << qsizetype(33) << qsizetype(32) << false;
        QTest::newRow("65 removed") << qsizetype(0) << qsizetype(65) << false;
        QTest::newRow("a million") << qsizetype(1000000) << qsizetype(0) << false;
    }
    void changeSize()
    {
        QFETCH(qsizetype, set);
        QFETCH(qsizetype, removed);
        QFETCH(bool, valid);
        const auto r = Check::changeSize(set, removed);
        QCOMPARE(r.valid, valid);
        if (!valid) {
            QCOMPARE(r.message, QStringLiteral("change at most 64 parameters at once"));
        }
    }

    void backupId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("main.cf") << "main.cf-20261125-171500-123" << true;
        QTest::newRow("master.cf") << "master.cf-20261125-171500-123" << true;
        QTest::newRow("other file") << "virtual-20261125-171500-123" << false;
        QTest::newRow("sasl_passwd is not restorable") << "sasl_passwd-20261125-171500-123" << false;
        QTest::newRow("path") << "../../etc/shadow" << false;
        QTest::newRow("slash") << "main.cf-2026/../x" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("final newline") << "main.cf-20261125-171500-123\n" << false;
    }
    void backupId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(Check::backupId(id).valid, valid);
    }

    void configFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("main.cf") << "main.cf" << true;
        QTest::newRow("master.cf") << "master.cf" << true;
        QTest::newRow("path") << "/etc/postfix/main.cf" << false;
        QTest::newRow("other file in /etc/postfix") << "sasl_passwd" << false;
        QTest::newRow("case") << "Main.cf" << false;
        QTest::newRow("empty") << "" << false;
    }
    void configFile()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        PostfixConfig::File file {};
        QCOMPARE(Check::configFile(name, &file).valid, valid);
        if (valid) {
            QCOMPARE(PostfixConfig::fileName(file), name);
        }
    }

    // Each refusal names the bound and the line, so the admin can find it.
    void configFileText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("fine") << QStringLiteral("a = b\n# Grüße\n") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("NUL") << (QStringLiteral("a = b\nc = ") + QChar(0) + QStringLiteral("\n"))
                             << QStringLiteral("Line 2 contains a NUL byte");
        QTest::newRow("lone surrogate") << (QStringLiteral("a\nb\nc = ") + QChar(0xDC00))
                                        << QStringLiteral("Line 3 is not valid UTF-8");
        QTest::newRow("line of 2048 bytes") << QString(2048, QLatin1Char('x')) << QString();
        QTest::newRow("line of 2049 bytes")
            << (QStringLiteral("a = b\n") + QString(2049, QLatin1Char('x'))) << QStringLiteral("Line 2 is 2049 bytes");
        QTest::newRow("several megabytes")
            << QString(3 * 1024 * 1024, QLatin1Char('\n')) << QStringLiteral("at most 1048576 bytes");
    }
    void configFileText()
    {
        QFETCH(QString, text);
        QFETCH(QString, messagePart);
        const auto v = Check::configFileText(text);
        QCOMPARE(v.valid, messagePart.isEmpty());
        QVERIFY2(v.message.contains(messagePart), qPrintable(v.message));
    }

    void configRevision_data()
    {
        QTest::addColumn<QString>("revision");
        QTest::addColumn<bool>("valid");
        QTest::newRow("sha256") << QString(64, QLatin1Char('0')) << true;
        QTest::newRow("upper case") << QString(64, QLatin1Char('A')) << false;
        QTest::newRow("short") << QString(63, QLatin1Char('0')) << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("final newline") << QString(QString(64, QLatin1Char('0')) + QLatin1Char('\n')) << false;
    }
    void configRevision()
    {
        QFETCH(QString, revision);
        QFETCH(bool, valid);
        QCOMPARE(Check::configRevision(revision).valid, valid);
    }

    void postmapTable_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<bool>("valid");
        QTest::newRow("hash") << "hash:/etc/postfix/virtual" << true;
        QTest::newRow("lmdb in a subdirectory") << "lmdb:/etc/postfix/maps/sender_access" << true;
        QTest::newRow("cdb") << "cdb:/etc/postfix/transport" << true;
        QTest::newRow("regexp is not compiled") << "regexp:/etc/postfix/header_checks" << false;
        QTest::newRow("outside /etc/postfix") << "hash:/etc/aliases" << false;
        QTest::newRow("dot dot") << "hash:/etc/postfix/../shadow" << false;
        QTest::newRow("dot") << "hash:/etc/postfix/./virtual" << false;
        QTest::newRow("relative") << "hash:virtual" << false;
        QTest::newRow("no type") << "/etc/postfix/virtual" << false;
        QTest::newRow("option") << "hash:/etc/postfix/-v" << false;
        QTest::newRow("space") << "hash:/etc/postfix/a b" << false;
        QTest::newRow("directory") << "hash:/etc/postfix/" << false;
        QTest::newRow("final newline") << "hash:/etc/postfix/virtual\n" << false;
    }
    void postmapTable()
    {
        QFETCH(QString, table);
        QFETCH(bool, valid);
        QCOMPARE(Check::postmapTable(table).valid, valid);
    }

    void relay()
    {
        RelayConfig r;
        r.host = QStringLiteral("smtp.example.com");
        r.port = 587;
        r.user = QStringLiteral("alice");
        r.password = QStringLiteral("s3cret");
        QVERIFY(Check::relay(r).valid);
        r.host = QStringLiteral("bad host");
        QVERIFY(!Check::relay(r).valid);
    }

    // Security review finding 3: every string and list is bounded by its size first, and the
    // refusal says so (a 30 MB password or a 10^6-item mynetworks never reaches the parsers).
    void sizeBounds_data()
    {
        QTest::addColumn<QString>("argument");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::newRow("password 1024") << "password" << 1024 << QString();
        QTest::newRow("password 1025") << "password" << 1025 << "password is longer than 1024";
        QTest::newRow("password 30 MB") << "password" << 30 * 1024 * 1024 << "password is longer than 1024";
        QTest::newRow("user 256") << "user" << 256 << QString();
        QTest::newRow("user 257") << "user" << 257 << "user name is longer than 256";
        QTest::newRow("host 254") << "host" << 254 << "host name is longer than 253";
        QTest::newRow("mynetworks 256 items") << "mynetworks" << 256 << QString();
        QTest::newRow("mynetworks 257 items") << "mynetworks" << 257 << "mynetworks lists 257 networks";
        QTest::newRow("mynetworks 10^6 items") << "mynetworks" << 1000000 << "characters long; at most 4096";
        QTest::newRow("value 4097") << "value" << 4097 << "characters long; at most 4096";
        QTest::newRow("65 parameters") << "entries" << 65 << "at most 64 parameters";
        QTest::newRow("parameter name 65") << "key" << 65 << "is not a parameter name";
        QTest::newRow("operation id") << "operation" << 100000 << "is not a package operation id";
        QTest::newRow("backup id") << "backup" << 100000 << "is not a main.cf or master.cf backup id";
        QTest::newRow("file text 1 MiB + 1") << "text" << 1024 * 1024 + 1 << "at most 1048576 bytes";
        QTest::newRow("cursor 10^6") << "cursor" << 1000000 << "malformed journal cursor";
    }
    void sizeBounds()
    {
        QFETCH(QString, argument);
        QFETCH(int, size);
        QFETCH(QString, refusal);
        RelayConfig r;
        r.host = QStringLiteral("smtp.example.com");
        r.port = 587;
        r.user = QStringLiteral("alice");
        r.password = QStringLiteral("s3cret");
        ConfigChange change;
        ValidationResult result;
        if (argument == QLatin1String("password")) {
            r.password = QString(size, QLatin1Char('p'));
            result = Check::relay(r);
        } else if (argument == QLatin1String("user")) {
            r.user = QString(size, QLatin1Char('u'));
            result = Check::relay(r);
        } else if (argument == QLatin1String("host")) {
            r.host = QString(size, QLatin1Char('h'));
            result = Check::relay(r);
        } else if (argument == QLatin1String("mynetworks")) {
            QStringList networks;
            for (int i = 0; i < size; ++i) {
                networks << QStringLiteral("10.0.%1.%2").arg(i / 256).arg(i % 256);
            }
            change.set(QStringLiteral("mynetworks"), networks.join(QLatin1Char(' ')));
            result = Check::configChange(change, true);
        } else if (argument == QLatin1String("value")) {
            change.set(QStringLiteral("myhostname"), QString(size, QLatin1Char('a')));
            result = Check::configChange(change, true);
        } else if (argument == QLatin1String("entries")) {
            for (int i = 0; i < size; ++i) {
                change.set(QStringLiteral("k%1").arg(i), QStringLiteral("1"));
            }
            result = Check::configChange(change, true);
        } else if (argument == QLatin1String("key")) {
            change.set(QString(size, QLatin1Char('k')), QStringLiteral("1"));
            result = Check::configChange(change, true);
        } else if (argument == QLatin1String("operation")) {
            result = Check::packageOperation(QString(size, QLatin1Char('1')));
        } else if (argument == QLatin1String("backup")) {
            result = Check::backupId(QStringLiteral("main.cf-") + QString(size, QLatin1Char('1')));
        } else if (argument == QLatin1String("text")) {
            result = Check::configFileText(QString(size, QLatin1Char('a')));
        } else if (argument == QLatin1String("cursor")) {
            result = Check::journalCursor(QStringLiteral("s=") + QString(size, QLatin1Char('a')), true);
        } else {
            QFAIL("unknown argument");
        }
        if (refusal.isEmpty()) {
            QVERIFY2(result.valid, qPrintable(result.message));
        } else {
            QVERIFY(!result.valid);
            QVERIFY2(result.message.contains(refusal), qPrintable(result.message));
        }
    }

    void packageOperation_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<bool>("valid");
        QTest::newRow("install") << "install-3" << true;
        QTest::newRow("remove") << "remove-12" << true;
        QTest::newRow("other") << "op-1" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("final newline") << "install-3\n" << false;
    }
    void packageOperation()
    {
        QFETCH(QString, operation);
        QFETCH(bool, valid);
        QCOMPARE(Check::packageOperation(operation).valid, valid);
    }

    void journalCursor_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::addColumn<bool>("required");
        QTest::addColumn<bool>("valid");
        const QString real = QStringLiteral("s=2d5c;i=1a2b;b=77aa;m=123;t=5f0e;x=9c");
        QTest::newRow("real") << real << true << true;
        QTest::newRow("empty, optional") << "" << false << true;
        QTest::newRow("empty, required") << "" << true << false;
        QTest::newRow("injection") << "s=1;DROP" << false << false;
        QTest::newRow("upper hex") << "s=ABC" << false << false;
        QTest::newRow("final newline") << "s=1;i=2\n" << false << false;
        QTest::newRow("too long") << QString(QStringLiteral("s=1;").repeated(128) + QStringLiteral("i=1")) << false
                                  << false;
    }
    void journalCursor()
    {
        QFETCH(QString, cursor);
        QFETCH(bool, required);
        QFETCH(bool, valid);
        QCOMPARE(Check::journalCursor(cursor, required).valid, valid);
    }

    void limits()
    {
        QVERIFY(!Check::logPageSize(0).valid);
        QVERIFY(Check::logPageSize(1).valid);
        QVERIFY(Check::logPageSize(5000).valid);
        QVERIFY(!Check::logPageSize(5001).valid);
        QVERIFY(Check::logWaitTimeout(0).valid);
        QVERIFY(Check::logWaitTimeout(30000).valid);
        QVERIFY(!Check::logWaitTimeout(30001).valid);
    }

    void queueIds_data()
    {
        QTest::addColumn<QStringList>("ids");
        QTest::addColumn<bool>("valid");
        QTest::newRow("short") << L({"4B3C2A1F0E"}) << true;
        QTest::newRow("long") << L({"4XyZ1abcDEfg2h"}) << true;
        QTest::newRow("several") << L({"4B3C2A1F0E", "ABCDE"}) << true;
        QTest::newRow("none") << QStringList() << false;
        QTest::newRow("option") << L({"-rf"}) << false;
        QTest::newRow("ALL") << L({"ALL"}) << false;
        QTest::newRow("one bad among good") << L({"4B3C2A1F0E", "4B3C!"}) << false;
        QTest::newRow("too many") << QStringList(1001, QStringLiteral("ABCDE")) << false;
    }
    void queueIds()
    {
        QFETCH(QStringList, ids);
        QFETCH(bool, valid);
        QCOMPARE(Check::queueIds(ids).valid, valid);
    }

    void userName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("alice") << "alice" << true;
        QTest::newRow("underscore") << "_mail" << true;
        QTest::newRow("dots and dashes") << "a.b-c" << true;
        QTest::newRow("upper") << "Alice" << false;
        QTest::newRow("path") << "../etc" << false;
        QTest::newRow("digit first") << "1bob" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("33 chars") << QString(33, QLatin1Char('a')) << false;
        QTest::newRow("final newline") << "alice\n" << false;
    }
    void userName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Check::userName(name).valid, valid);
    }

    void loginAccount_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        // root and daemon exist on every Linux system; daemon is a system account.
        QTest::newRow("root") << "root" << true;
        QTest::newRow("system account") << "daemon" << false;
        QTest::newRow("nobody") << "nobody" << false;
        QTest::newRow("missing") << "no-such-user-here" << false;
        QTest::newRow("bad syntax") << "no such user" << false;
    }
    void loginAccount()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(Check::loginAccount(name).valid, valid);
    }

    void mailAddress_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("valid");
        QTest::newRow("address") << "alice@example.com" << true;
        QTest::newRow("plus") << "alice+test@mail.example.com" << true;
        QTest::newRow("local user") << "bob" << true;
        QTest::newRow("option") << "-oQ/tmp" << false;
        QTest::newRow("space") << "alice@example.com bob@example.com" << false;
        QTest::newRow("angle") << "<alice@example.com>" << false;
        QTest::newRow("quote") << "\"a\"@example.com" << false;
        QTest::newRow("empty") << "" << false;
        // QRegularExpression's $ also matches before a final newline: every pattern is anchored.
        QTest::newRow("final newline") << "bob\n" << false;
        QTest::newRow("address, final newline") << "alice@example.com\n" << false;
    }
    void mailAddress()
    {
        QFETCH(QString, address);
        QFETCH(bool, valid);
        QCOMPARE(Check::mailAddress(address).valid, valid);
    }

    void subject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "Mailroom test" << true;
        QTest::newRow("chinese") << "测试邮件消息" << true;
        QTest::newRow("empty") << "" << true;
        QTest::newRow("header injection") << "hi\nBcc: x@example.com" << false;
        QTest::newRow("carriage return") << "hi\rthere" << false;
        QTest::newRow("200") << QString(200, QLatin1Char('x')) << true;
        QTest::newRow("201") << QString(201, QLatin1Char('x')) << false;
    }
    void subject()
    {
        QFETCH(QString, subject);
        QFETCH(bool, valid);
        QCOMPARE(Check::subject(subject).valid, valid);
    }
};

QTEST_GUILESS_MAIN(TestArgumentChecks)
#include "test_argumentchecks.moc"
