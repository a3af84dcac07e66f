// SPDX-License-Identifier: GPL-2.0-or-later
// mailroomctl's tables in a terminal's cells (src/cli/terminaltable.h): Chinese text takes two
// cells a character, so columns line up in zh_CN too; and `mailroomctl status` with the longest
// unit name.
#include "statuscommand.h"
#include "terminaltable.h"

#include <QTest>

class TestTerminalTable : public QObject
{
    Q_OBJECT
private:
    // The cell at which each line's column `column` starts (cells counted as a terminal does).
    static QList<int> columnStarts(const QString &table, int column)
    {
        QList<int> starts;
        for (const QString &line : table.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            int cell = 0;
            int seen = 0;
            bool inGap = false;
            for (qsizetype i = 0; i < line.size(); ++i) {
                const bool space = line[i] == QLatin1Char(' ');
                if (space && i + 1 < line.size() && line[i + 1] == QLatin1Char(' ')) {
                    inGap = true;
                } else if (inGap && !space) {
                    inGap = false;
                    if (++seen == column) {
                        starts.append(cell);
                        break;
                    }
                }
                cell += TerminalTable::cellWidth(line[i].unicode());
            }
        }
        return starts;
    }

private Q_SLOTS:
    void widths()
    {
        QCOMPARE(TerminalTable::displayWidth(u"postfix"), 7);
        QCOMPARE(TerminalTable::displayWidth(u"已安装"), 6);
        QCOMPARE(TerminalTable::displayWidth(u"ｆｕｌｌ"), 8); // fullwidth forms
        QCOMPARE(TerminalTable::displayWidth(u"한국"), 4);
        QCOMPARE(TerminalTable::displayWidth(QString::fromUtf8("\xF0\xA0\x80\x80")), 2); // U+20000, a pair
        QCOMPARE(TerminalTable::displayWidth(QString(QChar(0xD800))), 1); // a lone surrogate: U+FFFD
        QCOMPARE(TerminalTable::displayWidth(u""), 0);
    }

    void paddedLabels()
    {
        // "拒收：" takes six cells: sixteen spaces make 22, where "Rejected at:" needs ten.
        QCOMPARE(TerminalTable::padded(QStringLiteral("拒收："), 22),
                 QStringLiteral("拒收：") + QString(16, QLatin1Char(' ')));
        QCOMPARE(TerminalTable::padded(QStringLiteral("Rejected at:"), 22),
                 QStringLiteral("Rejected at:") + QString(10, QLatin1Char(' ')));
        QCOMPARE(TerminalTable::padded(QStringLiteral("longer than five"), 5), QStringLiteral("longer than five "));
    }

    void cutWithoutSplitting()
    {
        QString out;
        TerminalTable::appendColumns(out, u"服务器维护通知", 5, true);
        QCOMPARE(out, QStringLiteral("服务 ")); // a third character would take cells 5 and 6
        out.clear();
        TerminalTable::appendColumns(out, u"ab", 5, false);
        QCOMPARE(out, QStringLiteral("ab"));
        out.clear();
        TerminalTable::appendColumns(out, QString(QChar(0xDC00)) + QStringLiteral("x"), 4, true);
        QCOMPARE(out, QString(QChar(QChar::ReplacementCharacter)) + QStringLiteral("x  "));
    }

    void columnsLineUpWithChineseHeaders()
    {
        const QString table
            = TerminalTable::format({{QStringLiteral("服务"), QStringLiteral("已安装"), QStringLiteral("开机启动")},
                                     {QStringLiteral("spamass-milter"), QStringLiteral("否"), QStringLiteral("-")},
                                     {QStringLiteral("postfix"), QStringLiteral("是"), QStringLiteral("enabled")}});
        QCOMPARE(columnStarts(table, 1), QList<int>({16, 16, 16}));
        QCOMPARE(columnStarts(table, 2), QList<int>({24, 24, 24}));
        QCOMPARE(table.split(QLatin1Char('\n')).at(1), QStringLiteral("spamass-milter  否      -"));
    }

    void raggedRowsAndNumbers()
    {
        // A note under a row and an error in place of the rest neither widen the columns nor get
        // padded; numbers are right-aligned; no line ends in spaces.
        const QString table = TerminalTable::format(
            {{QStringLiteral("HOST"), QStringLiteral("QUEUE"), QStringLiteral("NOTE")},
             {QStringLiteral("mx1"), QStringLiteral("7"), QString()},
             {QStringLiteral("    a long note under the row above")},
             {QStringLiteral("mx2.example.org"), QStringLiteral("connection refused by the host")},
             {QStringLiteral("mx3"), QStringLiteral("1234"), QStringLiteral("ok")}},
            {1});
        QCOMPARE(table,
                 QStringLiteral("HOST             QUEUE  NOTE\n"
                                "mx1                  7\n"
                                "    a long note under the row above\n"
                                "mx2.example.org  connection refused by the host\n"
                                "mx3               1234  ok\n"));
    }

    // The longest unit name of the status table once ran into the next column
    // ("spamass-milterno").
    void statusTable()
    {
        Mailroom::ServiceStateList states;
        Mailroom::ServiceState postfix;
        postfix.unit = QStringLiteral("postfix.service");
        postfix.installed = true;
        postfix.activeState = QStringLiteral("active");
        postfix.subState = QStringLiteral("running");
        postfix.unitFileState = QStringLiteral("enabled");
        Mailroom::ServiceState milter;
        milter.unit = QStringLiteral("spamass-milter.service");
        states << postfix << milter;
        const QString text = QString::fromUtf8(StatusCommand::formatText(states));
        QVERIFY2(text.contains(QStringLiteral("spamass-milter  no")), qPrintable(text));
        QCOMPARE(columnStarts(text, 1).size(), 3);
        QCOMPARE(columnStarts(text, 1).toList(), QList<int>(3, columnStarts(text, 1).first()));
    }
};

QTEST_GUILESS_MAIN(TestTerminalTable)
#include "test_terminaltable.moc"
