// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Reads the system journal with sd-journal (no journalctl subprocess).
class JournalReader
{
public:
    struct Entry
    {
        quint64 realtimeUsec = 0;
        QString identifier; // SYSLOG_IDENTIFIER, e.g. "postfix/smtpd"
        quint32 pid = 0;
        int priority = 6;
        QString message;
        QString cursor;
    };
    struct Page
    {
        QList<Entry> entries;
        // Pass back to continue after the last entry read. Without afterCursor and with nothing
        // read, the journal's end at the time of the query (empty only for an empty journal).
        QString nextCursor;
        bool ok = true;
        QString error;
    };

    // Lines about one unit (its processes and systemd's messages about it), newest last.
    static QStringList lastLinesOfUnit(const QString &unit, int count);

    // Entries whose SYSLOG_IDENTIFIER is one of identifiers or starts with one of the
    // prefixes (e.g. "postfix") and that a mail system wrote (isMailWriter), after cursor (or since sinceUsec when
    // cursor is empty), oldest first, at most max. afterCursor may be any entry's cursor, mail or not.
    static Page query(const QStringList &identifierPrefixes, const QString &afterCursor, quint64 sinceUsec, int max);

    // Whether an entry's trusted fields (journald adds them; a local user cannot set them) say
    // a mail system wrote it: a process of root or of a mail system's user (mailUids) that is a
    // mail program (Postfix, sendmail, Exim, Dovecot) or runs in such a unit. SYSLOG_IDENTIFIER
    // alone is anyone's: logger, or postlog as alice.
    static bool isMailWriter(const QString &uid, const QString &exe, const QString &unit, const QStringList &mailUids);

    // The cursor of the newest entry now (start point for "what happens next").
    static QString tailCursor();

    // Human-readable "Mar 25 11:21:48 host prog[pid]: message" like syslog.
    static QString format(const Entry &e);
};
