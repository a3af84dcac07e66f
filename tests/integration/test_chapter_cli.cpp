// SPDX-License-Identifier: GPL-2.0-or-later
// The book chapter, driven through mailroomctl alone as alice, from the seed
// scenario, against real systemd, firewalld, PackageKit and Postfix. Each step
// is checked against the system with an independent tool (systemctl,
// firewall-cmd, dpkg). Changes the sandbox for good: it runs last.
#include "sandboxuser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace
{
const QString Ctl = QStringLiteral(MAILROOMCTL);

RunResult ctl(const QStringList &args, int timeoutMs = 300000)
{
    return runAs(QStringLiteral("alice"), QStringLiteral("env"), QStringList{QStringLiteral("LANG=C.UTF-8"), Ctl} + args, timeoutMs);
}

QString sh(const QString &program, const QStringList &args)
{
    return QString::fromUtf8(runAsRoot(program, args).out).trimmed();
}

QString systemctl(const QString &verb, const QString &unit)
{
    return sh(QStringLiteral("systemctl"), {verb, unit});
}

bool dpkgInstalled(const QString &package)
{
    return sh(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Status}"), package})
        .endsWith(QLatin1String("installed"));
}
} // namespace

class TestChapterCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void step1_sendmailIsThereAtFirst()
    {
        const RunResult r = ctl({QStringLiteral("info"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(info.value(QStringLiteral("sendmail_provider")).toString(), QStringLiteral("sendmail"));
        QCOMPARE(info.value(QStringLiteral("postfix_version")).toString(), QString());
        QCOMPARE(info.value(QStringLiteral("distro_family")).toString(), QStringLiteral("debian"));
    }

    void step2_stopDisableRemoveSendmail()
    {
        RunResult r = ctl({QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("sendmail")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(systemctl(QStringLiteral("is-active"), QStringLiteral("sendmail")), QStringLiteral("inactive"));

        r = ctl({QStringLiteral("service"), QStringLiteral("disable"), QStringLiteral("sendmail")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(systemctl(QStringLiteral("is-enabled"), QStringLiteral("sendmail")), QStringLiteral("disabled"));

        r = ctl({QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("sendmail")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Removing"), r.out.constData()); // progress was shown
        QVERIFY(!dpkgInstalled(QStringLiteral("sendmail-bin")));
    }

    void step3_openFirewallForSmtp()
    {
        const RunResult r = ctl({QStringLiteral("firewall"), QStringLiteral("add"), QStringLiteral("smtp")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(sh(QStringLiteral("firewall-cmd"), {QStringLiteral("--permanent"), QStringLiteral("--list-services")})
                    .split(QLatin1Char(' '))
                    .contains(QStringLiteral("smtp")));
        QVERIFY(sh(QStringLiteral("firewall-cmd"), {QStringLiteral("--list-services")}).split(QLatin1Char(' ')).contains(QStringLiteral("smtp")));
        const RunResult list = ctl({QStringLiteral("firewall"), QStringLiteral("--json")});
        const auto services = QJsonDocument::fromJson(list.out).array();
        QVERIFY(!services.isEmpty());
        QCOMPARE(services.at(0).toObject().value(QStringLiteral("service")).toString(), QStringLiteral("smtp"));
        QVERIFY(services.at(0).toObject().value(QStringLiteral("permanent")).toBool());
    }

    void step4_installPostfixWithProgress()
    {
        const RunResult r = ctl({QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("postfix")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Installing postfix"), r.out.constData());
        QVERIFY2(r.out.contains("[100%]"), r.out.constData());
        QVERIFY(dpkgInstalled(QStringLiteral("postfix")));
        const RunResult pk = ctl({QStringLiteral("package"), QStringLiteral("--json")});
        bool seen = false;
        for (const auto &v : QJsonDocument::fromJson(pk.out).array()) {
            if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("postfix")) {
                seen = v.toObject().value(QStringLiteral("installed")).toBool();
            }
        }
        QVERIFY(seen);
    }

    void step5_startAndEnablePostfix()
    {
        RunResult r = ctl({QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("postfix")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = ctl({QStringLiteral("service"), QStringLiteral("enable"), QStringLiteral("postfix")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(systemctl(QStringLiteral("is-active"), QStringLiteral("postfix")), QStringLiteral("active"));
        QCOMPARE(systemctl(QStringLiteral("is-enabled"), QStringLiteral("postfix")), QStringLiteral("enabled"));
        const RunResult info = ctl({QStringLiteral("info"), QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(o.value(QStringLiteral("sendmail_provider")).toString(), QStringLiteral("postfix"));
        QVERIFY(o.value(QStringLiteral("postfix_version")).toString().startsWith(QLatin1String("3.")));
    }

    void badInputChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown unit") << QStringList{QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("ssh")};
        QTest::newRow("unit path") << QStringList{QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("../../postfix")};
        QTest::newRow("unknown package") << QStringList{QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("openssh-server")};
        QTest::newRow("unknown firewall service") << QStringList{QStringLiteral("firewall"), QStringLiteral("add"), QStringLiteral("ssh")};
    }
    void badInputChangesNothing()
    {
        QFETCH(QStringList, args);
        const QString before = sh(QStringLiteral("systemctl"), {QStringLiteral("is-active"), QStringLiteral("postfix"), QStringLiteral("ssh")});
        const RunResult r = ctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("rejected"), r.err.constData());
        QCOMPARE(sh(QStringLiteral("systemctl"), {QStringLiteral("is-active"), QStringLiteral("postfix"), QStringLiteral("ssh")}), before);
    }
};

QTEST_GUILESS_MAIN(TestChapterCli)
#include "test_chapter_cli.moc"
