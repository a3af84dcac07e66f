// SPDX-License-Identifier: GPL-2.0-or-later
// pflogsumm-compatible totals (LogSummary) and the syslog line parser on any text: every line
// parsed in both timestamp styles, the totals, the problem details, the report and its JSON.
//
// Input: the log text, then one byte choosing the reference date's month (year inference).

#include "fuzztarget.h"

#include "logs/loglineparser.h"
#include "logs/logsummary.h"

#include <QJsonDocument>

using namespace Mailroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MailroomFuzz::Input in(data, size);
    const QDate reference(2024, 1 + in.byte() % 12, 28);
    const QByteArrayView text = in.rest();

    const LogLineParser parser(reference);
    for (qsizetype start = 0; start < text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.size();
        }
        ParsedLine line;
        if (parser.parse(text.sliced(start, end - start), line)) {
            LogLineParser::isPostfix(line);
        }
        start = end + 1;
    }

    LogSummary summary;
    summary.addText(text, reference);
    summary.pflogsummReport();
    QJsonDocument(summary.toJson(3)).toJson();
    for (const auto &[sender, traffic] : summary.sendingDomainTraffic().asKeyValueRange()) {
        LogSummary::clientDomain(sender);
        FUZZ_CHECK(traffic.count >= 0);
    }
    FUZZ_CHECK(summary.received() >= 0 && summary.delivered() >= 0 && summary.rejected() >= 0);
    return 0;
}
