// SPDX-License-Identifier: GPL-2.0-or-later
// Mail clients' access through mailroomctl as alice, against the real helper, Postfix and Dovecot
// (installed from the sandbox's offline repository through PackageKit): submission on 587 needs
// Dovecot and refuses without it, changing nothing; once on, AUTH is refused before STARTTLS,
// alice logs in with her system password and sends to bob, a wrong password gets 535, a client
// that did not log in may not relay. IMAP on 143 refuses a login before STARTTLS; bob reads the
// message Postfix delivered and deletes it, and /var/mail/bob no longer has it. Both ports offer
// the certificate Mailroom made. Postfix delivering, Dovecot expunging and Mailroom's reader
// listing the same mbox at once lose nothing. bob may change nothing. Off again: master.cf is
// back byte for byte. Installs packages for good: labelled destructive (a fresh boot of its own).
#include "sandboxuser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

namespace {
const QString Ctl = QStringLiteral(MAILROOMCTL);
const QString Client = QStringLiteral(MAILCLIENT_PY);
const QString MasterCf = QStringLiteral("/etc/postfix/master.cf");
const QString Host = QStringLiteral("demo-server.mydomain.com");
// Two addresses of this machine that are not loopback: Dovecot treats a connection from
// 127.0.0.1 (or from its own address to itself) as secured and would accept a plain login.
const QString ServerIp = QStringLiteral("192.0.2.1");
const QString ClientIp = QStringLiteral("192.0.2.2");

RunResult ctlAs(const QString &user, const QStringList &args, int timeoutMs = 600000)
{
    return runAs(user, QStringLiteral("env"), QStringList {QStringLiteral("LANG=C.UTF-8"), Ctl} + args, timeoutMs);
}
RunResult ctl(const QStringList &args, int timeoutMs = 600000)
{
    return ctlAs(QStringLiteral("alice"), args, timeoutMs);
}
// The mail client's result lines.
QStringList client(const QStringList &args)
{
    const RunResult r = runAsRoot(QStringLiteral("python3"), QStringList {Client} + args, 120000);
    if (r.exitCode != 0) {
        qWarning().noquote() << describe(r);
    }
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
QJsonObject access()
{
    const RunResult r = ctl({QStringLiteral("imap"), QStringLiteral("status"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out).object();
}
bool listening(int port)
{
    return rootShell(QStringLiteral("ss -Hltn 'sport = :%1' | grep -q LISTEN").arg(port)).exitCode == 0;
}
// SHA-256 of the certificate served after STARTTLS (protocol smtp or imap) on port.
QString served(const QString &protocol, int port)
{
    const RunResult r = rootShell(QStringLiteral("openssl s_client -starttls %1 -connect 127.0.0.1:%2 -servername %3 "
                                                 "</dev/null 2>/dev/null | openssl x509 -noout -fingerprint -sha256")
                                      .arg(protocol)
                                      .arg(port)
                                      .arg(Host));
    return QString::fromUtf8(r.out).section(u'=', 1).trimmed().remove(u':').toLower();
}
bool waitForMailbox(const QString &user, const QByteArray &needle, int count = 1)
{
    for (int i = 0; i < 120; ++i) {
        if (rootRead(QStringLiteral("/var/mail/") + user).count(needle) >= count) {
            return true;
        }
        QThread::msleep(500);
    }
    return false;
}
} // namespace

class TestMailAccess : public QObject
{
    Q_OBJECT

private:
    QByteArray m_masterBefore;
    QString m_fingerprint;

private Q_SLOTS:
    void initTestCase()
    {
        for (const QStringList &args :
             {QStringList {QStringLiteral("service"), QStringLiteral("stop"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("remove"), QStringLiteral("sendmail")},
              QStringList {QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("postfix")},
              QStringList {QStringLiteral("service"), QStringLiteral("start"), QStringLiteral("postfix")},
              QStringList {QStringLiteral("tls"), QStringLiteral("self-signed")}}) {
            const RunResult r = ctl(args);
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        const RunResult tls = ctl({QStringLiteral("tls"), QStringLiteral("show"), QStringLiteral("--json")});
        m_fingerprint = QJsonDocument::fromJson(tls.out)
                            .object()
                            .value(QStringLiteral("certificate"))
                            .toObject()
                            .value(QStringLiteral("sha256"))
                            .toString()
                            .remove(u':')
                            .toLower();
        QVERIFY2(!m_fingerprint.isEmpty(), tls.out.constData());
        const RunResult ip
            = rootShell(QStringLiteral("ip addr add %1/32 dev lo && ip addr add %2/32 dev lo").arg(ServerIp, ClientIp));
        QVERIFY2(ip.exitCode == 0, qPrintable(describe(ip)));
        m_masterBefore = rootRead(MasterCf);
    }

    void submissionNeedsDovecot()
    {
        const RunResult r = ctl({QStringLiteral("submission"), QStringLiteral("enable")});
        QVERIFY2(r.exitCode != 0 && r.err.contains("Dovecot"), qPrintable(describe(r)));
        QCOMPARE(rootRead(MasterCf), m_masterBefore);
        QVERIFY(!listening(587));
    }

    void bobChangesNothing()
    {
        for (const QStringList &args : {QStringList {QStringLiteral("submission"), QStringLiteral("enable")},
                                        QStringList {QStringLiteral("imap"), QStringLiteral("enable")}}) {
            const RunResult r = ctlAs(QStringLiteral("bob"), args);
            QVERIFY2(r.exitCode == 4, qPrintable(describe(r)));
        }
        QCOMPARE(rootRead(MasterCf), m_masterBefore);
    }

    void enable()
    {
        for (const QStringList &args :
             {QStringList {QStringLiteral("package"), QStringLiteral("install"), QStringLiteral("dovecot")},
              QStringList {QStringLiteral("submission"), QStringLiteral("enable")},
              QStringList {QStringLiteral("imap"), QStringLiteral("enable")}}) {
            const RunResult r = ctl(args);
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        const QJsonObject a = access();
        QVERIFY2(a.value(QStringLiteral("submission_secure")).toBool(), QJsonDocument(a).toJson().constData());
        QVERIFY(a.value(QStringLiteral("imap")).toBool());
        QVERIFY(!a.value(QStringLiteral("imaps")).toBool());
        QVERIFY(a.value(QStringLiteral("dovecot_active")).toBool());
        QVERIFY(a.value(QStringLiteral("auth_socket")).toBool());
        QCOMPARE(a.value(QStringLiteral("certificate_file")).toString(), QStringLiteral("/etc/mailroom/tls/cert.pem"));
        QVERIFY(listening(587));
        QVERIFY(listening(143));
        QVERIFY(!listening(993));
        const QByteArray master = rootRead(MasterCf);
        QVERIFY(master.contains("\nsubmission inet  n       -       y       -       -       smtpd\n"
                                "  -o syslog_name=postfix/submission\n"));
        // Both ports offer the certificate Mailroom made.
        QCOMPARE(served(QStringLiteral("smtp"), 587), m_fingerprint);
        QCOMPARE(served(QStringLiteral("imap"), 143), m_fingerprint);
    }

    void submission()
    {
        QCOMPARE(
            client({QStringLiteral("smtp-before-tls"), QStringLiteral("127.0.0.1")}),
            QStringList({QStringLiteral("auth-not-offered"), QStringLiteral("auth 530"), QStringLiteral("mail 530")}));
        QCOMPARE(client({QStringLiteral("smtp-send"), QStringLiteral("127.0.0.1"), QStringLiteral("alice"),
                         QStringLiteral("wrong"), QStringLiteral("alice@") + Host, QStringLiteral("bob@") + Host,
                         QStringLiteral("never sent")})
                     .mid(0, 2),
                 QStringList({QStringLiteral("auth-offered"), QStringLiteral("login 535")}));
        QCOMPARE(client({QStringLiteral("smtp-no-login"), QStringLiteral("127.0.0.1"),
                         QStringLiteral("someone@outside.example")}),
                 QStringList({QStringLiteral("mail 250"), QStringLiteral("rcpt 554")}));
        QCOMPARE(client({QStringLiteral("smtp-send"), QStringLiteral("127.0.0.1"), QStringLiteral("alice"),
                         QStringLiteral("alice"), QStringLiteral("alice@") + Host, QStringLiteral("bob@") + Host,
                         QStringLiteral("Through port 587")}),
                 QStringList({QStringLiteral("auth-offered"), QStringLiteral("login 235"), QStringLiteral("send ok")}));
        QVERIFY(waitForMailbox(QStringLiteral("bob"), "Subject: Through port 587"));
        // The journal tells the submission service apart.
        const RunResult log = rootShell(QStringLiteral("journalctl -q --no-pager -t postfix/submission/smtpd | grep -c "
                                                       "'sasl_username=alice'"));
        QVERIFY2(log.out.trimmed().toInt() >= 1, qPrintable(describe(log)));
    }

    void imap()
    {
        const QStringList plain = client({QStringLiteral("imap-before-tls"), ClientIp, ServerIp});
        QVERIFY2(plain.value(0) == QLatin1String("logindisabled") && plain.value(1).startsWith(u"login refused"),
                 qPrintable(plain.join(u'|')));
        QCOMPARE(client({QStringLiteral("imap-read"), ClientIp, ServerIp, QStringLiteral("bob"),
                         QStringLiteral("wrong"), QStringLiteral("x"), QStringLiteral("keep")})
                     .value(0)
                     .left(13),
                 QStringLiteral("login refused"));
        QCOMPARE(client({QStringLiteral("imap-read"), ClientIp, ServerIp, QStringLiteral("bob"), QStringLiteral("bob"),
                         QStringLiteral("Through port 587"), QStringLiteral("delete")}),
                 QStringList({QStringLiteral("login ok"), QStringLiteral("found 1"), QStringLiteral("body True"),
                              QStringLiteral("expunged")}));
        QVERIFY(!rootRead(QStringLiteral("/var/mail/bob")).contains("Subject: Through port 587"));
    }

    // The wrong passwords above, as the journal has them, are login problems in the log summary.
    void loginFailuresInTheLog()
    {
        const RunResult dump = rootShell(QStringLiteral("journalctl -q --no-pager -o short SYSLOG_FACILITY=2 > "
                                                        "/tmp/mail-access.log && chmod 644 /tmp/mail-access.log"));
        QVERIFY2(dump.exitCode == 0, qPrintable(describe(dump)));
        const RunResult r = ctl({QStringLiteral("log"), QStringLiteral("summary"),
                                 QStringLiteral("/tmp/mail-access.log"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject logins = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("logins")).toObject();
        QVERIFY2(logins.value(QStringLiteral("failed")).toInt() >= 2, r.out.right(3000).constData());
        QVERIFY(logins.value(QStringLiteral("succeeded")).toInt() >= 2);
        bool submission = false;
        bool imap = false;
        for (const auto &v : logins.value(QStringLiteral("problems")).toArray()) {
            const QJsonObject p = v.toObject();
            const QStringList users = p.value(QStringLiteral("users")).toVariant().toStringList();
            if (p.value(QStringLiteral("kind")).toString() != QLatin1String("wrong_password")) {
                continue;
            }
            submission = submission
                || (p.value(QStringLiteral("service")).toString() == QLatin1String("submission")
                    && users.contains(QStringLiteral("alice")));
            imap = imap
                || (p.value(QStringLiteral("service")).toString() == QLatin1String("imap")
                    && users.contains(QStringLiteral("bob"))
                    && p.value(QStringLiteral("address")).toString() == ClientIp);
        }
        QVERIFY2(submission && imap, r.out.right(3000).constData());
    }

    // Postfix delivers 40 messages to bob while Dovecot expunges the "junk" ones over IMAP and
    // Mailroom's reader lists the mailbox as bob: every delivered message is there afterwards.
    void deliveryWhileImapExpungesLosesNothing()
    {
        const RunResult seed = rootShell(QStringLiteral(
            "for i in $(seq 1 10); do printf 'Subject: junk %s\\n\\njunk\\n' $i | /usr/sbin/sendmail bob; done"));
        QVERIFY2(seed.exitCode == 0, qPrintable(describe(seed)));
        QVERIFY(waitForMailbox(QStringLiteral("bob"), "Subject: junk ", 10));
        const RunResult race = rootShell(
            QStringLiteral(
                "python3 %1 imap-expunge-loop %2 %3 bob bob junk 8 > /tmp/imap-loop.out 2>&1 & imap=$!; "
                "(for i in $(seq 1 20); do su bob -s /bin/sh -c '%4 mbox list /var/mail/bob' >/dev/null || echo "
                "reader-failed; done) > /tmp/reader.out 2>&1 & reader=$!; "
                "for i in $(seq 1 40); do printf 'Subject: keep %s\\n\\nkeep\\n' $i | /usr/sbin/sendmail bob; "
                "sleep 0.1; done; wait $imap; wait $reader; cat /tmp/imap-loop.out /tmp/reader.out")
                .arg(Client, ClientIp, ServerIp, Ctl),
            300000);
        QVERIFY2(race.exitCode == 0 && race.out.contains("rounds ") && !race.out.contains("reader-failed"),
                 qPrintable(describe(race)));
        QVERIFY(waitForMailbox(QStringLiteral("bob"), "Subject: keep ", 40));
        const QByteArray box = rootRead(QStringLiteral("/var/mail/bob"));
        for (int i = 1; i <= 40; ++i) {
            QVERIFY2(box.contains(QStringLiteral("Subject: keep %1\n").arg(i).toUtf8()),
                     qPrintable(QString::number(i)));
        }
        QCOMPARE(box.count("Subject: keep "), 40);
    }

    void disable()
    {
        for (const QStringList &args : {QStringList {QStringLiteral("imap"), QStringLiteral("disable")},
                                        QStringList {QStringLiteral("submission"), QStringLiteral("disable")}}) {
            const RunResult r = ctl(args);
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        QCOMPARE(rootRead(MasterCf), m_masterBefore);
        QTRY_VERIFY_WITH_TIMEOUT(!listening(587), 10000);
        QVERIFY(!listening(143));
        const QJsonObject a = access();
        QVERIFY(!a.value(QStringLiteral("submission")).toBool());
        QVERIFY(!a.value(QStringLiteral("imap")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestMailAccess)
#include "test_mail_access.moc"
