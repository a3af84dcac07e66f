// SPDX-License-Identifier: GPL-2.0-or-later
// The Dashboard as alice sees it in the seed scenario: sendmail running, Postfix
// absent — from the real helper. Run once per UI language (LANGUAGE=en / zh_CN).
#include "dashboardpage.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QRegularExpression>
#include <QTest>

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Mailroom::installTranslations(qApp); }

    void showsSeedScenario()
    {
        const bool chinese = qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh"));
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *headline = w.findChild<QLabel *>(QStringLiteral("headline"));
        QVERIFY(headline);
        auto *error = w.findChild<QLabel *>(QStringLiteral("errorBanner"));
        QVERIFY(error);

        const QString expected = chinese ? QStringLiteral("sendmail 正在") : QStringLiteral("sendmail is running");
        QTRY_VERIFY2_WITH_TIMEOUT(headline->text().contains(expected),
                                  qPrintable(headline->text() + QLatin1Char(' ') + error->text()), 20000);
        QVERIFY(!error->isVisible());
        QVERIFY(headline->text().contains(chinese ? QStringLiteral("Postfix 未安装")
                                                  : QStringLiteral("Postfix is not installed")));
        // "Updated at 21:53:12": the clock time with seconds, no time zone name in front or after.
        auto *updated = w.findChild<QLabel *>(QStringLiteral("updatedAt"));
        QVERIFY(updated);
        const QString stamp = updated->text();
        QVERIFY2(stamp.startsWith(chinese ? QStringLiteral("更新于 ") : QStringLiteral("Updated at ")),
                 qPrintable(stamp));
        QVERIFY2(QRegularExpression(QStringLiteral("\\d{1,2}:\\d{2}:\\d{2}([\\s\\x{202F}]?[AaPp][Mm]|上午|下午)?$"))
                     .match(stamp)
                     .hasMatch(),
                 qPrintable(stamp));
        for (const QString &zone : {QStringLiteral("UTC"), QStringLiteral("Coordinated"), QStringLiteral("协调")}) {
            QVERIFY2(!stamp.contains(zone), qPrintable(stamp));
        }

        const QString dir = qEnvironmentVariable("MAILROOM_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            const QString file = QDir(dir).filePath(
                QStringLiteral("dashboard-%1.png").arg(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")));
            QVERIFY(w.grab().save(file));
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
