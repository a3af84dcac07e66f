// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/maincfvalidator.h"

#include <QTest>

using Mailroom::MainCfValidator;
using Mailroom::ValidationResult;

class TestMainCfValidator : public QObject
{
    Q_OBJECT

    static void ok(const char *key, const QString &value)
    {
        QTest::addRow("%s ok: %s", key, qPrintable(value)) << QString::fromLatin1(key) << value << QString();
    }
    static void bad(const char *key, const QString &value, const QString &message)
    {
        QTest::addRow("%s bad: %s", key, qPrintable(value)) << QString::fromLatin1(key) << value << message;
    }

private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message"); // empty: valid

        // myhostname: a fully qualified LDH host name.
        ok("myhostname", QStringLiteral("demo-server.mydomain.com"));
        ok("myhostname", QStringLiteral("  mail.example.com  ")); // trimmed like Postfix does
        ok("myhostname", QStringLiteral("xn--bcher-kva.example"));
        ok("myhostname", QStringLiteral("a.b"));
        ok("myhostname", QStringLiteral("mail.EXAMPLE.org"));
        ok("myhostname", QString(63, u'a') + QStringLiteral(".com"));
        bad("myhostname", QStringLiteral("mail"),
            QStringLiteral("myhostname: “mail” is not a fully qualified host name; write it with its domain, for "
                           "example mail.example.com."));
        bad("myhostname", QString(), QStringLiteral("myhostname: The host name is empty."));
        bad("myhostname", QStringLiteral("-mail.example.com"),
            QStringLiteral(
                "myhostname: “-mail.example.com”: a part of a host name cannot start or end with a hyphen."));
        bad("myhostname", QStringLiteral("mail-.example.com"),
            QStringLiteral(
                "myhostname: “mail-.example.com”: a part of a host name cannot start or end with a hyphen."));
        bad("myhostname", QStringLiteral("mail..example.com"),
            QStringLiteral("myhostname: “mail..example.com” has an empty part between dots, or a dot at the start or "
                           "end."));
        bad("myhostname", QStringLiteral("mail.example.com."),
            QStringLiteral("myhostname: “mail.example.com.” has an empty part between dots, or a dot at the start or "
                           "end."));
        bad("myhostname", QStringLiteral("mail_1.example.com"),
            QStringLiteral("myhostname: “mail_1.example.com” contains “_”; host names may only contain letters, "
                           "digits, hyphens and dots."));
        bad("myhostname", QStringLiteral("m\u00fcller.example"),
            QStringLiteral("myhostname: “m\u00fcller.example” contains “\u00fc”; host names may only contain letters, "
                           "digits, hyphens and dots."));
        bad("myhostname", QString(64, u'a') + QStringLiteral(".com"),
            QStringLiteral("myhostname: “%1.com” has a part longer than 63 characters.").arg(QString(64, u'a')));
        bad("myhostname", QStringList(64, QStringLiteral("abc")).join(u'.'),
            QStringLiteral("myhostname: “%1…” is longer than 253 characters.")
                .arg(QStringList(64, QStringLiteral("abc")).join(u'.').left(40)));
        bad("myhostname", QStringLiteral("192.168.1.1"),
            QStringLiteral("myhostname: “192.168.1.1” ends in a number, which makes it look like an IP address "
                           "rather than a host name."));
        bad("myhostname", QStringLiteral("mail.$mydomain"),
            QStringLiteral("myhostname: “mail.$mydomain”: parameter references with “$” are not supported here."));

        // mydomain: a domain name; one label is allowed (Postfix's own default is "localdomain").
        ok("mydomain", QStringLiteral("mydomain.com"));
        ok("mydomain", QStringLiteral("localdomain"));
        bad("mydomain", QStringLiteral("my domain.com"),
            QStringLiteral("mydomain: “my domain.com” contains “ ”; host names may only contain letters, digits, "
                           "hyphens and dots."));

