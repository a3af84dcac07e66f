// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>

namespace Mailroom {

class LogIndex;
class LogSummary;

// Journeys and totals as JSON: `mailroomctl log journeys --json` and the golden test files.
class JourneyJson
{
public:
    static QJsonObject journey(const LogIndex &index, quint32 head);
    // Every journey, the line counts by kind and (when given) the summary totals.
    static QJsonObject report(const LogIndex &index, const LogSummary *summary);
    static QString statusKey(int journeyStatus);
};

} // namespace Mailroom
