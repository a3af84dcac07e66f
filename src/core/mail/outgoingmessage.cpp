// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/outgoingmessage.h"
#include "mail/headerencoding.h"

#include "mail/mimeheader.h"
#include "mail/mimepart.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Mailroom {

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

// Removes CR/LF so a header value can never start a new header.
QString oneLine(const QString &s)
{
    QString r = s;
    r.replace(QLatin1Char('\r'), QLatin1Char(' '));
    r.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return r.trimmed();
}

QString quoted(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty()) {
        lines.removeLast();
    }
    for (QString &l : lines) {
        if (l.endsWith(QLatin1Char('\r'))) {
            l.chop(1);
        }
        l = l.startsWith(QLatin1Char('>')) ? QLatin1Char('>') + l : QLatin1String("> ") + l;
    }
    return lines.join(QLatin1Char('\n'));
}

QString prefixed(const QString &subject, const QString &prefix)
{
    if (subject.startsWith(prefix, Qt::CaseInsensitive)) {
        return subject;
    }
    return prefix + QLatin1Char(' ') + subject;
}
} // namespace

QByteArray OutgoingMessage::encodeWords(const QString &text)
{
    return HeaderEncoding::encodeWords(text); // one encoder for the composer and the helper's test mail
}

QByteArray OutgoingMessage::encodeAddressList(const QString &list)
{
    QByteArrayList out;
    // Commas inside quoted display names are rare in hand-typed lists; split on the rest.
    static const QRegularExpression sep(QStringLiteral(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
    for (QString a : oneLine(list).split(sep, Qt::SkipEmptyParts)) {
        a = a.trimmed();
        if (a.isEmpty()) {
            continue;
        }
        const qsizetype lt = a.lastIndexOf(QLatin1Char('<'));
        if (lt > 0 && !isAscii(a.left(lt))) {
            QString name = a.left(lt).trimmed();
            if (name.size() >= 2 && name.startsWith(QLatin1Char('"')) && name.endsWith(QLatin1Char('"'))) {
                name = name.mid(1, name.size() - 2);
            }
            out.append(encodeWords(name) + ' ' + a.mid(lt).toUtf8());
        } else {
            out.append(a.toUtf8());
        }
    }
    return out.join(", ");
}

QByteArray OutgoingMessage::toRfc5322() const
{
    QByteArray m;
    m += "To: " + encodeAddressList(to) + '\n';
    if (!oneLine(cc).isEmpty()) {
        m += "Cc: " + encodeAddressList(cc) + '\n';
    }
    m += "Subject: " + encodeWords(oneLine(subject)) + '\n';
    if (!inReplyTo.isEmpty()) {
        m += "In-Reply-To: " + inReplyTo + '\n';
    }
    if (!references.isEmpty()) {
        m += "References: " + references + '\n';
    }
    m += "MIME-Version: 1.0\n";
    m += "Content-Type: text/plain; charset=UTF-8\n";
    m += "Content-Transfer-Encoding: 8bit\n";
    m += '\n';
    QString b = body;
    b.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QByteArray bytes = b.toUtf8();
    if (!bytes.endsWith('\n')) {
        bytes += '\n';
    }
    m += bytes;
    return m;
}

OutgoingMessage OutgoingMessage::reply(const MimePart &original, bool all, const QString &ownAddress)
{
    OutgoingMessage r;
    const QString replyTo = original.decodedHeader("Reply-To");
    const QString from = original.decodedHeader("From");
    r.to = replyTo.isEmpty() ? from : replyTo;
    if (all) {
        QStringList cc;
        const QString own = ownAddress.toLower();
        for (const QString &h : {original.decodedHeader("To"), original.decodedHeader("Cc")}) {
            static const QRegularExpression sep(QStringLiteral(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)"));
            for (const QString &a : h.split(sep, Qt::SkipEmptyParts)) {
                const QString addr = MimeHeader::addressOf(a).toLower();
                if (addr.isEmpty() || addr == own || addr == MimeHeader::addressOf(r.to).toLower()) {
                    continue;
                }
                cc.append(a.trimmed());
            }
        }
        r.cc = cc.join(QLatin1String(", "));
    }
    r.subject = prefixed(original.decodedHeader("Subject"), QStringLiteral("Re:"));
    const QByteArray id = MimeHeader::unfold(original.header("Message-ID")).trimmed();
    QByteArray refs = MimeHeader::unfold(original.header("References")).trimmed();
    if (refs.isEmpty()) {
        refs = MimeHeader::unfold(original.header("In-Reply-To")).trimmed();
    }
    if (!id.isEmpty()) {
        r.inReplyTo = id;
        r.references = refs.isEmpty() ? id : refs + ' ' + id;
    }
    const QString date = original.decodedHeader("Date");
    r.body = QLatin1Char('\n') + QCoreApplication::translate("OutgoingMessage", "On %1, %2 wrote:").arg(date, from)
        + QLatin1Char('\n') + quoted(original.plainText()) + QLatin1Char('\n');
    return r;
}

OutgoingMessage OutgoingMessage::forward(const MimePart &original)
{
    OutgoingMessage f;
    f.subject = prefixed(original.decodedHeader("Subject"), QStringLiteral("Fwd:"));
    QString b = QLatin1Char('\n')
        + QCoreApplication::translate("OutgoingMessage", "-------- Forwarded Message --------") + QLatin1Char('\n');
    const std::pair<const char *, const char *> fields[] = {
        {"Subject", QT_TRANSLATE_NOOP("OutgoingMessage", "Subject")},
        {"Date", QT_TRANSLATE_NOOP("OutgoingMessage", "Date")},
        {"From", QT_TRANSLATE_NOOP("OutgoingMessage", "From")},
        {"To", QT_TRANSLATE_NOOP("OutgoingMessage", "To")},
    };
    for (const auto &[header, label] : fields) {
        const QString v = original.decodedHeader(header);
        if (!v.isEmpty()) {
            b += QCoreApplication::translate("OutgoingMessage", label) + QLatin1String(": ") + v + QLatin1Char('\n');
        }
    }
    f.body = b + QLatin1Char('\n') + original.plainText();
    return f;
}

} // namespace Mailroom
