// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Mailroom {

// Which conventions a distribution follows for Postfix-related paths.
enum class DistroFamily
{
    DebianLike, // Debian, Ubuntu, Mint, Raspbian ...: /etc/ssl/certs/ca-certificates.crt
    RhelLike, // RHEL, Fedora, CentOS, Rocky, Alma ...: /etc/pki/tls/certs/ca-bundle.crt
    Other,
};

// The parts of /etc/os-release (os-release(5)) Mailroom needs, parsed from its text.
class OsRelease
{
public:
    // Shell-like assignments: NAME=value, "double quoted" (with \" \\ \$ \` escapes)
    // or 'single quoted'; comments and malformed lines are skipped.
    static OsRelease parse(const QString &text);

    QString id; // lower-case, e.g. "debian"
    QStringList idLike; // e.g. {"rhel", "centos", "fedora"}
    QString prettyName;

    // The first of ID, then ID_LIKE in order, that names a known family decides.
    DistroFamily family() const;
    // The CA bundle for smtp_tls_CAfile; empty for DistroFamily::Other.
    static QString caBundlePath(DistroFamily family);
};

} // namespace Mailroom
