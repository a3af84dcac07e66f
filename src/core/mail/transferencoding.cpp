// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/transferencoding.h"

namespace Mailroom::TransferEncoding {

namespace {
int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

int base64Value(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '+' || c == '-') {
        return 62;
    }
    if (c == '/' || c == '_') {
        return 63;
    }
    return -1;
}
} // namespace

QByteArray decodeQuotedPrintable(QByteArrayView data, bool headerQ)
{
    QByteArray out;
    out.reserve(data.size());
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = data[i];
        if (c == '_' && headerQ) {
            out.append(' ');
        } else if (c == '=') {
            if (i + 2 < n && hexValue(data[i + 1]) >= 0 && hexValue(data[i + 2]) >= 0) {
                out.append(char(hexValue(data[i + 1]) * 16 + hexValue(data[i + 2])));
                i += 2;
                continue;
            }
            // Soft line break: "=" followed by optional transport padding and a line end.
            qsizetype j = i + 1;
            while (j < n && (data[j] == ' ' || data[j] == '\t')) {
                ++j;
            }
            if (j < n && data[j] == '\r') {
                ++j;
            }
            if (j < n && data[j] == '\n') {
                i = j;
                continue;
            }
            if (j == n && !headerQ) {
                break; // "=" at the very end: a soft break without newline
            }
            out.append('=');
        } else if ((c == ' ' || c == '\t') && !headerQ) {
            // Trailing whitespace before a hard line break was added in transit (RFC 2045 6.7 (3)).
            qsizetype j = i;
            while (j < n && (data[j] == ' ' || data[j] == '\t')) {
                ++j;
            }
            if (j < n && (data[j] == '\n' || data[j] == '\r')) {
                i = j - 1;
                continue;
            }
            out.append(data.sliced(i, j - i));
            i = j - 1;
        } else {
            out.append(c);
        }
    }
    return out;
}

QByteArray decodeBase64(QByteArrayView data)
{
    QByteArray out;
    out.reserve(data.size() * 3 / 4 + 3);
    unsigned int acc = 0;
    int bits = 0;
    for (char c : data) {
        if (c == '=') {
            break; // padding ends the data; anything after it is garbage
        }
        const int v = base64Value(c);
        if (v < 0) {
            continue;
        }
        acc = (acc << 6) | unsigned(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xff));
        }
    }
    return out;
}

QByteArray decode(QByteArrayView data, QByteArrayView encoding)
{
    const QByteArray e = encoding.trimmed().toByteArray().toLower();
    if (e == "base64") {
        return decodeBase64(data);
    }
    if (e == "quoted-printable") {
        return decodeQuotedPrintable(data);
    }
    return data.toByteArray();
}

} // namespace Mailroom::TransferEncoding
