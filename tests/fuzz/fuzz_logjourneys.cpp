// SPDX-License-Identifier: GPL-2.0-or-later
// The mail log engine on any bytes: syslog lines split and parsed, Postfix lines grouped into
// journeys, the pflogsumm totals, the diagnosis of each journey and the JSON report. The same
// text is read three ways — at once (summary on its own thread), in blocks of a size the input
// chooses (JourneyBuilder::process), and appended to a LogFollower in pieces cut anywhere —
// and the three reports must be identical, as they are for real logs (test_logfollower).
//
// Input: the log text, then (at its end, read backwards) one byte for the block size, one for
// the follower's piece size and one for where the follower's first part ends.

#include "fuzztarget.h"

#include "logs/diagnosis.h"
#include "logs/journeybuilder.h"
#include "logs/journeyjson.h"
#include "logs/logfollower.h"
#include "logs/logsourceset.h"
#include "logs/logsummary.h"

#include <QJsonDocument>

using namespace Mailroom;

namespace {

const QDate Reference(2024, 3, 26);

QByteArray report(const LogIndex &index, const LogSummary &summary)
{
    return QJsonDocument(JourneyJson::report(index, &summary)).toJson(QJsonDocument::Compact) + '\n'
        + summary.pflogsummReport();
}

QByteArray readAtOnce(const QByteArray &text)
{
    auto sources = std::make_shared<LogSourceSet>();
    sources->addBuffer(QStringLiteral("maillog"), text);
    LogSummary summary;
    JourneyBuilder builder(sources);
    builder.setReferenceDate(Reference);
    builder.setSummary(&summary, true);
    builder.processAll();
    const std::shared_ptr<LogIndex> index = builder.finish();
    for (quint32 head : index->chainHeads()) {
        Diagnosis::diagnoseJourney(*index, head);
    }
    return report(*index, summary);
}

QByteArray readInBlocks(const QByteArray &text, qint64 block)
{
    auto sources = std::make_shared<LogSourceSet>();
    sources->addBuffer(QStringLiteral("maillog"), text);
    LogSummary summary;
    JourneyBuilder builder(sources);
    builder.setReferenceDate(Reference);
    builder.setSummary(&summary);
    builder.setParseThread(false);
    for (qint64 at = 0; at < text.size();) {
        const qint64 next = builder.process(0, at, block);
        FUZZ_CHECK(next > at && next <= text.size());
        at = next;
    }
    const std::shared_ptr<LogIndex> index = builder.finish();
    return report(*index, summary);
}

QByteArray follow(const QByteArray &text, qsizetype firstPart, qsizetype piece)
{
    auto sources = std::make_shared<LogSourceSet>();
    sources->addBuffer(QStringLiteral("maillog"), text.first(firstPart));
    auto summary = std::make_shared<LogSummary>();
    auto builder = std::make_unique<JourneyBuilder>(sources);
    builder->setReferenceDate(Reference);
    builder->setSummary(summary.get(), true);
    builder->processAll();
    LogFollower follower(sources, std::move(builder), summary);
    for (qsizetype at = firstPart; at < text.size(); at += piece) {
        follower.append(QByteArrayView(text).sliced(at, std::min(piece, text.size() - at)));
    }
    return report(*follower.index(), *summary);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MailroomFuzz::Input in(data, size);
    const qint64 block = 1 + in.byte() * 4;
    const qsizetype piece = 1 + in.byte();
    const quint8 cut = in.byte();
    QByteArray text = in.rest().toByteArray();
    if (!text.isEmpty() && !text.endsWith('\n')) {
        text += '\n'; // a follower keeps a last line without its newline waiting
    }
    // The follower's first part ends after a whole line, as a log writer leaves it.
    const qsizetype firstPart = text.indexOf('\n', text.size() * cut / 256) + 1;

    const QByteArray whole = readAtOnce(text);
    FUZZ_CHECK(readInBlocks(text, block) == whole);
    FUZZ_CHECK(follow(text, firstPart, piece) == whole);
    return 0;
}
