// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/spamstatus.h"

#include <QString>

#include <cmath>

namespace Mailroom {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// The value of "name=" in a SpamAssassin status (items separated by whitespace, folded or not),
// or a null view.
QByteArrayView item(QByteArrayView status, QByteArrayView name)
{
    qsizetype i = 0;
    const qsizetype n = status.size();
    while (i < n) {
        while (i < n && (isSpace(status[i]) || status[i] == ',')) {
            ++i;
        }
        const qsizetype start = i;
        while (i < n && !isSpace(status[i])) {
            ++i;
        }
        QByteArrayView word = status.sliced(start, i - start);
        // "Yes,score=7.5" (no space after the verdict): the item starts after the comma.
        const qsizetype eq = word.indexOf('=');
        const qsizetype comma = eq < 0 ? -1 : word.first(eq).lastIndexOf(',');
        if (comma >= 0) {
            word = word.sliced(comma + 1);
        }
        if (word.size() > name.size() && word[name.size()] == '='
            && word.first(name.size()).compare(name, Qt::CaseInsensitive) == 0) {
            QByteArrayView value = word.sliced(name.size() + 1);
            // "tests=" may be folded: "tests=A,B,\n\tC" continues after the whitespace.
            while (value.endsWith(',') && i < n) {
                while (i < n && isSpace(status[i])) {
                    ++i;
                }
                const qsizetype more = i;
                while (i < n && !isSpace(status[i])) {
                    ++i;
                }
                if (i == more || status.sliced(more, i - more).contains('=')) {
                    break;
                }
                value = QByteArrayView(value.data(), status.data() + i - value.data());
            }
            return value;
        }
    }
    return {};
}

bool parseNumber(QByteArrayView text, double *out)
{
    bool ok = false;
    const double v = QByteArray(text.data(), text.size()).toDouble(&ok); // "C" locale, always
    if (!ok || !std::isfinite(v)) {
        return false;
    }
    *out = v;
    return true;
}
} // namespace

bool SpamStatus::isYes(QByteArrayView value)
{
    value = value.trimmed();
    return value.size() >= 3 && value.first(3).compare("yes", Qt::CaseInsensitive) == 0
        && (value.size() == 3 || value[3] == ',' || isSpace(value[3]));
}

bool SpamStatus::scoreTenths(QByteArrayView statusValue, qint16 *tenths)
{
    double v = 0;
    if (!parseNumber(item(statusValue, "score"), &v) && !parseNumber(item(statusValue, "hits"), &v)) {
        return false;
    }
    const double t = std::round(v * 10.0);
    *tenths = qint16(t > 32767.0 ? 32767.0 : t < -32767.0 ? -32767.0 : t);
    return true;
}

SpamStatus SpamStatus::parse(QByteArrayView flagValue, QByteArrayView statusValue)
{
    SpamStatus r;
    r.present = !flagValue.isNull() || !statusValue.isNull();
    r.spam = isYes(flagValue) || isYes(statusValue);
    if (statusValue.isNull()) {
        return r;
    }
    r.hasScore = parseNumber(item(statusValue, "score"), &r.score);
    // SpamAssassin 2.x wrote "hits=" instead of "score=".
    if (!r.hasScore) {
        r.hasScore = parseNumber(item(statusValue, "hits"), &r.score);
    }
    r.hasRequired = parseNumber(item(statusValue, "required"), &r.required);
    const QByteArrayView tests = item(statusValue, "tests");
    for (QByteArrayView t : QByteArray(tests.data(), tests.size()).split(',')) {
        t = t.trimmed();
        if (!t.isEmpty() && t != "none") {
            r.tests.append(QString::fromLatin1(t));
        }
    }
    return r;
}

} // namespace Mailroom
