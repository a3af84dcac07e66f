// SPDX-License-Identifier: GPL-2.0-or-later
// The real Helper and its generated adaptor on a peer-to-peer D-Bus connection, with
// fakes behind every seam: for each method of the contract, a bad argument is refused
// before polkit is asked, a denial leaves every backend untouched, and the allowed
// path reaches the backend with exactly the checked arguments.
#include "fakeauthorizer.h"
#include "fakefirewall.h"
#include "fakehost.h"
#include "fakejournal.h"
#include "fakepackagemanager.h"
#include "fakepostfixconfig.h"
#include "fakeprogramrunner.h"
#include "fakeservicemanager.h"
#include "helper.h"
#include "helper1adaptor.h"
#include "helperapi.h"
#include "helperclient.h"
#include "helpertypes.h"
#include "tlskeys.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCall>
#include <QDBusServer>
#include <QDBusUnixFileDescriptor>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMetaMethod>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

#include <memory>
#include <pwd.h>
#include <unistd.h>

using namespace Mailroom;

namespace {
struct MethodCase
{
    QString method;
    QVariantList goodArgs;
    // Empty when the method has no argument to check before polkit.
    QList<QVariantList> badArgs;
    QLatin1StringView action;
    QStringList expectedCalls;
};

const QString Ids = QStringLiteral("postfix,sendmail,sm-mta,sm-msp-queue,exim,dovecot,spamd,spamass-milter");

QVariant strings(const QStringList &l)
{
    return QVariant::fromValue(l);
}
QVariant map(const StringMap &m)
{
    return QVariant::fromValue(m);
}

QString currentUser()
{
    const passwd *pw = getpwuid(getuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString();
}

// A key and a certificate for mail.example.com (the fake's myhostname), made once.
const TlsKeys::Result &fixtureKey()
{
    static const TlsKeys::Result key = TlsKeys::generateKey(TlsKeys::KeyType::EcP256);
    return key;
}
const TlsKeys::Result &fixtureCertificate()
{
    static const TlsKeys::Result cert = TlsKeys::selfSigned(fixtureKey().pem, {QStringLiteral("mail.example.com")},
                                                            QDateTime::currentDateTimeUtc().addSecs(-60), 30);
    return cert;
}

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
}

QList<MethodCase> cases()
{
    const StringMap hostname {{QStringLiteral("myhostname"), QStringLiteral("mail.example.com")}};
    const QStringList queueIds {QStringLiteral("4XyZ1abc")};
    const QList<QVariantList> badQueueIds {{strings({QStringLiteral("-rf")})}, {strings({})}};
    QList<MethodCase> c;
    c.append(
        {QStringLiteral("GetServiceStates"),
         {},
         {},
         Api::Action::ReadStatus,
         {QStringLiteral("services.state postfix.service"), QStringLiteral("services.state sendmail.service"),
          QStringLiteral("services.state exim4.service"), QStringLiteral("services.state dovecot.service"),
          QStringLiteral("services.state spamd.service"), QStringLiteral("services.state spamass-milter.service")}});
    c.append({QStringLiteral("GetSystemInfo"), {}, {}, Api::Action::ReadStatus, {QStringLiteral("host.systemInfo")}});
    c.append({QStringLiteral("GetPorts"), {}, {}, Api::Action::ReadStatus, {QStringLiteral("host.ports")}});
    const QList<QVariantList> badUnits {{QStringLiteral("sshd")}, {QStringLiteral("../postfix")}, {QString()}};
    for (const char *verb : {"Start", "Stop", "Restart", "Reload", "Enable", "Disable"}) {
        c.append({QString::fromLatin1(verb) + QStringLiteral("Service"),
                  {QStringLiteral("postfix")},
                  badUnits,
                  Api::Action::ManageServices,
                  {QStringLiteral("services.perform postfix.service %1").arg(QLatin1String(verb))}});
    }
    c.append({QStringLiteral("GetFirewallServices"),
              {},
              {},
              Api::Action::ReadStatus,
              {QStringLiteral("firewall.services smtp,submission,imap,imaps")}});
    c.append({QStringLiteral("SetFirewallService"),
              {QStringLiteral("smtp"), true},
              {{QStringLiteral("ssh"), true}},
              Api::Action::ManageFirewall,
              {QStringLiteral("firewall.available"), QStringLiteral("firewall.setService smtp 1")}});
    c.append({QStringLiteral("GetPackages"),
              {},
              {},
              Api::Action::ReadStatus,
              {QStringLiteral("packages.query postfix,sendmail,sendmail-bin,sendmail-cf,sensible-mda,s-nail,"
                              "libsasl2-modules,ca-certificates,dovecot-core,dovecot-imapd,spamassassin,spamd,spamass-"
                              "milter,gpg-agent,procmail")}});
    c.append({QStringLiteral("InstallPackage"),
              {QStringLiteral("postfix")},
              {{QStringLiteral("nginx")}, {QStringLiteral("postfix; rm -rf /")}},
              Api::Action::ManagePackages,
              {QStringLiteral("packages.install postfix")}});
    c.append({QStringLiteral("RemovePackage"),
              {QStringLiteral("sendmail")},
              {{QStringLiteral("bash")}},
              Api::Action::ManagePackages,
              {QStringLiteral("packages.simulateRemove sendmail,sendmail-bin,sendmail-cf,sensible-mda"),
               QStringLiteral("packages.remove sendmail,sendmail-bin,sendmail-cf,sensible-mda")}});
    // The operation "install-1" is started by InstallPackage first (see callPrelude()).
    c.append({QStringLiteral("CancelPackageOperation"),
              {QStringLiteral("install-1")},
              {{QStringLiteral("op-1")}, {QString(100000, QLatin1Char('1'))}},
              Api::Action::ManagePackages,
              {QStringLiteral("packages.cancel install-1")}});
    c.append({QStringLiteral("GetConfig"),
              {strings({QStringLiteral("myhostname"), QStringLiteral("mail_version")})},
              {{strings({QStringLiteral("no_such_parameter")})}, {strings({})}},
              Api::Action::ReadStatus,
              {QStringLiteral("config.values myhostname,mail_version")}});
    c.append({QStringLiteral("PreviewConfigChange"),
              {map(hostname), strings({})},
              {{map({{QStringLiteral("no_such_parameter"), QStringLiteral("1")}}), strings({})},
               // Counted before the change is built from them.
               {map({}), strings(QStringList(100000, QStringLiteral("relayhost")))}},
              Api::Action::ReadStatus,
              {QStringLiteral("config.preview myhostname=mail.example.com")}});
    c.append(
        {QStringLiteral("ApplyConfigChange"),
         {map(hostname), strings({QStringLiteral("relayhost")})},
         {{map({}), strings({})}, {map({{QStringLiteral("no_such_parameter"), QStringLiteral("1")}}), strings({})}},
         Api::Action::Configure,
         {QStringLiteral("config.apply myhostname=mail.example.com,-relayhost")}});
    c.append({QStringLiteral("ListConfigBackups"), {}, {}, Api::Action::Configure, {QStringLiteral("config.backups")}});
    c.append({QStringLiteral("RestoreConfigBackup"),
              {QStringLiteral("main.cf-20261125-171500-123")},
              {{QStringLiteral("../../etc/shadow")}, {QStringLiteral("sasl_passwd-20261125-171500-123")}},
              Api::Action::Configure,
              {QStringLiteral("config.restore main.cf-20261125-171500-123")}});

    // Whole files: the name is an allowlist, the text is bounded, the revision is a SHA-256.
    const QString rev(64, QLatin1Char('a'));
    const QString text = QStringLiteral("myhostname = mail.example.com\n");
    const QList<QVariantList> badFileNames {{QStringLiteral("../shadow")},
                                            {QStringLiteral("/etc/postfix/main.cf")},
                                            {QStringLiteral("sasl_passwd")},
                                            {QString()}};
    // A NUL or a lone surrogate never crosses the bus (D-Bus strings are UTF-8 without NUL):
    // test_helper_argumentchecks checks those.
    const QList<QString> badTexts {QStringLiteral("a = %1\n").arg(QString(2100, QLatin1Char('x'))),
                                   QString(2 * 1024 * 1024, QLatin1Char('\n'))};
    c.append({QStringLiteral("GetConfigFile"),
              {QStringLiteral("master.cf")},
              badFileNames,
              Api::Action::ReadStatus,
              {QStringLiteral("config.readFile master.cf")}});
    QList<QVariantList> badPreviews {{QStringLiteral("sasl_passwd"), text}};
    QList<QVariantList> badApplies {{QStringLiteral("sasl_passwd"), text, rev},
                                    {QStringLiteral("main.cf"), text, QStringLiteral("abc")},
                                    {QStringLiteral("main.cf"), text, rev.toUpper()}};
    for (const QString &bad : badTexts) {
        badPreviews.append({QStringLiteral("main.cf"), bad});
        badApplies.append({QStringLiteral("main.cf"), bad, rev});
    }
    c.append({QStringLiteral("PreviewConfigFile"),
              {QStringLiteral("main.cf"), text},
              badPreviews,
              Api::Action::ReadStatus,
              {QStringLiteral("config.previewFile main.cf %1").arg(text)}});
    c.append({QStringLiteral("ApplyConfigFile"),
              {QStringLiteral("main.cf"), text, rev},
              badApplies,
              Api::Action::Configure,
              {QStringLiteral("config.applyFile main.cf %1 aaaaaaaa").arg(text)}});
    c.append({QStringLiteral("PreviewConfigBackup"),
              {QStringLiteral("master.cf-20261125-171500-123")},
              {{QStringLiteral("sasl_passwd-20261125-171500-123")}, {QStringLiteral("../../etc/shadow")}},
              Api::Action::Configure,
              {QStringLiteral("config.previewBackup master.cf-20261125-171500-123")}});
    c.append({QStringLiteral("RunPostmap"),
              {QStringLiteral("hash:/etc/postfix/virtual")},
              {{QStringLiteral("hash:/etc/shadow")},
               {QStringLiteral("hash:/etc/postfix/../shadow")},
               {QStringLiteral("regexp:/etc/postfix/virtual")},
               {QStringLiteral("/etc/postfix/virtual")},
               {QStringLiteral("hash:/etc/postfix/a b")},
               {QStringLiteral("hash:/etc/postfix/")}},
              Api::Action::Configure,
              {QStringLiteral("config.postmap hash:/etc/postfix/virtual")}});
    c.append({QStringLiteral("SetRelay"),
              {QStringLiteral("smtp.example.com"), QVariant::fromValue(ushort(587)), QStringLiteral("alice"),
               QStringLiteral("s3cret")},
              {{QStringLiteral("bad host"), QVariant::fromValue(ushort(587)), QStringLiteral("alice"),
                QStringLiteral("s3cret")}},
              Api::Action::Configure,
              {QStringLiteral("config.setRelay smtp.example.com 587 alice s3cret")}});
    c.append({QStringLiteral("RemoveRelay"), {}, {}, Api::Action::Configure, {QStringLiteral("config.removeRelay")}});
    const QString tlsNames = QStringLiteral("config.values myhostname,mydomain");
    c.append({QStringLiteral("GetTlsCertificate"),
              {},
              {},
              Api::Action::ReadStatus,
              {QStringLiteral("config.values smtpd_tls_chain_files,smtpd_tls_cert_file,smtpd_tls_key_file,"
                              "smtpd_tls_security_level,myhostname")}});
    c.append({QStringLiteral("CreateTlsCertificate"),
              {QStringLiteral("ec-p256"), true},
              {{QStringLiteral("rsa-1024"), true}, {QString(), false}, {QStringLiteral("EC-P256"), true}},
              Api::Action::Configure,
              {tlsNames, QStringLiteral("config.setServerTls key.pem cert.pem write")}});
    const QString cert = QString::fromLatin1(fixtureCertificate().pem);
    c.append({QStringLiteral("InstallTlsCertificate"),
              {cert},
              {{QStringLiteral("not a certificate")},
               {cert + QString::fromLatin1(fixtureKey().pem)},
               {cert + QString(70 * 1024, QLatin1Char('A'))},
               {cert + QStringLiteral("é")}},
              Api::Action::Configure,
              {tlsNames, QStringLiteral("config.setServerTls key.pem cert.pem write")}});
    c.append({QStringLiteral("UseLetsEncryptCertificate"),
              {},
              {},
              Api::Action::Configure,
              {tlsNames, QStringLiteral("config.setServerTls privkey.pem fullchain.pem reference")}});
    c.append({QStringLiteral("GetMailAccess"),
              {},
              {},
              Api::Action::ReadStatus,
              {QStringLiteral("services.state dovecot.service"), QStringLiteral("config.readFile master.cf"),
               QStringLiteral("config.values smtpd_tls_chain_files,smtpd_tls_cert_file,smtpd_tls_key_file,"
                              "smtpd_tls_security_level,myhostname")}});
    // Turning submission off rewrites master.cf without the service; turning IMAP off when
    // Mailroom never turned it on changes nothing. The way on is tested against the real
    // Postfix and Dovecot (tests/integration/test_mail_access.cpp).
    c.append({QStringLiteral("SetSubmission"),
              {false},
              {},
              Api::Action::Configure,
              {QStringLiteral("config.readFile master.cf"),
               QStringLiteral("config.applyFile master.cf myhostname = mail.example.com\n aaaaaaaa")}});
    c.append({QStringLiteral("SetImap"), {false, false}, {}, Api::Action::Configure, {}});
    c.append({QStringLiteral("GetSpamFilter"),
              {},
              {},
              Api::Action::ReadStatus,
              {QStringLiteral("config.readFile main.cf"), QStringLiteral("services.state spamd.service"),
               QStringLiteral("services.state spamass-milter.service"),
               QStringLiteral("services.state spamassassin-maintenance.timer"),
               QStringLiteral("services.state spamassassin-maintenance.service")}});
    // Off takes the milter out of main.cf (here it was never in) and stops both daemons. The way
    // on is tested against the real Postfix and SpamAssassin (tests/integration/test_spam_filter.cpp).
    const double nan = std::numeric_limits<double>::quiet_NaN();
    c.append({QStringLiteral("SetSpamFilter"),
              {false, 5.0, QStringLiteral("reject"), 10.0, QStringLiteral("[SPAM]"), false},
              {{true, 8.0, QStringLiteral("reject"), 5.0, QString(), false},
               {true, 5.0, QStringLiteral("spam-folder"), 10.0, QString(), false},
               {true, 5.0, QStringLiteral("folder"), 9.5, QString(), false},
               {true, -1.0, QStringLiteral("tag"), 10.0, QString(), false},
               {true, nan, QStringLiteral("tag"), 10.0, QString(), false},
               {true, 5.0, QStringLiteral("tag"), 10.0, QStringLiteral("[SPAM]\nrequired_score 0"), false},
               {true, 5.0, QStringLiteral("tag"), 10.0, QString(5000, u'x'), false}},
              Api::Action::Configure,
              {QStringLiteral("config.readFile main.cf"), // is the Spam folder's mailbox_command to be undone?
               QStringLiteral("config.readFile main.cf"),
               QStringLiteral("config.applyFile main.cf myhostname = mail.example.com\n aaaaaaaa"),
               QStringLiteral("services.perform spamass-milter.service Stop"),
               QStringLiteral("services.perform spamass-milter.service Disable"),
               QStringLiteral("services.perform spamd.service Stop"),
               QStringLiteral("services.perform spamd.service Disable")}});
    // The fake's units are not installed: nothing to turn off, after one look.
    c.append({QStringLiteral("SetSpamRuleUpdates"),
              {false},
              {},
              Api::Action::Configure,
              {QStringLiteral("services.state spamassassin-maintenance.timer")}});
    // Procmail delivery off when main.cf has no mailbox_command changes nothing.
    c.append({QStringLiteral("SetProcmailDelivery"),
              {false},
              {},
              Api::Action::Configure,
              {QStringLiteral("config.readFile main.cf")}});
    c.append({QStringLiteral("GetMailLog"),
              {QStringLiteral("s=1;i=2"), QVariant::fromValue(qulonglong(7)), QVariant::fromValue(uint(100))},
              {{QStringLiteral("s=1;DROP"), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(100))},
               {QString(), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(0))},
               {QString(), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(5001))}},
              Api::Action::ReadLogs,
              {QStringLiteral("journal.query %1 s=1;i=2 7 100").arg(Ids)}});
    c.append(
        {QStringLiteral("WaitForMailLog"),
         {QStringLiteral("s=1;i=2"), QVariant::fromValue(uint(1000))},
         {{QString(), QVariant::fromValue(uint(1000))}, {QStringLiteral("s=1;i=2"), QVariant::fromValue(uint(30001))}},
         Api::Action::ReadLogs,
         {QStringLiteral("journal.query %1 s=1;i=2 0 1000").arg(Ids)}});
    c.append(
        {QStringLiteral("GetQueue"), {}, {}, Api::Action::ManageQueue, {QStringLiteral("programs.run postqueue -j")}});
    c.append({QStringLiteral("FlushQueue"),
              {},
              {},
              Api::Action::ManageQueue,
              {QStringLiteral("programs.run postqueue -f")}});
    c.append(
        {QStringLiteral("RetryQueued"),
         {strings({QStringLiteral("4XyZ1abc"), QStringLiteral("ABCDE")})},
         badQueueIds,
         Api::Action::ManageQueue,
         {QStringLiteral("programs.run postqueue -i 4XyZ1abc"), QStringLiteral("programs.run postqueue -i ABCDE")}});
    const QList<std::pair<const char *, const char *>> queueMethods {
        {"DeleteQueued", "-d"}, {"HoldQueued", "-h"}, {"ReleaseQueued", "-H"}, {"RequeueQueued", "-r"}};
    for (const auto &[method, flag] : queueMethods) {
        c.append({QLatin1String(method),
                  {strings(queueIds)},
                  badQueueIds,
                  Api::Action::ManageQueue,
                  {QStringLiteral("programs.run postsuper %1 - <4XyZ1abc\n>").arg(QLatin1String(flag))}});
    }
    c.append(
        {QStringLiteral("SendTestMail"),
         {QStringLiteral("root"), QStringLiteral("alice@example.com"), QStringLiteral("Grüße")},
         {{QStringLiteral("no such user"), QStringLiteral("alice@example.com"), QString()},
          {QStringLiteral("daemon"), QStringLiteral("alice@example.com"), QString()},
          {QStringLiteral("root"), QStringLiteral("-oQ/tmp alice@example.com"), QString()},
          {QStringLiteral("root"), QStringLiteral("alice@example.com"), QStringLiteral("a\nBcc: x@y")}},
         Api::Action::Configure,
         {QStringLiteral("journal.tailCursor"), QStringLiteral("programs.run sendmail -i -f root -- alice@example.com"),
          QStringLiteral("journal.query postfix s=1;i=2 0 5000")}});
    // The mailbox is the file system itself: the test checks what the descriptor reads.
    c.append({QStringLiteral("OpenMailbox"),
              {currentUser()},
              {{QStringLiteral("../etc/shadow")}, {QStringLiteral("Root")}},
              Api::Action::ReadMailboxes,
              {}});
    c.append({QStringLiteral("ReadMailbox"),
              {currentUser(), QVariant::fromValue(qulonglong(5)), QVariant::fromValue(uint(1024))},
              {{QStringLiteral("../etc/shadow"), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(1024))},
               {currentUser(), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(0))},
               {currentUser(), QVariant::fromValue(qulonglong(0)), QVariant::fromValue(uint(4 * 1024 * 1024 + 1))},
               {currentUser(), QVariant::fromValue(qulonglong(1) << 62), QVariant::fromValue(uint(1024))}},
              Api::Action::ReadMailboxes,
              {}});
    c.append({QStringLiteral("GetParameterCatalog"),
              {},
              {},
              Api::Action::ReadStatus,
              {QStringLiteral("programs.run postconf -d")}});
    return c;
}
} // namespace