        // myorigin: a domain or a reference to myhostname/mydomain.
        ok("myorigin", QStringLiteral("$myhostname"));
        ok("myorigin", QStringLiteral("$mydomain"));
        ok("myorigin", QStringLiteral("${mydomain}"));
        ok("myorigin", QStringLiteral("example.com"));
        bad("myorigin", QStringLiteral("$myorigin"),
            QStringLiteral("myorigin: “$myorigin” cannot be used here; possible references are $myhostname, "
                           "$mydomain."));
        bad("myorigin", QStringLiteral("$nosuchparam"),
            QStringLiteral("myorigin: “$nosuchparam” is not a Postfix parameter."));
        bad("myorigin", QStringLiteral("${mydomain?x}"),
            QStringLiteral("myorigin: “${mydomain?x}”: only simple references such as $mydomain or ${mydomain} are "
                           "supported."));
        bad("myorigin", QStringLiteral("$"),
            QStringLiteral("myorigin: “$” contains a “$” that does not start a parameter reference."));
        bad("myorigin", QString(), QStringLiteral("myorigin: The domain is empty."));

        // mydestination: list of domains with references, localhost.
        ok("mydestination", QStringLiteral("$myhostname, localhost.$mydomain, localhost"));
        ok("mydestination", QStringLiteral("$myhostname localhost.$mydomain localhost $mydomain"));
        ok("mydestination", QString()); // null client
        ok("mydestination", QStringLiteral("example.com,,example.net"));
        bad("mydestination", QStringLiteral("$myhostname, hash:/etc/postfix/domains"),
            QStringLiteral("mydestination: “hash:/etc/postfix/domains”: lookup tables and files are not supported "
                           "here."));
        bad("mydestination", QStringLiteral("localhost, exa_mple.com"),
            QStringLiteral("mydestination: “exa_mple.com” contains “_”; host names may only contain letters, digits, "
                           "hyphens and dots."));
        bad("mydestination", QStringLiteral("$relayhost"),
            QStringLiteral("mydestination: “$relayhost” cannot be used here; possible references are $myhostname, "
                           "$mydomain, $myorigin."));
        bad("mydestination", QStringLiteral("local-.$mydomain"),
            QStringLiteral("mydestination: “local-.$mydomain” is not a valid domain name."));

        // inet_interfaces
        ok("inet_interfaces", QStringLiteral("all"));
        ok("inet_interfaces", QStringLiteral("loopback-only"));
        ok("inet_interfaces", QStringLiteral("localhost"));
        ok("inet_interfaces", QStringLiteral("$myhostname, localhost"));
        ok("inet_interfaces", QStringLiteral("127.0.0.1, 192.168.1.2"));
        ok("inet_interfaces", QStringLiteral("127.0.0.1 ::1 [::1] mail.example.com"));
        bad("inet_interfaces", QStringLiteral("all, 127.0.0.1"),
            QStringLiteral("inet_interfaces: “all” must be the only value."));
        bad("inet_interfaces", QString(),
            QStringLiteral("inet_interfaces: Name at least one interface address, or “all” or “loopback-only”."));
        bad("inet_interfaces", QStringLiteral("127.0.0.256"),
            QStringLiteral("inet_interfaces: “127.0.0.256” is not a valid IPv4 address: it needs four numbers from 0 "
                           "to 255 without leading zeros."));
        bad("inet_interfaces", QStringLiteral("[::g]"),
            QStringLiteral("inet_interfaces: “::g” is not a valid IP address."));
        bad("inet_interfaces", QStringLiteral("fe80::1%eth0"),
            QStringLiteral("inet_interfaces: “fe80::1%eth0” is not a valid IPv6 address."));
        bad("inet_interfaces", QStringLiteral("$mydomain"),
            QStringLiteral("inet_interfaces: “$mydomain” cannot be used here; possible references are $myhostname."));

        // inet_protocols
        ok("inet_protocols", QStringLiteral("all"));
        ok("inet_protocols", QStringLiteral("ipv4"));
        ok("inet_protocols", QStringLiteral("ipv6"));
        ok("inet_protocols", QStringLiteral("ipv4, ipv6"));
        bad("inet_protocols", QStringLiteral("ipv5"),
            QStringLiteral("inet_protocols: “ipv5” is not a protocol; choose “all”, “ipv4”, “ipv6” or “ipv4, ipv6”."));
        bad("inet_protocols", QStringLiteral("ipv4 ipv4"), QStringLiteral("inet_protocols: “ipv4” is listed twice."));
        bad("inet_protocols", QStringLiteral("all ipv4"),
            QStringLiteral("inet_protocols: “all” must be the only value."));
        bad("inet_protocols", QString(),
            QStringLiteral("inet_protocols: Choose “all”, “ipv4”, “ipv6” or “ipv4, ipv6”."));

