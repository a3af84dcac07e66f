// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/mimepart.h"

#include "mail/charsets.h"
#include "mail/headerindex.h"
#include "mail/htmlsanitizer.h"
#include "mail/transferencoding.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace Mailroom {

namespace {
constexpr int maxDepth = 40; // nested multiparts deeper than this are shown as text

// Offset of the body in data: after the first empty line (LF or CRLF); size() when there is none.
qsizetype bodyStart(QByteArrayView data, qsizetype *headerEnd)
{
    qsizetype p = 0;
    const qsizetype n = data.size();
    while (p < n) {
        const char *nl = static_cast<const char *>(std::memchr(data.data() + p, '\n', size_t(n - p)));
        const qsizetype lineEnd = nl ? nl - data.data() : n;
        const qsizetype len = lineEnd - p;
        if (len == 0 || (len == 1 && data[p] == '\r')) {
            *headerEnd = p;
            return std::min(lineEnd + 1, n);
        }
        p = lineEnd + 1;
    }
    *headerEnd = n;
    return n;
}

// Is the line at data[p, lineEnd) a delimiter "--boundary" or "--boundary--"? 1 / 2, else 0.
int delimiterKind(QByteArrayView line, QByteArrayView boundary)
{
    while (!line.isEmpty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
        line.chop(1);
    }
    if (line.size() < boundary.size() + 2 || !line.startsWith("--") || line.sliced(2, boundary.size()) != boundary) {
        return 0;
    }
    const QByteArrayView rest = line.sliced(2 + boundary.size());
    if (rest.isEmpty()) {
        return 1;
    }
    if (rest == "--") {
        return 2;
    }
    return 0;
}
} // namespace

MimePart MimePart::parse(const QByteArray &message)
{
    return parsePart(message, 0, message.size(), 0, "text/plain");
}

MimePart MimePart::parsePart(const QByteArray &source, qsizetype begin, qsizetype end, int depth,
                             QByteArrayView defaultType)
{
    MimePart part;
    part.m_source = source; // shared, not copied
    qsizetype headerEnd = 0;
    const qsizetype body = bodyStart(QByteArrayView(source).sliced(begin, end - begin), &headerEnd);
    part.m_headersBegin = begin;
    part.m_headersEnd = begin + headerEnd;
    part.m_bodyBegin = begin + body;
    part.m_bodyEnd = end;

    const QByteArrayView ct = HeaderIndex::headerValue(part.headers(), "Content-Type");
    part.m_type = MimeHeader::parseParameters(ct);
    if (part.m_type.value.isEmpty() || !part.m_type.value.contains('/')) {
        part.m_type.value = defaultType.toByteArray();
    }
    part.m_disposition = MimeHeader::parseParameters(HeaderIndex::headerValue(part.headers(), "Content-Disposition"));
    part.m_encoding
        = MimeHeader::unfold(HeaderIndex::headerValue(part.headers(), "Content-Transfer-Encoding")).toLower();

    if (depth >= maxDepth) {
        part.m_type.value = "text/plain";
        return part;
    }
    if (part.isMultipart()) {
        const QByteArray boundary = part.m_type.parameter("boundary").toUtf8();
        if (boundary.isEmpty()) {
            part.m_type.value = "text/plain";
            return part;
        }
        const QByteArrayView childDefault = part.m_type.value == "multipart/digest" ? "message/rfc822" : "text/plain";
        const char *b = source.constData();
        const qsizetype n = end;
        qsizetype p = part.m_bodyBegin;
        qsizetype partStart = -1;
        while (p <= n) {
            const char *nl = p < n ? static_cast<const char *>(std::memchr(b + p, '\n', size_t(n - p))) : nullptr;
            const qsizetype lineEnd = nl ? nl - b : n;
            const int kind
                = (p < n && b[p] == '-') ? delimiterKind(QByteArrayView(source).sliced(p, lineEnd - p), boundary) : 0;
            if (kind) {
                if (partStart >= 0) {
                    // The line break before the delimiter belongs to the delimiter.
                    qsizetype partEnd = p;
                    if (partEnd > partStart && b[partEnd - 1] == '\n') {
                        --partEnd;
                        if (partEnd > partStart && b[partEnd - 1] == '\r') {
                            --partEnd;
                        }
                    }
                    part.m_children.append(parsePart(source, partStart, partEnd, depth + 1, childDefault));
                }
                partStart = kind == 1 ? std::min(lineEnd + 1, n) : -1;
                if (kind == 2) {
                    break;
                }
            }
            if (!nl) {
                break;
            }
            p = lineEnd + 1;
        }
        if (partStart >= 0 && partStart < n) {
            // Missing close delimiter (truncated message): keep what is there.
            part.m_children.append(parsePart(source, partStart, n, depth + 1, childDefault));
        }
    } else if (part.isMessage()) {
        const QByteArray enclosed = part.decodedBody();
        part.m_children.append(parsePart(enclosed, 0, enclosed.size(), depth + 1, "text/plain"));
    }
    return part;
}

