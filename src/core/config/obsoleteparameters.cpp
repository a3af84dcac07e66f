// SPDX-License-Identifier: GPL-2.0-or-later
#include "obsoleteparameters.h"

#include <QHash>

namespace Mailroom::Config {

namespace {
using Entry = ObsoleteParameters::Entry;

// Sources: Postfix DEPRECATION_README (Postfix 3.9 and later, "Deprecated features" table:
// https://www.postfix.org/DEPRECATION_README.html), COMPATIBILITY_README, and the entries of
// postconf(5) of Postfix 3.10 that say "renamed to", "deprecated … specify … instead", "is not
// used with Postfix 2.3 and later; use … instead" or "this feature was removed".
const QHash<QString, Entry> &table()
{
    static const QHash<QString, Entry> entries = [] {
        const QList<Entry> list {
            // DEPRECATION_README: warned about as of 3.9, postconf(5) "deprecated as of Postfix 3.9".
            {QStringLiteral("disable_dns_lookups"), QStringLiteral("smtp_dns_support_level"), QStringLiteral("2.11"),
             QString()},
            {QStringLiteral("smtp_use_tls"), QStringLiteral("smtp_tls_security_level"), QStringLiteral("3.9"),
             QStringLiteral("tls-may")},
            {QStringLiteral("smtpd_use_tls"), QStringLiteral("smtpd_tls_security_level"), QStringLiteral("3.9"),
             QStringLiteral("tls-may")},
            {QStringLiteral("lmtp_use_tls"), QStringLiteral("lmtp_tls_security_level"), QStringLiteral("3.9"),
             QStringLiteral("tls-may")},
            {QStringLiteral("smtp_enforce_tls"), QStringLiteral("smtp_tls_security_level"), QStringLiteral("3.9"),
             QStringLiteral("tls-encrypt")},
            {QStringLiteral("smtpd_enforce_tls"), QStringLiteral("smtpd_tls_security_level"), QStringLiteral("3.9"),
             QStringLiteral("tls-encrypt")},
            {QStringLiteral("lmtp_enforce_tls"), QStringLiteral("lmtp_tls_security_level"), QStringLiteral("3.9"),
             QStringLiteral("tls-encrypt")},
            {QStringLiteral("smtp_tls_enforce_peername"), QStringLiteral("smtp_tls_security_level"),
             QStringLiteral("3.9"), QString()},
            {QStringLiteral("lmtp_tls_enforce_peername"), QStringLiteral("lmtp_tls_security_level"),
             QStringLiteral("3.9"), QString()},
            {QStringLiteral("smtp_tls_per_site"), QStringLiteral("smtp_tls_policy_maps"), QStringLiteral("3.9"),
             QString()},
            {QStringLiteral("lmtp_tls_per_site"), QStringLiteral("lmtp_tls_policy_maps"), QStringLiteral("3.9"),
             QString()},
            {QStringLiteral("smtpd_tls_dh1024_param_file"), QString(), QStringLiteral("3.9"), QString()},
            {QStringLiteral("smtpd_tls_eecdh_grade"), QString(), QStringLiteral("3.9"), QString()},
            // postconf(5): renamed.
            {QStringLiteral("authorized_verp_clients"), QStringLiteral("smtpd_authorized_verp_clients"),
             QStringLiteral("2.1"), QStringLiteral("rename")},
            {QStringLiteral("fallback_relay"), QStringLiteral("smtp_fallback_relay"), QStringLiteral("2.3"),
             QStringLiteral("rename")},
            {QStringLiteral("virtual_maps"), QStringLiteral("virtual_alias_maps"), QStringLiteral("2.0"),
             QStringLiteral("rename")},
            {QStringLiteral("smtpd_sasl_application_name"), QStringLiteral("smtpd_sasl_path"), QStringLiteral("2.3"),
             QStringLiteral("rename")},
            {QStringLiteral("postscreen_blacklist_action"), QStringLiteral("postscreen_denylist_action"),
             QStringLiteral("3.6"), QStringLiteral("rename")},
            {QStringLiteral("postscreen_whitelist_interfaces"), QStringLiteral("postscreen_allowlist_interfaces"),
             QStringLiteral("3.6"), QStringLiteral("rename")},
            {QStringLiteral("postscreen_dnsbl_whitelist_threshold"),
             QStringLiteral("postscreen_dnsbl_allowlist_threshold"), QStringLiteral("3.6"), QStringLiteral("rename")},
            {QStringLiteral("postscreen_dnsbl_ttl"), QStringLiteral("postscreen_dnsbl_max_ttl"), QStringLiteral("3.1"),
             QString()},
            {QStringLiteral("smtp_per_record_deadline"), QStringLiteral("smtp_per_request_deadline"),
             QStringLiteral("3.7"), QStringLiteral("rename")},
            {QStringLiteral("smtpd_per_record_deadline"), QStringLiteral("smtpd_per_request_deadline"),
             QStringLiteral("3.7"), QStringLiteral("rename")},
            {QStringLiteral("lmtp_per_record_deadline"), QStringLiteral("lmtp_per_request_deadline"),
             QStringLiteral("3.7"), QStringLiteral("rename")},
            {QStringLiteral("tlsproxy_client_level"), QStringLiteral("tlsproxy_client_security_level"),
             QStringLiteral("3.7"), QStringLiteral("rename")},
            {QStringLiteral("tlsproxy_client_policy"), QStringLiteral("tlsproxy_client_policy_maps"),
             QStringLiteral("3.7"), QStringLiteral("rename")},
            {QStringLiteral("sender_based_routing"), QStringLiteral("sender_dependent_relayhost_maps"),
             QStringLiteral("2.3"), QString()},
            {QStringLiteral("smtp_tls_cipherlist"), QStringLiteral("smtp_tls_mandatory_ciphers"), QStringLiteral("2.3"),
             QString()},
            {QStringLiteral("smtpd_tls_cipherlist"), QStringLiteral("smtpd_tls_mandatory_ciphers"),
             QStringLiteral("2.3"), QString()},
            // postconf(5): removed, nothing replaces them.
            {QStringLiteral("enable_errors_to"), QString(), QStringLiteral("2.2"), QString()},
            {QStringLiteral("extract_recipient_limit"), QString(), QStringLiteral("2.1"), QString()},
            {QStringLiteral("smtp_skip_4xx_greeting"), QString(), QStringLiteral("2.1"), QString()},
            {QStringLiteral("lmtp_cache_connection"), QString(), QStringLiteral("2.3"), QString()},
            {QStringLiteral("tls_dane_digest_agility"), QString(), QStringLiteral("3.2"), QString()},
            {QStringLiteral("tls_dane_trust_anchor_digest_enable"), QString(), QStringLiteral("3.2"), QString()},
            {QStringLiteral("tlsproxy_tls_session_cache_timeout"), QStringLiteral("smtpd_tls_session_cache_timeout"),
             QStringLiteral("2.11"), QString()},
        };
        QHash<QString, Entry> h;
        for (const Entry &e : list) {
            h.insert(e.name, e);
        }
        return h;
    }();
    return entries;
}
} // namespace

std::optional<ObsoleteParameters::Entry> ObsoleteParameters::find(const QString &name)
{
    const auto it = table().constFind(name);
    if (it == table().constEnd()) {
        return std::nullopt;
    }
    return *it;
}

QString ObsoleteParameters::replacementLine(const Entry &entry, const QString &value)
{
    if (entry.conversion == QLatin1String("rename")) {
        return entry.replacement + QLatin1String(" = ") + value;
    }
    if (entry.conversion.startsWith(QLatin1String("tls-"))) {
        const QString v = value.trimmed().toLower();
        if (v == QLatin1String("yes")) {
            return entry.replacement + QLatin1String(" = ") + entry.conversion.mid(4);
        }
        if (v == QLatin1String("no")) {
            return entry.replacement + QLatin1String(" = none");
        }
    }
    return {};
}

} // namespace Mailroom::Config
