// SPDX-License-Identifier: GPL-2.0-or-later
// What users type into their mail programs, for each combination of listening ports and
// certificate: the rows, the warnings for the admin, Thunderbird's autoconfig file (read back with
// QXmlStreamReader) and the text for users. At a fixed moment, never the real clock.
#include "clients/clientsettings.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using Mailroom::CertificateSummary;
using Mailroom::ClientSettings;
using Mailroom::PortState;
using Mailroom::PortStateList;
using CertState = ClientSettings::CertificateState;

namespace {
const QDateTime Now(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::UTC);
const QString Sha = QStringLiteral("AB:CD:EF:01");

CertificateSummary certificate(CertState kind)
{
    CertificateSummary c;
    if (kind == CertState::None) {
        return c;
    }
    c.isNull = false;
    c.sha256 = Sha;
    c.notBefore = Now.addDays(-10);
    c.notAfter = Now.addDays(300);
    c.hostMatches = true;
    switch (kind) {
    case CertState::Trusted:
        c.chainTrusted = true;
        break;
    case CertState::SelfSigned:
        c.selfSigned = true;
        break;
    case CertState::Untrusted:
        c.hostMatches = false;
        c.problems = {QStringLiteral("The issuer certificate could not be found")};
        break;
    case CertState::Expired:
        c.chainTrusted = true;
        c.notAfter = Now.addDays(-2);
        break;
    case CertState::None:
        break;
    }
    return c;
}

// "993 imaps, 25 smtp": ports that listen; the others of the four are reported as not listening.
PortStateList ports(const QString &spec)
{
    PortStateList out;
    const QList<QPair<quint16, QString>> known {{25, QStringLiteral("smtp")},
                                                {143, QStringLiteral("imap")},
                                                {587, QStringLiteral("submission")},
                                                {993, QStringLiteral("imaps")}};
    const QStringList on = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const auto &[port, purpose] : known) {
        out.append(PortState {port, purpose, on.contains(QString::number(port))});
    }
    return out;
}

// Each server of the autoconfig file as "kind type hostname port socketType username authentication".
struct ParsedAutoconfig
{
    QString version;
    QString id;
    QStringList domains;
    QString displayName;
    QString displayShortName;
    QStringList servers;
    bool ok = false;
};

ParsedAutoconfig parse(const QByteArray &xml)
{
    ParsedAutoconfig p;
    QXmlStreamReader r(xml);
    QStringList current;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto name = r.name();
            if (name == QLatin1String("clientConfig")) {
                p.version = r.attributes().value(QLatin1String("version")).toString();
            } else if (name == QLatin1String("emailProvider")) {
                p.id = r.attributes().value(QLatin1String("id")).toString();
            } else if (name == QLatin1String("domain")) {
                p.domains << r.readElementText();
            } else if (name == QLatin1String("displayName")) {
                p.displayName = r.readElementText();
            } else if (name == QLatin1String("displayShortName")) {
                p.displayShortName = r.readElementText();
            } else if (name == QLatin1String("incomingServer") || name == QLatin1String("outgoingServer")) {
                current = {name.toString(), r.attributes().value(QLatin1String("type")).toString()};
            } else if (!current.isEmpty()) {
                current << r.readElementText();
            }
        } else if (r.isEndElement()
                   && (r.name() == QLatin1String("incomingServer") || r.name() == QLatin1String("outgoingServer"))) {
            p.servers << current.join(QLatin1Char(' '));
            current.clear();
        }
    }
    p.ok = !r.hasError();
    return p;
}

