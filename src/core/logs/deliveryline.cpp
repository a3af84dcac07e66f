// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/deliveryline.h"

#include "logs/journeybuilder.h"
#include "logs/loglineparser.h"

namespace Mailroom {

namespace {
DeliveryStatus statusFromWord(QStringView word)
{
    if (word == u"sent") {
        return DeliveryStatus::Sent;
    }
    if (word == u"deferred") {
        return DeliveryStatus::Deferred;
    }
    if (word == u"bounced") {
        return DeliveryStatus::Bounced;
    }
    if (word == u"expired") {
        return DeliveryStatus::Expired;
    }
    if (word == u"deliverable") {
        return DeliveryStatus::Deliverable;
    }
    if (word == u"undeliverable") {
        return DeliveryStatus::Undeliverable;
    }
    return DeliveryStatus::Other;
}

// The value of "name=value" up to the next ", " (values such as relay= never contain one).
QStringView fieldValue(QStringView field)
{
    const qsizetype comma = field.indexOf(u", ");
    return comma < 0 ? field : field.first(comma);
}
} // namespace

bool DeliveryLine::isFinal() const
{
    return status == DeliveryStatus::Sent || status == DeliveryStatus::Bounced || status == DeliveryStatus::Expired;
}

QString deliveryStatusWord(DeliveryStatus status)
{
    switch (status) {
    case DeliveryStatus::Sent:
        return QStringLiteral("sent");
    case DeliveryStatus::Deferred:
        return QStringLiteral("deferred");
    case DeliveryStatus::Bounced:
        return QStringLiteral("bounced");
    case DeliveryStatus::Expired:
        return QStringLiteral("expired");
    case DeliveryStatus::Rejected:
        return QStringLiteral("rejected");
    case DeliveryStatus::Deliverable:
        return QStringLiteral("deliverable");
    case DeliveryStatus::Undeliverable:
        return QStringLiteral("undeliverable");
    case DeliveryStatus::Other:
        break;
    }
    return QStringLiteral("other");
}

QString DeliveryLine::statusWord() const
{
    return deliveryStatusWord(status); // parse() keeps only lines with a known status= word
}

std::optional<DeliveryLine> DeliveryLine::parse(QStringView line)
{
    // A whole syslog line: keep only its message, as the journal hands it over.
    const QByteArray utf8 = line.toUtf8();
    ParsedLine parsed;
    QStringView message = line;
    QString fromSyslog;
    if (LogLineParser(QDate(2000, 1, 1)).parse(utf8, parsed) && parsed.hasProgram) {
        fromSyslog = QString::fromUtf8(parsed.message);
        message = fromSyslog;
    }

    const qsizetype idLength = JourneyBuilder::queueIdLength(message.toUtf8());
    if (idLength == 0 || message.size() < idLength + 2 || message.sliced(idLength, 2) != u": ") {
        return std::nullopt;
    }
    DeliveryLine d;
    d.queueId = message.first(idLength).toString();
    QStringView rest = message.sliced(idLength + 2);

    if (rest.startsWith(u"to=<")) {
        const qsizetype close = rest.indexOf(u'>');
        if (close < 0) {
            return std::nullopt;
        }
        d.recipient = rest.sliced(4, close - 4).toString();
        rest = rest.sliced(close + 1);
    } else if (rest.startsWith(u"from=<")) {
        // qmgr's "from=<…>, status=expired, returned to sender": the only result not per recipient.
        const qsizetype close = rest.indexOf(u'>');
        if (close < 0) {
            return std::nullopt;
        }
        rest = rest.sliced(close + 1);
    } else {
        return std::nullopt;
    }

    QStringView statusField;
    while (rest.startsWith(u", ")) {
        rest = rest.sliced(2);
        if (rest.startsWith(u"orig_to=<")) {
            const qsizetype close = rest.indexOf(u'>');
            if (close < 0) {
                break;
            }
            rest = rest.sliced(close + 1);
            continue;
        }
        if (rest.startsWith(u"status=")) {
            statusField = rest.sliced(7);
            break;
        }
        const QStringView value = fieldValue(rest);
        if (value.startsWith(u"relay=")) {
            d.relay = value.sliced(6).toString();
        } else if (value.startsWith(u"delay=")) {
            bool ok = false;
            const float delay = value.sliced(6).toFloat(&ok);
            d.delay = ok ? delay : Delivery::Unknown;
        } else if (value.startsWith(u"dsn=")) {
            d.dsn = value.sliced(4).toString();
        }
        rest = rest.sliced(value.size());
    }
    if (statusField.isEmpty()) {
        return std::nullopt;
    }
    // "sent (250 2.0.0 Ok)", "expired, returned to sender", "bounced (host … said: 550 …)"
    qsizetype end = 0;
    while (end < statusField.size() && statusField[end] != u' ' && statusField[end] != u',') {
        ++end;
    }
    d.status = statusFromWord(statusField.first(end));
    if (d.status == DeliveryStatus::Other) {
        return std::nullopt;
    }
    QStringView reason = statusField.sliced(end);
    if (reason.startsWith(u',')) {
        reason = reason.sliced(1);
    }
    reason = reason.trimmed();
    if (reason.startsWith(u'(') && reason.endsWith(u')')) {
        reason = reason.sliced(1, reason.size() - 2);
    }
    d.reason = reason.toString();
    return d;
}

} // namespace Mailroom
