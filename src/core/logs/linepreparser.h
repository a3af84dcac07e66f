// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/preparsedline.h"

#include <QByteArrayView>

#include <vector>

namespace Mailroom {

class LogLineParser;

// The stateless half of reading a log: splits text into lines, parses each syslog line and, for
// Postfix lines, finds the queue id and a delivery's fields. Safe on any thread (only the
// parser, which is read-only here, is shared); JourneyBuilder runs it on a second thread ahead of
// grouping. Views and TextRefs in the results point into the text given.
class LinePreparser
{
public:
    // Parses the lines in [begin, end), begin being at global offset `offset`, into out (reusing
    // its elements' storage), with the fields for JourneyBuilder (addJourneyFields()).
    static void preparse(const LogLineParser &parser, const char *begin, const char *end, quint64 offset,
                         std::vector<PreparsedLine> &out);
    // What JourneyBuilder reads of a line preparseLine() filled, beyond its own fields: the
    // daemon, the queue id's key, a login's fields, a NOQUEUE rejection's fields.
    static void addJourneyFields(PreparsedLine &line);
    // One line without its end of line, at global offset `offset`.
    static void preparseLine(const LogLineParser &parser, const char *begin, qsizetype length, quint64 offset,
                             PreparsedLine &out);
    // The fields of "to=<…>, relay=…, delay=…, delays=…, dsn=…, status=… (text)" (rest starts at
    // "to=<"); next gets the queue id a sent message was "forwarded as" or, through a local
    // relay, "queued as". False if rest is no delivery.
    static bool parseDeliveryFields(QByteArrayView rest, const char *lineBegin, quint64 lineOffset, Delivery &d,
                                    QByteArrayView &next);
    // Length of the queue id at the start of "ID: …", 0 if there is none. Short ids are
    // uppercase hex (at least 6), long ids (enable_long_queue_ids) are ≥10 characters of
    // Postfix's vowel-free base 52 alphabet, a 'z' and a base 51 inode number.
    static qsizetype queueIdLength(QByteArrayView message);
    // A Postfix message after its Solaris syslog tag ("[ID 197553 mail.info] "), if it has one.
    // Inline for the one-byte check: it runs on every line, and hardly a message starts with '['.
    static QByteArrayView withoutSolarisTag(QByteArrayView message)
    {
        return message.startsWith('[') ? afterSolarisTag(message) : message;
    }

private:
    static QByteArrayView afterSolarisTag(QByteArrayView message);
};

} // namespace Mailroom
