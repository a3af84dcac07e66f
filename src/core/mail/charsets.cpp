// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/charsets.h"

#include <QStringDecoder>

namespace Mailroom::Charsets {

namespace {
bool isAscii(QByteArrayView data)
{
    for (char c : data) {
        if (uchar(c) >= 0x80) {
            return false;
        }
    }
    return true;
}

bool isAsciiCompatible(QByteArrayView name)
{
    // Stateful 7-bit encodings must go through their decoder even when the bytes are ASCII.
    return !name.startsWith("ISO-2022") && !name.startsWith("UTF-7") && !name.startsWith("UTF-16")
        && !name.startsWith("UTF-32") && !name.startsWith("HZ");
}
} // namespace

QByteArray canonicalName(QByteArrayView label)
{
    QByteArray l = label.trimmed().toByteArray().toLower();
    // RFC 2231 language suffix inside RFC 2047 words ("utf-8*en") is not part of the name.
    if (const qsizetype star = l.indexOf('*'); star >= 0) {
        l.truncate(star);
    }
    if (l.startsWith('"') && l.endsWith('"') && l.size() >= 2) {
        l = l.mid(1, l.size() - 2);
    }
    if (l.isEmpty()) {
        return {};
    }
    struct Alias
    {
        const char *label;
        const char *name;
    };
    static constexpr Alias aliases[] = {
        {"utf8", "UTF-8"},
        {"utf-8", "UTF-8"},
        {"unicode-1-1-utf-8", "UTF-8"},
        {"us-ascii", "windows-1252"},
        {"ascii", "windows-1252"},
        {"ansi_x3.4-1968", "windows-1252"},
        {"iso-8859-1", "windows-1252"},
        {"iso8859-1", "windows-1252"},
        {"latin1", "windows-1252"},
        {"l1", "windows-1252"},
        {"gb2312", "GB18030"},
        {"gb_2312-80", "GB18030"},
        {"euc-cn", "GB18030"},
        {"x-euc-cn", "GB18030"},
        {"csgb2312", "GB18030"},
        {"gbk", "GB18030"},
        {"x-gbk", "GB18030"},
        {"cp936", "GB18030"},
        {"ms936", "GB18030"},
        {"windows-936", "GB18030"},
        {"gb18030", "GB18030"},
        {"big5", "Big5"},
        {"x-big5", "Big5"},
        {"cn-big5", "Big5"},
        {"big5-hkscs", "Big5-HKSCS"},
        {"iso-2022-jp", "ISO-2022-JP"},
        {"csiso2022jp", "ISO-2022-JP"},
        {"shift_jis", "Shift_JIS"},
        {"shift-jis", "Shift_JIS"},
        {"sjis", "Shift_JIS"},
        {"x-sjis", "Shift_JIS"},
        {"euc-jp", "EUC-JP"},
        {"ks_c_5601-1987", "windows-949"},
        {"ks_c_5601", "windows-949"},
        {"euc-kr", "windows-949"},
        {"cp949", "windows-949"},
        {"koi8-r", "KOI8-R"},
        {"koi8-u", "KOI8-U"},
        {"iso-8859-8-i", "ISO-8859-8"},
        {"tis-620", "windows-874"},
        {"utf-16", "UTF-16"},
        {"utf-7", "UTF-7"},
    };
    for (const Alias &a : aliases) {
        if (l == a.label) {
            return QByteArray(a.name);
        }
    }
    if (l.startsWith("cp125") && l.size() == 6) {
        return "windows-" + l.mid(2);
    }
    if (l.startsWith("x-") && l.size() > 2) {
        l = l.mid(2);
    }
    return l;
}

bool isSupported(QByteArrayView label)
{
    const QByteArray name = canonicalName(label);
    if (name.isEmpty()) {
        return false;
    }
    QStringDecoder decoder {QLatin1StringView(name)};
    return decoder.isValid();
}

bool isValidUtf8(QByteArrayView data)
{
    if (isAscii(data)) {
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString s = decoder.decode(data);
    return !decoder.hasError();
}

QString decode(QByteArrayView data, QByteArrayView label, bool *exact)
{
    if (exact) {
        *exact = true;
    }
    const QByteArray name = canonicalName(label);
    if (data.isEmpty()) {
        return {};
    }
    if (!name.isEmpty() && isAsciiCompatible(name) && isAscii(data)) {
        return QString::fromLatin1(data);
    }
    if (name == "UTF-8") {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString s = utf8.decode(data);
        if (!utf8.hasError()) {
            return s;
        }
    } else if (!name.isEmpty()) {
        QStringDecoder decoder(QLatin1StringView(name), QStringDecoder::Flag::Stateless);
        if (decoder.isValid()) {
            QString s = decoder.decode(data);
            if (!decoder.hasError()) {
                return s;
            }
            // Keep what the labelled charset made of it when the bytes are not UTF-8 either:
            // one wrong character beats a whole mojibake line.
            if (!isValidUtf8(data)) {
                if (exact) {
                    *exact = false;
                }
                return s;
            }
        }
    }
    if (exact) {
        *exact = false;
    }
    return decodeRaw(data);
}

QString decodeRaw(QByteArrayView data, QByteArrayView fallbackLabel)
{
    if (isAscii(data)) {
        return QString::fromLatin1(data);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString s = utf8.decode(data);
    if (!utf8.hasError()) {
        return s;
    }
    if (!fallbackLabel.isEmpty()) {
        const QByteArray name = canonicalName(fallbackLabel);
        QStringDecoder decoder(QLatin1StringView(name), QStringDecoder::Flag::Stateless);
        if (decoder.isValid() && name != "UTF-8") {
            s = decoder.decode(data);
            if (!decoder.hasError()) {
                return s;
            }
        }
    }
    QStringDecoder cp1252(QLatin1StringView("windows-1252"), QStringDecoder::Flag::Stateless);
    if (cp1252.isValid()) {
        return cp1252.decode(data);
    }
    return QString::fromLatin1(data);
}

} // namespace Mailroom::Charsets
