// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"
#include "servicestate.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

// `mailroomctl status`: the same state the Dashboard shows.
namespace StatusCommand {
QByteArray formatText(const Mailroom::ServiceStateList &states);
QByteArray formatJson(const Mailroom::ServiceStateList &states);
// A paragraph when the certificate Postfix offers needs the admin (missing, expiring within 30
// days, expired, not yet valid), else "".
QString certificateWarning(const Mailroom::TlsCertificateState &tls, const QDateTime &now);
int run(bool json);
} // namespace StatusCommand
