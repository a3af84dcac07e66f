// SPDX-License-Identifier: GPL-2.0-or-later
#include "maincflinter.h"

#include "config/obsoleteparameters.h"
#include "postfix/maincf.h"
#include "postfix/postfixsyntax.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <vector>

namespace Mailroom::Config {

namespace {
using Severity = LintFinding::Severity;
using Fix = LintFinding::Fix;

// The per-transport parameters postconf(5) documents as "transport_…": a master.cf service name
// followed by one of these suffixes is a real parameter (e.g. relay_destination_concurrency_limit).
const QStringList &transportSuffixes()
{
    static const QStringList s {
        QStringLiteral("_delivery_slot_cost"),
        QStringLiteral("_delivery_slot_discount"),
        QStringLiteral("_delivery_slot_loan"),
        QStringLiteral("_destination_concurrency_failed_cohort_limit"),
        QStringLiteral("_destination_concurrency_limit"),
        QStringLiteral("_destination_concurrency_negative_feedback"),
        QStringLiteral("_destination_concurrency_positive_feedback"),
        QStringLiteral("_destination_rate_delay"),
        QStringLiteral("_destination_recipient_limit"),
        QStringLiteral("_extra_recipient_limit"),
        QStringLiteral("_initial_destination_concurrency"),
        QStringLiteral("_minimum_delivery_slots"),
        QStringLiteral("_recipient_limit"),
        QStringLiteral("_recipient_refill_delay"),
        QStringLiteral("_recipient_refill_limit"),
        QStringLiteral("_time_limit"),
        QStringLiteral("_transport_rate_delay"),
    };
    return s;
}

// Names referred to in text as $name, ${name…} or $(name…); "$$" is a literal dollar.
QStringList references(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(\$(?:\$|([A-Za-z0-9_]+)|[{(]([A-Za-z0-9_]+)))"));
    QStringList names;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        if (!name.isEmpty() && !names.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

// $names that are not parameters. postconf(5): mailbox_command "is not subjected to $parameter
// substitutions" (the shell sees $EXTENSION, $USER, … from local(8)'s environment), and
// forward_path, luser_relay and command_execution_directory expand local(8)'s delivery
// attributes ($user, $home, $extension, …) when a message is delivered.
bool isDeliveryAttribute(const QString &parameter, const QString &name)
{
    if (parameter == QLatin1String("mailbox_command")) {
        return true;
    }
    static const QStringList expanding = {QStringLiteral("forward_path"), QStringLiteral("luser_relay"),
                                          QStringLiteral("command_execution_directory")};
    static const QStringList attributes = {QStringLiteral("client_address"),
                                           QStringLiteral("client_helo"),
                                           QStringLiteral("client_hostname"),
                                           QStringLiteral("client_port"),
                                           QStringLiteral("client_protocol"),
                                           QStringLiteral("domain"),
                                           QStringLiteral("extension"),
                                           QStringLiteral("home"),
                                           QStringLiteral("local"),
                                           QStringLiteral("mailbox"),
                                           QStringLiteral("original_recipient"),
                                           QStringLiteral("recipient"),
                                           QStringLiteral("sasl_method"),
                                           QStringLiteral("sasl_sender"),
                                           QStringLiteral("sasl_username"),
                                           QStringLiteral("shell"),
                                           QStringLiteral("sender"),
                                           QStringLiteral("user")};
    return expanding.contains(parameter) && attributes.contains(name.toLower());
}

// master.cf service names (first field of each service line).
QSet<QString> masterServices(const QString &masterCf)
{
    QSet<QString> services;
    for (const QString &line : masterCf.split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.at(0).isSpace() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QString first
            = line.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty).section(QLatin1Char('\t'), 0, 0);
        // "inet" services are named [host:]port; only the part after ':' could be a transport.
        if (!first.isEmpty()) {
            services.insert(first.section(QLatin1Char(':'), -1));
        }
    }
    return services;
}

// Levenshtein distance of a and b when it is at most `limit`, otherwise limit + 1. Only the band
// of cells within `limit` of the diagonal can stay within it, and a row whose cells all exceed it
// ends the search (a main.cf of many unknown names is compared with the whole catalog).
int boundedEditDistance(QStringView a, QStringView b, int limit)
{
    if (std::abs(a.size() - b.size()) > limit) {
        return limit + 1;
    }
    const int over = limit + 1;
    const qsizetype m = b.size();
    std::vector<int> prev(m + 1);
    std::vector<int> cur(m + 1, over);
    for (qsizetype j = 0; j <= m; ++j) {
        prev[j] = int(std::min<qsizetype>(j, over));
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        const qsizetype from = std::max<qsizetype>(1, i - limit);
        const qsizetype to = std::min<qsizetype>(m, i + limit);
        cur[from - 1] = from == 1 ? int(std::min<qsizetype>(i, over)) : over;
        int rowMin = cur[from - 1];
        for (qsizetype j = from; j <= to; ++j) {
            const int substitution = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, substitution, over});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (to < m) {
            cur[to + 1] = over;
        }
        if (rowMin > limit) {
            return over;
        }
        std::swap(prev, cur);
    }
    return prev[m];
}

QString closestName(const QString &name, const ParameterCatalog &catalog)
{
    QString best;
    int bestDistance = 3; // at most two edits away
    for (const ParameterInfo &p : catalog.parameters()) {
        if (std::abs(p.name.size() - name.size()) >= bestDistance) {
            continue;
        }
        const int d = boundedEditDistance(name, p.name, bestDistance - 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = p.name;
        }
    }
    return best;
}

enum class ValueType
{
    Unknown,
    Boolean,
    Time,
    Integer
};

// The type postconf(5) gives a parameter, recognised from the shape of its `postconf -d` default
// (Postfix stores booleans as yes/no, times as a number with a unit letter s, m, h, d or w, and
// integers and byte sizes as plain decimal numbers).
ValueType typeOf(const QString &name, const QString &defaultValue)
{
    // Defaults that look like numbers but whose values are not numbers only.
    static const QSet<QString> exceptions {QStringLiteral("compatibility_level"), QStringLiteral("mail_version"),
                                           QStringLiteral("process_id")};
    if (exceptions.contains(name) || defaultValue.contains(QLatin1Char('$'))) {
        return ValueType::Unknown;
    }
    if (defaultValue == QLatin1String("yes") || defaultValue == QLatin1String("no")) {
        return ValueType::Boolean;
    }
    static const QRegularExpression time(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+[smhdw]")));
    if (time.match(defaultValue).hasMatch()) {
        return ValueType::Time;
    }
    static const QRegularExpression integer(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+")));
    if (integer.match(defaultValue).hasMatch()) {
        return ValueType::Integer;
    }
    return ValueType::Unknown;
}

struct Network
{
    QHostAddress address;
    int prefix = -1;
    QString text;
};

std::optional<Network> parseNetwork(const QString &item)
{
    QString s = item;
    s.remove(QLatin1Char('['));
    s.remove(QLatin1Char(']'));
    if (!s.contains(QLatin1Char('/'))) {
        QHostAddress a;
        if (!a.setAddress(s)) {
            return std::nullopt;
        }
        return Network {a, a.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32, item};
    }
    const auto subnet = QHostAddress::parseSubnet(s);
    if (subnet.first.isNull()) {
        return std::nullopt;
    }
    return Network {subnet.first, subnet.second, item};
}

bool contains(const Network &outer, const Network &inner)
{
    return outer.address.protocol() == inner.address.protocol() && outer.prefix <= inner.prefix
        && inner.address.isInSubnet(outer.address, outer.prefix);
}

// The Postfix value `8M`-style sizes do not exist: sizes are bytes. For "10M" returns 10485760.
std::optional<qint64> sizeWithUnit(const QString &value)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]+)\\s*([kKmMgG])[bB]?")));
    const QRegularExpressionMatch m = re.match(value);
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    qint64 n = m.captured(1).toLongLong();
    switch (m.captured(2).toLower().at(0).toLatin1()) {
    case 'g':
        n *= 1024;
        [[fallthrough]];
    case 'm':
        n *= 1024;
        [[fallthrough]];
    default:
        n *= 1024;
    }
    return n;
}

Fix replaceFix(const QString &label, const MainCf::Parameter &p, const QString &replacement)
{
    Fix f;
    f.kind = Fix::Kind::ReplaceLines;
    f.label = label;
    f.firstLine = p.firstLine;
    f.lastLine = p.lastLine;
    f.replacement = replacement;
    return f;
}
} // namespace

MainCfLinter::MainCfLinter(Environment environment)
    : m_env(std::move(environment))
{
    if (!m_env.fileTime) {
        m_env.fileTime = &MainCfLinter::realFileTime;
    }
}

std::optional<QDateTime> MainCfLinter::realFileTime(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        return std::nullopt;
    }
    return info.lastModified(QTimeZone::UTC);
}

QList<LintFinding> MainCfLinter::lint(const QString &text) const
{
    const MainCf cf = MainCf::fromByteArray(text.toUtf8());
    const QList<MainCf::Parameter> params = cf.parameters();
    const ParameterCatalog &catalog = m_env.catalog;
    const bool haveCatalog = !catalog.isEmpty();
    QList<LintFinding> findings;
    auto add = [&](int line, Severity severity, const QString &rule, const QString &message,
                   const QList<int> &related = {}, const Fix &fix = {}) {
        findings.append({line, severity, rule, message, related, fix});
    };

    // Where each name is set (file order) and the effective (last) definition.
    QHash<QString, QList<qsizetype>> definitions;
    for (qsizetype i = 0; i < params.size(); ++i) {
        definitions[params.at(i).name].append(i);
    }
    // Names used as $name anywhere, and user-defined restriction classes: both make a name "used".
    QSet<QString> used;
    for (const MainCf::Parameter &p : params) {
        for (const QString &r : references(p.value)) {
            used.insert(r);
        }
    }
    for (const QString &r : references(m_env.masterCf)) {
        used.insert(r);
    }
    if (definitions.contains(QStringLiteral("smtpd_restriction_classes"))) {
        const auto &p = params.at(definitions.value(QStringLiteral("smtpd_restriction_classes")).last());
        for (const QString &c : PostfixSyntax::splitList(p.value)) {
            used.insert(c);
        }
    }
    const QSet<QString> services = masterServices(m_env.masterCf);
    auto isTransportParameter = [&](const QString &name) {
        for (const QString &suffix : transportSuffixes()) {
            if (name.endsWith(suffix) && name.size() > suffix.size()) {
                return m_env.masterCf.isEmpty() || services.contains(name.left(name.size() - suffix.size()));
            }
        }
        return false;
    };
    auto isKnown = [&](const QString &name) {
        return catalog.contains(name) || definitions.contains(name) || isTransportParameter(name);
    };

    // Syntax problems the parser found (duplicates are reported below, with both lines).
    QSet<int> definitionLines;
    for (const MainCf::Parameter &p : params) {
        definitionLines.insert(p.firstLine);
    }
    for (const MainCf::Problem &problem : cf.problems()) {
        if (problem.fatal) {
            add(problem.line, Severity::Error, QStringLiteral("syntax"), problem.message);
        } else if (!definitionLines.contains(problem.line)) {
            add(problem.line, Severity::Warning, QStringLiteral("syntax"), problem.message);
        }
    }

    for (qsizetype i = 0; i < params.size(); ++i) {
        const MainCf::Parameter &p = params.at(i);
        const QList<qsizetype> &defs = definitions.value(p.name);
        const bool effective = defs.last() == i;

        // A key set twice: the later one wins.
        if (!effective) {
            const MainCf::Parameter &later = params.at(defs.last());
            add(p.firstLine, Severity::Warning, QStringLiteral("duplicate"),
                QCoreApplication::translate(
                    "MainCfLinter",
                    "%1 is set again on line %2. Postfix uses only the last value (“%3”); this one (“%4”) is "
                    "ignored.")
                    .arg(p.name)
                    .arg(later.firstLine)
                    .arg(later.value, p.value),
                {later.firstLine},
                replaceFix(QCoreApplication::translate("MainCfLinter", "Remove this line"), p, QString()));
        }

        // `mydestination = mydestination = …`
        static const QRegularExpression repeated(QStringLiteral(R"(^([A-Za-z0-9_]+)\s*=\s*)"));
        if (const QRegularExpressionMatch m = repeated.match(p.value); m.hasMatch() && m.captured(1) == p.name) {
            const QString rest = p.value.mid(m.capturedLength());
            add(p.firstLine, Severity::Error, QStringLiteral("repeated-key"),
                QCoreApplication::translate(
                    "MainCfLinter",
                    "The value repeats the parameter name: Postfix reads “%1 =” as part of the value of %1, "
                    "which is then “%2”.")
                    .arg(p.name, p.value),
                {},
                replaceFix(QCoreApplication::translate("MainCfLinter", "Remove the repeated “%1 =”").arg(p.name), p,
                           p.name + QLatin1String(" = ") + rest));
        }

        // Obsolete, renamed or removed parameters.
        if (const auto obsolete = ObsoleteParameters::find(p.name)) {
            const bool removed = haveCatalog && !catalog.contains(p.name);
            QString message;
            if (obsolete->replacement.isEmpty()) {
                message = removed
                    ? QCoreApplication::translate(
                          "MainCfLinter",
                          "%1 was removed from Postfix (since version %2) and has no effect; delete "
                          "the line.")
                          .arg(p.name, obsolete->since)
                    : QCoreApplication::translate(
                          "MainCfLinter", "%1 is obsolete since Postfix %2 and will be removed; delete the line.")
                          .arg(p.name, obsolete->since);
            } else {
                message = removed
                    ? QCoreApplication::translate(
                          "MainCfLinter",
                          "%1 is no longer known to Postfix (replaced in version %2); Postfix ignores "
                          "it. Use %3 instead.")
                          .arg(p.name, obsolete->since, obsolete->replacement)
                    : QCoreApplication::translate(
                          "MainCfLinter", "%1 is obsolete since Postfix %2 and will be removed; use %3 instead.")
                          .arg(p.name, obsolete->since, obsolete->replacement);
            }
            const QString line = ObsoleteParameters::replacementLine(*obsolete, p.value);
            Fix fix;
            if (!line.isEmpty()) {
                fix = replaceFix(QCoreApplication::translate("MainCfLinter", "Replace with “%1”").arg(line), p, line);
            } else if (obsolete->replacement.isEmpty()) {
                fix = replaceFix(QCoreApplication::translate("MainCfLinter", "Remove this line"), p, QString());
            }
            add(p.firstLine, removed ? Severity::Error : Severity::Warning, QStringLiteral("obsolete"), message, {},
                fix);
        } else if (haveCatalog && !catalog.contains(p.name) && !isTransportParameter(p.name)
                   && !used.contains(p.name)) {
            // Unknown names: Postfix warns ("unused parameter") and otherwise ignores the line.
            const QString suggestion = closestName(p.name, catalog);
            QString message = QCoreApplication::translate(
                                  "MainCfLinter",
                                  "Postfix does not know the parameter %1. It only logs a warning "
                                  "(“unused parameter”) and ignores the line, so the setting has no effect.")
                                  .arg(p.name);
            Fix fix;
            if (!suggestion.isEmpty()) {
                message += QLatin1Char(' ')
                    + QCoreApplication::translate("MainCfLinter", "Did you mean %1?").arg(suggestion);
                fix = replaceFix(QCoreApplication::translate("MainCfLinter", "Rename to %1").arg(suggestion), p,
                                 suggestion + QLatin1String(" = ") + p.value);
            }
            add(p.firstLine, Severity::Warning, QStringLiteral("unknown-parameter"), message, {}, fix);
        }

        // $references to nothing.
        if (haveCatalog) {
            for (const QString &r : references(p.value)) {
                if (!isKnown(r) && !ObsoleteParameters::find(r) && !isDeliveryAttribute(p.name, r)) {
                    add(p.firstLine, Severity::Warning, QStringLiteral("undefined-reference"),
                        QCoreApplication::translate(
                            "MainCfLinter",
                            "$%1 refers to a parameter that is neither set in this file nor known to Postfix; "
                            "Postfix replaces it with an empty value.")
                            .arg(r));
                }
            }
        }

        // Values Postfix would reject, where the type is known.
        if (haveCatalog && catalog.contains(p.name) && !p.value.contains(QLatin1Char('$'))) {
            const QString def = catalog.defaultValue(p.name);
            switch (typeOf(p.name, def)) {
            case ValueType::Boolean:
                if (p.value.compare(QLatin1String("yes"), Qt::CaseInsensitive) != 0
                    && p.value.compare(QLatin1String("no"), Qt::CaseInsensitive) != 0) {
                    add(p.firstLine, Severity::Error, QStringLiteral("bad-value"),
                        QCoreApplication::translate(
                            "MainCfLinter",
                            "%1 takes yes or no; Postfix stops with “bad boolean configuration” on “%2”.")
                            .arg(p.name, p.value));
                }
                break;
            case ValueType::Time: {
                static const QRegularExpression time(
                    QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+[smhdw]?")));
                if (!time.match(p.value).hasMatch()) {
                    add(p.firstLine, Severity::Error, QStringLiteral("bad-value"),
                        QCoreApplication::translate(
                            "MainCfLinter",
                            "%1 takes a time: a whole number with an optional unit s (seconds), m (minutes), "
                            "h (hours), d (days) or w (weeks), like its default %2. Postfix stops with a fatal "
                            "error on “%3”.")
                            .arg(p.name, def, p.value));
                }
                break;
            }
            case ValueType::Integer: {
                static const QRegularExpression integer(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]+")));
                if (!integer.match(p.value).hasMatch()) {
                    Fix fix;
                    QString message = QCoreApplication::translate(
                                          "MainCfLinter",
                                          "%1 takes a whole number, like its default %2. Postfix stops with a fatal "
                                          "error on “%3”.")
                                          .arg(p.name, def, p.value);
                    if (const auto bytes = sizeWithUnit(p.value)) {
                        message += QLatin1Char(' ')
                            + QCoreApplication::translate("MainCfLinter",
                                                          "Sizes are in bytes without a unit: %1 is %2.")
                                  .arg(p.value)
                                  .arg(*bytes);
                        const QString line = p.name + QLatin1String(" = ") + QString::number(*bytes);
                        fix = replaceFix(QCoreApplication::translate("MainCfLinter", "Replace with “%1”").arg(line), p,
                                         line);
                    }
                    add(p.firstLine, Severity::Error, QStringLiteral("bad-value"), message, {}, fix);
                }
                break;
            }
            case ValueType::Unknown:
                break;
            }
        }

        // Lookup tables: the source file and the compiled database must exist, the database newer.
        static const QRegularExpression table(
            QStringLiteral(R"((?:^|[\s,:])(hash|btree|lmdb|cdb|texthash|regexp|pcre|cidr):([^\s,{}]+))"));
        QSet<QString> seenTables;
        auto tableMatches = table.globalMatch(p.value);
        while (tableMatches.hasNext()) {
            const QRegularExpressionMatch m = tableMatches.next();
            const QString type = m.captured(1);
            QString path = m.captured(2);
            const QString configDirectory = definitions.contains(QStringLiteral("config_directory"))
                ? params.at(definitions.value(QStringLiteral("config_directory")).last()).value
                : (haveCatalog ? catalog.defaultValue(QStringLiteral("config_directory"))
                               : QStringLiteral("/etc/postfix"));
            path.replace(QLatin1String("${config_directory}"), configDirectory);
            path.replace(QLatin1String("$(config_directory)"), configDirectory);
            path.replace(QLatin1String("$config_directory"), configDirectory);
            if (!path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('$'))) {
                continue;
            }
            const QString spec = type + QLatin1Char(':') + path;
            if (seenTables.contains(spec)) {
                continue;
            }
            seenTables.insert(spec);
            const std::optional<QDateTime> source = m_env.fileTime(path);
            QString suffix;
            if (type == QLatin1String("hash") || type == QLatin1String("btree")) {
                suffix = QStringLiteral(".db");
            } else if (type == QLatin1String("lmdb")) {
                suffix = QStringLiteral(".lmdb");
            } else if (type == QLatin1String("cdb")) {
                suffix = QStringLiteral(".cdb");
            }
            if (suffix.isEmpty()) { // read as text at start-up: only the file itself must exist
                if (!source) {
                    add(p.firstLine, Severity::Error, QStringLiteral("table-missing"),
                        QCoreApplication::translate(
                            "MainCfLinter",
                            "The table file %1 does not exist; Postfix fails to open %2 and defers the mail that "
                            "needs it.")
                            .arg(path, spec));
                }
                continue;
            }
            // postmap is for postfix's own tables; the aliases file is built with newaliases.
            const bool aliases = p.name == QLatin1String("alias_maps") || p.name == QLatin1String("alias_database");
            const bool postmapFix = path.startsWith(QLatin1String("/etc/postfix/"))
                && (type == QLatin1String("hash") || type == QLatin1String("lmdb") || type == QLatin1String("cdb"))
                && !aliases;
            Fix postmap;
            if (postmapFix) {
                postmap.kind = Fix::Kind::RunPostmap;
                postmap.label = QCoreApplication::translate("MainCfLinter", "Run postmap");
                postmap.table = spec;
            }
            const QString compiled = path + suffix;
            const std::optional<QDateTime> database = m_env.fileTime(compiled);
            if (!source && !database) {
                add(p.firstLine, Severity::Error, QStringLiteral("table-missing"),
                    QCoreApplication::translate(
                        "MainCfLinter",
                        "Neither %1 nor its compiled form %2 exists; Postfix fails to open %3 and defers the mail "
                        "that needs it.")
                        .arg(path, compiled, spec));
            } else if (!database && aliases) {
                add(p.firstLine, Severity::Error, QStringLiteral("table-not-compiled"),
                    QCoreApplication::translate(
                        "MainCfLinter",
                        "%1 has never been compiled: %2 is missing, so Postfix fails to open %3. Run “newaliases”.")
                        .arg(path, compiled, spec));
            } else if (!database) {
                add(p.firstLine, Severity::Error, QStringLiteral("table-not-compiled"),
                    QCoreApplication::translate(
                        "MainCfLinter",
                        "%1 has never been compiled: %2 is missing, so Postfix fails to open %3. Run “postmap %3”.")
                        .arg(path, compiled, spec),
                    {}, postmap);
            } else if (!source) {
                add(p.firstLine, Severity::Warning, QStringLiteral("table-source-missing"),
                    QCoreApplication::translate(
                        "MainCfLinter",
                        "The source file %1 is gone; Postfix still reads %2, but the table can no longer be changed "
                        "or rebuilt.")
                        .arg(path, compiled));
            } else if (*source > *database) {
                add(p.firstLine, Severity::Warning, QStringLiteral("table-stale"),
                    aliases ? QCoreApplication::translate(
                                  "MainCfLinter",
                                  "%1 was changed after %2 was built; Postfix still uses the old aliases until "
                                  "“newaliases” runs.")
                                  .arg(path, compiled)
                            : QCoreApplication::translate(
                                  "MainCfLinter",
                                  "%1 was changed after %2 was built; Postfix still uses the old contents until "
                                  "“postmap %3” runs.")
                                  .arg(path, compiled, spec),
                    {}, postmap);
            }
        }
    }

    // mynetworks: the clients that may relay through this host.
    if (definitions.contains(QStringLiteral("mynetworks"))) {
        const MainCf::Parameter &p = params.at(definitions.value(QStringLiteral("mynetworks")).last());
        QList<Network> hostNetworks;
        const QList<MyNetworks::Entry> derived = MyNetworks::derive(MyNetworks::Style::Subnet, m_env.hostAddresses);
        for (const MyNetworks::Entry &e : derived) {
            if (const auto n = parseNetwork(e.network)) {
                hostNetworks.append(*n);
            }
        }
        QStringList safe;
        for (const MyNetworks::Entry &e : derived) {
            safe.append(e.network);
        }
        for (const QString &item : PostfixSyntax::splitList(p.value)) {
            QString pattern = item;
            if (pattern.startsWith(QLatin1Char('!'))) {
                continue; // an exclusion narrows the list
            }
            const bool bracketed = pattern.startsWith(QLatin1Char('['));
            if (pattern.startsWith(QLatin1Char('/')) || pattern.contains(QLatin1Char('$'))
                || (!bracketed && pattern.contains(QLatin1Char(':')))) {
                continue; // a file, a table or a reference: not checked here
            }
            if (const QString problem = PostfixSyntax::networkProblem(pattern); !problem.isEmpty()) {
                add(p.firstLine, Severity::Error, QStringLiteral("mynetworks-syntax"), problem);
                continue;
            }
            const auto network = parseNetwork(pattern);
            if (!network) {
                continue;
            }
            if (network->prefix == 0) {
                add(p.firstLine, Severity::Error, QStringLiteral("mynetworks-open"),
                    QCoreApplication::translate(
                        "MainCfLinter",
                        "%1 in mynetworks lets every address on the Internet relay mail through this server: an "
                        "open relay, which spammers find within hours.")
                        .arg(pattern),
                    {},
                    replaceFix(QCoreApplication::translate("MainCfLinter", "Limit to this host's networks"), p,
                               QStringLiteral("mynetworks = ") + safe.join(QLatin1Char(' '))));
                continue;
            }
            if (network->address.isLoopback()) {
                continue;
            }
            bool inside = false;
            QString widerThan;
            for (const Network &h : hostNetworks) {
                if (contains(h, *network)) {
                    inside = true;
                } else if (contains(*network, h) && !h.address.isLoopback()) {
                    widerThan = h.text;
                }
            }
            if (inside) {
                continue;
            }
            if (!widerThan.isEmpty()) {
                add(p.firstLine, Severity::Warning, QStringLiteral("mynetworks-wide"),
                    QCoreApplication::translate(
                        "MainCfLinter",
                        "%1 in mynetworks is wider than this host's network %2: every address in it may relay mail "
                        "through this server.")
                        .arg(pattern, widerThan));
            } else {
                add(p.firstLine, Severity::Info, QStringLiteral("mynetworks-foreign"),
                    QCoreApplication::translate(
                        "MainCfLinter",
                        "%1 in mynetworks is not a network this host is on; clients there may relay mail through "
                        "it. Keep it only if it is a trusted remote network (a VPN, another office).")
                        .arg(pattern));
            }
        }
    }

    // Where local(8) writes: a home_mailbox that names a file other programs run or trust
    // (.forward, shell start-up files, ~/.ssh) lets anyone who can send mail write it.
    if (definitions.contains(QStringLiteral("home_mailbox"))) {
        const MainCf::Parameter &p = params.at(definitions.value(QStringLiteral("home_mailbox")).last());
        static const QStringList trusted {
            QStringLiteral(".forward"),    QStringLiteral(".profile"),  QStringLiteral(".bash_profile"),
            QStringLiteral(".bash_login"), QStringLiteral(".bashrc"),   QStringLiteral(".login"),
            QStringLiteral(".cshrc"),      QStringLiteral(".tcshrc"),   QStringLiteral(".zshrc"),
            QStringLiteral(".zprofile"),   QStringLiteral(".zshenv"),   QStringLiteral(".procmailrc"),
            QStringLiteral(".mailrc"),     QStringLiteral(".ssh"),      QStringLiteral(".pam_environment"),
            QStringLiteral(".xsession"),   QStringLiteral(".xprofile"), QStringLiteral(".config"),
            QStringLiteral(".gnupg"),      QStringLiteral(".k5login"),  QStringLiteral(".rhosts"),
            QStringLiteral(".shosts"),     QStringLiteral(".netrc"),    QStringLiteral(".muttrc"),
        };
        QString path = p.value.trimmed();
        while (path.startsWith(QLatin1Char('/'))) {
            path.remove(0, 1);
        }
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (parts.contains(QStringLiteral(".."))) {
            add(p.firstLine, Severity::Error, QStringLiteral("delivery-target"),
                QCoreApplication::translate("MainCfLinter",
                                            "home_mailbox %1 leaves the home directory: local(8) would write mail, "
                                            "as the recipient, wherever it points.")
                    .arg(p.value.trimmed()));
        } else if (!parts.isEmpty() && trusted.contains(parts.first())) {
            add(p.firstLine, Severity::Error, QStringLiteral("delivery-target"),
                QCoreApplication::translate(
                    "MainCfLinter",
                    "home_mailbox %1 makes local(8) write mail into a file that other programs run or trust: anyone "
                    "who can send mail here could make it run commands as the recipient. Use Mailbox or Maildir/.")
                    .arg(p.value.trimmed()),
                {},
                replaceFix(QCoreApplication::translate("MainCfLinter", "Deliver to Maildir/"), p,
                           QStringLiteral("home_mailbox = Maildir/")));
        }
    }
    // local(8) creates the spool files as root: only a directory made for that is safe.
    if (definitions.contains(QStringLiteral("mail_spool_directory"))) {
        const MainCf::Parameter &p = params.at(definitions.value(QStringLiteral("mail_spool_directory")).last());
        QString dir = p.value.trimmed();
        while (dir.size() > 1 && dir.endsWith(QLatin1Char('/'))) {
            dir.chop(1);
        }
        if (dir != QLatin1String("/var/mail") && dir != QLatin1String("/var/spool/mail")
            && !dir.contains(QLatin1Char('$'))) {
            add(p.firstLine, Severity::Warning, QStringLiteral("delivery-target"),
                QCoreApplication::translate(
                    "MainCfLinter",
                    "mail_spool_directory %1 is not a mail spool (/var/mail or /var/spool/mail): local(8) creates a "
                    "file there for every recipient, and Mailroom's reader and other mail programs look elsewhere.")
                    .arg(p.value.trimmed()));
        }
    }

    std::stable_sort(findings.begin(), findings.end(), [](const LintFinding &a, const LintFinding &b) {
        return a.line != b.line ? a.line < b.line : a.rule < b.rule;
    });
    return findings;
}

} // namespace Mailroom::Config
