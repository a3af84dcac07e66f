// SPDX-License-Identifier: GPL-2.0-or-later
#include "configfiletext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Mailroom::ConfigFileText {

QString problem(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes) {
        return QCoreApplication::translate("PostfixValidation",
                                           "The file is %1 bytes long; Mailroom accepts at most %2 bytes.")
            .arg(bytes.size())
            .arg(MaxBytes);
    }
    const qsizetype nul = bytes.indexOf('\0');
    if (nul >= 0) {
        return QCoreApplication::translate("PostfixValidation",
                                           "Line %1 contains a NUL byte; a configuration file must be text.")
            .arg(bytes.left(nul).count('\n') + 1);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    qsizetype lineNumber = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        const QByteArrayView line(bytes.constData() + start, end - start);
        if (line.size() > MaxLineLength) {
            return QCoreApplication::translate(
                       "PostfixValidation",
                       "Line %1 is %2 bytes long; lines may be at most %3 bytes (Postfix's line_length_limit).")
                .arg(lineNumber)
                .arg(line.size())
                .arg(MaxLineLength);
        }
        // decode() is lazy: only the conversion to QString decodes (and sets hasError()).
        [[maybe_unused]] const QString decoded = decoder.decode(line);
        if (decoder.hasError()) {
            return QCoreApplication::translate("PostfixValidation", "Line %1 is not valid UTF-8 text.").arg(lineNumber);
        }
        start = end + 1;
        ++lineNumber;
    }
    return {};
}

QString problem(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool pairedHigh = c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        if (pairedHigh) {
            ++i;
            continue;
        }
        if (c.isSurrogate()) {
            return QCoreApplication::translate("PostfixValidation", "Line %1 is not valid UTF-8 text.")
                .arg(text.left(i).count(QLatin1Char('\n')) + 1);
        }
    }
    return problem(text.toUtf8());
}

QString revision(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool isRevision(const QString &text)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{64}")));
    return re.match(text).hasMatch();
}

} // namespace Mailroom::ConfigFileText
