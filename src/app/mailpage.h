// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hosts/helperconnection.h"
#include "mail/mailboxaccess.h"
#include "mail/mailspool.h"
#include "mail/mboxrewriter.h"

#include <QWidget>

#include <memory>

class QAction;
class QCheckBox;
class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTemporaryFile;
class QToolButton;
class QTreeView;

namespace Mailroom {
class BodySearch;
class HelperClient;
class MailboxLoader;
class MailboxMenu;
class MailboxWriter;
class MessageFilterProxyModel;
class MessageItemDelegate;
class MessageListModel;
class MessageView;
class RemoteMailboxCopy;
class SpamLearner;
struct OutgoingMessage;
} // namespace Mailroom

// The Mail section: choose a mailbox (own spool, ~/Maildir, a file or folder, or — for
// admins, through the helper — another user's spool, read-only), list and search its messages
// while it is indexed in a worker thread, read them safely, flag, delete and expunge when the
// mailbox is writable, and compose/reply/forward through the local sendmail.
// For another host (a remote connection) every mailbox, the user's own too, is that host's spool
// copied through its helper's ReadMailbox into a private temporary file; this computer's mail
// files are never opened, and what needs them (writing, sending, learning, rules) is disabled.
class MailPage : public QWidget
{
    Q_OBJECT
public:
    explicit MailPage(QWidget *parent = nullptr);
    explicit MailPage(const Mailroom::HelperConnection &connection, QWidget *parent = nullptr);
    ~MailPage() override;

    // Opens an mbox file or a Maildir. readOnly forces read-only with that reason.
    void openMailbox(const QString &path, bool maildir,
                     Mailroom::MailboxAccess::ReadOnlyReason readOnly = Mailroom::MailboxAccess::ReadOnlyReason::None);
    // Asks the helper for another user's spool (asynchronous; on another host in chunks, off the
    // UI thread, with progress and cancel).
    void openOtherUsersMailbox(const QString &user);
    // A local user's mailbox: one's own spool (writable), anyone else's through the helper. On
    // another host: the user's spool there, through the helper, read-only.
    void openUsersMailbox(const QString &user);
    // When the mailbox being opened has been read, selects the newest message with this subject.
    void selectNewestWithSubject(const QString &subject);
    QString mailboxPath() const { return m_path; }
    bool isReadOnly() const { return m_readOnly != Mailroom::MailboxAccess::ReadOnlyReason::None; }
    bool isLoading() const;
    bool isRemote() const { return m_connection.isRemote(); }

    Mailroom::MessageListModel *model() const { return m_model; }
    Mailroom::MessageFilterProxyModel *proxy() const { return m_proxy; }
    QTreeView *messageList() const { return m_list; }
    Mailroom::MessageView *messageView() const { return m_view; }

    // The actions, also reachable from the toolbar and the list's context menu.
    void setSelectedFlag(int flag, bool on);
    // "Mark as spam" / "Not spam": sa-learn as this user on the selected messages.
    void learnSelected(bool spam);
    // Writes flag changes (and with expunge removes deleted messages); asynchronous.
    void writeChanges(bool expunge);

Q_SIGNALS:
    // After every indexing run and every write (tests and the status line use it), and with
    // false when another user's mailbox could not be had from the helper.
    void mailboxLoaded(bool ok);
    void changesWritten(bool ok, const QString &message);

private:
    void buildUi();
    void onBatchApplied();
    void onLoaderFinished(bool ok, const QString &error);
    void onChangesWritten(const Mailroom::MboxRewriter::Result &result, const QString &message);
    void onCurrentChanged();
    void onFileChanged();
    void updateActions();
    void showBanner(const QString &text, bool error);
    QByteArray readMessage(int entry, QString *error = nullptr) const;
    void compose(const Mailroom::OutgoingMessage &message);
    void finishOpen(const QString &title);
    void readRemoteMailbox(const QString &user);
    void startBodySearch();

    Mailroom::HelperConnection m_connection;
    Mailroom::HelperClient *m_helper = nullptr;
    Mailroom::RemoteMailboxCopy *m_remoteCopy;
    Mailroom::MailboxLoader *m_loader;
    Mailroom::MailboxWriter *m_writer;
    Mailroom::BodySearch *m_bodySearchJob;
    Mailroom::MessageListModel *m_model;
    Mailroom::MessageFilterProxyModel *m_proxy;
    Mailroom::MessageItemDelegate *m_delegate;
    Mailroom::MessageView *m_view;
    QTreeView *m_list;
    QToolButton *m_mailboxButton;
    Mailroom::MailboxMenu *m_mailboxMenu = nullptr;
    QLabel *m_title;
    QLabel *m_banner;
    QLineEdit *m_search;
    QCheckBox *m_bodySearch;
    QCheckBox *m_threads;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QLabel *m_count;
    QFileSystemWatcher *m_watcher;
    QAction *m_markRead;
    QAction *m_markUnread;
    QAction *m_delete;
    QAction *m_undelete;
    QAction *m_save;
    QAction *m_expunge;
    QAction *m_compose;
    QAction *m_reply;
    QAction *m_replyAll;
    QAction *m_forward;
    QAction *m_markSpam;
    QAction *m_markHam;
    Mailroom::SpamLearner *m_learner;
    QString m_path;
    QString m_displayName;
    bool m_maildir = false;
    bool m_writing = false;
    bool m_refreshPending = false;
    Mailroom::MailboxAccess::ReadOnlyReason m_readOnly = Mailroom::MailboxAccess::ReadOnlyReason::NotRequested;
    QString m_readOnlyNote;
    QStringList m_lastBodyTerms;
    qsizetype m_lastBodySearchSize = 0;
    // another user's mailbox (or any on another host), copied from the helper's fd or chunks
    std::shared_ptr<QTemporaryFile> m_copy;
};
