// SPDX-License-Identifier: GPL-2.0-or-later
// Golden files for the main.cf linter: tests/data/config/lint/NAME.cf in → NAME.findings out.
// The catalog is the `postconf -d` output of Postfix 3.10 (tests/data/config/postconf-d.txt).
// Each case describes its world in header comments, which main.cf ignores:
//   # host: 192.168.1.10/24              an interface address of this host (repeatable; default
//                                         192.168.1.10/24, 127.0.0.1/8 and ::1/128)
//   # file: /etc/postfix/virtual 1000    a file that exists, with its modification time (seconds)
//   # catalog: none                      Postfix is not installed: no `postconf -d`
//   # master: relay smtp                 master.cf service names
// With MAILROOM_GOLDEN_OUTPUT=DIR set, the references are written to DIR instead of compared
// (tests/config/regenerate.sh does that); review them with git diff before committing.
#include "config/maincflinter.h"
#include "postfix/unifieddiff.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTest>

using namespace Mailroom::Config;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestMainCfLintGolden : public QObject
{
    Q_OBJECT

    QString m_data;
    ParameterCatalog m_catalog;

private Q_SLOTS:
    void initTestCase()
    {
        m_data = QFINDTESTDATA("../data/config");
        QVERIFY(!m_data.isEmpty());
        m_catalog = ParameterCatalog(
            ParameterCatalog::parsePostconfDefaults(readFile(m_data + QStringLiteral("/postconf-d.txt"))));
        QVERIFY(m_catalog.parameters().size() > 900);
    }

    void golden_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(m_data + QStringLiteral("/lint"));
        const QStringList cases = dir.entryList({QStringLiteral("*.cf")}, QDir::Files, QDir::Name);
        QVERIFY(cases.size() >= 10);
        for (const QString &c : cases) {
            QTest::newRow(qPrintable(QFileInfo(c).completeBaseName())) << dir.filePath(c);
        }
    }
    void golden()
    {
        QFETCH(QString, path);
        const QString text = QString::fromUtf8(readFile(path));
        QVERIFY(!text.isEmpty());

        MainCfLinter::Environment env;
        env.catalog = m_catalog;
        QHash<QString, QDateTime> files;
        QStringList masterLines;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (words.value(0) != QLatin1String("#") || words.size() < 3) {
                continue;
            }
            if (words.at(1) == QLatin1String("host:")) {
                const auto subnet = QHostAddress::parseSubnet(words.at(2));
                QHostAddress address(words.at(2).section(QLatin1Char('/'), 0, 0));
                env.hostAddresses.append({address, subnet.second});
            } else if (words.at(1) == QLatin1String("file:") && words.size() >= 4) {
                files.insert(words.at(2), QDateTime::fromSecsSinceEpoch(words.at(3).toLongLong(), QTimeZone::UTC));
            } else if (words.at(1) == QLatin1String("catalog:") && words.at(2) == QLatin1String("none")) {
                env.catalog = ParameterCatalog();
            } else if (words.at(1) == QLatin1String("master:")) {
                for (const QString &service : words.mid(2)) {
                    masterLines.append(service + QLatin1String(" unix - - y - - smtp"));
                }
            }
        }
        if (env.hostAddresses.isEmpty()) {
            env.hostAddresses = {{QHostAddress(QStringLiteral("192.168.1.10")), 24},
                                 {QHostAddress(QStringLiteral("127.0.0.1")), 8},
                                 {QHostAddress(QStringLiteral("::1")), 128}};
        }
        env.masterCf = masterLines.join(QLatin1Char('\n'));
        env.fileTime = [files](const QString &file) -> std::optional<QDateTime> {
            if (const auto it = files.constFind(file); it != files.constEnd()) {
                return *it;
            }
            return std::nullopt;
        };

        QString result;
        for (const LintFinding &f : MainCfLinter(env).lint(text)) {
            result += f.toText();
        }
        const QByteArray actual = result.toUtf8();

        const QString name = QFileInfo(path).completeBaseName() + QStringLiteral(".findings");
        const QByteArray outDir = qgetenv("MAILROOM_GOLDEN_OUTPUT");
        if (!outDir.isEmpty()) {
            QFile out(QDir(QString::fromLocal8Bit(outDir)).filePath(name));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual);
            return;
        }
        const QString expectedPath = QFileInfo(path).dir().filePath(name);
        QVERIFY2(QFile::exists(expectedPath),
                 qPrintable(QStringLiteral("missing %1; run tests/config/regenerate.sh").arg(expectedPath)));
        const QByteArray expected = readFile(expectedPath);
        QVERIFY2(actual == expected, Mailroom::UnifiedDiff::diff(expected, actual, "expected", "actual").constData());
    }
};

QTEST_GUILESS_MAIN(TestMainCfLintGolden)
#include "test_maincflint_golden.moc"
