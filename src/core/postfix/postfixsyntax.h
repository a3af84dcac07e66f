// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Mailroom {

// Syntax checks shared by the main.cf validators and the relay helpers, modelled on
// Postfix's own parsers (valid_hostname.c, cidr_match.c, host_port.c, mac_parse.c).
// Each "...Problem" function returns an empty string when the text is fine, else a
// translated sentence (context "PostfixValidation") saying what is wrong.
namespace PostfixSyntax {

// Splits a Postfix list on commas and whitespace (CHARS_COMMA_SP), dropping empty items.
QStringList splitList(const QString &value);

// Addresses exactly as inet_pton(3) accepts them: dotted quad without leading
// zeros; IPv6 without brackets or %scope.
bool isIpv4Address(const QString &text);
bool isIpv6Address(const QString &text);

// DNS host name in letter-digit-hyphen form: labels of 1-63 characters, no leading
// or trailing hyphen, at most 253 characters, the last label not all digits.
// requireDot: also demand a fully qualified name (at least two labels).
QString hostnameProblem(const QString &name, bool requireDot);

// One mynetworks element: an IPv4 address or network (a.b.c.d or a.b.c.d/len) or an
// IPv6 one in brackets ([addr] [addr]/len [addr/len]). Host bits must be zero:
// Postfix's cidr_match_parse() rejects "192.168.1.1/24" and match_hostaddr() then
// stops smtpd with a fatal error, so such a value is refused (with the fix).
QString networkProblem(const QString &pattern);

// A relayhost destination: host, host:port, [host], [host]:port, [address],
// [address]:port, [ipv6:address]:port. Numeric ports only.
QString relayhostProblem(const QString &value);

// Replaces each $name, ${name} or $(name) in text by a placeholder label "x" so the
// result can be syntax-checked. Fails with a problem for names not in allowed (or not
// Postfix parameters at all), for ${name?...}/${name:...} forms and for a stray "$".
std::optional<QString> substituteReferences(const QString &text, const QStringList &allowed, QString *problem);

// Names of Postfix parameters that values may reasonably refer to.
bool isKnownParameter(const QString &name);

} // namespace PostfixSyntax

} // namespace Mailroom
