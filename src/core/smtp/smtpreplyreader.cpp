// SPDX-License-Identifier: GPL-2.0-or-later
#include "smtp/smtpreplyreader.h"

#include <QCoreApplication>

#include <cctype>

namespace Mailroom {

bool SmtpReplyReader::feed(const QByteArray &bytes)
{
    if (hasError()) {
        return false;
    }
    m_buffer += bytes;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', start);
        if (nl < 0) {
            break;
        }
        QByteArray line = m_buffer.mid(start, nl - start);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        start = nl + 1;
        if (!handleLine(line)) {
            m_buffer.clear();
            return false;
        }
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > MaxLineLength) {
        m_error = QCoreApplication::translate("SmtpReplyReader", "The server sent a line longer than %1 bytes.")
                      .arg(MaxLineLength);
        m_buffer.clear();
        return false;
    }
    return true;
}

bool SmtpReplyReader::handleLine(const QByteArray &line)
{
    const auto fail = [this, &line] {
        m_error = QCoreApplication::translate("SmtpReplyReader",
                                              "The server sent something that is not an SMTP reply: “%1”")
                      .arg(QString::fromUtf8(line.left(200)));
        return false;
    };
    if (line.size() > MaxLineLength) {
        return fail();
    }
    if (line.size() < 3 || !std::isdigit(uchar(line[0])) || !std::isdigit(uchar(line[1]))
        || !std::isdigit(uchar(line[2])) || line[0] < '2' || line[0] > '5') {
        return fail();
    }
    const int code = line.left(3).toInt();
    const char sep = line.size() > 3 ? line[3] : ' ';
    if (sep != ' ' && sep != '-') {
        return fail();
    }
    if (m_current.code != 0 && m_current.code != code) {
        return fail();
    }
    m_current.code = code;
    m_current.lines << QString::fromUtf8(line.mid(4));
    if (sep == ' ') {
        m_done << m_current;
        m_current = SmtpReply();
    }
    return true;
}

QList<SmtpReply> SmtpReplyReader::takeReplies()
{
    QList<SmtpReply> out;
    out.swap(m_done);
    return out;
}

void SmtpReplyReader::clear()
{
    m_buffer.clear();
    m_current = SmtpReply();
    m_done.clear();
    m_error.clear();
}

} // namespace Mailroom
