// SPDX-License-Identifier: GPL-2.0-or-later
// "Same result as postconf": runs the real postconf(1) and postmap(1) from the Postfix
// package in the sandbox's local repository (extracted with dpkg-deb, not installed) on
// copies of the test inputs, and compares with what MainCf, ConfigChange, RelayConfig and
// MyNetworks produce, byte for byte.
#include "goldencase.h"

#include "postfix/maincf.h"
#include "postfix/mynetworks.h"
#include "postfix/relayconfig.h"

#include <QDir>
#include <QFile>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using Mailroom::MainCf;

namespace {
QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
} // namespace

class TestPostconfCompat : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_root; // the extracted package
    QString m_data;

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    Result run(const QString &program, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LD_LIBRARY_PATH"),
                   m_root + QStringLiteral("/usr/lib/postfix:") + m_root + QStringLiteral("/usr/lib/x86_64-linux-gnu"));
        p.setProcessEnvironment(env);
        p.start(m_root + QStringLiteral("/usr/sbin/") + program, args);
        if (!p.waitForFinished(30000)) {
            return {};
        }
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                p.readAllStandardError()};
    }

    // A fresh config directory holding text as main.cf.
    QString configDir(const QByteArray &text)
    {
        static int n = 0;
        const QString dir = m_tmp.filePath(QStringLiteral("cf%1").arg(++n));
        QDir().mkpath(dir);
        writeFile(dir + QStringLiteral("/main.cf"), text);
        return dir;
    }

    QStringList inputs() const
    {
        const QDir dir(m_data + QStringLiteral("/realworld"));
        QStringList out;
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
            out.append(dir.filePath(f));
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = QFINDTESTDATA("../data/postfix");
        QVERIFY(!m_data.isEmpty());
        const QStringList debs = QDir(QStringLiteral("/opt/mailroom-repo"))
                                     .entryList({QStringLiteral("postfix_*.deb")}, QDir::Files, QDir::Name);
        QVERIFY2(!debs.isEmpty(), "no postfix_*.deb in /opt/mailroom-repo");
        m_root = m_tmp.filePath(QStringLiteral("pkg"));
        // Postfix 3.10 links libtlsrpt, which is not installed either: it comes from the same repository.
        const QStringList libs = QDir(QStringLiteral("/opt/mailroom-repo"))
                                     .entryList({QStringLiteral("libtlsrpt*.deb")}, QDir::Files, QDir::Name);
        for (const QString &deb : QStringList {debs.last()} + libs) {
            QCOMPARE(QProcess::execute(QStringLiteral("dpkg-deb"),
                                       {QStringLiteral("-x"), QStringLiteral("/opt/mailroom-repo/") + deb, m_root}),
                     0);
        }
        const Result version = run(QStringLiteral("postconf"), {QStringLiteral("-d"), QStringLiteral("mail_version")});
        QVERIFY2(version.exitCode == 0 && version.out.startsWith("mail_version = 3."), version.err.constData());
        qInfo("postconf: %s", version.out.trimmed().constData());
    }

    void goldenCasesMatchPostconf_data()
    {
        QTest::addColumn<QString>("changesPath");
        for (const QString &c : GoldenCase::all(m_data + QStringLiteral("/golden"))) {
            QTest::newRow(qPrintable(QFileInfo(c).completeBaseName())) << c;
        }
    }
    void goldenCasesMatchPostconf()
    {
        QFETCH(QString, changesPath);
        QString error;
        const GoldenCase c = GoldenCase::load(changesPath, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QByteArray input = readFile(c.inputPath);
        const QString dir = configDir(input);
        // ConfigChange = one postconf -e with all settings, then one postconf -X with all removals.
        if (!c.settings.isEmpty()) {
            const Result r = run(QStringLiteral("postconf"),
                                 QStringList {QStringLiteral("-c"), dir, QStringLiteral("-e")} + c.settings);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        if (!c.removals.isEmpty()) {
            const Result r = run(QStringLiteral("postconf"),
                                 QStringList {QStringLiteral("-c"), dir, QStringLiteral("-X")} + c.removals);
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        MainCf cf = MainCf::fromByteArray(input);
        QVERIFY(c.change.applyTo(cf));
        QCOMPARE(cf.toByteArray(), readFile(dir + QStringLiteral("/main.cf")));
        // The committed reference is what postconf produced, too.
        QCOMPARE(readFile(c.expectedPath), cf.toByteArray());
    }

    // Every parameter of every input, edited alone: set to a new value, and removed.
    void singleEditsMatchPostconf_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : inputs()) {
            QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
        }
    }
    void singleEditsMatchPostconf()
    {
        QFETCH(QString, path);
        const QByteArray input = readFile(path);
        const MainCf original = MainCf::fromByteArray(input);
        QStringList names = original.names();
        names << QStringLiteral("not_there_yet") << QStringLiteral("relayhost");
        for (const QString &name : std::as_const(names)) {
            for (const bool removal : {false, true}) {
                const QString dir = configDir(input);
                MainCf cf = original;
                Result r;
                if (removal) {
                    QVERIFY(cf.remove(name));
                    r = run(QStringLiteral("postconf"), {QStringLiteral("-c"), dir, QStringLiteral("-X"), name});
                } else {
                    QVERIFY(cf.set(name, QStringLiteral(" new value ")));
                    r = run(QStringLiteral("postconf"),
                            {QStringLiteral("-c"), dir, QStringLiteral("-e"), name + QStringLiteral("= new value ")});
                }
                QVERIFY2(r.exitCode == 0, r.err.constData());
                const QByteArray expected = readFile(dir + QStringLiteral("/main.cf"));
                QVERIFY2(cf.toByteArray() == expected,
                         qPrintable(
                             QStringLiteral("%1 %2").arg(removal ? QStringLiteral("-X") : QStringLiteral("-e"), name)));
            }
        }
    }

    // Values as Postfix reads them: postconf -h NAME prints the unexpanded value, but with
    // whitespace runs printed as one space (postconf_print.c normalizes them for display;
    // the daemons see the raw value, which MainCf::value() returns).
    void valuesMatchPostconf_data() { singleEditsMatchPostconf_data(); }
    void valuesMatchPostconf()
    {
        QFETCH(QString, path);
        const QByteArray input = readFile(path);
        const MainCf cf = MainCf::fromByteArray(input);
        const QString dir = configDir(input);
        int compared = 0;
        for (const QString &name : cf.names()) {
            const Result r = run(QStringLiteral("postconf"), {QStringLiteral("-c"), dir, QStringLiteral("-h"), name});
            QCOMPARE(r.exitCode, 0);
            if (r.err.contains("unknown parameter")) {
                continue; // postconf only prints parameters it knows
            }
            QByteArray value = r.out;
            QVERIFY(value.endsWith('\n'));
            value.chop(1);
            const QString ours = cf.value(name, QString());
            QStringList words;
            for (const QString &w :
                 ours.split(QRegularExpression(QStringLiteral("[ \\t\\r\\n]+")), Qt::SkipEmptyParts)) {
                words.append(w);
            }
            QCOMPARE(QString::fromUtf8(value), words.join(u' '));
            ++compared;
        }
        QVERIFY(compared >= 3);
    }

    // The sasl_passwd line reads back through a real hash: table as "user:password".
    void saslPasswdLinesReadBack()
    {
        const QString dir = configDir("mail_owner = daemon\ndefault_privs = nobody\nsetgid_group = sys\n"
                                      "compatibility_level = 3.10\n");
        const QStringList passwords {QStringLiteral("simple"), QStringLiteral(" leading and inner  spaces"),
                                     QStringLiteral("colon:hash#quote\"back\\slash$dollar"),
                                     QStringLiteral("unicode p\u00e4ssw\u00f6rd \u2603")};
        QByteArray table;
        QList<Mailroom::RelayConfig> relays;
        for (int i = 0; i < passwords.size(); ++i) {
            Mailroom::RelayConfig r;
            r.host = QStringLiteral("relay%1.example.com").arg(i);
            r.port = 587;
            r.user = QStringLiteral("user%1@example.com").arg(i);
            r.password = passwords.at(i);
            QVERIFY2(r.validate(), qPrintable(r.validate().message));
            table += r.saslPasswdLine();
            relays.append(r);
        }
        const QString file = dir + QStringLiteral("/sasl_passwd");
        QVERIFY(writeFile(file, table));
        const Result made = run(QStringLiteral("postmap"), {QStringLiteral("-c"), dir, QStringLiteral("hash:") + file});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        for (const Mailroom::RelayConfig &r : std::as_const(relays)) {
            const Result q
                = run(QStringLiteral("postmap"),
                      {QStringLiteral("-c"), dir, QStringLiteral("-q"), r.relayhost(), QStringLiteral("hash:") + file});
            QVERIFY2(q.exitCode == 0, q.err.constData());
            QCOMPARE(QString::fromUtf8(q.out), r.user + u':' + r.password + u'\n');
        }
        // Why a trailing space is refused: postmap would drop it.
        QVERIFY(writeFile(file, "[t.example.com]:587 u:pw \t\n"));
        QCOMPARE(run(QStringLiteral("postmap"), {QStringLiteral("-c"), dir, QStringLiteral("hash:") + file}).exitCode,
                 0);
        QCOMPARE(run(QStringLiteral("postmap"),
                     {QStringLiteral("-c"), dir, QStringLiteral("-q"), QStringLiteral("[t.example.com]:587"),
                      QStringLiteral("hash:") + file})
                     .out,
                 QByteArray("u:pw\n"));
    }

    // What Postfix derives from this machine's interfaces for each mynetworks_style.
    void mynetworksMatchesPostfix_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("host") << QStringLiteral("host");
        QTest::newRow("subnet") << QStringLiteral("subnet");
        QTest::newRow("class") << QStringLiteral("class");
    }
    void mynetworksMatchesPostfix()
    {
        QFETCH(QString, style);
        const QString dir
            = configDir(QStringLiteral("mynetworks_style = %1\ninet_protocols = all\n").arg(style).toUtf8());
        const Result r = run(QStringLiteral("postconf"),
                             {QStringLiteral("-c"), dir, QStringLiteral("-h"), QStringLiteral("mynetworks")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const auto entries
            = Mailroom::MyNetworks::derive(*Mailroom::MyNetworks::styleFromString(style),
                                           Mailroom::MyNetworks::fromInterfaces(QNetworkInterface::allInterfaces()));
        qInfo("%s: %s", qPrintable(style), r.out.trimmed().constData());
        QCOMPARE(Mailroom::MyNetworks::value(entries), QString::fromUtf8(r.out.trimmed()));
    }
};

QTEST_GUILESS_MAIN(TestPostconfCompat)
#include "test_postconf_compat.moc"
