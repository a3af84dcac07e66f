// SPDX-License-Identifier: GPL-2.0-or-later
// Walks every method of the installed introspection XML: bob (no rights) gets
// AccessDenied for each and nothing on the system changes; alice gets past
// authorization; malformed input is InvalidArgs and changes nothing either.
//
// The test runs as root and re-runs itself as bob or alice ("--call METHOD") so
// each call comes from that user's own system bus connection.
#include "helperapi.h"
#include "helpertypes.h"
#include "sandboxuser.h"
#include "servicestate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

#include <cstdio>

namespace {
const QString InterfaceXml = QStringLiteral("/usr/share/dbus-1/interfaces/io.github.mailroom.Helper1.xml");

// Harmless, well-formed arguments for every method: valid enough to reach authorization,
// and for alice they change nothing in the seed scenario (unknown units, no-op packages, …).
QVariantList sampleArgs(const QString &method, bool *known)
{
    *known = true;
    const auto map = [](const QString &k, const QString &v) {
        return QVariant::fromValue(Mailroom::StringMap {{k, v}});
    };
    if (method == QLatin1String("GetConfigFile"))
        return {QStringLiteral("master.cf")};
    if (method == QLatin1String("PreviewConfigFile"))
        return {QStringLiteral("main.cf"), QStringLiteral("myhostname = x.example.com\n")};
    if (method == QLatin1String("ApplyConfigFile"))
        return {QStringLiteral("main.cf"), QStringLiteral("myhostname = x.example.com\n"),
                QString(64, QLatin1Char('0'))};
    if (method == QLatin1String("PreviewConfigBackup"))
        return {QStringLiteral("master.cf-20000101-000000-000")};
    if (method == QLatin1String("RunPostmap"))
        return {QStringLiteral("hash:/etc/postfix/virtual")};
    if (method.startsWith(QLatin1String("Get")) && method != QLatin1String("GetConfig")
        && method != QLatin1String("GetMailLog")) {
        return {};
    }
    if (method == QLatin1String("GetConfig"))
        return {QStringList {QStringLiteral("myhostname")}};
    if (method == QLatin1String("GetMailLog"))
        return {QString(), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(10))};
    if (method == QLatin1String("WaitForMailLog"))
        return {QStringLiteral("s=0;i=0"), QVariant::fromValue(uint(100))};
    if (method.endsWith(QLatin1String("Service")) && method != QLatin1String("SetFirewallService"))
        return {QStringLiteral("dovecot")};
    if (method == QLatin1String("SetFirewallService"))
        return {QStringLiteral("imap"), false};
    if (method == QLatin1String("InstallPackage"))
        return {QStringLiteral("ca-certificates")};
    if (method == QLatin1String("RemovePackage"))
        return {QStringLiteral("postfix")};
    if (method == QLatin1String("CancelPackageOperation"))
        return {QStringLiteral("install-999")};
    if (method == QLatin1String("PreviewConfigChange") || method == QLatin1String("ApplyConfigChange"))
        return {map(QStringLiteral("myhostname"), QStringLiteral("x.example.com")), QStringList {}};
    if (method == QLatin1String("ListConfigBackups") || method == QLatin1String("RemoveRelay")
        || method == QLatin1String("FlushQueue"))
        return {};
    if (method == QLatin1String("RestoreConfigBackup"))
        return {QStringLiteral("main.cf-20000101-000000-000")};
    if (method == QLatin1String("SetRelay"))
        return {QStringLiteral("smtp.example.net"), QVariant::fromValue(ushort(587)), QStringLiteral("u"),
                QStringLiteral("p")};
    if (method.endsWith(QLatin1String("Queued")))
        return {QStringList {QStringLiteral("ABCDE12345")}};
    if (method == QLatin1String("SendTestMail"))
        return {QStringLiteral("alice"), QStringLiteral("alice"), QStringLiteral("x")};
    if (method == QLatin1String("OpenMailbox"))
        return {QStringLiteral("bob")};
    if (method == QLatin1String("ReadMailbox"))
        return {QStringLiteral("bob"), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(4096))};
    // Postfix is not installed in the seed scenario: no names for a certificate, nothing made.
    if (method == QLatin1String("CreateTlsCertificate"))
        return {QStringLiteral("ec-p256"), false};
    if (method == QLatin1String("InstallTlsCertificate"))
        return {QStringLiteral("-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n")};
    if (method == QLatin1String("UseLetsEncryptCertificate"))
        return {};
    if (method == QLatin1String("SetSubmission"))
        return {true};
    if (method == QLatin1String("SetImap"))
        return {true, false};
    // SpamAssassin is not installed in the seed scenario: refused, nothing written.
    if (method == QLatin1String("SetSpamFilter"))
        return {true, 5.0, QStringLiteral("reject"), 10.0, QStringLiteral("[SPAM]"), false};
    if (method == QLatin1String("SetSpamRuleUpdates"))
        return {true};
    if (method == QLatin1String("SetProcmailDelivery"))
        return {true};
    *known = false;
    return {};
}