QByteArray MimePart::header(QByteArrayView name) const
{
    return HeaderIndex::headerValue(headers(), name).toByteArray();
}

QString MimePart::decodedHeader(QByteArrayView name) const
{
    return MimeHeader::decodeEncodedWords(HeaderIndex::headerValue(headers(), name), charset());
}

QByteArray MimePart::charset() const
{
    return m_type.parameter("charset").toLatin1();
}

QString MimePart::fileName() const
{
    QString name = m_disposition.parameter("filename");
    if (name.isEmpty()) {
        name = m_type.parameter("name");
    }
    // Never hand a path to whoever saves the file.
    name.replace(QLatin1Char('\\'), QLatin1Char('/'));
    name = name.mid(name.lastIndexOf(QLatin1Char('/')) + 1);
    if (name == QLatin1String("..") || name == QLatin1String(".")) {
        name.clear();
    }
    return name.trimmed();
}

bool MimePart::isAttachment() const
{
    if (isMultipart()) {
        return false;
    }
    if (m_disposition.value == "attachment" || isMessage()) {
        return true;
    }
    if (!fileName().isEmpty()) {
        return true;
    }
    return !m_type.value.startsWith("text/") && m_disposition.value != "inline";
}

QByteArray MimePart::decodedBody() const
{
    return TransferEncoding::decode(rawBody(), m_encoding);
}

qint64 MimePart::decodedSize() const
{
    if (m_encoding == "base64") {
        return decodedBody().size();
    }
    return m_encoding == "quoted-printable" ? decodedBody().size() : rawBody().size();
}

QString MimePart::text() const
{
    return Charsets::decode(decodedBody(), charset());
}

bool MimePart::save(QIODevice *device, QString *error) const
{
    const QByteArray data = decodedBody();
    if (!device || !device->isWritable() || device->write(data) != data.size()) {
        if (error) {
            *error = device ? device->errorString()
                            : QCoreApplication::translate("MimePart", "No file to save the attachment to.");
        }
        return false;
    }
    return true;
}

QList<const MimePart *> MimePart::attachments() const
{
    QList<const MimePart *> list;
    // The first text part of the top-level message is its body, not an attachment.
    const MimePart *bodyPart = findText("plain");
    const MimePart *htmlPart = findText("html");
    auto visit = [&](const MimePart &p, auto &&self) -> void {
        if (&p != this && p.isAttachment() && &p != bodyPart && &p != htmlPart) {
            list.append(&p);
            if (p.isMessage()) {
                return; // an enclosed message is one attachment
            }
        }
        for (const MimePart &c : p.m_children) {
            self(c, self);
        }
    };
    if (!isMultipart() && !isMessage()) {
        if (isAttachment() && m_type.value != "text/plain" && m_type.value != "text/html") {
            list.append(this);
        }
        return list;
    }
    visit(*this, visit);
    return list;
}

const MimePart *MimePart::findText(QByteArrayView subtype) const
{
    const QByteArray wanted = "text/" + subtype.toByteArray();
    if (m_type.value == wanted && m_disposition.value != "attachment"
        && (m_type.value != "text/plain" || fileName().isEmpty())) {
        return this;
    }
    if (isMessage()) {
        return nullptr; // the text of an attached message is not the text of this one
    }
    for (const MimePart &c : m_children) {
        if (const MimePart *p = c.findText(subtype)) {
            return p;
        }
        // In multipart/mixed only the first part is the body.
        if (m_type.value == "multipart/mixed") {
            break;
        }
    }
    return nullptr;
}

QString MimePart::plainText() const
{
    if (const MimePart *p = findText("plain")) {
        return p->text();
    }
    if (const MimePart *p = findText("html")) {
        return HtmlSanitizer::toPlainText(p->text());
    }
    return {};
}

QString MimePart::safeHtml() const
{
    if (const MimePart *p = findText("html")) {
        return HtmlSanitizer::sanitize(p->text());
    }
    return QStringLiteral("<pre>") + plainText().toHtmlEscaped() + QStringLiteral("</pre>");
}

} // namespace Mailroom
