// SPDX-License-Identifier: GPL-2.0-or-later
// The main.cf editor: findings appear as one types, a fix button repairs the line, the parameter
// list jumps to or adds a parameter. With MAILROOM_SCREENSHOT=FILE.png set, the editor with its
// findings is saved there (resources/screenshots/config-editor*.png; LANGUAGE=zh_CN for Chinese).
#include "config/configeditor.h"
#include "translations.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using Mailroom::ConfigEditor;
using namespace Mailroom::Config;

namespace {
const QString sample
    = QStringLiteral("# main.cf as in the book chapter, with two more mistakes\n"
                     "myhostname = mta1.domain.com\n"
                     "mydomain = domain.com\n"
                     "myorigin = $mydomain\n"
                     "mydestination = mydestination = $myhostname, localhost.$mydomain, localhost, $mydomain\n"
                     "inet_interfaces = $myhostname\n"
                     "mynetworks = 127.0.0.0/8 0.0.0.0/0\n"
                     "smtp_use_tls = yes\n"
                     "message_size_limit = 10M\n"
                     "relay_host = [smtp.example.net]:587\n");

QList<ParameterInfo> catalog()
{
    QFile f(QFINDTESTDATA("../data/config/postconf-d.txt"));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<ParameterInfo> list = ParameterCatalog::parsePostconfDefaults(f.readAll());
    for (ParameterInfo &p : list) {
        if (p.name == QLatin1String("relayhost")) {
            p.description = QStringLiteral("The next-hop destination(s) for non-local mail.");
        }
    }
    return list;
}
} // namespace

class TestConfigEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { Mailroom::installTranslations(qApp); }

    void findingsAndFixes()
    {
        ConfigEditor editor(ConfigEditor::FileKind::MainCf);
        QSignalSpy findings(&editor, &ConfigEditor::findingsChanged);
        editor.setCatalog(catalog());
        editor.setText(sample);
        QVERIFY(!editor.isModified());
        QVERIFY(!findings.isEmpty());
        // repeated key, 0.0.0.0/0, 10M
        QCOMPARE(editor.errorCount(), 3);
        QCOMPARE(findings.last().at(0).toInt(), 3);

        // The repeated-key fix button.
        QPushButton *fix = nullptr;
        for (QPushButton *b : editor.findChildren<QPushButton *>()) {
            if (b->text().contains(QLatin1String("mydestination ="))) {
                fix = b;
            }
        }
        QVERIFY(fix);
        fix->click();
        QVERIFY(editor.text().contains(
            QLatin1String("\nmydestination = $myhostname, localhost.$mydomain, localhost, $mydomain\n")));
        QCOMPARE(editor.errorCount(), 2);
        QVERIFY(editor.isModified());

        // Typing: the finding comes back after the debounce.
        QSignalSpy changed(&editor, &ConfigEditor::textChanged);
        editor.setText(editor.text() + QStringLiteral("biff = maybe\n"));
        QCOMPARE(editor.errorCount(), 3);

        // A missing table offers postmap through the helper.
        editor.setText(QStringLiteral("transport_maps = hash:/etc/postfix/no-such-table-here\n"));
        QCOMPARE(editor.errorCount(), 1);
    }

    void parameterList()
    {
        ConfigEditor editor(ConfigEditor::FileKind::MainCf);
        editor.setCatalog(catalog());
        editor.setText(QStringLiteral("myhostname = mail.example.com\n"));
        auto *search = editor.findChild<QLineEdit *>();
        QVERIFY(search);
        search->setText(QStringLiteral("relayhost"));
        auto *view = editor.findChild<QTreeView *>(QStringLiteral("parameters"));
        QVERIFY(view);
        QModelIndex first;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == QLatin1String("relayhost")) {
                first = view->model()->index(r, 0);
            }
        }
        QVERIFY(first.isValid());
        Q_EMIT view->activated(first);
        QCOMPARE(editor.text(), QStringLiteral("myhostname = mail.example.com\nrelayhost = \n"));
    }

    void screenshot()
    {
        const QByteArray path = qgetenv("MAILROOM_SCREENSHOT");
        if (path.isEmpty()) {
            QSKIP("set MAILROOM_SCREENSHOT=FILE.png to save a screenshot");
        }
        ConfigEditor editor(ConfigEditor::FileKind::MainCf);
        editor.setCatalog(catalog());
        editor.setText(sample);
        editor.findChild<QLineEdit *>()->setText(QStringLiteral("my"));
        editor.resize(1400, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTest::qWait(200);
        QVERIFY(editor.grab().save(QString::fromLocal8Bit(path)));
    }
};

QTEST_MAIN(TestConfigEditor)
#include "test_configeditor.moc"
