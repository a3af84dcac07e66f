// SPDX-License-Identifier: GPL-2.0-or-later
// pflogsumm-compatible totals (LogSummary) and the syslog line parser on any text: every line
// parsed in both timestamp styles, the totals, the problem details, the report and its JSON. The
// text is also counted in three ranges (cut after lines chosen by a hash of the text) merged as
// LogSummary::addTexts() merges its threads' ranges, and by addTexts() itself on three threads over
// the text cut into two files: report and JSON must be identical.
//
// Input: the log text, then one byte choosing the reference date's month (year inference).

#include "fuzztarget.h"

#include "logs/loglineparser.h"
#include "logs/logsummary.h"

#include <QJsonDocument>

#include <algorithm>

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

    const size_t h = qHash(text);
    auto cutAt = [&](size_t bits, qsizetype from) {
        const qsizetype at = std::max(from, qsizetype(text.size() * qsizetype(bits & 0xff) / 256));
        const qsizetype nl = text.indexOf('\n', at);
        return nl < 0 ? text.size() : nl + 1;
    };
    const qsizetype first = cutAt(h, 0);
    const qsizetype second = cutAt(h >> 8, first);
    LogSummary a, b, c;
    b.beginContinuation();
    c.beginContinuation();
    a.addText(text.first(first), reference);
    b.addText(text.sliced(first, second - first), reference);
    c.addText(text.sliced(second), reference);
    a.merge(b);
    a.merge(c);
    const QByteArray merged = a.pflogsummReport();
    const QByteArray onePass = summary.pflogsummReport();
    if (merged != onePass) {
        // What a person reproducing this needs: where the ranges were cut and both reports.
        std::fprintf(stderr, "ranges: [0, %lld) [%lld, %lld) [%lld, %lld)\n--- one pass\n%s\n--- merged\n%s\n",
                     qlonglong(first), qlonglong(first), qlonglong(second), qlonglong(second), qlonglong(text.size()),
                     onePass.constData(), merged.constData());
    }
    FUZZ_CHECK(merged == onePass);
    FUZZ_CHECK(QJsonDocument(a.toJson(-1)).toJson() == QJsonDocument(summary.toJson(-1)).toJson());

    // addTexts() on three threads over the text as two files (a log and its rotation), the newer
    // one first in memory, as mapped files may lie: its ranges may span both.
    const qsizetype split = cutAt(h >> 16, 0);
    const QByteArray memory = text.sliced(split).toByteArray() + text.first(split).toByteArray();
    const QByteArrayView newer = QByteArrayView(memory).first(text.size() - split);
    const QByteArrayView older = QByteArrayView(memory).sliced(text.size() - split);
    LogSummary twoFiles, threads;
    twoFiles.addText(older, reference);
    twoFiles.addText(newer, reference);
    threads.addTexts({{older, reference}, {newer, reference}}, 3, nullptr, 1);
    FUZZ_CHECK(threads.pflogsummReport() == twoFiles.pflogsummReport());
    FUZZ_CHECK(QJsonDocument(threads.toJson(-1)).toJson() == QJsonDocument(twoFiles.toJson(-1)).toJson());
    return 0;
}
