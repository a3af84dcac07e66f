// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "clients/clientsettings.h"

#include <QJsonObject>
#include <QString>

// mailroomctl clients: what users type into their mail programs, for the admin (text and JSON).
namespace ClientsCommand {
QString formatText(const Mailroom::ClientSettings &settings);
QJsonObject toJson(const Mailroom::ClientSettings &settings);
} // namespace ClientsCommand
