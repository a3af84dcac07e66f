// SPDX-License-Identifier: GPL-2.0-or-later
// The window's navigation: the six sections of this computer's window exist, in order, and switch.
#include "config/queuetab.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

class TestMainWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // The Hosts section reads the saved hosts: the test's own, empty list.
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
    }

    void navigationSwitchesSections()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), 6);
        const QStringList names {QStringLiteral("Dashboard"), QStringLiteral("Setup"),         QStringLiteral("Mail"),
                                 QStringLiteral("Logs"),      QStringLiteral("Configuration"), QStringLiteral("Hosts")};
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(nav->item(i)->text(), names.at(i));
        }
        auto *stack = w.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentIndex(), 0);
        for (int i = MainWindow::Dashboard; i <= MainWindow::Hosts; ++i) {
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