// Malformed input for a method, with the expected InvalidArgs.
struct BadCall
{
    const char *name;
    QString method;
    QVariantList args;
};
QList<BadCall> badCalls()
{
    const auto map = [](const QString &k, const QString &v) {
        return QVariant::fromValue(Mailroom::StringMap {{k, v}});
    };
    return {
        {"unit path", QStringLiteral("StopService"), {QStringLiteral("../../etc/passwd")}},
        {"other unit", QStringLiteral("StopService"), {QStringLiteral("ssh.service")}},
        {"firewall service", QStringLiteral("SetFirewallService"), {QStringLiteral("ssh"), true}},
        {"package", QStringLiteral("InstallPackage"), {QStringLiteral("openssh-server")}},
        {"newline in value",
         QStringLiteral("ApplyConfigChange"),
         {map(QStringLiteral("myhostname"), QStringLiteral("a\nb.example.com")), QStringList {}}},
        {"= in key",
         QStringLiteral("ApplyConfigChange"),
         {map(QStringLiteral("my=hostname"), QStringLiteral("x")), QStringList {}}},
        {"unknown key",
         QStringLiteral("ApplyConfigChange"),
         {map(QStringLiteral("smtpd_banner"), QStringLiteral("x")), QStringList {}}},
        {"malformed CIDR",
         QStringLiteral("ApplyConfigChange"),
         {map(QStringLiteral("mynetworks"), QStringLiteral("10.0.0.0/33")), QStringList {}}},
        {"queue id with slash", QStringLiteral("DeleteQueued"), {QStringList {QStringLiteral("../ABCDE")}}},
        {"address with space",
         QStringLiteral("SendTestMail"),
         {QStringLiteral("alice"), QStringLiteral("a b@c"), QStringLiteral("x")}},
        {"system user",
         QStringLiteral("SendTestMail"),
         {QStringLiteral("daemon"), QStringLiteral("alice"), QStringLiteral("x")}},
        {"mailbox path", QStringLiteral("OpenMailbox"), {QStringLiteral("../root")}},
        {"mailbox chunk too big",
         QStringLiteral("ReadMailbox"),
         {QStringLiteral("bob"), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(64 * 1024 * 1024))}},
        {"cursor",
         QStringLiteral("GetMailLog"),
         {QStringLiteral("'; rm -rf /"), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(10))}},
        {"backup id", QStringLiteral("RestoreConfigBackup"), {QStringLiteral("../../etc/shadow")}},
        {"reversed spam scores",
         QStringLiteral("SetSpamFilter"),
         {true, 9.0, QStringLiteral("reject"), 4.0, QString(), false}},
        {"spam action", QStringLiteral("SetSpamFilter"), {true, 5.0, QStringLiteral("|sh"), 9.0, QString(), false}},
        {"other file", QStringLiteral("GetConfigFile"), {QStringLiteral("../shadow")}},
        {"line too long",
         QStringLiteral("ApplyConfigFile"),
         {QStringLiteral("main.cf"), QStringLiteral("a = %1\n").arg(QString(3000, QLatin1Char('x'))),
          QString(64, QLatin1Char('0'))}},
        {"postmap outside /etc/postfix", QStringLiteral("RunPostmap"), {QStringLiteral("hash:/etc/shadow")}},
        {"key type", QStringLiteral("CreateTlsCertificate"), {QStringLiteral("dsa-1024"), true}},
        {"private key in the chain",
         QStringLiteral("InstallTlsCertificate"),
         {QStringLiteral(
             "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n-----BEGIN PRIVATE KEY-----\n")}},
        {"relay host",
         QStringLiteral("SetRelay"),
         {QStringLiteral("smtp.example.net\nrelayhost=evil"), QVariant::fromValue(ushort(587)), QStringLiteral("u"),
          QStringLiteral("p")}},
    };
}

QStringList methodsFromXml()
{
    QFile f(InterfaceXml);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QStringList methods;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("method")) {
            methods << xml.attributes().value(QLatin1String("name")).toString();
        }
    }
    return methods;
}

