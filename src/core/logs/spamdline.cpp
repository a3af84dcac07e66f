// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/spamdline.h"

#include "logs/journey.h"
#include "logs/textutil.h"

#include <QByteArray>

namespace Mailroom::SpamdLine {

namespace {
bool toFloat(QByteArrayView text, float *out)
{
    bool ok = false;
    const float v = QByteArray(text.data(), text.size()).toFloat(&ok);
    if (ok) {
        *out = v;
    }
    return ok;
}

// "<id>" at the start of text → id.
QByteArrayView angle(QByteArrayView text)
{
    if (!text.startsWith('<')) {
        return {};
    }
    const qsizetype close = text.indexOf('>');
    return close > 1 ? text.sliced(1, close - 1) : QByteArrayView();
}

// "(1002.6/5.0) for bob:1001 in 15.0 seconds, 567 bytes."
bool parseVerdict(QByteArrayView rest, Fields &out)
{
    if (!rest.startsWith('(')) {
        return false;
    }
    const qsizetype slash = rest.indexOf('/');
    const qsizetype close = rest.indexOf(')');
    if (slash < 0 || close < slash || !toFloat(rest.sliced(1, slash - 1), &out.score)
        || !toFloat(rest.sliced(slash + 1, close - slash - 1), &out.required)) {
        return false;
    }
    const qsizetype in = rest.indexOf(" in ", close);
    if (in >= 0) {
        const QByteArrayView after = rest.sliced(in + 4);
        const qsizetype sp = after.indexOf(' ');
        toFloat(sp > 0 ? after.first(sp) : after, &out.seconds);
    }
    out.kind = Kind::Verdict;
    return true;
}

// The value of "name=" in a comma-separated list, up to the next comma.
QByteArrayView listValue(QByteArrayView list, QByteArrayView name)
{
    qsizetype at = 0;
    while (at < list.size()) {
        qsizetype end = list.indexOf(',', at);
        if (end < 0) {
            end = list.size();
        }
        const QByteArrayView item = list.sliced(at, end - at);
        if (item.size() > name.size() && item.startsWith(name) && item[name.size()] == '=') {
            return item.sliced(name.size() + 1);
        }
        at = end + 1;
    }
    return {};
}

// "Y 1002 - GTUBE,RDNS_NONE scantime=15.0,size=567,…,mid=<…>,autolearn=no autolearn_force=no"
bool parseResult(QByteArrayView rest, Fields &out)
{
    rest = rest.trimmed();
    if (rest.isEmpty() || (rest[0] != 'Y' && rest[0] != '.')) {
        return false;
    }
    out.spam = rest[0] == 'Y';
    rest = rest.sliced(1).trimmed();
    qsizetype sp = rest.indexOf(' ');
    if (sp < 0 || !toFloat(rest.first(sp), &out.score)) {
        return false;
    }
    rest = rest.sliced(sp + 1).trimmed();
    if (!rest.startsWith("- ")) {
        return false;
    }
    rest = rest.sliced(2);
    sp = rest.indexOf(' ');
    if (sp < 0) {
        return false;
    }
    out.tests = rest.first(sp);
    const QByteArrayView list = rest.sliced(sp + 1);
    toFloat(listValue(list, "scantime"), &out.seconds);
    toFloat(listValue(list, "required_score"), &out.required);
    out.messageId = angle(listValue(list, "mid"));
    out.kind = Kind::Result;
    return true;
}
} // namespace

bool isSpamd(QByteArrayView program)
{
    return program == "spamd" || program.endsWith("/spamd");
}

bool parse(QByteArrayView message, Fields &out)
{
    out = Fields();
    if (!message.startsWith("spamd: ")) {
        return false;
    }
    const QByteArrayView m = message.sliced(7);
    if (m.startsWith("processing message ")) {
        out.messageId = angle(m.sliced(19));
        if (out.messageId.isEmpty()) {
            return false;
        }
        out.kind = Kind::Processing;
        return true;
    }
    if (m.startsWith("identified spam ")) {
        out.spam = true;
        return parseVerdict(m.sliced(16), out);
    }
    if (m.startsWith("clean message ")) {
        return parseVerdict(m.sliced(14), out);
    }
    if (m.startsWith("result: ")) {
        return parseResult(m.sliced(8), out);
    }
    return false;
}

bool applyVerdict(const Fields &f, quint16 &flags)
{
    switch (f.kind) {
    case Kind::Verdict:
        flags |= Journey::SpamChecked;
        flags = f.spam ? (flags | Journey::Spam) : (flags & ~Journey::Spam);
        return true;
    case Kind::Result:
        if (flags & Journey::SpamChecked) {
            return false;
        }
        // Only the summary line was logged (or the verdict line was lost): whole points.
        flags |= Journey::SpamChecked | (f.spam ? Journey::Spam : 0);
        return true;
    case Kind::Processing:
    case Kind::None:
        break;
    }
    return false;
}

bool isSpamReject(QByteArrayView text)
{
    return Text::find<"SpamAssassin">(text) >= 0;
}

} // namespace Mailroom::SpamdLine
