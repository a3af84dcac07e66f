// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/spamcounter.h"

#include "logs/journey.h"
#include "logs/journeybuilder.h"
#include "logs/logfields.h"
#include "logs/rejectline.h"
#include "logs/spamdline.h"
#include "logs/textutil.h"

#include <algorithm>

namespace Mailroom {

namespace {
constexpr size_t Window = JourneyBuilder::MessageIdWindow;
// A longer line is cut there (no mail log line comes near it): memory stays bounded even for
// text without line ends.
constexpr qsizetype MaxLineBytes = 64 * 1024;
} // namespace

SpamCounter::SpamCounter() = default;

void SpamCounter::clear()
{
    m_partial.clear();
    m_ring.clear();
    m_nextSerial = 1;
    m_queue.clear();
    m_spamdProcesses.clear();
    m_totals = {};
}

void SpamCounter::addText(QByteArrayView text)
{
    const auto room = [this](QByteArrayView piece) {
        return piece.first(std::min(piece.size(), std::max<qsizetype>(0, MaxLineBytes - m_partial.size())));
    };
    while (!text.isEmpty()) {
        const qsizetype nl = text.indexOf('\n');
        if (nl < 0) {
            m_partial.append(room(text));
            return;
        }
        const QByteArrayView piece = text.first(nl);
        if (m_partial.isEmpty()) {
            addLine(piece.first(std::min(piece.size(), MaxLineBytes)));
        } else {
            m_partial.append(room(piece));
            addLine(m_partial);
            m_partial.clear();
        }
        text = text.sliced(nl + 1);
    }
}

void SpamCounter::addLine(QByteArrayView line)
{
    if (line.endsWith('\r')) {
        line.chop(1);
    }
    LinePreparser::preparseLine(m_parser, line.data(), line.size(), 0, m_line);
    if (!m_line.parsed) {
        return;
    }
    const ParsedLine &p = m_line.p;
    if (!m_line.postfix) {
        if (SpamdLine::isSpamd(p.program)) {
            addSpamdLine(p);
        }
        return;
    }
    // The lines JourneyBuilder::classify and handleQueueLine read for the spam flags.
    const QByteArrayView msg = m_line.message;
    const qsizetype q = m_line.queueIdLength;
    const QByteArrayView daemon = p.daemon;
    if (q > 0) {
        Message &m = messageFor(p.host, msg.first(q));
        const QByteArrayView rest = msg.sliced(std::min(q + 2, msg.size()));
        const bool cleanup = Text::equals(daemon, "cleanup");
        if (cleanup || Text::equals(daemon, "smtpd")) {
            if (Text::startsWith(rest, "reject: ") || Text::startsWith(rest, "milter-reject: ")) {
                setFlags(m, m.flags | RejectLine::parse(rest.sliced(rest.indexOf(' ') + 1), cleanup).flags);
            } else if (cleanup && Text::startsWith(rest, "message-id=")) {
                m.messageId = LogFields::messageIdValue(rest.sliced(11)).toByteArray();
            }
        } else if (Text::equals(daemon, "qmgr") || Text::equals(daemon, "oqmgr") || Text::equals(daemon, "postsuper")) {
            if (Text::equals(rest, "removed")) {
                m.flags |= Journey::Removed;
            }
        }
        return;
    }
    if (Text::startsWith(msg, "NOQUEUE: ")) {
        const QByteArrayView rest = msg.sliced(9);
        const bool milter = Text::startsWith(rest, "milter-reject: ");
        if (Text::startsWith(rest, "reject: ") || milter) {
            Message &m = newMessage({});
            setFlags(m, Journey::Removed | RejectLine::parse(rest.sliced(milter ? 15 : 8), false).flags);
        }
    }
}

// As JourneyBuilder::addSpamdLine: by Message-ID among the newest messages, else by the child
// process that logged "processing message" for one.
void SpamCounter::addSpamdLine(const ParsedLine &p)
{
    SpamdLine::Fields f;
    if (!SpamdLine::parse(p.message, f)) {
        return;
    }
    const QByteArray process = processKey(p);
    Message *m = f.messageId.isEmpty() ? nullptr : findByMessageId(f.messageId);
    if (!m) {
        m = find(m_spamdProcesses.value(process));
    }
    if (!m) {
        return;
    }
    if (f.kind == SpamdLine::Kind::Processing) {
        // A child killed while scanning never logs its result: keep its entry only as long as its
        // message is in the window.
        if (m_spamdProcesses.size() >= qsizetype(Window)) {
            m_spamdProcesses.removeIf([this](QHash<QByteArray, quint64>::iterator it) { return !find(it.value()); });
        }
        m_spamdProcesses.insert(process, m->serial);
    } else if (f.kind == SpamdLine::Kind::Result) {
        m_spamdProcesses.remove(process);
    }
    quint16 flags = m->flags;
    SpamdLine::applyVerdict(f, flags);
    setFlags(*m, flags);
}

SpamCounter::Message &SpamCounter::messageFor(QByteArrayView host, QByteArrayView queueId)
{
    QByteArray key;
    key.reserve(host.size() + 1 + queueId.size());
    key.append(host).append(' ').append(queueId);
    // A queue id seen again after "removed" is a new message.
    Message *m = find(m_queue.value(key));
    if (m && !(m->flags & Journey::Removed)) {
        return *m;
    }
    Message &created = newMessage(key);
    m_queue.insert(key, created.serial);
    return created;
}

SpamCounter::Message &SpamCounter::newMessage(const QByteArray &queueKey)
{
    const quint64 serial = m_nextSerial++;
    if (m_ring.size() < Window) {
        m_ring.emplace_back();
    }
    Message &m = m_ring[(serial - 1) % Window];
    if (m.serial != 0 && !m.queueKey.isEmpty()) {
        // The oldest message leaves the window; what it counted stays in the totals.
        const auto it = m_queue.constFind(m.queueKey);
        if (it != m_queue.constEnd() && it.value() == m.serial) {
            m_queue.erase(it);
        }
    }
    m = Message();
    m.serial = serial;
    m.queueKey = queueKey;
    return m;
}

SpamCounter::Message *SpamCounter::find(quint64 serial)
{
    if (serial == 0 || serial >= m_nextSerial || m_nextSerial - serial > Window) {
        return nullptr;
    }
    return &m_ring[(serial - 1) % Window];
}

SpamCounter::Message *SpamCounter::findByMessageId(QByteArrayView id)
{
    // Newest first, as JourneyBuilder::journeyByMessageId walks back.
    for (quint64 serial = m_nextSerial - 1; serial > 0 && m_nextSerial - serial <= Window; --serial) {
        Message &m = m_ring[(serial - 1) % Window];
        if (!m.messageId.isEmpty() && QByteArrayView(m.messageId) == id) {
            return &m;
        }
    }
    return nullptr;
}

void SpamCounter::setFlags(Message &m, quint16 flags)
{
    m_totals -= SpamTotals::ofJourney(m.flags);
    m.flags = flags;
    m_totals += SpamTotals::ofJourney(m.flags);
}

QByteArray SpamCounter::processKey(const ParsedLine &p)
{
    QByteArray key;
    key.reserve(p.host.size() + p.program.size() + 22);
    key.append(p.host).append(' ').append(p.program).append('[').append(QByteArray::number(p.pid));
    return key;
}

} // namespace Mailroom
