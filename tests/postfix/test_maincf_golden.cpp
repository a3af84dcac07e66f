// SPDX-License-Identifier: GPL-2.0-or-later
// Golden files: tests/data/postfix/realworld/*.cf (real main.cf shapes) edited with the change
// lists in tests/data/postfix/golden/*.changes must give golden/*.expected.cf byte for byte.
// With MAILROOM_GOLDEN_OUTPUT=DIR set, the references are written to DIR instead of compared
// (tests/postfix/regenerate.sh does that); review them with git diff before committing.
#include "goldencase.h"

#include "postfix/maincf.h"
#include "postfix/unifieddiff.h"

#include <QDir>
#include <QFile>
#include <QTest>

using Mailroom::MainCf;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray comments(const QByteArray &text)
{
    QByteArray out;
    for (const QByteArray &line : text.split('\n')) {
        if (line.trimmed().startsWith('#')) {
            out += line.trimmed() + '\n';
        }
    }
    return out;
}
} // namespace

class TestMainCfGolden : public QObject
{
    Q_OBJECT

    QString m_data;

private Q_SLOTS:
    void initTestCase()
    {
        m_data = QFINDTESTDATA("../data/postfix");
        QVERIFY(!m_data.isEmpty());
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(m_data + QStringLiteral("/realworld"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 4);
        for (const QString &f : files) {
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
        }
        const QDir golden(m_data + QStringLiteral("/golden"));
        for (const QString &f : golden.entryList({QStringLiteral("*.expected.cf")}, QDir::Files, QDir::Name)) {
            QTest::newRow(qPrintable(f)) << golden.filePath(f);
        }
    }
    void roundTrip()
    {
        QFETCH(QString, path);
        const QByteArray text = readFile(path);
        QVERIFY(!text.isEmpty());
        const MainCf cf = MainCf::fromByteArray(text);
        QCOMPARE(cf.toByteArray(), text);
        QVERIFY(!cf.names().isEmpty());
    }

    void golden_data()
    {
        QTest::addColumn<QString>("changesPath");
        const QStringList cases = GoldenCase::all(m_data + QStringLiteral("/golden"));
        QVERIFY(cases.size() >= 5);
        for (const QString &c : cases) {
            QTest::newRow(qPrintable(QFileInfo(c).completeBaseName())) << c;
        }
    }
    void golden()
    {
        QFETCH(QString, changesPath);
        QString error;
        const GoldenCase c = GoldenCase::load(changesPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray input = readFile(c.inputPath);
        QVERIFY(!input.isEmpty());

        MainCf cf = MainCf::fromByteArray(input);
        const Mailroom::ValidationResult r = c.change.applyTo(cf);
        QVERIFY2(r, qPrintable(r.message));
        const QByteArray result = cf.toByteArray();

        // Every comment of the input survives, in order.
        QCOMPARE(comments(result), comments(input));
        // Every change took effect.
        for (const auto &e : c.change.entries()) {
            QCOMPARE(cf.value(e.key), e.value ? std::optional<QString>(e.value->trimmed()) : std::nullopt);
        }

        const QByteArray outDir = qgetenv("MAILROOM_GOLDEN_OUTPUT");
        if (!outDir.isEmpty()) {
            QFile out(QDir(QString::fromLocal8Bit(outDir)).filePath(c.name + QStringLiteral(".expected.cf")));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(result);
            return;
        }
        const QByteArray expected = readFile(c.expectedPath);
        QVERIFY2(!expected.isEmpty(),
                 qPrintable(QStringLiteral("missing %1; run tests/postfix/regenerate.sh").arg(c.expectedPath)));
        QVERIFY2(result == expected, Mailroom::UnifiedDiff::diff(expected, result, "expected", "actual").constData());
    }
};

QTEST_GUILESS_MAIN(TestMainCfGolden)
#include "test_maincf_golden.moc"