        // mynetworks
        ok("mynetworks", QStringLiteral("127.0.0.0/8 [::ffff:127.0.0.0]/104 [::1]/128"));
        ok("mynetworks", QStringLiteral("192.168.0.0/24, 10.0.0.0/8"));
        ok("mynetworks", QStringLiteral("192.168.1.10"));
        ok("mynetworks", QStringLiteral("[::1]"));
        ok("mynetworks", QStringLiteral("[2001:db8::/32]"));
        ok("mynetworks", QStringLiteral("[192.168.0.0]/16"));
        ok("mynetworks", QString());
        bad("mynetworks", QStringLiteral("192.168.0.0/33"),
            QStringLiteral("mynetworks: “192.168.0.0/33”: the network length must be a number from 0 to 32."));
        bad("mynetworks", QStringLiteral("300.1.1.1/24"),
            QStringLiteral("mynetworks: “300.1.1.1” is not a valid IPv4 address: it needs four numbers from 0 to 255 "
                           "without leading zeros."));
        bad("mynetworks", QStringLiteral("192.168.001.0/24"),
            QStringLiteral("mynetworks: “192.168.001.0” is not a valid IPv4 address: it needs four numbers from 0 to "
                           "255 without leading zeros."));
        bad("mynetworks", QStringLiteral("192.168.1.1/24"),
            QStringLiteral("mynetworks: “192.168.1.1/24” has bits set after the first 24 bits; Postfix would stop "
                           "with a fatal error. Did you mean 192.168.1.0/24?"));
        bad("mynetworks", QStringLiteral("[2001:db8::1]/32"),
            QStringLiteral("mynetworks: “[2001:db8::1]/32” has bits set after the first 32 bits; Postfix would stop "
                           "with a fatal error. Did you mean [2001:db8::]/32?"));
        bad("mynetworks", QStringLiteral("::1/128"),
            QStringLiteral("mynetworks: “::1/128”: write IPv6 addresses in brackets, for example [2001:db8::]/32; "
                           "lookup tables are not supported here."));
        bad("mynetworks", QStringLiteral("[::1]/129"),
            QStringLiteral("mynetworks: “[::1]/129”: the network length must be a number from 0 to 128."));
        bad("mynetworks", QStringLiteral("10.0.0.0/"),
            QStringLiteral("mynetworks: “10.0.0.0/”: the network length must be a number from 0 to 32."));
        bad("mynetworks", QStringLiteral("10.0.0.0/+8"),
            QStringLiteral("mynetworks: “10.0.0.0/+8”: the network length must be a number from 0 to 32."));
        bad("mynetworks", QStringLiteral("[::1"), QStringLiteral("mynetworks: “[::1” is missing the closing “]”."));
        bad("mynetworks", QStringLiteral("[::1]x"),
            QStringLiteral("mynetworks: “[::1]x” has unexpected text after “]”."));
        bad("mynetworks", QStringLiteral("!10.0.0.0/8"),
            QStringLiteral("mynetworks: “!10.0.0.0/8”: exceptions with “!” are not supported here."));
        bad("mynetworks", QStringLiteral("/etc/postfix/network_table"),
            QStringLiteral("mynetworks: “/etc/postfix/network_table”: lists read from files are not supported here; "
                           "write the networks themselves."));
        bad("mynetworks", QStringLiteral("hash:/etc/postfix/network_table"),
            QStringLiteral("mynetworks: “hash:/etc/postfix/network_table”: write IPv6 addresses in brackets, for "
                           "example [2001:db8::]/32; lookup tables are not supported here."));
        bad("mynetworks", QStringLiteral("example.com"),
            QStringLiteral("mynetworks: “example.com” is not an IP address or network; host names are not supported "
                           "here."));

        ok("mynetworks_style", QStringLiteral("host"));
        ok("mynetworks_style", QStringLiteral("subnet"));
        ok("mynetworks_style", QStringLiteral("class"));
        bad("mynetworks_style", QStringLiteral("Host"),
            QStringLiteral("mynetworks_style: “Host” is not one of “host”, “subnet”, “class”."));

