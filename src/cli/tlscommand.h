// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// mailroomctl tls: the certificate as text and JSON (at `now`, so tests pick the date).
namespace TlsCommand {
QString formatText(const Mailroom::TlsCertificateState &state, const QDateTime &now);
QJsonObject toJson(const Mailroom::TlsCertificateState &state, const QDateTime &now);
} // namespace TlsCommand
