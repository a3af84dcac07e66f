// SPDX-License-Identifier: GPL-2.0-or-later
// The Dashboard as alice sees it in the seed scenario: sendmail running, Postfix
// absent — from the real helper. Run once per UI language (LANGUAGE=en / zh_CN).
#include "dashboardpage.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
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
        QTRY_VERIFY2_WITH_TIMEOUT(headline->text().contains(expected), qPrintable(headline->text() + QLatin1Char(' ') + error->text()), 20000);
        QVERIFY(!error->isVisible());
        QVERIFY(headline->text().contains(chinese ? QStringLiteral("Postfix 未安装") : QStringLiteral("Postfix is not installed")));

        const QString dir = qEnvironmentVariable("MAILROOM_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            const QString file = QDir(dir).filePath(QStringLiteral("dashboard-%1.png").arg(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")));
            QVERIFY(w.grab().save(file));
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "test_dashboard.moc"