        // relayhost
        ok("relayhost", QString());
        ok("relayhost", QStringLiteral("[smtp.example.com]:587"));
        ok("relayhost", QStringLiteral("[smtp.example.com]"));
        ok("relayhost", QStringLiteral("smtp.example.com:25"));
        ok("relayhost", QStringLiteral("example.com"));
        ok("relayhost", QStringLiteral("[192.0.2.1]:465"));
        ok("relayhost", QStringLiteral("[2001:db8::1]:587"));
        ok("relayhost", QStringLiteral("[ipv6:2001:db8::1]:587"));
        bad("relayhost", QStringLiteral("[smtp.example.com]:0"),
            QStringLiteral("relayhost: “0” is not a port number from 1 to 65535."));
        bad("relayhost", QStringLiteral("[smtp.example.com]:65536"),
            QStringLiteral("relayhost: “65536” is not a port number from 1 to 65535."));
        bad("relayhost", QStringLiteral("[smtp.example.com]:submission"),
            QStringLiteral("relayhost: “submission” is not a port number from 1 to 65535."));
        bad("relayhost", QStringLiteral("[smtp.example.com]587"),
            QStringLiteral(
                "relayhost: “[smtp.example.com]587” has unexpected text after “]”; only “:port” may follow."));
        bad("relayhost", QStringLiteral("[smtp.example.com:587"),
            QStringLiteral("relayhost: “[smtp.example.com:587” is missing the closing “]”."));
        bad("relayhost", QStringLiteral("192.0.2.1:25"),
            QStringLiteral("relayhost: Put an IP address in brackets, for example [192.0.2.1]; without them Postfix "
                           "treats it as a domain name and looks up its MX records."));
        bad("relayhost", QStringLiteral("2001:db8::1"),
            QStringLiteral("relayhost: Write an IPv6 relay address in brackets, for example [2001:db8::1]:587."));
        bad("relayhost", QStringLiteral("[ipv6:192.0.2.1]"),
            QStringLiteral("relayhost: “192.0.2.1” is not a valid IPv6 address."));
        bad("relayhost", QStringLiteral("[a.example]:25, [b.example]:25"),
            QStringLiteral("relayhost: Only one relay host can be set here."));
        bad("relayhost", QStringLiteral("$mydomain"),
            QStringLiteral("relayhost: “$mydomain”: parameter references with “$” are not supported here."));

        ok("smtp_sasl_auth_enable", QStringLiteral("yes"));
        ok("smtp_sasl_auth_enable", QStringLiteral("no"));
        ok("smtp_sasl_auth_enable", QStringLiteral("YES"));
        bad("smtp_sasl_auth_enable", QStringLiteral("true"),
            QStringLiteral("smtp_sasl_auth_enable: “true” is not “yes” or “no”."));
        ok("smtp_tls_wrappermode", QStringLiteral("yes"));
        bad("smtp_tls_wrappermode", QStringLiteral("1"),
            QStringLiteral("smtp_tls_wrappermode: “1” is not “yes” or “no”."));

        ok("smtp_sasl_password_maps", QStringLiteral("hash:/etc/postfix/sasl_passwd"));
        ok("smtp_sasl_password_maps", QStringLiteral("lmdb:/etc/postfix/sasl/passwd"));
        ok("smtp_sasl_password_maps", QString());
        bad("smtp_sasl_password_maps", QStringLiteral("mysql:/etc/postfix/sasl_passwd"),
            QStringLiteral("smtp_sasl_password_maps: “mysql” is not a supported table type; use one of hash, lmdb, "
                           "btree, cdb, texthash."));
        bad("smtp_sasl_password_maps", QStringLiteral("hash:/tmp/sasl_passwd"),
            QStringLiteral("smtp_sasl_password_maps: “/tmp/sasl_passwd”: the password table must be a file in "
                           "/etc/postfix/."));
        bad("smtp_sasl_password_maps", QStringLiteral("hash:/etc/postfix/../shadow"),
            QStringLiteral("smtp_sasl_password_maps: “/etc/postfix/../shadow” is not a plain path: use letters, "
                           "digits, “.”, “_”, “-” and “/” only, without “.” or “..” parts."));
        bad("smtp_sasl_password_maps", QStringLiteral("hash:sasl_passwd"),
            QStringLiteral("smtp_sasl_password_maps: “sasl_passwd” is not an absolute path; it must start with “/”."));
        bad("smtp_sasl_password_maps", QStringLiteral("/etc/postfix/sasl_passwd"),
            QStringLiteral("smtp_sasl_password_maps: “/etc/postfix/sasl_passwd” is not a table; write type:path, for "
                           "example hash:/etc/postfix/sasl_passwd."));
        bad("smtp_sasl_password_maps", QStringLiteral("hash:/etc/postfix/"),
            QStringLiteral("smtp_sasl_password_maps: “/etc/postfix/”: the password table must be a file in "
                           "/etc/postfix/."));

