// SPDX-License-Identifier: GPL-2.0-or-later
// The bounds of a whole main.cf/master.cf that mailroomctl checks before sending and the helper
// before writing: each refusal names the bound and the line.
#include "postfix/configfiletext.h"

#include <QTest>

using namespace Mailroom;

class TestConfigFileText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("text") << QByteArray("myhostname = a\n# Grüße\n") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("NUL") << QByteArray("a = b\nc = \0\n", 11) << QStringLiteral("Line 2 contains a NUL byte");
        QTest::newRow("invalid UTF-8") << QByteArray("a = b\nb = \xff\xfe\n")
                                       << QStringLiteral("Line 2 is not valid UTF-8");
        QTest::newRow("truncated sequence at the end")
            << QByteArray("a = \xc3") << QStringLiteral("Line 1 is not valid UTF-8");
        QTest::newRow("overlong encoding")
            << QByteArray("a = \xc0\xaf\n") << QStringLiteral("Line 1 is not valid UTF-8");
        QTest::newRow("2048 bytes") << QByteArray(2048, 'x') << QString();
        QTest::newRow("2049 bytes") << (QByteArray("a\n") + QByteArray(2049, 'x'))
                                    << QStringLiteral("Line 2 is 2049 bytes long; lines may be at most 2048 bytes");
        QTest::newRow("1 MiB") << QByteArray(1024 * 1024, '\n') << QString();
        QTest::newRow("1 MiB and a byte")
            << QByteArray(1024 * 1024 + 1, '\n') << QStringLiteral("at most 1048576 bytes");
    }
    void bytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString problem = ConfigFileText::problem(bytes);
        QCOMPARE(problem.isEmpty(), says.isEmpty());
        QVERIFY2(problem.contains(says), qPrintable(problem));
    }

    void revision()
    {
        QCOMPARE(ConfigFileText::revision(""),
                 QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QVERIFY(ConfigFileText::isRevision(ConfigFileText::revision("x")));
        QVERIFY(!ConfigFileText::isRevision(QStringLiteral("E3B0")));
    }
};

QTEST_GUILESS_MAIN(TestConfigFileText)
#include "test_configfiletext.moc"
