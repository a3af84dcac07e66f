// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/mimeheader.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace Mailroom {

// One node of a message's MIME tree (RFC 2045/2046): multipart/* has children, message/rfc822
// has the enclosed message as its single child. The raw bytes are kept; decoding is on demand.
// Every part of a message shares the message's one buffer and knows where its headers and body
// are in it, so nesting costs no copies (a hostile message nested 40 deep around a large
// attachment once held 40 copies of it).
class MimePart
{
public:
    // Parses a whole RFC 5322 message (headers + body). Never fails: garbage becomes text/plain.
    static MimePart parse(const QByteArray &message);

    QByteArray header(QByteArrayView name) const; // raw (folded) value of the first such header
    QString decodedHeader(QByteArrayView name) const; // unfolded, RFC 2047-decoded

    QByteArray mimeType() const { return m_type.value; } // lower case, "text/plain" by default
    QString contentTypeParameter(QByteArrayView name) const { return m_type.parameter(name); }
    QByteArray charset() const;
    QByteArray transferEncoding() const { return m_encoding; }
    QByteArray disposition() const { return m_disposition.value; } // "attachment", "inline" or empty
    QString fileName() const; // Content-Disposition filename, else Content-Type name; decoded

    bool isMultipart() const { return m_type.value.startsWith("multipart/"); }
    bool isMessage() const { return m_type.value == "message/rfc822" || m_type.value == "message/global"; }
    bool isAttachment() const;
    const QList<MimePart> &children() const { return m_children; }

    QByteArrayView rawBody() const { return view(m_bodyBegin, m_bodyEnd); }
    QByteArray decodedBody() const; // transfer encoding removed
    qint64 decodedSize() const;
    QString text() const; // decodedBody() in its charset (text parts)
    // Writes the decoded body to a device (saving an attachment). False with *error on failure.
    bool save(QIODevice *device, QString *error = nullptr) const;

    // Walks the tree depth-first (this part first).
    template<typename F> void walk(F &&f) const
    {
        f(*this);
        for (const MimePart &c : m_children) {
            c.walk(f);
        }
    }
    // Parts a reader would list as attachments (named or disposition attachment, non-text,
    // enclosed messages), in order.
    QList<const MimePart *> attachments() const;
    // The text to show: text/plain of the message (preferring it in multipart/alternative), or the
    // HTML converted to plain text when there is no plain part.
    QString plainText() const;
    // The HTML to show, sanitized (no scripts, styles or remote resources); plain text escaped
    // into HTML when the message has no HTML part.
    QString safeHtml() const;

private:
    // The part in source[begin, end).
    static MimePart parsePart(const QByteArray &source, qsizetype begin, qsizetype end, int depth,
                              QByteArrayView defaultType);
    const MimePart *findText(QByteArrayView subtype) const;
    QByteArrayView view(qsizetype begin, qsizetype end) const
    {
        return QByteArrayView(m_source).sliced(begin, end - begin);
    }
    QByteArrayView headers() const { return view(m_headersBegin, m_headersEnd); }

    QByteArray m_source; // the whole message (or the decoded enclosed message), shared
    qsizetype m_headersBegin = 0;
    qsizetype m_headersEnd = 0;
    qsizetype m_bodyBegin = 0;
    qsizetype m_bodyEnd = 0;
    HeaderParameters m_type;
    HeaderParameters m_disposition;
    QByteArray m_encoding;
    QList<MimePart> m_children;
};

} // namespace Mailroom
