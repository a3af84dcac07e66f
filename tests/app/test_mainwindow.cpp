// SPDX-License-Identifier: GPL-2.0-or-later
// The window's navigation, without a helper behind it: sections exist and switch,
// and the sections that have not landed say so instead of pretending.
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
        const QStringList names{QStringLiteral("Dashboard"), QStringLiteral("Setup"), QStringLiteral("Mail"),
                                QStringLiteral("Logs"), QStringLiteral("Configuration")};
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(nav->item(i)->text(), names.at(i));
        }
        auto *stack = w.findChild<QStackedWidget *>();
        QVERIFY(stack);
        QCOMPARE(stack->currentIndex(), 0);
        w.showSection(MainWindow::Logs);
        QCOMPARE(stack->currentIndex(), int(MainWindow::Logs));
        auto *text = stack->currentWidget()->findChild<QLabel *>(QStringLiteral("placeholderText"));
        QVERIFY(text);
        QVERIFY(text->text().contains(QLatin1String("not yet available")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
