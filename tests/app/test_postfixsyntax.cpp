// SPDX-License-Identifier: GPL-2.0-or-later
// resources/syntax/postfix.xml: it loads into the program's repository, and highlights the golden
// inputs tests/data/config/highlight/* exactly as the references *.ref say, in KSyntaxHighlighting's
// own autotest format (<Style>text</Style>, <br/> at each line end). The installed
// KSyntaxHighlighting exports no HTML/ANSI highlighter, so a small AbstractHighlighter renders.
// MAILROOM_GOLDEN_OUTPUT=DIR writes the references there instead (tests/config/regenerate.sh).
#include "highlighting.h"
#include "postfix/unifieddiff.h"

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <QDir>
#include <QFile>
#include <QTest>

namespace {
class ReferenceHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    QString highlight(const QString &text)
    {
        m_out.clear();
        KSyntaxHighlighting::State state;
        const QStringList lines = text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == lines.size() - 1 && lines.at(i).isEmpty()) {
                break;
            }
            m_line = lines.at(i);
            state = highlightLine(m_line, state);
            m_out += QStringLiteral("<br/>\n");
        }
        return m_out;
    }

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override
    {
        if (length == 0) {
            return;
        }
        const QString name = format.isValid() ? format.name() : QStringLiteral("Normal Text");
        QString tag = name;
        tag.remove(QLatin1Char(' '));
        m_out += QLatin1Char('<') + tag + QLatin1Char('>') + m_line.mid(offset, length) + QStringLiteral("</") + tag
            + QLatin1Char('>');
    }

private:
    QString m_line;
    QString m_out;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestPostfixSyntax : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void definitionLoads()
    {
        const KSyntaxHighlighting::Definition def
            = Mailroom::Highlighting::repository().definitionForName(QStringLiteral("Postfix Configuration"));
        QVERIFY(def.isValid());
        QCOMPARE(def.section(), QStringLiteral("Configuration"));
        QVERIFY(!def.formats().isEmpty());
        // Found by file name too, for main.cf and master.cf.
        QCOMPARE(
            Mailroom::Highlighting::repository().definitionForFileName(QStringLiteral("/etc/postfix/main.cf")).name(),
            def.name());
        QCOMPARE(
            Mailroom::Highlighting::repository().definitionForFileName(QStringLiteral("/etc/postfix/master.cf")).name(),
            def.name());
    }

    void golden_data()
    {
        QTest::addColumn<QString>("path");
        const QString dir = QFINDTESTDATA("../data/config/highlight");
        QVERIFY(!dir.isEmpty());
        for (const QString &f : {QStringLiteral("main.cf"), QStringLiteral("master.cf")}) {
            QTest::newRow(qPrintable(f)) << QDir(dir).filePath(f);
        }
    }
    void golden()
    {
        QFETCH(QString, path);
        ReferenceHighlighter h;
        h.setDefinition(
            Mailroom::Highlighting::repository().definitionForName(QStringLiteral("Postfix Configuration")));
        h.setTheme(Mailroom::Highlighting::repository().defaultTheme(KSyntaxHighlighting::Repository::LightTheme));
        const QByteArray actual = h.highlight(QString::fromUtf8(readFile(path))).toUtf8();
        const QString refName = QFileInfo(path).fileName() + QStringLiteral(".ref");
        const QByteArray outDir = qgetenv("MAILROOM_GOLDEN_OUTPUT");
        if (!outDir.isEmpty()) {
            QFile out(QDir(QString::fromLocal8Bit(outDir)).filePath(refName));
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual);
            return;
        }
        const QByteArray expected = readFile(QFileInfo(path).dir().filePath(refName));
        QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing reference for %1").arg(path)));
        QVERIFY2(actual == expected, Mailroom::UnifiedDiff::diff(expected, actual, "expected", "actual").constData());
    }
};

QTEST_MAIN(TestPostfixSyntax)
#include "test_postfixsyntax.moc"