        ok("smtp_sasl_security_options", QStringLiteral("noanonymous"));
        ok("smtp_sasl_security_options", QStringLiteral("noplaintext, noanonymous"));
        ok("smtp_sasl_security_options", QString());
        bad("smtp_sasl_security_options", QStringLiteral("noanonymous, plain"),
            QStringLiteral("smtp_sasl_security_options: “plain” is not a SASL security option; use noplaintext, "
                           "noactive, nodictionary, noanonymous, mutual_auth."));
        bad("smtp_sasl_security_options", QStringLiteral("$smtp_sasl_security_options"),
            QStringLiteral("smtp_sasl_security_options: “$smtp_sasl_security_options” is not a SASL security option; "
                           "use noplaintext, noactive, nodictionary, noanonymous, mutual_auth."));
        ok("smtp_sasl_tls_security_options", QStringLiteral("noanonymous"));
        ok("smtp_sasl_tls_security_options", QStringLiteral("$smtp_sasl_security_options"));

        for (const char *level : {"none", "may", "encrypt", "dane", "dane-only", "fingerprint", "verify", "secure"}) {
            ok("smtp_tls_security_level", QString::fromLatin1(level));
        }
        bad("smtp_tls_security_level", QStringLiteral("required"),
            QStringLiteral("smtp_tls_security_level: “required” is not one of “none”, “may”, “encrypt”, “dane”, "
                           "“dane-only”, “fingerprint”, “verify”, “secure”."));

        ok("smtp_tls_CAfile", QStringLiteral("/etc/ssl/certs/ca-certificates.crt"));
        ok("smtp_tls_CAfile", QStringLiteral("/etc/pki/tls/certs/ca-bundle.crt"));
        ok("smtp_tls_CApath", QStringLiteral("/etc/ssl/certs"));
        bad("smtp_tls_CAfile", QStringLiteral("certs/ca.crt"),
            QStringLiteral("smtp_tls_CAfile: “certs/ca.crt” is not an absolute path; it must start with “/”."));
        bad("smtp_tls_CApath", QStringLiteral("/etc/ssl/my certs"),
            QStringLiteral("smtp_tls_CApath: “/etc/ssl/my certs” is not a plain path: use letters, digits, “.”, “_”, "
                           "“-” and “/” only, without “.” or “..” parts."));

        // Read-only (security review): home_mailbox = .forward has local(8) write a file that runs
        // commands; any directory as the spool gets root-created files.
        bad("home_mailbox", QStringLiteral(".forward"),
            QStringLiteral("“home_mailbox” is not a parameter Mailroom can change."));
        bad("home_mailbox", QStringLiteral("Maildir/"),
            QStringLiteral("“home_mailbox” is not a parameter Mailroom can change."));
        bad("mail_spool_directory", QStringLiteral("/etc/sudoers.d"),
            QStringLiteral("“mail_spool_directory” is not a parameter Mailroom can change."));

        // Open relays.
        const QString openRelay = QStringLiteral(
            "mynetworks: “%1” would let a large part of the internet send mail anywhere through this server (an "
            "open relay, soon used by spammers and blocklisted); list only your own networks.");
        bad("mynetworks", QStringLiteral("127.0.0.0/8 0.0.0.0/0"), openRelay.arg(QStringLiteral("0.0.0.0/0")));
        bad("mynetworks", QStringLiteral("[::]/0"), openRelay.arg(QStringLiteral("[::]/0")));
        bad("mynetworks", QStringLiteral("10.0.0.0/8, 8.0.0.0/7"), openRelay.arg(QStringLiteral("8.0.0.0/7")));
        bad("mynetworks", QStringLiteral("[2000::]/3"), openRelay.arg(QStringLiteral("[2000::]/3")));
        ok("mynetworks", QStringLiteral("10.0.0.0/8 [fd00::]/16 192.0.2.7"));

