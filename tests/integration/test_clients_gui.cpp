// SPDX-License-Identifier: GPL-2.0-or-later
// Configuration → Mail clients as alice, against the real helper and a Postfix installed through
// it: with only port 25 it says plainly that mail programs cannot connect yet; after a
// self-signed certificate and submission on 587 (a bare master.cf line — what
// `mailroomctl submission enable` will set up properly) it shows the 587 row, warns about IMAP and
// the self-signed certificate with its real fingerprint, copies the text for users and saves the
// autoconfig file; `mailroomctl clients` says the same. Screenshots (LANGUAGE=en / zh_CN).
#include "config/clientstab.h"
#include "configpage.h"
#include "translations.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run ctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(MAILROOMCTL), args);
    Run r;
    if (p.waitForFinished(600000)) {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool listens(quint16 port)
{
    QProcess p;
    p.start(QStringLiteral("ss"), {QStringLiteral("-Hltn"), QStringLiteral("sport = :%1").arg(port)});
    return p.waitForFinished(10000) && !p.readAllStandardOutput().trimmed().isEmpty();
}
} // namespace

class TestClientsGui : public QObject
{
    Q_OBJECT

private:
    bool m_chinese = false;
    QTemporaryDir m_dir;

    void screenshot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MAILROOM_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            return;
        }
        QDir().mkpath(dir);
        QVERIFY(w->grab().save(QDir(dir).filePath(
            QStringLiteral("%1-%2.png").arg(name, m_chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Mailroom::installTranslations(qApp);
        m_chinese = qEnvironmentVariable("LANGUAGE").startsWith(QLatin1String("zh"));
        for (const QStringList &args :
             {QStringList {QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("postfix")},
              QStringList {QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("postfix")}}) {
            const Run r = ctl(args);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void nothingForClientsYet()
    {
        QVERIFY(!listens(587) && !listens(143) && !listens(993));
        ConfigPage page;
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showClients();
        auto *tab = page.findChild<ClientsTab *>();
        QVERIFY(tab);
        auto *warning = tab->findChild<QLabel *>(QStringLiteral("clientsWarning"));
        auto *table = tab->findChild<QTableView *>(QStringLiteral("clientsTable"));
        auto *save = tab->findChild<QPushButton *>(QStringLiteral("saveAutoconfigButton"));
        QVERIFY(warning && table && save);
        QTRY_VERIFY_WITH_TIMEOUT(warning->isVisible(), 30000);
        QVERIFY(!table->isVisible());
        QVERIFY(!save->isEnabled());
        if (!m_chinese) {
            QVERIFY2(warning->text().contains(QLatin1String("Mail programs cannot connect yet")),
                     qPrintable(warning->text()));
            QVERIFY2(warning->text().contains(QLatin1String("mailroomctl submission enable")),
                     qPrintable(warning->text()));
        }
        screenshot(&page, QStringLiteral("config-clients-nothing"));

        const Run r = ctl({QStringLiteral("clients"), QStringLiteral("--autoconfig")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
    }

    void submissionWithSelfSignedCertificate()
    {
        Run r = ctl({QStringLiteral("tls"), QStringLiteral("self-signed")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QByteArray master = readFile(QStringLiteral("/etc/postfix/master.cf"));
        QVERIFY(master.contains("\n#submission inet"));
        master.replace("\n#submission inet", "\nsubmission inet");
        const QString path = m_dir.filePath(QStringLiteral("master.cf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(master) == master.size());
        f.close();
        r = ctl({QStringLiteral("master"), QStringLiteral("apply"), path, QStringLiteral("--yes")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(listens(587), 30000);
        r = ctl({QStringLiteral("tls"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString sha256 = QJsonDocument::fromJson(r.out)
                                   .object()
                                   .value(QStringLiteral("certificate"))
                                   .toObject()
                                   .value(QStringLiteral("sha256"))
                                   .toString();
        QVERIFY(!sha256.isEmpty());

        ConfigPage page;
        page.resize(1100, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showClients();
        auto *tab = page.findChild<ClientsTab *>();
        auto *warning = tab->findChild<QLabel *>(QStringLiteral("clientsWarning"));
        auto *table = tab->findChild<QTableView *>(QStringLiteral("clientsTable"));
        auto *copy = tab->findChild<QPushButton *>(QStringLiteral("copyInstructionsButton"));
        auto *refresh = tab->findChild<QPushButton *>(QStringLiteral("clientsRefreshButton"));
        auto *text = tab->findChild<QPlainTextEdit *>(QStringLiteral("clientsInstructions"));
        QVERIFY(warning && table && copy && refresh && text);
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->model()->rowCount() == 1, 30000);
        // Refresh asks again and shows the same.
        QSignalSpy spyLoaded(tab, &ClientsTab::loaded);
        QTest::mouseClick(refresh, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(spyLoaded.count(), 1, 30000);
        const QAbstractItemModel *m = table->model();
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, 1).data().toString(), QStringLiteral("SMTP"));
        QCOMPARE(m->index(0, 2).data().toString(), QStringLiteral("demo-server.mydomain.com"));
        QCOMPARE(m->index(0, 3).data().toString(), QStringLiteral("587"));
        QCOMPARE(m->index(0, 4).data().toString(), QStringLiteral("STARTTLS"));
        QVERIFY2(warning->isVisible() && warning->text().contains(sha256), qPrintable(warning->text()));
        if (!m_chinese) {
            QVERIFY2(warning->text().contains(QLatin1String("mailroomctl imap enable")), qPrintable(warning->text()));
        }
        QVERIFY(text->toPlainText().contains(sha256));
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), text->toPlainText());
        QVERIFY(text->toPlainText().contains(QLatin1String("587")));

        const QString saved = m_dir.filePath(QStringLiteral("config-v1.1.xml"));
        QVERIFY(tab->saveAutoconfig(saved));
        const QByteArray xml = readFile(saved);
        QVERIFY2(xml.contains("<outgoingServer type=\"smtp\">") && xml.contains("<port>587</port>")
                     && xml.contains("<hostname>demo-server.mydomain.com</hostname>")
                     && !xml.contains("incomingServer"),
                 xml.constData());
        screenshot(&page, QStringLiteral("config-clients"));

        // mailroomctl says the same, and writes the same file.
        const QString fromCli = m_dir.filePath(QStringLiteral("cli.xml"));
        r = ctl({QStringLiteral("clients"), QStringLiteral("--autoconfig"), QStringLiteral("-o"), fromCli});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(fromCli), xml);
        r = ctl({QStringLiteral("clients"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("certificate")).toString(), QStringLiteral("self-signed"));
        QCOMPARE(o.value(QStringLiteral("certificate_sha256")).toString(), sha256);
        QCOMPARE(o.value(QStringLiteral("outgoing")).toArray().size(), 1);
        QCOMPARE(o.value(QStringLiteral("incoming")).toArray().size(), 0);
        r = ctl({QStringLiteral("clients"), QStringLiteral("--text")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QString::fromLocal8Bit(r.out), text->toPlainText());
    }
};

QTEST_MAIN(TestClientsGui)
#include "test_clients_gui.moc"
