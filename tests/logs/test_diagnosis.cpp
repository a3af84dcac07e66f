// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/diagnosis.h"

#include <QTest>

using namespace Mailroom;
using Problem = Diagnosis::Problem;
using Target = Diagnosis::FixTarget;
using Context = Diagnosis::Context;

class TestDiagnosis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void patterns_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("context");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("target");
        QTest::newRow("port 25 blocked") << QByteArray(
            "connect to mx.faraway.example[203.0.113.80]:25: Connection timed out")
                                         << int(Context::Delivery) << int(Problem::OutboundPortBlocked)
                                         << int(Target::RelaySettings);
        QTest::newRow("relay port timed out (firewall)")
            << QByteArray("connect to smtp.provider.example[192.0.2.200]:587: Connection timed out")
            << int(Context::Line) << int(Problem::ConnectionTimedOut) << int(Target::Firewall);
        QTest::newRow("relay access denied by us")
            << QByteArray("554 5.7.1 <victim@elsewhere.example>: Relay access denied") << int(Context::Reject)
            << int(Problem::RelayAccessDenied) << int(Target::MyNetworks);
        QTest::newRow("relay access denied by the relay")
            << QByteArray("host smtp.provider.example[192.0.2.200] said: 554 5.7.1 <a@b>: Relay access denied (in "
                          "reply to RCPT TO command)")
            << int(Context::Delivery) << int(Problem::RelayRefusedUs) << int(Target::Credentials);
        QTest::newRow("unknown local user") << QByteArray(
            "550 5.1.1 <nobody@mydomain.example>: Recipient address rejected: User unknown in local recipient table")
                                            << int(Context::Reject) << int(Problem::UnknownLocalUser)
                                            << int(Target::MyDestination);
        QTest::newRow("unknown user at the recipient's server")
            << QByteArray(
                   "host mx1.partner.example[192.0.2.10] said: 550 5.1.1 <nosuchuser@partner.example>: "
                   "Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)")
            << int(Context::Delivery) << int(Problem::UnknownRemoteUser) << int(Target::None);
        QTest::newRow("remote Postfix's local table is the remote user")
            << QByteArray("host mx.other.example[198.51.100.7] said: 550 5.1.1 <x@other.example>: Recipient address "
                          "rejected: User unknown in local recipient table (in reply to RCPT TO command)")
            << int(Context::Delivery) << int(Problem::UnknownRemoteUser) << int(Target::None);
        QTest::newRow("remote mailbox unavailable")
            << QByteArray("host mx.big.example[203.0.113.9] said: 550 5.1.1 The email account that you tried to reach "
                          "does not exist. (in reply to RCPT TO command)")
            << int(Context::Delivery) << int(Problem::UnknownRemoteUser) << int(Target::None);
        QTest::newRow("sasl at the relay")
            << QByteArray("SASL authentication failed; server smtp.provider.example[192.0.2.200] said: 535 5.7.8 "
                          "Error: authentication failed")
            << int(Context::Delivery) << int(Problem::SaslFailedAtRelay) << int(Target::Credentials);
        QTest::newRow("sasl from a client")
            << QByteArray("Mar 25 16:00:02 mail postfix/submission/smtpd[1460]: warning: unknown[203.0.113.66]: SASL "
                          "LOGIN authentication failed: UGFzc3dvcmQ6")
            << int(Context::Line) << int(Problem::SaslFailedFromClient) << int(Target::Credentials);
        QTest::newRow("tls handshake") << QByteArray("Cannot start TLS: handshake failure") << int(Context::Delivery)
                                       << int(Problem::TlsFailure) << int(Target::Tls);
        QTest::newRow("certificate") << QByteArray("Mar 25 mail postfix/smtp[1]: certificate verification failed for "
                                                   "smtp.provider.example[192.0.2.200]:587: untrusted issuer /CN=x")
                                     << int(Context::Line) << int(Problem::TlsFailure) << int(Target::Tls);
        QTest::newRow("loops back") << QByteArray("mail for newdomain.example loops back to myself")
                                    << int(Context::Delivery) << int(Problem::LoopsBackToMyself)
                                    << int(Target::MyDestination);
        QTest::newRow("dns") << QByteArray("Host or domain name not found. Name service error for "
                                           "name=deadhost.example type=MX: Host not found, try again")
                             << int(Context::Delivery) << int(Problem::DomainNotFound) << int(Target::Dns);
        QTest::newRow("we are blocklisted")
            << QByteArray("host mx1.partner.example[192.0.2.10] said: 554 5.7.1 Service unavailable; Client host "
                          "[198.51.100.1] blocked using zen.spamhaus.org")
            << int(Context::Delivery) << int(Problem::Blocklisted) << int(Target::RelaySettings);
        QTest::newRow("our postscreen blocking a spammer is not a problem")
            << QByteArray("550 5.7.1 Service unavailable; client [203.0.113.200] blocked using zen.spamhaus.org")
            << int(Context::Reject) << int(Problem::None) << int(Target::None);
        QTest::newRow("delivered") << QByteArray("250 2.0.0 Ok: queued as 7F3E21C0A9") << int(Context::Delivery)
                                   << int(Problem::None) << int(Target::None);
    }
    void patterns()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, context);
        QFETCH(int, problem);
        QFETCH(int, target);
        const Diagnosis::Finding f = Diagnosis::diagnose(text, Context(context));
        QCOMPARE(int(f.problem), problem);
        QCOMPARE(int(f.target), target);
        QCOMPARE(f.explanation.isEmpty(), problem == int(Problem::None));
        QCOMPARE(Diagnosis::targetName(f.target).isEmpty(), target == int(Target::None));
        QCOMPARE(f.suggestion.isEmpty(), problem == int(Problem::None));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosis)
#include "test_diagnosis.moc"
