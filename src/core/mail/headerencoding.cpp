// SPDX-License-Identifier: GPL-2.0-or-later
#include "headerencoding.h"

namespace Mailroom::HeaderEncoding {

namespace {
bool isAscii(const QString &s)
{
    for (QChar c : s) {
        if (c.unicode() > 0x7e || (c.unicode() < 0x20 && c != QLatin1Char('\t'))) {
            return false;
        }
    }
    return true;
}

QByteArray encodedWord(const QByteArray &utf8)
{
    return QByteArray("=?UTF-8?B?") + utf8.toBase64() + "?=";
}

// Where plain text would read as an encoded word ("=?"), so it has to be encoded too.
bool looksEncoded(const QString &text, qsizetype i)
{
    return text.at(i) == QLatin1Char('=') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('?');
}

} // namespace

QByteArray encodeWords(const QString &text)
{
    if (isAscii(text) && !text.contains(QLatin1String("=?"))) {
        return text.toLatin1();
    }
    // Leading plain words ("Re: ") stay readable; encoding starts at the first word that needs it.
    qsizetype plain = 0;
    for (qsizetype i = 0; i < text.size() && isAscii(QString(text.at(i))) && !looksEncoded(text, i); ++i) {
        if (text.at(i) == QLatin1Char(' ')) {
            plain = i + 1;
        }
    }
    if (plain > 0) {
        return text.left(plain).toLatin1() + encodeWords(text.mid(plain));
    }
    // 75 chars per word: "=?UTF-8?B?" + base64 + "?=" leaves 63 base64 chars = 45 bytes.
    // A character (or surrogate pair) is never split across two words.
    QByteArray out;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        QString ch(text.at(i));
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()) {
            ch += text.at(++i);
        }
        const QByteArray bytes = ch.toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            out += (out.isEmpty() ? "" : "\n ") + encodedWord(chunk);
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty()) {
        out += (out.isEmpty() ? "" : "\n ") + encodedWord(chunk);
    }
    return out;
}

} // namespace Mailroom::HeaderEncoding