QByteArray fixture(const char *name)
{
    QFile f(QFINDTESTDATA(QStringLiteral("../data/tls/") + QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestClientSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LANGUAGE", "en");
        Mailroom::installTranslations(QCoreApplication::instance());
    }

    void combinations_data()
    {
        QTest::addColumn<QString>("listening");
        QTest::addColumn<CertState>("cert");
        QTest::addColumn<QStringList>("rows"); // "direction protocol port security"
        QTest::addColumn<QStringList>("servers"); // as parse() lists them
        QTest::addColumn<QStringList>("warnings"); // a phrase each warning must contain, in order
        QTest::addColumn<QStringList>("text"); // phrases the text for users contains
        QTest::addColumn<QStringList>("notInText");

        const QString imaps = QStringLiteral(
            "incomingServer imap demo-server.mydomain.com 993 SSL %EMAILLOCALPART% password-cleartext");
        const QString imap = QStringLiteral(
            "incomingServer imap demo-server.mydomain.com 143 STARTTLS %EMAILLOCALPART% password-cleartext");
        const QString smtp = QStringLiteral(
            "outgoingServer smtp demo-server.mydomain.com 587 STARTTLS %EMAILLOCALPART% password-cleartext");
        const QString in993 = QStringLiteral("Incoming mail IMAP 993 SSL/TLS");
        const QString in143 = QStringLiteral("Incoming mail IMAP 143 STARTTLS");
        const QString out587 = QStringLiteral("Outgoing mail SMTP 587 STARTTLS");

        QTest::newRow("everything, trusted")
            << QStringLiteral("25 143 587 993") << CertState::Trusted << QStringList {in993, in143, out587}
            << QStringList {imaps, imap, smtp} << QStringList {}
            << QStringList {QStringLiteral("Incoming mail (IMAP)"),
                            QStringLiteral("Port: 993"),
                            QStringLiteral("Security: SSL/TLS"),
                            QStringLiteral("or, if your program cannot"),
                            QStringLiteral("Port: 143"),
                            QStringLiteral("Outgoing mail (SMTP)"),
                            QStringLiteral("Port: 587"),
                            QStringLiteral("Security: STARTTLS"),
                            QStringLiteral("Normal password"),
                            QStringLiteral("alice@mydomain.com")}
            << QStringList {QStringLiteral("fingerprint"), QStringLiteral("not possible yet")};
        QTest::newRow("143 and 587, self-signed")
            << QStringLiteral("25 143 587") << CertState::SelfSigned << QStringList {in143, out587}
            << QStringList {imap, smtp} << QStringList {QStringLiteral("self-signed")}
            << QStringList {QStringLiteral("Port: 143"), QStringLiteral("fingerprint is:\n  AB:CD:EF:01")}
            << QStringList {QStringLiteral("Port: 993"), QStringLiteral("or, if your program cannot")};
        QTest::newRow("993 only, no submission")
            << QStringLiteral("25 993") << CertState::Trusted << QStringList {in993} << QStringList {imaps}
            << QStringList {QStringLiteral("mailroomctl submission enable")}
            << QStringList {QStringLiteral("Port: 993"), QStringLiteral("Sending mail with a mail program is not")}
            << QStringList {QStringLiteral("Port: 587")};
        QTest::newRow("587 only, untrusted")
            << QStringLiteral("587") << CertState::Untrusted << QStringList {out587} << QStringList {smtp}
            << QStringList {QStringLiteral("mailroomctl imap enable"), QStringLiteral("accept or import")}
            << QStringList {QStringLiteral("Reading mail with a mail program is not"),
                            QStringLiteral("fingerprint is:\n  AB:CD:EF:01")}
            << QStringList {QStringLiteral("IMAP")};
        QTest::newRow("expired") << QStringLiteral("143 587") << CertState::Expired << QStringList {in143, out587}
                                 << QStringList {imap, smtp} << QStringList {QStringLiteral("has expired")}
                                 << QStringList {QStringLiteral("certificate has expired")}
                                 << QStringList {QStringLiteral("fingerprint")};
        QTest::newRow("only 25: nothing for clients, no certificate")
            << QStringLiteral("25") << CertState::None << QStringList {} << QStringList {}
            << QStringList {QStringLiteral("cannot connect yet"), QStringLiteral("Port 25 only takes mail"),
                            QStringLiteral("mailroomctl tls self-signed")}
            << QStringList {QStringLiteral("does not accept mail programs yet")}
            << QStringList {QStringLiteral("Server:")};
        QTest::newRow("nothing at all") << QString() << CertState::SelfSigned << QStringList {} << QStringList {}
                                        << QStringList {QStringLiteral("Setup → Mail programs"),
                                                        QStringLiteral("self-signed")}
                                        << QStringList {QStringLiteral("does not accept mail programs yet")}
                                        << QStringList {QStringLiteral("Port 25"), QStringLiteral("Server:")};
    }

    void combinations()
    {
        QFETCH(QString, listening);
        QFETCH(CertState, cert);
        QFETCH(QStringList, rows);
        QFETCH(QStringList, servers);
        QFETCH(QStringList, warnings);
        QFETCH(QStringList, text);
        QFETCH(QStringList, notInText);

        ClientSettings::Facts f;
        f.myHostname = QStringLiteral("demo-server.mydomain.com");
        f.myDomain = QStringLiteral("mydomain.com");
        f.ports = ports(listening);
        f.certificate = certificate(cert);
        f.certificateSource = QStringLiteral("mailroom");
        f.now = Now;
        const ClientSettings s = ClientSettings::fromFacts(f);
        QCOMPARE(s.certificateState, cert);
        QCOMPARE(s.canConnect(), !rows.isEmpty());

        QStringList shown;
        for (const ClientSettings::Row &r : s.rows()) {
            QCOMPARE(r.server, QStringLiteral("demo-server.mydomain.com"));
            QVERIFY(r.userName.contains(QLatin1String("before @")));
            QCOMPARE(r.authentication, QStringLiteral("Normal password"));
            shown << QStringList {r.direction, r.protocol, r.port, r.security}.join(QLatin1Char(' '));
        }
        QCOMPARE(shown, rows);

        const QStringList said = s.warnings();
        QCOMPARE(said.size(), warnings.size());
        for (qsizetype i = 0; i < said.size(); ++i) {
            QVERIFY2(said.at(i).contains(warnings.at(i)), qPrintable(said.at(i)));
        }

        const ParsedAutoconfig p = parse(s.autoconfigXml());
        QVERIFY(p.ok);
        QCOMPARE(p.version, QStringLiteral("1.1"));
        QCOMPARE(p.id, QStringLiteral("mydomain.com"));
        QCOMPARE(p.domains, (QStringList {QStringLiteral("mydomain.com"), QStringLiteral("demo-server.mydomain.com")}));
        QCOMPARE(p.displayName, QStringLiteral("mydomain.com"));
        QCOMPARE(p.displayShortName, QStringLiteral("mydomain"));
        QCOMPARE(p.servers, servers);

        const QString t = s.instructions();
        QVERIFY2(t.contains(QLatin1String("User name: your user name on demo-server.mydomain.com")), qPrintable(t));
        for (const QString &phrase : text) {
            QVERIFY2(t.contains(phrase), qPrintable(phrase + QLatin1String("\n---\n") + t));
        }
        for (const QString &phrase : notInText) {
            QVERIFY2(!t.contains(phrase), qPrintable(phrase + QLatin1String("\n---\n") + t));
        }
    }

    // The whole file, as Thunderbird's documentation shows the format.
    void autoconfigFile()
    {
        ClientSettings::Facts f;
        f.myHostname = QStringLiteral("mail.example.org");
        f.myDomain = QStringLiteral("example.org");
        f.ports = ports(QStringLiteral("143 587 993"));
        f.now = Now;
        const QByteArray expected = R"(<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.org">
    <domain>example.org</domain>
    <domain>mail.example.org</domain>
    <displayName>example.org</displayName>
    <displayShortName>example</displayShortName>
    <incomingServer type="imap">
      <hostname>mail.example.org</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="imap">
      <hostname>mail.example.org</hostname>
      <port>143</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>mail.example.org</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>password-cleartext</authentication>
    </outgoingServer>
  </emailProvider>
</clientConfig>
)";
        QCOMPARE(ClientSettings::fromFacts(f).autoconfigXml(), expected);
        QCOMPARE(ClientSettings::fromFacts(f).autoconfigUrls(),
                 (QStringList {QStringLiteral("https://autoconfig.example.org/mail/config-v1.1.xml"),
                               QStringLiteral("https://example.org/.well-known/autoconfig/mail/config-v1.1.xml")}));
    }

    // Names that XML must escape come back as they were; mydomain empty → the host name is the domain.
    void escaping_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("domains");
        QTest::newRow("markup") << QStringLiteral("m&<x>\"'.ex&ample.org") << QStringLiteral("ex&ample.org")
                                << QStringList {QStringLiteral("ex&ample.org"),
                                                QStringLiteral("m&<x>\"'.ex&ample.org")};
        QTest::newRow("no mydomain") << QStringLiteral("a<b>") << QString() << QStringList {QStringLiteral("a<b>")};
        QTest::newRow("same name, other case") << QStringLiteral("Mail.Example") << QStringLiteral("mail.example")
                                               << QStringList {QStringLiteral("mail.example")};
    }
    void escaping()
    {
        QFETCH(QString, host);
        QFETCH(QString, domain);
        QFETCH(QStringList, domains);
        ClientSettings::Facts f;
        f.myHostname = host;
        f.myDomain = domain;
        f.ports = ports(QStringLiteral("587"));
        f.now = Now;
        const QByteArray xml = ClientSettings::fromFacts(f).autoconfigXml();
        // Every & starts an entity; no name's < or > is left as markup.
        const QRegularExpression bareAmpersand(QStringLiteral("&(?!amp;|lt;|gt;|quot;|apos;)"));
        QVERIFY2(!QString::fromUtf8(xml).contains(bareAmpersand) && !xml.contains("<b>") && !xml.contains("<x>"),
                 xml.constData());
        const ParsedAutoconfig p = parse(xml);
        QVERIFY(p.ok);
        QCOMPARE(p.domains, domains);
        QCOMPARE(p.id, domains.first());
        QCOMPARE(
            p.servers,
            QStringList {
                QStringLiteral("outgoingServer smtp %1 587 STARTTLS %EMAILLOCALPART% password-cleartext").arg(host)});
    }

    // From the helper's replies as they come: GetConfig, GetPorts with 993 ("imaps"), GetTlsCertificate.
    void fromHelper_data()
    {
        QTest::addColumn<int>("daysBeforeExpiry");
        QTest::addColumn<QString>("host");
        QTest::addColumn<CertState>("state");
        QTest::newRow("self-signed, valid")
            << 100 << QStringLiteral("demo-server.mydomain.com") << CertState::SelfSigned;
        QTest::newRow("self-signed, expired") << -1 << QStringLiteral("demo-server.mydomain.com") << CertState::Expired;
        QTest::newRow("another host's") << 100 << QStringLiteral("mail.elsewhere.test") << CertState::Untrusted;
    }
    void fromHelper()
    {
        QFETCH(int, daysBeforeExpiry);
        QFETCH(QString, host);
        QFETCH(CertState, state);
        Mailroom::TlsCertificateState tls;
        tls.chainPem = QString::fromLatin1(fixture("selfsigned-ec.pem"));
        QVERIFY(!tls.chainPem.isEmpty());
        tls.source = QStringLiteral("mailroom");
        tls.hostName = host;
        const QDateTime notAfter = QSslCertificate::fromData(tls.chainPem.toLatin1()).value(0).expiryDate();
        const Mailroom::ConfigValueList config {
            {QStringLiteral("myhostname"), host, QString(), true},
            {QStringLiteral("mydomain"), QStringLiteral("mydomain.com"), QString(), false}};
        const ClientSettings s = ClientSettings::fromHelper(config, ports(QStringLiteral("25 143 587 993")), tls,
                                                            notAfter.addDays(-daysBeforeExpiry));
        QCOMPARE(s.hostName, host);
        QCOMPARE(s.domain, QStringLiteral("mydomain.com"));
        QCOMPARE(s.certificateState, state);
        QCOMPARE(s.incoming.size(), 2);
        QCOMPARE(s.incoming.first().port, quint16(993));
        const QString warnings = s.warnings().join(QLatin1Char('\n'));
        QVERIFY2(state == CertState::Expired ? warnings.contains(QLatin1String("has expired"))
                                             : warnings.contains(s.certificateSha256),
                 qPrintable(warnings));
    }
};

QTEST_GUILESS_MAIN(TestClientSettings)
#include "test_clientsettings.moc"
