// SPDX-License-Identifier: GPL-2.0-or-later
// The window's navigation: the five sections exist, in order, and switch.
#include "config/queuetab.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void navigationSwitchesSections()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 5);
        const QStringList names {QStringLiteral("Dashboard"), QStringLiteral("Setup"), QStringLiteral("Mail"),
                                 QStringLiteral("Logs"), QStringLiteral("Configuration")};
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(nav->item(i)->text(), names.at(i));
        }
        auto *stack = w.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentIndex(), 0);
        for (int i = MainWindow::Dashboard; i <= MainWindow::Configuration; ++i) {
            w.showSection(MainWindow::Section(i));
            QCOMPARE(stack->currentIndex(), i);
            QCOMPARE(nav->currentRow(), i);
        }
        // Clicking in the navigation switches too.
        nav->setCurrentRow(MainWindow::Mail);
        QCOMPARE(stack->currentIndex(), int(MainWindow::Mail));
    }

    // Messages that have waited longer than an hour show on the Configuration entry.
    void queueBadge()
    {
        MainWindow w;
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        auto *queue = w.findChild<QueueTab *>();
        QVERIFY(queue);
        Q_EMIT queue->longWaitingChanged(2);
        QCOMPARE(nav->item(MainWindow::Configuration)->text(), QStringLiteral("Configuration (2)"));
        QVERIFY(nav->item(MainWindow::Configuration)->toolTip().contains(QLatin1String("more than an hour")));
        Q_EMIT queue->longWaitingChanged(0);
        QCOMPARE(nav->item(MainWindow::Configuration)->text(), QStringLiteral("Configuration"));
        QVERIFY(nav->item(MainWindow::Configuration)->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
