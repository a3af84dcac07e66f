// SPDX-License-Identifier: GPL-2.0-or-later
#include "journalreader.h"

#include <QDateTime>
#include <QSysInfo>

#include <systemd/sd-journal.h>

#include <pwd.h>

#include <memory>
#include <utility>

namespace {
struct JournalCloser
{
    void operator()(sd_journal *j) const { sd_journal_close(j); }
};
using JournalPtr = std::unique_ptr<sd_journal, JournalCloser>;

JournalPtr openSystemJournal()
{
    sd_journal *j = nullptr;
    if (sd_journal_open(&j, SD_JOURNAL_SYSTEM | SD_JOURNAL_LOCAL_ONLY) < 0) {
        return {};
    }
    return JournalPtr(j);
}

QString field(sd_journal *j, const char *name)
{
    const void *data = nullptr;
    size_t length = 0;
    if (sd_journal_get_data(j, name, &data, &length) < 0) {
        return {};
    }
    const auto *bytes = static_cast<const char *>(data);
    const size_t prefix = strlen(name) + 1; // "NAME="
    if (length < prefix) {
        return {};
    }
    return QString::fromUtf8(bytes + prefix, qsizetype(length - prefix));
}

JournalReader::Entry readEntry(sd_journal *j)
{
    JournalReader::Entry e;
    uint64_t usec = 0;
    sd_journal_get_realtime_usec(j, &usec);
    e.realtimeUsec = usec;
    e.identifier = field(j, "SYSLOG_IDENTIFIER");
    e.pid = field(j, "_PID").toUInt();
    e.priority = field(j, "PRIORITY").toInt();
    e.message = field(j, "MESSAGE");
    char *cursor = nullptr;
    if (sd_journal_get_cursor(j, &cursor) >= 0) {
        e.cursor = QString::fromUtf8(cursor);
        free(cursor);
    }
    return e;
}

// The cursor of the newest entry j can see (among its matches, if it has any); empty when
// there is none.
QString cursorOfTail(sd_journal *j)
{
    sd_journal_seek_tail(j);
    if (sd_journal_previous(j) <= 0) {
        return {};
    }
    char *cursor = nullptr;
    if (sd_journal_get_cursor(j, &cursor) < 0) {
        return {};
    }
    const QString c = QString::fromUtf8(cursor);
    free(cursor);
    return c;
}

bool matchesPrefix(const QString &identifier, const QStringList &prefixes)
{
    for (const QString &p : prefixes) {
        if (identifier == p || identifier.startsWith(p + QLatin1Char('/'))
            || identifier.startsWith(p + QLatin1Char('-'))) {
            return true;
        }
    }
    return false;
}
} // namespace

QStringList JournalReader::lastLinesOfUnit(const QString &unit, int count)
{
    JournalPtr j = openSystemJournal();
    if (!j) {
        return {};
    }
    const QByteArray own = "_SYSTEMD_UNIT=" + unit.toUtf8();
    const QByteArray about = "UNIT=" + unit.toUtf8();
    sd_journal_add_match(j.get(), own.constData(), 0);
    sd_journal_add_disjunction(j.get());
    sd_journal_add_match(j.get(), about.constData(), 0);
    // UNIT= is an ordinary field anyone can send (logger --journald): only systemd's own.
    sd_journal_add_match(j.get(), "_PID=1", 0);
    sd_journal_add_match(j.get(), "_UID=0", 0);
    sd_journal_seek_tail(j.get());
    QStringList lines;
    for (int i = 0; i < count && sd_journal_previous(j.get()) > 0; ++i) {
        lines.prepend(format(readEntry(j.get())));
    }
    return lines;
}

