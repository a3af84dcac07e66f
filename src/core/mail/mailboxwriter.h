// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "mail/mboxrewriter.h"

#include <QObject>
#include <QString>

class QThread;

namespace Mailroom {

class MessageTable;

// Writes a mailbox's changed flags back and, with expunge, removes the messages flagged Deleted:
// an mbox is rewritten by MboxRewriter (which never loses a message) in a worker thread, on a
// snapshot of the index; a Maildir keeps its flags in the file names already, so only expunging
// has work to do — removing files, which is quick and done at once.
//
// Threading: create it and call it from one thread (the GUI's); finished() is emitted in that
// thread, for a Maildir before write() returns. The worker sees only its copies of the table
// (implicitly shared, so the snapshot is cheap) and the path, never this object. The destructor
// waits for a running rewrite: a rewrite is never abandoned halfway.
//
//     connect(writer, &MailboxWriter::finished, page, [](const MboxRewriter::Result &r, const QString &text) { … });
//     writer->write(path, false, model->table(), loader->device(), loader->inode(), expunge);
class MailboxWriter : public QObject
{
    Q_OBJECT
public:
    explicit MailboxWriter(QObject *parent = nullptr);
    ~MailboxWriter() override;

    // MailboxLock methods for the mbox rewrite (Postfix's mailbox_delivery_lock).
    void setLockMethods(int methods) { m_lockMethods = methods; }
    // Starts writing table's flags to the mailbox at path; device and inode identify the mbox
    // file the table was indexed from (MailboxLoader). False, and nothing started, while a
    // write is running.
    bool write(const QString &path, bool maildir, const MessageTable &table, quint64 device, quint64 inode,
               bool expunge);
    bool isRunning() const { return m_thread != nullptr; }
    // Waits for the running write (for tests). False on timeout.
    bool waitForFinished(int msecs = -1);

    // The translated sentence a status line shows for a result.
    static QString describe(const MboxRewriter::Result &result, bool expunge);

Q_SIGNALS:
    // result.outcome says what happened (for a Maildir: Written or Failed); message sums it up.
    void finished(const Mailroom::MboxRewriter::Result &result, const QString &message);

private:
    MboxRewriter::Result expungeMaildir(const QString &path, const MessageTable &table) const;

    QThread *m_thread = nullptr;
    int m_lockMethods = 0;
};

} // namespace Mailroom
