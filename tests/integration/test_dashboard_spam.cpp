// SPDX-License-Identifier: GPL-2.0-or-later
// The Dashboard's spam filter row as alice, against the real helper, Postfix, SpamAssassin (spamd)
// and spamass-milter from the sandbox's offline repository: with Postfix alone it says the filter
// is not installed, and its button opens Configuration → Spam filter; with the filter on it says
// the scores in words and counts today's mail from the journal as it arrives — the GTUBE test
// message refused at SMTP time and a clean message, both checked. Screenshots (LANGUAGE=en /
// zh_CN). Installs packages for good: labelled destructive (a fresh boot of its own).
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QTest>
#include <QThread>

namespace {
const QByteArray Gtube = "XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X";

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (p.waitForFinished(600000)) {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Run ctl(const QStringList &args)
{
    return run(QStringLiteral(MAILROOMCTL), args);
}

// A message to bob over SMTP from this host (the filter is set to check this host's mail too);
// swaks' exit status is 0 when the message was accepted.
Run send(const QString &subject, const QByteArray &body)
{
    return run(QStringLiteral("swaks"),
               {QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--from"),
                QStringLiteral("stranger@example.org"), QStringLiteral("--to"),
                QStringLiteral("bob@demo-server.mydomain.com"), QStringLiteral("--header"),
                QStringLiteral("Subject: ") + subject, QStringLiteral("--body"), QString::fromLatin1(body)});
}

bool spamdListening()
{
    for (int i = 0; i < 120; ++i) {
        if (!run(QStringLiteral("ss"), {QStringLiteral("-Hltn"), QStringLiteral("sport = :783")}).out.isEmpty()) {
            return true;
        }
        QThread::msleep(500);
    }
    return false;
}
} // namespace

class TestDashboardSpam : public QObject
{
    Q_OBJECT

private:
    bool m_chinese = false;

    QString text(const char *english, const char *chinese) const
    {
        return m_chinese ? QString::fromUtf8(chinese) : QString::fromUtf8(english);
    }

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

    void notInstalled()
    {
        MainWindow w;
        w.resize(1100, 820);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *row = w.findChild<QWidget *>(QStringLiteral("spamFilterRow"));
        auto *state = w.findChild<QLabel *>(QStringLiteral("spamFilterState"));
        auto *today = w.findChild<QLabel *>(QStringLiteral("spamToday"));
        auto *button = w.findChild<QPushButton *>(QStringLiteral("spamFilterButton"));
        QVERIFY(row && state && today && button);
        QTRY_VERIFY_WITH_TIMEOUT(row->isVisible(), 30000);
        QCOMPARE(state->text(),
                 text("Not installed: incoming mail is not checked for spam. SpamAssassin can be installed from the "
                      "spam filter settings.",
                      "未安装：收到的邮件不做垃圾邮件检查。可在垃圾邮件过滤设置中安装 SpamAssassin。"));
        QVERIFY(!today->isVisible()); // nothing to count
        screenshot(&w, QStringLiteral("dashboard-spam-not-installed"));

        // The button leads to where SpamAssassin is installed and set up.
        auto *filterTab = w.findChild<QWidget *>(QStringLiteral("filterTab"));
        QVERIFY(filterTab);
        QVERIFY(!filterTab->isVisible());
        button->click();
        QTRY_VERIFY(filterTab->isVisible());
        QVERIFY(!row->isVisible());
    }

    void countsToday()
    {
        Run r = ctl({QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("spamassassin")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl({QStringLiteral("filter"), QStringLiteral("enable"), QStringLiteral("--tag"), QStringLiteral("5"),
                 QStringLiteral("--reject"), QStringLiteral("15"), QStringLiteral("--check-trusted")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(spamdListening());

        MainWindow w;
        w.resize(1100, 820);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *state = w.findChild<QLabel *>(QStringLiteral("spamFilterState"));
        auto *today = w.findChild<QLabel *>(QStringLiteral("spamToday"));
        auto *warning = w.findChild<QLabel *>(QStringLiteral("spamFilterWarning"));
        QVERIFY(state && today && warning);
        const QString on = text("On: tags mail at 5.0 or more, rejects at 15.0 or more.",
                                "已开启：得分达到 5.0 的邮件被标记，达到 15.0 的被拒收。");
        QTRY_COMPARE_WITH_TIMEOUT(state->text(), on, 30000);
        QVERIFY(!warning->isVisible()); // spamd and the milter run

        // The journal's time of Postfix's and spamd's lines is the kernel's (syslog datagrams), so
        // "since midnight" only means this machine's day when the sandbox's clock is not shifted.
        if (QFile::exists(QStringLiteral("/etc/faketimerc"))) {
            QTRY_VERIFY_WITH_TIMEOUT(!today->text().endsWith(QStringLiteral("…")), 30000);
            screenshot(&w, QStringLiteral("dashboard-spam"));
            QSKIP("the sandbox's clock is shifted from the journal's: today's count is not comparable");
        }
        // Midnight may pass while the test runs (the sandbox may run at any time zone): the count
        // then starts again, and there is nothing to compare.
        const QDate day = QDate::currentDate();
        const auto waitFor = [&](const QString &expected, int timeoutMs) {
            QTRY_VERIFY_WITH_TIMEOUT(today->text() == expected || QDate::currentDate() != day, timeoutMs);
            if (QDate::currentDate() != day) {
                QSKIP("midnight passed while the test ran: the count started again");
            }
            QCOMPARE(today->text(), expected);
        };
        // A fresh boot: nothing was checked yet today.
        waitFor(text("No spam yet today.", "今天还没有垃圾邮件。"), 30000);
        if (QTest::currentTestFailed() || QTest::currentTestResolved()) {
            return;
        }

        // While the Dashboard is open: GTUBE refused, a clean message delivered.
        const Run spam = send(QStringLiteral("spam test rejected"), "rejectmarker\n" + Gtube);
        QVERIFY2(spam.exitCode != 0 && spam.out.contains("<** 550 5.7.1"), spam.out.constData());
        const Run clean = send(QStringLiteral("Lunch on Friday"), "See you at noon.");
        QVERIFY2(clean.exitCode == 0, clean.out.constData());
        waitFor(text("Today: 1 spam (1 rejected, 0 tagged) of 2 checked.",
                     "今天：已检查 2 封，其中垃圾邮件 1 封（拒收 1 封，标记 0 封）。"),
                60000);
        if (QTest::currentTestFailed() || QTest::currentTestResolved()) {
            return;
        }
        screenshot(&w, QStringLiteral("dashboard-spam"));
    }
};

QTEST_MAIN(TestDashboardSpam)
#include "test_dashboard_spam.moc"