JournalReader::Page JournalReader::query(const QStringList &identifierPrefixes, const QString &afterCursor,
                                         quint64 sinceUsec, int max)
{
    Page page;
    QStringList mailUids; // the mail systems' own users, looked up now: Postfix may be new
    for (const char *user :
         {"postfix", "smmsp", "Debian-exim", "dovecot", "dovenull", "spamass-milter", "debian-spamd"}) {
        if (const passwd *pw = getpwnam(user)) {
            mailUids.append(QString::number(pw->pw_uid));
        }
    }
    JournalPtr j = openSystemJournal();
    if (!j) {
        page.ok = false;
        page.error = QStringLiteral("cannot open the system journal");
        return page;
    }
    // Where the whole journal ends, taken before the scan: if the scan finds nothing, the
    // caller continues from here and misses nothing logged after this moment.
    const QString tail = afterCursor.isEmpty() ? cursorOfTail(j.get()) : QString();
    // Postfix logs through syslog with facility mail (2): one match keeps the scan small.
    sd_journal_add_match(j.get(), "SYSLOG_FACILITY=2", 0);
    bool onFirst = false; // already standing on the first entry to read
    if (!afterCursor.isEmpty()) {
        const QByteArray cursor = afterCursor.toUtf8();
        if (sd_journal_seek_cursor(j.get(), cursor.constData()) < 0) {
            page.ok = false;
            page.error = QStringLiteral("invalid cursor");
            return page;
        }
        // Step onto the cursor's entry, to continue past it. When that entry is not a mail
        // entry (a tail cursor) or is gone, the step lands on the first entry after it, which
        // is the first to read. (Stepping back instead would skip it when no mail entry
        // precedes the cursor: a failed step leaves the position where it was.)
        onFirst = sd_journal_next(j.get()) > 0 && sd_journal_test_cursor(j.get(), cursor.constData()) <= 0;
    } else if (sinceUsec > 0) {
        sd_journal_seek_realtime_usec(j.get(), sinceUsec);
    } else {
        sd_journal_seek_head(j.get());
    }
    page.nextCursor = afterCursor;
    while (page.entries.size() < max && (std::exchange(onFirst, false) || sd_journal_next(j.get()) > 0)) {
        Entry e = readEntry(j.get());
        page.nextCursor = e.cursor;
        if (matchesPrefix(e.identifier, identifierPrefixes)
            && isMailWriter(field(j.get(), "_UID"), field(j.get(), "_EXE"), field(j.get(), "_SYSTEMD_UNIT"),
                            mailUids)) {
            page.entries.append(std::move(e));
        }
    }
    if (page.nextCursor.isEmpty()) {
        page.nextCursor = tail;
    }
    return page;
}

bool JournalReader::isMailWriter(const QString &uid, const QString &exe, const QString &unit,
                                 const QStringList &mailUids)
{
    // postlog and sendmail are set-gid: anyone can run them and choose the tag.
    if (uid != QLatin1String("0") && !mailUids.contains(uid)) {
        return false;
    }
    static const char *const programs[] {
        "/usr/lib/postfix/",      "/usr/libexec/postfix/", "/usr/sbin/post",           "/usr/sbin/sendmail",
        "/usr/libexec/sendmail/", "/usr/lib/sm.bin/",      "/usr/sbin/exim",           "/usr/sbin/dovecot",
        "/usr/lib/dovecot/",      "/usr/libexec/dovecot/", "/usr/sbin/spamass-milter",
    };
    for (const char *p : programs) {
        if (exe.startsWith(QLatin1StringView(p))) {
            return true;
        }
    }
    // Only root creates units; _EXE is missing when the process was gone before journald looked.
    // spamd is a Perl script (_EXE is the interpreter): its unit is what tells it apart.
    static const char *const units[] {"postfix", "sendmail", "exim4", "dovecot", "spamd", "spamass-milter"};
    for (const char *u : units) {
        if (unit.startsWith(QLatin1StringView(u)) && unit.endsWith(QLatin1String(".service"))) {
            return true;
        }
    }
    return false;
}

QString JournalReader::tailCursor()
{
    JournalPtr j = openSystemJournal();
    return j ? cursorOfTail(j.get()) : QString();
}

QString JournalReader::format(const Entry &e)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(qint64(e.realtimeUsec / 1000));
    return QStringLiteral("%1 %2 %3[%4]: %5")
        .arg(t.toString(QStringLiteral("MMM dd HH:mm:ss")), QSysInfo::machineHostName().section(QLatin1Char('.'), 0, 0),
             e.identifier, QString::number(e.pid), e.message);
}