        ok("message_size_limit", QStringLiteral("10240000"));
        ok("message_size_limit", QStringLiteral("0"));
        ok("mailbox_size_limit", QStringLiteral("9223372036854775807"));
        bad("mailbox_size_limit", QStringLiteral("9223372036854775808"),
            QStringLiteral("mailbox_size_limit: “9223372036854775808” is not a whole number of bytes (0 or more, "
                           "digits only)."));
        bad("message_size_limit", QStringLiteral("-1"),
            QStringLiteral("message_size_limit: “-1” is not a whole number of bytes (0 or more, digits only)."));
        bad("message_size_limit", QStringLiteral("10M"),
            QStringLiteral("message_size_limit: “10M” is not a whole number of bytes (0 or more, digits only)."));
        bad("message_size_limit", QString(),
            QStringLiteral("message_size_limit: “” is not a whole number of bytes (0 or more, digits only)."));

        // Rules for every key.
        bad("myhostname", QStringLiteral("mail.example.com\nrelayhost = [evil]"),
            QStringLiteral("myhostname: the value must be a single line."));
        bad("relayhost", QStringLiteral("[a.example]\r"),
            QStringLiteral("relayhost: the value must be a single line."));
        bad("mydomain", QString(QStringLiteral("example.com") + QChar(0)),
            QStringLiteral("mydomain: the value contains a NUL character."));
        bad("mydomain", QStringLiteral("exam\u0007ple.com"),
            QStringLiteral("mydomain: the value contains the control character U+0007."));
        bad("mydestination", QStringLiteral("localhost,\texample.com"),
            QStringLiteral("mydestination: the value contains the control character U+0009."));
        bad("unknown_parameter", QStringLiteral("1"),
            QStringLiteral("“unknown_parameter” is not a parameter Mailroom can change."));
        bad("smtpd_recipient_restrictions", QStringLiteral("permit"),
            QStringLiteral("“smtpd_recipient_restrictions” is not a parameter Mailroom can change."));
        bad("relayhost=x", QStringLiteral("1"),
            QStringLiteral("“relayhost=x” is not a parameter name: it contains “=”."));
        bad("", QStringLiteral("1"), QStringLiteral("A parameter name is required."));
        bad(" relayhost", QStringLiteral("1"),
            QStringLiteral("“relayhost” is not a parameter name: it contains a space or control character."));
    }
    void validate()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const ValidationResult result = MainCfValidator::validate(key, value);
        QCOMPARE(result.message, message);
        QCOMPARE(result.valid, message.isEmpty());
        QCOMPARE(bool(result), message.isEmpty());
        if (!result.valid) {
            QCOMPARE(result.key, key);
        }
    }

    void everyAllowedKeyHasAValidExample()
    {
        // Guards the allowlist: adding a key without test rows above fails here.
        const QStringList tested {QStringLiteral("inet_interfaces"),
                                  QStringLiteral("inet_protocols"),
                                  QStringLiteral("mailbox_size_limit"),
                                  QStringLiteral("message_size_limit"),
                                  QStringLiteral("mydestination"),
                                  QStringLiteral("mydomain"),
                                  QStringLiteral("myhostname"),
                                  QStringLiteral("mynetworks"),
                                  QStringLiteral("mynetworks_style"),
                                  QStringLiteral("myorigin"),
                                  QStringLiteral("relayhost"),
                                  QStringLiteral("smtp_sasl_auth_enable"),
                                  QStringLiteral("smtp_sasl_password_maps"),
                                  QStringLiteral("smtp_sasl_security_options"),
                                  QStringLiteral("smtp_sasl_tls_security_options"),
                                  QStringLiteral("smtp_tls_CAfile"),
                                  QStringLiteral("smtp_tls_CApath"),
                                  QStringLiteral("smtp_tls_security_level"),
                                  QStringLiteral("smtp_tls_wrappermode")};
        QStringList allowed = MainCfValidator::allowedKeys();
        allowed.sort();
        QCOMPARE(allowed, tested);
        QVERIFY(!MainCfValidator::isAllowedKey(QStringLiteral("smtp_use_tls"))); // obsolete, never written
    }
};

QTEST_GUILESS_MAIN(TestMainCfValidator)
#include "test_maincfvalidator.moc"
