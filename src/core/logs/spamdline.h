// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArrayView>

namespace Mailroom {

// The lines spamd (SpamAssassin's daemon) writes about one message, as spamass-milter or spamc
// hands it over:
//   spamd: processing message <id@example.net> for bob:1001
//   spamd: identified spam (1002.6/5.0) for bob:1001 in 15.0 seconds, 567 bytes.
//   spamd: clean message (2.6/5.0) for bob:1001 in 15.1 seconds, 530 bytes.
//   spamd: result: Y 1002 - GTUBE,RDNS_NONE scantime=15.0,size=567,…,mid=<id@example.net>,…
// The "processing" and "result" lines carry the Message-ID; the verdict line only the process.
namespace SpamdLine {
enum class Kind : quint8
{
    None,
    Processing, // messageId
    Verdict, // spam, score, required, seconds
    Result, // spam, score (whole points), required, seconds, messageId, tests
};

struct Fields
{
    Kind kind = Kind::None;
    bool spam = false;
    float score = 0;
    float required = 0;
    float seconds = 0;
    QByteArrayView messageId; // inside <…>
    QByteArrayView tests;
};

// Whether the line is spamd's (program "spamd", any path prefix).
bool isSpamd(QByteArrayView program);
// Parses the message part of a spamd line (after "spamd[pid]: ").
bool parse(QByteArrayView message, Fields &out);
// What a parsed line does to its journey's Journey::Flag bits: a verdict sets SpamChecked and
// Spam as it says (a later verdict wins); a result line does so only when no verdict line was
// seen. True when the line is the message's verdict (JourneyBuilder records a SpamScan then).
bool applyVerdict(const Fields &f, quint16 &flags);
// Whether a milter or content filter reject text names SpamAssassin ("Blocked by SpamAssassin",
// spamass-milter's reply; amavis/spampd say "spam" in their replies too).
bool isSpamReject(QByteArrayView text);
} // namespace SpamdLine

} // namespace Mailroom
