// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/textutil.h"

#include <QByteArrayView>

// Small field readers shared by the line pre-parser and the journey builder, inline because
// they run for most Postfix lines.

namespace Mailroom::LogFields {

constexpr bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The value after "key=" up to ", " or the end.
inline QByteArrayView fieldValue(QByteArrayView text, qsizetype start)
{
    const qsizetype end = Text::find(text, ", ", start);
    return text.sliced(start, (end < 0 ? text.size() : end) - start);
}

// The text inside "key=<…>", or a null view. found tells whether the key was there at all.
inline QByteArrayView bracketValue(QByteArrayView text, QByteArrayView key, bool *found = nullptr)
{
    const qsizetype at = Text::find(text, key);
    if (found) {
        *found = at >= 0;
    }
    if (at < 0) {
        return {};
    }
    const qsizetype start = at + key.size();
    const qsizetype end = text.indexOf('>', start);
    if (end < 0) {
        if (found) {
            *found = false;
        }
        return {};
    }
    return text.sliced(start, end - start);
}

// cleanup's "message-id=<id>" value (after "message-id="): the id inside the angle brackets, or
// the value as it is when it has none.
inline QByteArrayView messageIdValue(QByteArrayView value)
{
    if (value.startsWith('<')) {
        const qsizetype close = value.indexOf('>');
        value = value.sliced(1, (close < 0 ? value.size() : close) - 1);
    }
    return value;
}

inline quint64 parseNumber(QByteArrayView v, qsizetype *consumed = nullptr)
{
    quint64 value = 0;
    qsizetype i = 0;
    while (i < v.size() && isDigit(v[i])) {
        value = value * 10 + quint64(v[i++] - '0');
    }
    if (consumed) {
        *consumed = i;
    }
    return value;
}

} // namespace Mailroom::LogFields
