// SPDX-License-Identifier: GPL-2.0-or-later
// `mailroomctl clients` formatted offline from the facts the helper reports: the settings a user
// types, the warnings, where to publish the autoconfig file, and the JSON.
#include "clientscommand.h"
#include "translations.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using Mailroom::ClientSettings;

namespace {
ClientSettings settings(bool submission, bool imap, bool imaps, bool selfSigned)
{
    ClientSettings::Facts f;
    f.myHostname = QStringLiteral("demo-server.mydomain.com");
    f.myDomain = QStringLiteral("mydomain.com");
    f.ports = {{25, QStringLiteral("smtp"), true},
               {143, QStringLiteral("imap"), imap},
               {587, QStringLiteral("submission"), submission},
               {993, QStringLiteral("imaps"), imaps}};
    f.now = QDateTime(QDate(2030, 6, 1), QTime(8, 0), QTimeZone::UTC);
    if (selfSigned) {
        f.certificate.isNull = false;
        f.certificate.selfSigned = true;
        f.certificate.hostMatches = true;
        f.certificate.sha256 = QStringLiteral("12:34:56");
        f.certificate.notBefore = f.now.addDays(-1);
        f.certificate.notAfter = f.now.addDays(365);
    }
    return ClientSettings::fromFacts(f);
}
} // namespace

class TestClientsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("LANGUAGE", "en");
        Mailroom::installTranslations(QCoreApplication::instance());
    }

    void text_data()
    {
        QTest::addColumn<bool>("submission");
        QTest::addColumn<bool>("imap");
        QTest::addColumn<bool>("imaps");
        QTest::addColumn<bool>("selfSigned");
        QTest::addColumn<QStringList>("lines"); // in this order
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("all, self-signed")
            << true << true << true << true
            << QStringList {QStringLiteral(
                                "Mail client settings for addresses @mydomain.com, @demo-server.mydomain.com"),
                            QStringLiteral("Incoming mail (IMAP)"),
                            QStringLiteral("  Port:             993"),
                            QStringLiteral("  Security:         SSL/TLS"),
                            QStringLiteral("Incoming mail (IMAP)"),
                            QStringLiteral("  Port:             143"),
                            QStringLiteral("  Security:         STARTTLS"),
                            QStringLiteral("Outgoing mail (SMTP)"),
                            QStringLiteral("  Server:           demo-server.mydomain.com"),
                            QStringLiteral("  Port:             587"),
                            QStringLiteral("  Authentication:   Normal password"),
                            QStringLiteral("warning: The certificate is self-signed"),
                            QStringLiteral("  https://autoconfig.mydomain.com/mail/config-v1.1.xml"),
                            QStringLiteral("  https://mydomain.com/.well-known/autoconfig/mail/config-v1.1.xml"),
                            QStringLiteral("Text to mail to users: mailroomctl clients --text")}
            << QStringList {QStringLiteral("cannot connect")};
        QTest::newRow("nothing listens")
            << false << false << false << false
            << QStringList {QStringLiteral("Mail client settings for addresses @mydomain.com"),
                            QStringLiteral("warning: Mail programs cannot connect yet"),
                            QStringLiteral("warning: Port 25 only takes mail from other servers"),
                            QStringLiteral("warning: The server has no certificate")}
            << QStringList {QStringLiteral("Port:"), QStringLiteral("autoconfig"), QStringLiteral("--text")};
    }
    void text()
    {
        QFETCH(bool, submission);
        QFETCH(bool, imap);
        QFETCH(bool, imaps);
        QFETCH(bool, selfSigned);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, absent);
        const QString out = ClientsCommand::formatText(settings(submission, imap, imaps, selfSigned));
        qsizetype at = 0;
        for (const QString &l : lines) {
            const qsizetype found = out.indexOf(l, at);
            QVERIFY2(found >= 0, qPrintable(l + QLatin1String("\n---\n") + out));
            at = found + l.size();
        }
        for (const QString &a : absent) {
            QVERIFY2(!out.contains(a), qPrintable(a + QLatin1String("\n---\n") + out));
        }
    }

    void json()
    {
        const QJsonObject o = ClientsCommand::toJson(settings(true, true, false, true));
        QCOMPARE(o.value(QStringLiteral("host_name")).toString(), QStringLiteral("demo-server.mydomain.com"));
        QCOMPARE(o.value(QStringLiteral("certificate")).toString(), QStringLiteral("self-signed"));
        QCOMPARE(o.value(QStringLiteral("certificate_sha256")).toString(), QStringLiteral("12:34:56"));
        QCOMPARE(o.value(QStringLiteral("can_connect")).toBool(), true);
        const QJsonArray in = o.value(QStringLiteral("incoming")).toArray();
        QCOMPARE(in.size(), 1);
        QCOMPARE(in.at(0).toObject().value(QStringLiteral("port")).toInt(), 143);
        QCOMPARE(in.at(0).toObject().value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        const QJsonArray out = o.value(QStringLiteral("outgoing")).toArray();
        QCOMPARE(out.size(), 1);
        QCOMPARE(out.at(0).toObject().value(QStringLiteral("port")).toInt(), 587);
        QCOMPARE(o.value(QStringLiteral("warnings")).toArray().size(), 1);
        QCOMPARE(
            ClientsCommand::toJson(settings(false, false, false, false)).value(QStringLiteral("can_connect")).toBool(),
            false);
    }

    // The Chinese catalog (as installed) covers the settings, the warnings and the text for users.
    void chinese()
    {
        QTranslator zh;
        QVERIFY(zh.load(QLocale(QStringLiteral("zh_CN")), QStringLiteral("mailroom"), QStringLiteral("_"),
                        QStringLiteral(MAILROOM_TRANSLATIONS_DIR)));
        QCoreApplication::installTranslator(&zh);
        const ClientSettings s = settings(true, true, false, true);
        const QString out = ClientsCommand::formatText(s);
        const QString text = s.instructions();
        QCoreApplication::removeTranslator(&zh);
        QVERIFY2(out.contains(QStringLiteral("收信 (IMAP)")) && out.contains(QStringLiteral("服务器：")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("证书是自签名的")), qPrintable(out));
        QVERIFY2(text.contains(QStringLiteral("收信（IMAP）")) && text.contains(QStringLiteral("12:34:56")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("Incoming")) && !out.contains(QLatin1String("warning: The")),
                 qPrintable(out + text));
    }
};

QTEST_GUILESS_MAIN(TestClientsCommand)
#include "test_clientscommand.moc"