// Everything the walk could change, as one comparable blob.
QByteArray systemSnapshot()
{
    QByteArray s;
    const auto add = [&s](const QString &program, const QStringList &args) {
        const RunResult r = runAsRoot(program, args);
        s += program.toUtf8() + ' ' + args.join(QLatin1Char(' ')).toUtf8() + ":\n" + r.out + '\n';
    };
    for (const char *unit : {"postfix", "sendmail", "exim4", "dovecot"}) {
        add(QStringLiteral("systemctl"), {QStringLiteral("is-active"), QString::fromLatin1(unit)});
        add(QStringLiteral("systemctl"), {QStringLiteral("is-enabled"), QString::fromLatin1(unit)});
    }
    add(QStringLiteral("firewall-cmd"), {QStringLiteral("--permanent"), QStringLiteral("--list-services")});
    add(QStringLiteral("dpkg-query"), {QStringLiteral("-W"), QStringLiteral("-f=${Package} ${Status}\\n")});
    add(QStringLiteral("sha256sum"), {QStringLiteral("/var/mail/alice"), QStringLiteral("/var/mail/bob")});
    add(QStringLiteral("ls"),
        {QStringLiteral("-la"), QStringLiteral("/var/lib/mailroom/backups"), QStringLiteral("/etc/postfix"),
         QStringLiteral("/etc/mailroom/tls")});
    return s;
}

RunResult callAs(const QString &user, const QString &method, int badIndex = -1)
{
    QStringList args {QStringLiteral("--call"), method};
    if (badIndex >= 0) {
        args << QStringLiteral("--bad") << QString::number(badIndex);
    }
    return runAs(user, QCoreApplication::applicationFilePath(), args, 120000);
}
} // namespace

class TestEveryMethod : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyMethodHasASample()
    {
        const QStringList methods = methodsFromXml();
        QVERIFY2(methods.size() >= 30, qPrintable(QString::number(methods.size())));
        for (const QString &m : methods) {
            bool known = false;
            sampleArgs(m, &known);
            QVERIFY2(known, qPrintable(QStringLiteral("add sample arguments for new method %1").arg(m)));
        }
    }

    void bobIsDeniedEverywhereAndNothingChanges()
    {
        const QByteArray before = systemSnapshot();
        for (const QString &m : methodsFromXml()) {
            const RunResult r = callAs(QStringLiteral("bob"), m);
            QVERIFY2(
                r.out.trimmed() == "org.freedesktop.DBus.Error.AccessDenied",
                qPrintable(
                    QStringLiteral("%1 as bob: %2 %3").arg(m, QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
        }
        QCOMPARE(systemSnapshot(), before);
    }

    void aliceGetsPastAuthorization()
    {
        const QByteArray before = systemSnapshot();
        for (const QString &m : methodsFromXml()) {
            if (m == QLatin1String("SendTestMail")) {
                continue; // would deliver a message; test_chapter_cli covers it as alice
            }
            const RunResult r = callAs(QStringLiteral("alice"), m);
            QVERIFY2(
                r.exitCode == 0 && !r.out.contains("AccessDenied"),
                qPrintable(
                    QStringLiteral("%1 as alice: %2 %3").arg(m, QString::fromUtf8(r.out), QString::fromUtf8(r.err))));
        }
        QCOMPARE(systemSnapshot(), before);
    }

    void malformedInputIsInvalidArgs_data()
    {
        QTest::addColumn<int>("index");
        const auto bad = badCalls();
        for (int i = 0; i < bad.size(); ++i) {
            QTest::newRow(bad.at(i).name) << i;
        }
    }
    void malformedInputIsInvalidArgs()
    {
        QFETCH(int, index);
        const QByteArray before = systemSnapshot();
        const RunResult r = callAs(QStringLiteral("alice"), badCalls().at(index).method, index);
        QVERIFY2(r.out.trimmed() == "org.freedesktop.DBus.Error.InvalidArgs", (r.out + r.err).constData());
        QCOMPARE(systemSnapshot(), before);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Mailroom::registerDBusTypes();
    const QStringList args = app.arguments();
    const qsizetype call = args.indexOf(QStringLiteral("--call"));
    if (call > 0 && call + 1 < args.size()) {
        // Child mode: one call as whoever we are; print the error name or "OK".
        const QString method = args.at(call + 1);
        bool known = false;
        QVariantList callArgs = sampleArgs(method, &known);
        const qsizetype bad = args.indexOf(QStringLiteral("--bad"));
        if (bad > 0) {
            callArgs = badCalls().at(args.at(bad + 1).toInt()).args;
        }
        QDBusMessage msg = QDBusMessage::createMethodCall(Mailroom::Api::ServiceName, Mailroom::Api::ObjectPath,
                                                          Mailroom::Api::Interface, method);
        msg.setArguments(callArgs);
        const QDBusMessage reply = QDBusConnection::systemBus().call(msg, QDBus::Block, 110000);
        std::printf("%s\n", reply.type() == QDBusMessage::ErrorMessage ? qPrintable(reply.errorName()) : "OK");
        std::fprintf(stderr, "%s\n", qPrintable(reply.errorMessage()));
        return 0;
    }
    TestEveryMethod t;
    return QTest::qExec(&t, argc, argv);
}

#include "test_every_method.moc"
