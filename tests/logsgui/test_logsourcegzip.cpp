// SPDX-License-Identifier: GPL-2.0-or-later
// Rotated .gz logs are read with zlib: every gzip member, and a damaged file is an error, not
// a silently shortened log.
#include "logs/logsourceset.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestLogSourceGzip : public QObject
{
    Q_OBJECT
private:
    static QByteArray gzip(const QByteArray &data)
    {
        QProcess p;
        p.start(QStringLiteral("gzip"), {QStringLiteral("-c")});
        p.write(data);
        p.closeWriteChannel();
        p.waitForFinished();
        return p.readAllStandardOutput();
    }
    static QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(data);
        }
        return path;
    }

private Q_SLOTS:
    void readsGzip_data()
    {
        QTest::addColumn<QByteArray>("compressed");
        QTest::addColumn<QByteArray>("expected");
        QTest::addColumn<bool>("ok");
        const QByteArray a = "Mar 25 08:00:01 mail postfix/master[812]: daemon started\n";
        QByteArray big;
        for (int i = 0; i < 20000; ++i) {
            big += "Mar 25 08:00:01 mail postfix/qmgr[815]: ABC" + QByteArray::number(i) + ": removed\n";
        }
        const QByteArray b = "Mar 25 08:00:02 mail postfix/master[812]: reload\n";
        QTest::newRow("one member") << gzip(a) << a << true;
        QTest::newRow("large, many times its compressed size") << gzip(big) << big << true;
        QTest::newRow("two members") << gzip(a) + gzip(b) << a + b << true;
        QTest::newRow("empty member") << gzip(QByteArray()) << QByteArray() << true;
        const QByteArray whole = gzip(big);
        QTest::newRow("truncated") << whole.left(whole.size() / 2) << QByteArray() << false;
        QByteArray corrupt = gzip(a);
        corrupt[corrupt.size() / 2] = char(corrupt[corrupt.size() / 2] ^ 0x55);
        QTest::newRow("corrupt") << corrupt << QByteArray() << false;
    }
    void readsGzip()
    {
        QFETCH(QByteArray, compressed);
        QFETCH(QByteArray, expected);
        QFETCH(bool, ok);
        QVERIFY(compressed.startsWith("\x1f\x8b"));
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("maillog.2.gz"), compressed);
        Mailroom::LogSourceSet set;
        QString error;
        QCOMPARE(set.addFile(path, &error), ok);
        if (ok) {
            QCOMPARE(set.data(0).toByteArray(), expected);
        } else {
            QVERIFY(error.contains(path));
        }
    }
};

QTEST_GUILESS_MAIN(TestLogSourceGzip)
#include "test_logsourcegzip.moc"
