// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/osrelease.h"

#include <optional>

namespace Mailroom {

namespace {

// One os-release value: unquoted, "double quoted" or 'single quoted'.
std::optional<QString> unquote(const QString &raw)
{
    if (raw.isEmpty()) {
        return QString();
    }
    const QChar q = raw.at(0);
    if (q != u'"' && q != u'\'') {
        if (raw.contains(u' ') || raw.contains(u'"') || raw.contains(u'\'')) {
            return std::nullopt; // unquoted values may not contain spaces or quotes
        }
        return raw;
    }
    QString out;
    for (qsizetype i = 1; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == q) {
            return i == raw.size() - 1 ? std::optional<QString>(out) : std::nullopt;
        }
        if (q == u'"' && c == u'\\' && i + 1 < raw.size()) {
            const QChar n = raw.at(i + 1);
            if (n == u'"' || n == u'\\' || n == u'$' || n == u'`') {
                out.append(n);
                ++i;
                continue;
            }
        }
        out.append(c);
    }
    return std::nullopt; // no closing quote
}

} // namespace

OsRelease OsRelease::parse(const QString &text)
{
    OsRelease r;
    for (const QString &rawLine : text.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) {
            continue;
        }
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            continue;
        }
        const QString key = line.left(eq);
        const std::optional<QString> value = unquote(line.mid(eq + 1));
        if (!value) {
            continue;
        }
        if (key == QLatin1String("ID")) {
            r.id = value->toLower();
        } else if (key == QLatin1String("ID_LIKE")) {
            r.idLike = value->toLower().split(u' ', Qt::SkipEmptyParts);
        } else if (key == QLatin1String("PRETTY_NAME")) {
            r.prettyName = *value;
        }
    }
    return r;
}

DistroFamily OsRelease::family() const
{
    QStringList names {id};
    names += idLike;
    for (const QString &name : std::as_const(names)) {
        if (name == QLatin1String("debian") || name == QLatin1String("ubuntu")) {
            return DistroFamily::DebianLike;
        }
        if (name == QLatin1String("rhel") || name == QLatin1String("fedora") || name == QLatin1String("centos")) {
            return DistroFamily::RhelLike;
        }
    }
    return DistroFamily::Other;
}

QString OsRelease::caBundlePath(DistroFamily family)
{
    switch (family) {
    case DistroFamily::DebianLike:
        return QStringLiteral("/etc/ssl/certs/ca-certificates.crt");
    case DistroFamily::RhelLike:
        return QStringLiteral("/etc/pki/tls/certs/ca-bundle.crt");
    case DistroFamily::Other:
        break;
    }
    return {};
}

} // namespace Mailroom