class TestHelperMethods : public QObject
{
    Q_OBJECT

private:
    CallLog m_log;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QDBusServer> m_server;
    std::unique_ptr<FakeAuthorizer> m_authorizer;
    std::unique_ptr<FakeServiceManager> m_services;
    std::unique_ptr<FakeFirewall> m_firewall;
    std::unique_ptr<FakePackageManager> m_packages;
    std::unique_ptr<FakePostfixConfig> m_config;
    std::unique_ptr<FakeProgramRunner> m_programs;
    std::unique_ptr<FakeJournal> m_journal;
    std::unique_ptr<FakeHost> m_host;
    std::unique_ptr<Helper> m_helper;
    QString m_clientName;
    int m_serverConnections = 0;

    QDBusConnection client() const { return QDBusConnection(m_clientName); }

    QDBusMessage call(const QString &method, const QVariantList &args)
    {
        QDBusMessage msg = QDBusMessage::createMethodCall(QString(), Api::ObjectPath, Api::Interface, method);
        msg.setArguments(args);
        QDBusPendingCall pending = client().asyncCall(msg, 5000);
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(pending.isFinished(), 5000);
        }();
        return pending.reply();
    }

    // CancelPackageOperation needs an operation the same caller started.
    void callPrelude(const QString &method)
    {
        // A signing request's key waits for its certificate; certbot has one for the host.
        if (method == QLatin1String("InstallTlsCertificate")) {
            writeFile(m_dir->path() + QStringLiteral("/tls/request-key.pem"), fixtureKey().pem);
        }
        if (method == QLatin1String("UseLetsEncryptCertificate")) {
            const QString live = m_dir->path() + QStringLiteral("/live/mail.example.com/");
            writeFile(live + QStringLiteral("privkey.pem"), fixtureKey().pem);
            writeFile(live + QStringLiteral("fullchain.pem"), fixtureCertificate().pem);
        }
        if (method == QLatin1String("CancelPackageOperation")) {
            const auto before = m_authorizer->result;
            m_authorizer->result = Authorizer::Result::Allowed;
            const QDBusMessage r = call(QStringLiteral("InstallPackage"), {QStringLiteral("postfix")});
            QCOMPARE(r.type(), QDBusMessage::ReplyMessage);
            m_authorizer->result = before;
            m_authorizer->checks.clear();
            m_log.clear();
        }
    }

    static void addRows()
    {
        QTest::addColumn<int>("index");
        const auto all = cases();
        for (int i = 0; i < all.size(); ++i) {
            QTest::newRow(qPrintable(all.at(i).method)) << i;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        registerDBusTypes();
        // Every method of the contract has a row: a new method must get one.
        QSet<QString> methods;
        for (int i = Helper1Adaptor::staticMetaObject.methodOffset();
             i < Helper1Adaptor::staticMetaObject.methodCount(); ++i) {
            const QMetaMethod m = Helper1Adaptor::staticMetaObject.method(i);
            if (m.methodType() == QMetaMethod::Slot) {
                methods.insert(QString::fromLatin1(m.name()));
            }
        }
        QSet<QString> covered;
        for (const auto &c : cases()) {
            covered.insert(c.method);
        }
        QCOMPARE(covered, methods);
        QCOMPARE(methods.size(), 51);
    }

    void init()
    {
        static int n = 0;
        m_log.clear();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_authorizer = std::make_unique<FakeAuthorizer>();
        m_services = std::make_unique<FakeServiceManager>(&m_log);
        m_firewall = std::make_unique<FakeFirewall>(&m_log);
        m_packages = std::make_unique<FakePackageManager>(&m_log);
        m_config = std::make_unique<FakePostfixConfig>(&m_log);
        m_programs = std::make_unique<FakeProgramRunner>(&m_log);
        m_journal = std::make_unique<FakeJournal>(&m_log);
        m_host = std::make_unique<FakeHost>(&m_log);
        // Postfix "logs" the test mail it was given: cleanup's line with its Message-ID.
        m_journal->entries = [this] {
            static const QRegularExpression re(QStringLiteral("Message-ID: (<[^>]+>)"));
            const auto match = re.match(QString::fromUtf8(m_programs->lastStdin));
            JournalReader::Entry e;
            e.identifier = QStringLiteral("postfix/cleanup");
            e.message = QStringLiteral("4XyZ1abc: message-id=%1").arg(match.captured(1));
            return QList<JournalReader::Entry> {e};
        };

        Helper::Backends b;
        b.authorizer = m_authorizer.get();
        b.services = m_services.get();
        b.firewall = m_firewall.get();
        b.packages = m_packages.get();
        b.config = m_config.get();
        b.programs = m_programs.get();
        b.journal = m_journal.get();
        b.host = m_host.get();
        b.mailSpoolDirs = {m_dir->path() + QLatin1Char('/')};
        b.tlsDir = m_dir->path() + QStringLiteral("/tls");
        b.letsEncryptLive = m_dir->path() + QStringLiteral("/live");
        b.dovecotDir = m_dir->path() + QStringLiteral("/dovecot");
        b.dovecotLibDir = m_dir->path() + QStringLiteral("/dovecot-lib");
        b.dovecotAuthSocket = m_dir->path() + QStringLiteral("/auth");
        m_helper = std::make_unique<Helper>(b);
        new Helper1Adaptor(m_helper.get());

        m_server = std::make_unique<QDBusServer>(QStringLiteral("unix:path=%1/bus").arg(m_dir->path()));
        QVERIFY2(m_server->isConnected(), qPrintable(m_server->lastError().message()));
        m_serverConnections = 0;
        connect(m_server.get(), &QDBusServer::newConnection, this, [this](const QDBusConnection &c) {
            QDBusConnection conn(c);
            QVERIFY(conn.registerObject(Api::ObjectPath, m_helper.get(), QDBusConnection::ExportAdaptors));
            ++m_serverConnections;
        });
        m_clientName = QStringLiteral("client-%1").arg(++n);
        const QDBusConnection c = QDBusConnection::connectToPeer(m_server->address(), m_clientName);
        QVERIFY2(c.isConnected(), qPrintable(c.lastError().message()));
        QTRY_COMPARE(m_serverConnections, 1);
    }

    void cleanup()
    {
        QDBusConnection::disconnectFromPeer(m_clientName);
        m_server.reset();
        m_helper.reset();
    }

    void badArgumentIsRefusedBeforePolkit_data() { addRows(); }
    void badArgumentIsRefusedBeforePolkit()
    {
        QFETCH(int, index);
        const MethodCase c = cases().at(index);
        if (c.badArgs.isEmpty()) {
            QSKIP("no argument is checked before polkit");
        }
        for (const QVariantList &args : c.badArgs) {
            const QDBusMessage reply = call(c.method, args);
            QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
            QCOMPARE(reply.errorName(), QString(Api::Error::InvalidArgs));
            QVERIFY(!reply.errorMessage().isEmpty());
        }
        QVERIFY2(m_authorizer->checks.isEmpty(), "polkit was asked about a bad argument");
        QCOMPARE(m_log, CallLog());
    }

    void denialLeavesBackendsUntouched_data() { addRows(); }
    void denialLeavesBackendsUntouched()
    {
        QFETCH(int, index);
        const MethodCase c = cases().at(index);
        // polkit's "no", and an error or unknown answer (PolkitAuthorizer reports both as Denied).
        for (const QString &detail : {QString(), QStringLiteral("polkit: GDBus.Error: no agent")}) {
            callPrelude(c.method);
            m_authorizer->result = Authorizer::Result::Denied;
            m_authorizer->detail = detail;
            m_authorizer->checks.clear();
            const QDBusMessage reply = call(c.method, c.goodArgs);
            QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
            QCOMPARE(reply.errorName(), QString(Api::Error::AccessDenied));
            QCOMPARE(m_authorizer->checks.size(), 1);
            QCOMPARE(m_authorizer->checks.first().actionId, QString(c.action));
            QCOMPARE(m_log, CallLog());
        }
    }

    // A caller in an SSH session is told why (polkit's defaults) and which rule file an admin can
    // enable; still a denial, and still nothing touched.
    void remoteSessionDenialNamesTheRule_data() { addRows(); }
    void remoteSessionDenialNamesTheRule()
    {
        QFETCH(int, index);
        const MethodCase c = cases().at(index);
        callPrelude(c.method);
        m_authorizer->result = Authorizer::Result::Denied;
        m_authorizer->remoteSession = true;
        m_authorizer->checks.clear();
        const QDBusMessage reply = call(c.method, c.goodArgs);
        m_authorizer->remoteSession = false;
        QCOMPARE(reply.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(reply.errorName(), QString(Api::Error::RemoteSession));
        QVERIFY2(reply.errorMessage().contains(QLatin1String("50-mailroom-mailadmin.rules")),
                 qPrintable(reply.errorMessage()));
        QVERIFY(reply.errorMessage().contains(c.action));
        QCOMPARE(m_log, CallLog());
        QCOMPARE(Mailroom::HelperError::fromDBus(QDBusError(reply)).kind, Mailroom::HelperError::Kind::AccessDenied);
    }

    void allowedPathReachesBackend_data() { addRows(); }
    void allowedPathReachesBackend()
    {
        QFETCH(int, index);
        const MethodCase c = cases().at(index);
        callPrelude(c.method);
        if (c.method == QLatin1String("OpenMailbox") || c.method == QLatin1String("ReadMailbox")) {
            if (!QRegularExpression(QStringLiteral("^[a-z_][a-z0-9_.-]{0,31}$")).match(currentUser()).hasMatch()) {
                QSKIP("the user running the test has a name the helper refuses");
            }
            QFile box(m_dir->path() + QLatin1Char('/') + currentUser());
            QVERIFY(box.open(QIODevice::WriteOnly));
            box.write("From root@localhost Thu Jan  1 00:00:00 2026\n\nhello\n");
            box.close();
        }
        const QDBusMessage reply = call(c.method, c.goodArgs);
        QVERIFY2(reply.type() == QDBusMessage::ReplyMessage,
                 qPrintable(reply.errorName() + QLatin1String(": ") + reply.errorMessage()));
        QCOMPARE(m_authorizer->checks.size(), 1);
        QCOMPARE(m_authorizer->checks.first().actionId, QString(c.action));
        QCOMPARE(m_log, CallLog(c.expectedCalls));

        if (c.method == QLatin1String("OpenMailbox")) {
            const auto fd = qdbus_cast<QDBusUnixFileDescriptor>(reply.arguments().value(0));
            QVERIFY(fd.isValid());
            QFile f;
            QVERIFY(f.open(fd.fileDescriptor(), QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("From root@localhost Thu Jan  1 00:00:00 2026\n\nhello\n"));
        }
        if (c.method == QLatin1String("ReadMailbox")) {
            // From offset 5 to the end, and the whole size.
            QCOMPARE(reply.arguments().value(0).toByteArray(),
                     QByteArray("From root@localhost Thu Jan  1 00:00:00 2026\n\nhello\n").mid(5));
            QCOMPARE(reply.arguments().value(1).toULongLong(), qulonglong(52));
        }
        if (c.method == QLatin1String("SendTestMail")) {
            QCOMPARE(reply.arguments().value(0).toString(), QStringLiteral("4XyZ1abc"));
            QVERIFY(m_programs->lastStdin.contains("\nSubject: =?UTF-8?B?R3LDvMOfZQ==?=\n"));
        }
        if (c.method == QLatin1String("GetQueue")) {
            const auto entries = qdbus_cast<QueueEntryList>(reply.arguments().value(0));
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().queueId, QStringLiteral("4XyZ1abc"));
        }
    }

    // Only the caller that started a package operation may cancel it, and only a running one.
    void cancelUnknownOperationIsRefused()
    {
        const QDBusMessage reply = call(QStringLiteral("CancelPackageOperation"), {QStringLiteral("install-2")});
        QCOMPARE(reply.errorName(), QString(Api::Error::InvalidArgs));
        QCOMPARE(m_log, CallLog());
    }

    // Security review finding 9: a removal is simulated first and refused, with nothing
    // removed, when it would take any package beyond the logical package's own set.
    void removalTakingOthersIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("alsoRemoved");
        QTest::addColumn<QString>("simulateError");
        QTest::addColumn<QString>("refusal"); // empty: the removal starts
        QTest::newRow("ca-certificates takes lintian")
            << QStringLiteral("ca-certificates")
            << QStringList {QStringLiteral("lintian"), QStringLiteral("libwww-perl")} << QString()
            << QStringLiteral("Removing ca-certificates would also remove 2 other package(s) that depend on it: "
                              "libwww-perl, lintian. Nothing was removed");
        QTest::newRow("sendmail takes only its own")
            << QStringLiteral("sendmail") << QStringList() << QString() << QString();
        QTest::newRow("mailx takes mutt") << QStringLiteral("mailx") << QStringList {QStringLiteral("mutt")}
                                          << QString() << QStringLiteral("would also remove 1 other package(s)");
        QTest::newRow("simulation fails")
            << QStringLiteral("postfix") << QStringList() << QStringLiteral("backend is locked")
            << QStringLiteral("could not find out what removing postfix would "
                              "remove: backend is locked");
    }
    void removalTakingOthersIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, alsoRemoved);
        QFETCH(QString, simulateError);
        QFETCH(QString, refusal);
        m_packages->alsoRemoved = alsoRemoved;
        m_packages->simulateError = simulateError;
        const QDBusMessage r = call(QStringLiteral("RemovePackage"), {name});
        QVERIFY(!m_log.isEmpty());
        QVERIFY(m_log.first().startsWith(QLatin1String("packages.simulateRemove ")));
        if (refusal.isEmpty()) {
            QCOMPARE(r.type(), QDBusMessage::ReplyMessage);
            QCOMPARE(m_log.size(), 2);
            QVERIFY(m_log.last().startsWith(QLatin1String("packages.remove ")));
            return;
        }
        QCOMPARE(r.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(r.errorName(), QString(Api::Error::Failed));
        QVERIFY2(r.errorMessage().contains(refusal), qPrintable(r.errorMessage()));
        QCOMPARE(m_log.size(), 1); // nothing removed
    }

    // Security review finding 3: a caller's calls waiting for polkit are bounded; one more is
    // refused at once without asking polkit, and the bound frees up as answers go out.
    void pendingCallsPerCallerAreBounded()
    {
        m_authorizer->holdAll = true;
        QList<QDBusPendingCall> waiting;
        for (int i = 0; i < Helper::MaxPendingPerCaller; ++i) {
            QDBusMessage msg = QDBusMessage::createMethodCall(QString(), Api::ObjectPath, Api::Interface,
                                                              QStringLiteral("GetPorts"));
            waiting.append(client().asyncCall(msg, 5000));
        }
        QTRY_COMPARE(m_authorizer->heldCount(), Helper::MaxPendingPerCaller);
        const QDBusMessage refused = call(QStringLiteral("RemoveRelay"), {});
        QCOMPARE(refused.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(refused.errorName(), QString(Api::Error::LimitsExceeded));
        QVERIFY2(
            refused.errorMessage().contains(QStringLiteral("at most %1 at a time").arg(Helper::MaxPendingPerCaller)),
            qPrintable(refused.errorMessage()));
        QCOMPARE(m_authorizer->checks.size(), Helper::MaxPendingPerCaller); // polkit not asked
        QCOMPARE(m_log, CallLog());

        m_authorizer->answerAllHeld(Authorizer::Result::Allowed);
        for (const auto &w : waiting) {
            QTRY_VERIFY(w.isFinished());
            QVERIFY(!w.isError());
        }
        const QDBusMessage again = call(QStringLiteral("RemoveRelay"), {});
        QCOMPARE(again.type(), QDBusMessage::ReplyMessage);
        QCOMPARE(m_log.last(), QStringLiteral("config.removeRelay"));
    }

    // Security review finding 4: a change to Postfix's files waits until the one before it
    // (its reload, and its rollback if any) has finished; both callers get their replies, in order.
    void writesRunOneAtATime()
    {
        auto async = [this](const QString &method, const QVariantList &args) {
            QDBusMessage msg = QDBusMessage::createMethodCall(QString(), Api::ObjectPath, Api::Interface, method);
            msg.setArguments(args);
            return client().asyncCall(msg, 5000);
        };
        m_config->holdNextApply = true;
        const QDBusPendingCall first
            = async(QStringLiteral("ApplyConfigChange"),
                    {map({{QStringLiteral("myhostname"), QStringLiteral("a.example.com")}}), strings({})});
        QTRY_VERIFY(m_config->isHoldingApply());
        const QDBusPendingCall second
            = async(QStringLiteral("RestoreConfigBackup"), {QStringLiteral("main.cf-20261125-171500-123")});
        const QDBusPendingCall third = async(QStringLiteral("RemoveRelay"), {});
        QTRY_COMPARE(m_authorizer->checks.size(), 3);
        // Both are allowed now; neither may start while the first is still reloading.
        QTest::qWait(200);
        QVERIFY(!first.isFinished());
        QVERIFY(!second.isFinished());
        QVERIFY(!third.isFinished());
        QCOMPARE(m_log, CallLog({QStringLiteral("config.apply myhostname=a.example.com")}));

        m_config->finishHeldApply();
        QTRY_VERIFY(first.isFinished() && second.isFinished() && third.isFinished());
        QVERIFY(!first.isError());
        QVERIFY(!second.isError());
        QVERIFY(!third.isError());
        QCOMPARE(m_log,
                 CallLog({QStringLiteral("config.apply myhostname=a.example.com"),
                          QStringLiteral("config.restore main.cf-20261125-171500-123"),
                          QStringLiteral("config.removeRelay")}));
    }

    // A caller still answering polkit's prompt does not hold up anyone else.
    // Security review finding 7: a failed job's journal lines reach only callers who may read
    // the logs; the others get the first line of the error.
    void jobFailureLogLinesNeedReadLogs_data()
    {
        QTest::addColumn<bool>("mayReadLogs");
        QTest::newRow("may read logs") << true;
        QTest::newRow("may not") << false;
    }
    void jobFailureLogLinesNeedReadLogs()
    {
        QFETCH(bool, mayReadLogs);
        m_services->failWith = QStringLiteral("RestartUnit of postfix.service ended with \"failed\".\n"
                                              "postfix/postfix-script[12]: fatal: alice@example.org mailbox line");
        m_authorizer->perAction.insert(QString(Api::Action::ReadLogs),
                                       mayReadLogs ? Authorizer::Result::Allowed : Authorizer::Result::Denied);
        const QDBusMessage r = call(QStringLiteral("RestartService"), {QStringLiteral("postfix")});
        QCOMPARE(r.type(), QDBusMessage::ErrorMessage);
        QCOMPARE(r.errorName(), QString(Api::Error::JobFailed));
        QVERIFY(r.errorMessage().startsWith(QLatin1String("RestartUnit of postfix.service ended with \"failed\".")));
        QCOMPARE(r.errorMessage().contains(QLatin1String("alice@example.org")), mayReadLogs);
        // Asked without a prompt, after the action itself.
        QCOMPARE(m_authorizer->checks.size(), 2);
        QCOMPARE(m_authorizer->checks.at(1).actionId, QString(Api::Action::ReadLogs));
        QVERIFY(!m_authorizer->checks.at(1).allowInteraction);
    }

    void onePromptDoesNotBlockAnother()
    {
        m_authorizer->holdNext = true;
        QDBusMessage first
            = QDBusMessage::createMethodCall(QString(), Api::ObjectPath, Api::Interface, QStringLiteral("FlushQueue"));
        QDBusPendingCall held = client().asyncCall(first, 5000);
        QTRY_VERIFY(m_authorizer->isHolding());
        const QDBusMessage second = call(QStringLiteral("GetPorts"), {});
        QCOMPARE(second.type(), QDBusMessage::ReplyMessage);
        QVERIFY(!held.isFinished());
        QCOMPARE(m_log, CallLog({QStringLiteral("host.ports")}));
        m_authorizer->answerHeld(Authorizer::Result::Allowed);
        QTRY_VERIFY(held.isFinished());
        QVERIFY(!held.isError());
        QCOMPARE(m_log.last(), QStringLiteral("programs.run postqueue -f"));
    }
};

QTEST_GUILESS_MAIN(TestHelperMethods)
#include "test_helper_methods.moc"
