// SPDX-License-Identifier: GPL-2.0-or-later
// The real helper on the real system bus: alice (mailadmin) gets the real state,
// bob gets AccessDenied, and what alice sees follows systemd live.
#include "sandboxuser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
QJsonObject unitFromCtl(const QByteArray &json, const QString &unit)
{
    const auto services = QJsonDocument::fromJson(json).object().value(QStringLiteral("services")).toArray();
    for (const auto &v : services) {
        if (v.toObject().value(QStringLiteral("unit")).toString() == unit) {
            return v.toObject();
        }
    }
    return {};
}

// Independent oracle: what systemctl says about the unit.
QMap<QString, QString> systemctlShow(const QString &unit)
{
    const RunResult r = runAsRoot(QStringLiteral("systemctl"),
                                  {QStringLiteral("show"), QStringLiteral("-p"),
                                   QStringLiteral("LoadState,ActiveState,SubState,UnitFileState"), unit});
    return properties(r.out);
}
} // namespace

class TestHelperAccess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aliceSeesTheSeedScenario()
    {
        const RunResult r = runAs(QStringLiteral("alice"), QStringLiteral(MAILROOMCTL),
                                  {QStringLiteral("status"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QJsonObject sendmail = unitFromCtl(r.out, QStringLiteral("sendmail.service"));
        QVERIFY2(!sendmail.isEmpty(), r.out.constData());
        QCOMPARE(sendmail.value(QStringLiteral("installed")).toBool(), true);
        QCOMPARE(sendmail.value(QStringLiteral("active_state")).toString(), QStringLiteral("active"));
        QCOMPARE(sendmail.value(QStringLiteral("unit_file_state")).toString(), QStringLiteral("enabled"));

        const QJsonObject postfix = unitFromCtl(r.out, QStringLiteral("postfix.service"));
        QVERIFY(!postfix.isEmpty());
        QCOMPARE(postfix.value(QStringLiteral("installed")).toBool(), false);
    }

    void aliceMatchesSystemctl_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::newRow("postfix") << QStringLiteral("postfix.service");
        QTest::newRow("sendmail") << QStringLiteral("sendmail.service");
        QTest::newRow("exim4") << QStringLiteral("exim4.service");
        QTest::newRow("dovecot") << QStringLiteral("dovecot.service");
    }
    void aliceMatchesSystemctl()
    {
        QFETCH(QString, unit);
        const RunResult r = runAs(QStringLiteral("alice"), QStringLiteral(MAILROOMCTL),
                                  {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject got = unitFromCtl(r.out, unit);
        const auto want = systemctlShow(unit);
        QCOMPARE(got.value(QStringLiteral("installed")).toBool(),
                 want.value(QStringLiteral("LoadState")) != QLatin1String("not-found"));
        QCOMPARE(got.value(QStringLiteral("active_state")).toString(), want.value(QStringLiteral("ActiveState")));
        QCOMPARE(got.value(QStringLiteral("sub_state")).toString(), want.value(QStringLiteral("SubState")));
    }

    void aliceSeesChangesLive()
    {
        QCOMPARE(runAsRoot(QStringLiteral("systemctl"), {QStringLiteral("stop"), QStringLiteral("sendmail.service")})
                     .exitCode,
                 0);
        const RunResult stopped = runAs(QStringLiteral("alice"), QStringLiteral(MAILROOMCTL),
                                        {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(runAsRoot(QStringLiteral("systemctl"), {QStringLiteral("start"), QStringLiteral("sendmail.service")})
                     .exitCode,
                 0);
        QCOMPARE(stopped.exitCode, 0);
        QCOMPARE(unitFromCtl(stopped.out, QStringLiteral("sendmail.service"))
                     .value(QStringLiteral("active_state"))
                     .toString(),
                 QStringLiteral("inactive"));
        const RunResult started = runAs(QStringLiteral("alice"), QStringLiteral(MAILROOMCTL),
                                        {QStringLiteral("status"), QStringLiteral("--json")});
        QCOMPARE(unitFromCtl(started.out, QStringLiteral("sendmail.service"))
                     .value(QStringLiteral("active_state"))
                     .toString(),
                 QStringLiteral("active"));
    }

    void aliceTextOutput()
    {
        const RunResult r = runAs(QStringLiteral("alice"), QStringLiteral(MAILROOMCTL), {QStringLiteral("status")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("sendmail") && r.out.contains("active (running)"), r.out.constData());
    }

    void bobIsDenied()
    {
        const RunResult r = runAs(QStringLiteral("bob"), QStringLiteral(MAILROOMCTL), {QStringLiteral("status")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains("not allowed"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void bobRawCallGetsAccessDenied()
    {
        // Straight on the bus, without our client library in between.
        // dbus-send prints the error name and the helper's message, so this is the
        // helper refusing (after asking polkit), not the bus policy.
        const RunResult r
            = runAs(QStringLiteral("bob"), QStringLiteral("dbus-send"),
                    {QStringLiteral("--system"), QStringLiteral("--print-reply"),
                     QStringLiteral("--dest=io.github.mailroom.Helper1"), QStringLiteral("/io/github/mailroom/Helper1"),
                     QStringLiteral("io.github.mailroom.Helper1.GetServiceStates")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(
                     "org.freedesktop.DBus.Error.AccessDenied: Not authorized for io.github.mailroom.read-status"),
                 r.err.constData());
    }

    void onlyRootOwnsTheName()
    {
        const RunResult r
            = runAs(QStringLiteral("alice"), QStringLiteral("busctl"),
                    {QStringLiteral("--system"), QStringLiteral("call"), QStringLiteral("org.freedesktop.DBus"),
                     QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("org.freedesktop.DBus"),
                     QStringLiteral("RequestName"), QStringLiteral("su"), QStringLiteral("io.github.mailroom.Helper1"),
                     QStringLiteral("4")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("not allowed to own") || r.err.contains("Access denied"), r.err.constData());
    }

    void helperExposureAtMost2_5()
    {
        // systemd-analyze's scale is 0..10; --threshold takes tenths (25 = 2.5).
        const RunResult r = runAsRoot(QStringLiteral("systemd-analyze"),
                                      {QStringLiteral("security"), QStringLiteral("--no-pager"),
                                       QStringLiteral("--threshold=25"), QStringLiteral("mailroomd.service")});
        const QByteArray summary = r.out.mid(r.out.indexOf("Overall exposure level"));
        QVERIFY2(r.exitCode == 0, summary.constData());
        QVERIFY2(summary.contains("mailroomd.service"), r.out.right(500).constData());
    }

    void helperRunsAsHardenedUnit()
    {
        const RunResult r = runAsRoot(QStringLiteral("systemctl"),
                                      {QStringLiteral("show"), QStringLiteral("-p"),
                                       QStringLiteral("ActiveState,ProtectSystem,NoNewPrivileges"),
                                       QStringLiteral("mailroomd.service")});
        QVERIFY2(r.out.contains("ProtectSystem=strict"), r.out.constData());
        QVERIFY2(r.out.contains("ActiveState=active"), r.out.constData());
    }

    // Security review finding 4: systemd merges a second restart of a unit into the job already
    // queued and returns the same job path; every caller must get its reply (the first one
    // used to wait forever, and the helper with it).
    void concurrentRestartsAllGetReplies()
    {
        const QString ctl = QStringLiteral(MAILROOMCTL);
        const QString script = QStringLiteral("timeout 120 %1 service restart sendmail & a=$!; "
                                              "timeout 120 %1 service restart sendmail & b=$!; "
                                              "timeout 120 %1 service restart sendmail & c=$!; "
                                              "wait $a; ra=$?; wait $b; rb=$?; wait $c; rc=$?; "
                                              "echo \"$ra $rb $rc\"")
                                   .arg(ctl);
        const RunResult r
            = runAs(QStringLiteral("alice"), QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script}, 180000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("0 0 0"));
        QCOMPARE(systemctlShow(QStringLiteral("sendmail.service")).value(QStringLiteral("ActiveState")),
                 QStringLiteral("active"));
    }
};

QTEST_GUILESS_MAIN(TestHelperAccess)
#include "test_helper_access.moc"
