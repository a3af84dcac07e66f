// SPDX-License-Identifier: GPL-2.0-or-later
#include "mailpage.h"

#include "helperclient.h"
#include "helperproxy.h"
#include "hosts/remotemailbox.h"
#include "hosts/remotemailboxcopy.h"
#include "localuser.h"
#include "mail/bodysearch.h"
#include "mail/composedialog.h"
#include "mail/mailboxloader.h"
#include "mail/mailboxmenu.h"
#include "mail/mailboxsnapshot.h"
#include "mail/mailboxwriter.h"
#include "mail/maildirstore.h"
#include "mail/mboxindexer.h"
#include "mail/messagefilterproxymodel.h"
#include "mail/messageitemdelegate.h"
#include "mail/messagelistmodel.h"
#include "mail/messageview.h"
#include "mail/outgoingmessage.h"
#include "mail/rulesdialog.h"
#include "mail/spamlearner.h"
#include "translations.h"

#include <QAction>
#include <QCheckBox>
#include <QDBusPendingCallWatcher>
#include <QDBusUnixFileDescriptor>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Mailroom;

MailPage::MailPage(QWidget *parent)
    : MailPage(HelperConnection(), parent)
{ }

MailPage::MailPage(const HelperConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_remoteCopy(new RemoteMailboxCopy(this))
    , m_loader(new MailboxLoader(this))
    , m_writer(new MailboxWriter(this))
    , m_bodySearchJob(new BodySearch(this))
    , m_model(new MessageListModel(this))
    , m_proxy(new MessageFilterProxyModel(this))
    , m_delegate(new MessageItemDelegate(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_learner(new SpamLearner(this))
{
    m_proxy->setSourceModel(m_model);
    buildUi();
    connect(m_loader, &MailboxLoader::batchReady, this, [this](const MessageBatch &batch) {
        m_model->applyBatch(batch);
        onBatchApplied();
    });
    connect(m_loader, &MailboxLoader::progress, this, [this](qint64 done, qint64 total) {
        // Scale to int: mailboxes can be larger than 2 GiB.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_loader, &MailboxLoader::finished, this, &MailPage::onLoaderFinished);
    connect(m_remoteCopy, &RemoteMailboxCopy::progress, this,
            [this](qint64 bytes) { m_progress->setFormat(tr("%1 read").arg(QLocale().formattedDataSize(bytes))); });
    connect(m_writer, &MailboxWriter::finished, this, &MailPage::onChangesWritten);
    // Body search runs in a worker; the list shows header matches until its verdict arrives.
    connect(m_bodySearchJob, &BodySearch::progress, this, [this](qint64 done, qint64 total) {
        if (!m_loader->isRunning()) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        }
    });
    connect(m_bodySearchJob, &BodySearch::finished, this, [this](const QBitArray &matches, const QStringList &terms) {
        m_proxy->setBodyMatches(matches, terms);
        if (!m_loader->isRunning() && !m_writing) {
            m_progress->hide();
            m_cancel->hide();
            m_progress->setFormat(tr("Indexing %p%"));
        }
        onBatchApplied();
    });
    connect(m_bodySearchJob, &BodySearch::cancelled, this, [this] {
        if (!m_loader->isRunning() && !m_writing) {
            m_progress->hide();
            m_cancel->hide();
            m_progress->setFormat(tr("Indexing %p%"));
        }
    });
    connect(m_learner, &SpamLearner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_learner, &SpamLearner::finished, this, [this](bool ok, const QString &message) {
        if (!m_loader->isRunning()) {
            m_progress->hide();
            m_cancel->hide();
            m_progress->setFormat(tr("Indexing %p%"));
        }
        if (ok) {
            m_count->setText(message);
        } else {
            showBanner(message, true);
        }
        updateActions();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MailPage::onFileChanged);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &MailPage::onFileChanged);
    updateActions();
}

MailPage::~MailPage()
{
    m_loader->cancel();
    m_loader->waitForFinished(5000);
}

bool MailPage::isLoading() const
{
    return m_loader->isRunning() || m_remoteCopy->isRunning();
}

void MailPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_mailboxButton = new QToolButton(this);
    m_mailboxButton->setObjectName(QStringLiteral("mailboxButton"));
    m_mailboxButton->setText(tr("Mailbox"));
    m_mailboxButton->setPopupMode(QToolButton::InstantPopup);
    m_mailboxButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_mailboxButton);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("mailboxTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_title, 1);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("indexProgress"));
    m_progress->setMaximumWidth(200);
    m_progress->setFormat(tr("Indexing %p%"));
    m_progress->hide();
    top->addWidget(m_progress);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelIndexing"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->hide();
    connect(m_cancel, &QToolButton::clicked, m_loader, &MailboxLoader::cancel);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_bodySearchJob->cancel();
        m_learner->cancel();
        if (m_remoteCopy->isRunning()) {
            m_remoteCopy->cancel();
            m_progress->hide();
            m_cancel->hide();
            m_progress->setFormat(tr("Indexing %p%"));
            showBanner(tr("Reading the mailbox was cancelled."), false);
            Q_EMIT mailboxLoaded(false);
        }
    });
    top->addWidget(m_cancel);
    layout->addLayout(top);

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("mailBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse); // paths to copy (recovery copies)
    m_banner->setContentsMargins(8, 4, 8, 4);
    m_banner->hide();
    layout->addWidget(m_banner);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto makeAction = [&](const QString &text, const char *name, const QKeySequence &key = {}) {
        auto *a = toolbar->addAction(text);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_compose = makeAction(tr("Compose"), "composeAction", QKeySequence::New);
    m_reply = makeAction(tr("Reply"), "replyAction", QKeySequence(Qt::CTRL | Qt::Key_R));
    m_replyAll = makeAction(tr("Reply all"), "replyAllAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_forward = makeAction(tr("Forward"), "forwardAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    toolbar->addSeparator();
    m_markRead = makeAction(tr("Mark read"), "markReadAction");
    m_markUnread = makeAction(tr("Mark unread"), "markUnreadAction", QKeySequence(Qt::Key_U));
    m_delete = makeAction(tr("Delete"), "deleteAction", QKeySequence::Delete);
    m_undelete = makeAction(tr("Undelete"), "undeleteAction");
    toolbar->addSeparator();
    m_save = makeAction(tr("Save changes"), "saveChangesAction", QKeySequence::Save);
    m_expunge = makeAction(tr("Expunge"), "expungeAction");
    m_expunge->setToolTip(tr("Remove the messages marked as deleted from the mailbox for good"));
    toolbar->addSeparator();
    m_markSpam = makeAction(tr("Mark as spam"), "markSpamAction");
    m_markSpam->setToolTip(tr("Teach your SpamAssassin filter that the selected messages are spam"));
    m_markHam = makeAction(tr("Not spam"), "markHamAction");
    m_markHam->setToolTip(tr("Teach your SpamAssassin filter that the selected messages are wanted mail"));
    QAction *rules = makeAction(tr("Delivery rules…"), "deliveryRulesAction");
    connect(rules, &QAction::triggered, this, [this] {
        auto *dialog = new RulesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    if (isRemote()) {
        // These act on this computer (its sendmail, your SpamAssassin data and delivery rules
        // here), never on the host this window manages.
        const QString why
            = tr("Not available in a window for %1: this acts on this computer.").arg(m_connection.host().toString());
        for (QAction *a : {m_compose, m_reply, m_replyAll, m_forward, m_markSpam, m_markHam, rules}) {
            a->setToolTip(why);
        }
        const QString readOnly = tr("Not available for a mailbox on another host: it is a read-only copy.");
        for (QAction *a : {m_markRead, m_markUnread, m_delete, m_undelete, m_save, m_expunge}) {
            a->setToolTip(readOnly);
        }
        rules->setEnabled(false);
    }
    layout->addWidget(toolbar);

    connect(m_markRead, &QAction::triggered, this, [this] { setSelectedFlag(MessageStatus::Read, true); });
    connect(m_markUnread, &QAction::triggered, this, [this] { setSelectedFlag(MessageStatus::Read, false); });
    connect(m_delete, &QAction::triggered, this, [this] { setSelectedFlag(MessageStatus::Deleted, true); });
    connect(m_undelete, &QAction::triggered, this, [this] { setSelectedFlag(MessageStatus::Deleted, false); });
    connect(m_markSpam, &QAction::triggered, this, [this] { learnSelected(true); });
    connect(m_markHam, &QAction::triggered, this, [this] { learnSelected(false); });
    connect(m_save, &QAction::triggered, this, [this] { writeChanges(false); });
    connect(m_expunge, &QAction::triggered, this, [this] { writeChanges(true); });
    connect(m_compose, &QAction::triggered, this, [this] { compose({}); });
    connect(m_reply, &QAction::triggered, this,
            [this] { compose(OutgoingMessage::reply(m_view->message(), false, LocalUser::name())); });
    connect(m_replyAll, &QAction::triggered, this,
            [this] { compose(OutgoingMessage::reply(m_view->message(), true, LocalUser::name())); });
    connect(m_forward, &QAction::triggered, this, [this] { compose(OutgoingMessage::forward(m_view->message())); });

    auto *searchRow = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mailSearch"));
    m_search->setPlaceholderText(tr("Search subject, from and to"));
    m_search->setClearButtonEnabled(true);
    searchRow->addWidget(m_search, 1);
    m_bodySearch = new QCheckBox(tr("Also search message bodies"), this);
    m_bodySearch->setObjectName(QStringLiteral("bodySearch"));
    searchRow->addWidget(m_bodySearch);
    m_threads = new QCheckBox(tr("Show threads"), this);
    m_threads->setObjectName(QStringLiteral("showThreads"));
    m_threads->setChecked(true);
    searchRow->addWidget(m_threads);
    layout->addLayout(searchRow);

    // Typing filters after a short pause, so a large mailbox is not filtered on every key.
    auto *searchTimer = new QTimer(this);
    searchTimer->setSingleShot(true);
    searchTimer->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, searchTimer, qOverload<>(&QTimer::start));
    connect(searchTimer, &QTimer::timeout, this, [this] {
        m_proxy->setSearchText(m_search->text());
        startBodySearch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this, searchTimer] {
        searchTimer->stop();
        m_proxy->setSearchText(m_search->text());
        startBodySearch();
    });
    connect(m_bodySearch, &QCheckBox::toggled, this, [this](bool on) {
        auto fields
            = MessageFilterProxyModel::Fields(MessageFilterProxyModel::SubjectField | MessageFilterProxyModel::FromField
                                              | MessageFilterProxyModel::ToField);
        if (on) {
            fields |= MessageFilterProxyModel::BodyField;
        }
        m_proxy->setFields(fields);
        startBodySearch();
    });
    connect(m_threads, &QCheckBox::toggled, this, [this](bool on) {
        m_delegate->setThreaded(on);
        m_list->viewport()->update();
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeView(splitter);
    m_list->setObjectName(QStringLiteral("messageList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true); // fast scrolling through 100k rows
    m_list->setAllColumnsShowFocus(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setSortingEnabled(true);
    m_list->setItemDelegate(m_delegate);
    m_list->setModel(m_proxy);
    m_list->sortByColumn(MessageListModel::DateColumn, Qt::AscendingOrder);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(MessageListModel::StatusColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(MessageListModel::SubjectColumn, QHeaderView::Stretch);
    m_list->header()->resizeSection(MessageListModel::FromColumn, 220);
    m_list->header()->resizeSection(MessageListModel::DateColumn, 160);
    m_list->header()->resizeSection(MessageListModel::SizeColumn, 80);
    m_list->header()->resizeSection(MessageListModel::SpamColumn, 70);
    m_list->setColumnHidden(MessageListModel::SpamColumn, true); // until a message has SpamAssassin's headers
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *a :
         {m_reply, m_replyAll, m_forward, m_markRead, m_markUnread, m_delete, m_undelete, m_markSpam, m_markHam}) {
        m_list->addAction(a);
    }
    m_view = new MessageView(splitter);
    splitter->addWidget(m_list);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("mailCount"));
    layout->addWidget(m_count);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MailPage::onCurrentChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MailPage::updateActions);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MailPage::onBatchApplied);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &MailPage::onBatchApplied);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &MailPage::onBatchApplied);

    m_mailboxMenu
        = isRemote() ? new MailboxMenu(m_connection.host(), m_mailboxButton) : new MailboxMenu(m_mailboxButton);
    m_mailboxButton->setMenu(m_mailboxMenu);
    connect(m_mailboxMenu, &MailboxMenu::openRequested, this,
            [this](const QString &path, bool maildir) { openMailbox(path, maildir); });
    connect(m_mailboxMenu, &MailboxMenu::otherUserRequested, this, &MailPage::openOtherUsersMailbox);
    connect(m_mailboxMenu, &MailboxMenu::problem, this, [this](const QString &text) { showBanner(text, true); });
}

void MailPage::startBodySearch()
{
    if (!m_bodySearch->isChecked() || m_proxy->searchTerms().isEmpty() || m_path.isEmpty()
        || m_model->table().size() == 0) {
        m_bodySearchJob->cancel();
        m_proxy->clearBodyMatches();
        return;
    }
    if (m_proxy->hasBodyMatches() && !m_bodySearchJob->isRunning() && m_proxy->searchTerms() == m_lastBodyTerms
        && m_model->table().size() == m_lastBodySearchSize) {
        return; // the verdict for these words and this index is in already
    }
    m_lastBodyTerms = m_proxy->searchTerms();
    m_lastBodySearchSize = m_model->table().size();
    m_bodySearchJob->start(m_path, m_maildir, m_model->table(), m_proxy->searchTerms());
    if (!m_loader->isRunning() && !m_writing) {
        m_progress->setFormat(tr("Searching message bodies %p%"));
        m_progress->setRange(0, 1000);
        m_progress->setValue(0);
        m_progress->show();
        m_cancel->show();
    }
}

void MailPage::openUsersMailbox(const QString &user)
{
    if (isRemote() || user != LocalUser::name()) {
        openOtherUsersMailbox(user);
        return;
    }
    const MailSpoolLocation spool = m_mailboxMenu->ownSpool();
    openMailbox(spool.path, spool.maildir);
}

void MailPage::selectNewestWithSubject(const QString &subject)
{
    // The open (or the helper's answer) is asynchronous: select once the list is complete.
    auto *once = new QObject(this);
    connect(this, &MailPage::mailboxLoaded, once, [this, once, subject](bool ok) {
        once->deleteLater();
        if (!ok) {
            return;
        }
        QModelIndex newest;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, MessageListModel::SubjectColumn);
            if (index.data().toString() == subject) {
                newest = index; // mbox and Maildir order: later is newer
            }
        }
        const QModelIndex shown = m_proxy->mapFromSource(newest);
        if (shown.isValid()) {
            m_list->setCurrentIndex(shown);
            m_list->scrollTo(shown);
        }
    });
}

void MailPage::openMailbox(const QString &path, bool maildir, MailboxAccess::ReadOnlyReason readOnly)
{
    if (!m_watcher->files().isEmpty()) {
        m_watcher->removePaths(m_watcher->files());
    }
    if (!m_watcher->directories().isEmpty()) {
        m_watcher->removePaths(m_watcher->directories());
    }
    if (readOnly == MailboxAccess::ReadOnlyReason::None) {
        m_copy.reset();
        m_readOnlyNote.clear();
        m_displayName = path;
    }
    m_path = path;
    m_maildir = maildir;
    m_readOnly
        = readOnly != MailboxAccess::ReadOnlyReason::None ? readOnly : MailboxAccess::checkWritable(path, maildir);
    m_view->clear();
    m_bodySearchJob->cancel();
    m_proxy->clearBodyMatches();
    m_lastBodyTerms.clear();
    m_model->clear();
    m_refreshPending = false;
    finishOpen(m_displayName);
    m_loader->open(path);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    if (!m_copy) {
        if (maildir) {
            m_watcher->addPaths(
                {QDir(path).filePath(QStringLiteral("new")), QDir(path).filePath(QStringLiteral("cur"))});
        } else {
            m_watcher->addPath(path);
        }
    }
    updateActions();
}

void MailPage::finishOpen(const QString &title)
{
    m_title->setText(title);
    if (m_readOnly == MailboxAccess::ReadOnlyReason::None) {
        m_banner->hide();
    } else {
        QString text = MailboxAccess::reasonText(m_readOnly);
        if (!m_readOnlyNote.isEmpty()) {
            text = Mailroom::joinSentences(m_readOnlyNote, text);
        }
        showBanner(text, false);
    }
}

void MailPage::openOtherUsersMailbox(const QString &user)
{
    if (isRemote() || !RemoteMailbox::canPassDescriptors(m_connection.bus())) {
        readRemoteMailbox(user);
        return;
    }
    if (!m_helper) {
        m_helper = new HelperClient(m_connection.bus(), this);
    }
    showBanner(tr("Asking the helper for %1's mailbox…").arg(user), false);
    auto *watcher = new QDBusPendingCallWatcher(m_helper->proxy()->OpenMailbox(user), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, user](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        // A mailbox that cannot be opened ends this open like a failed load: whoever waits for
        // it (Open in Mail's selection) stops waiting.
        auto fail = [this](const QString &message) {
            showBanner(message, true);
            Q_EMIT mailboxLoaded(false);
        };
        QDBusPendingReply<QDBusUnixFileDescriptor> reply = *w;
        if (reply.isError()) {
            fail(tr("Could not open %1's mailbox: %2").arg(user, HelperError::fromDBus(reply.error()).userMessage()));
            return;
        }
        MailboxSnapshot snapshot = MailboxSnapshot::copy(reply.value().fileDescriptor());
        if (snapshot.failure != MailboxSnapshot::Failure::None) {
            fail(snapshot.failure == MailboxSnapshot::Failure::Copy
                     ? tr("Could not copy %1's mailbox: %2").arg(user, snapshot.error)
                     : tr("Could not read %1's mailbox: %2").arg(user, snapshot.error));
            return;
        }
        auto copy = std::move(snapshot.file);
        const QString path = copy->fileName();
        m_copy = std::move(copy);
        m_displayName = tr("%1's mailbox").arg(user);
        m_readOnlyNote = tr("This is %1's mailbox, read through the helper.").arg(user);
        openMailbox(path, false, MailboxAccess::ReadOnlyReason::NotRequested);
    });
}

void MailPage::readRemoteMailbox(const QString &user)
{
    const QString host = isRemote() ? m_connection.host().toString() : QString();
    m_loader->cancel();
    m_bodySearchJob->cancel();
    showBanner(isRemote() ? tr("Reading %1's mailbox from %2…").arg(user, host)
                          : tr("Asking the helper for %1's mailbox…").arg(user),
               false);
    m_progress->setRange(0, 0); // the size is the helper's to know
    m_progress->setFormat(tr("%1 read").arg(QLocale().formattedDataSize(0)));
    m_progress->show();
    m_cancel->show();
    // Only the latest request's answer counts.
    disconnect(m_remoteCopy, &RemoteMailboxCopy::finished, this, nullptr);
    connect(m_remoteCopy, &RemoteMailboxCopy::finished, this,
            [this, user, host](const std::shared_ptr<QTemporaryFile> &file, const HelperError &error) {
                m_progress->hide();
                m_cancel->hide();
                m_progress->setFormat(tr("Indexing %p%"));
                if (!file) {
                    showBanner(tr("Could not read %1's mailbox: %2").arg(user, error.userMessage()), true);
                    Q_EMIT mailboxLoaded(false);
                    return;
                }
                m_copy = file;
                if (host.isEmpty()) {
                    m_displayName = tr("%1's mailbox").arg(user);
                    m_readOnlyNote = tr("This is %1's mailbox, read through the helper.").arg(user);
                } else {
                    m_displayName = tr("%1's mailbox on %2").arg(user, host);
                    m_readOnlyNote = tr("This is a copy of %1's mailbox on %2, read through the helper there. "
                                        "Marking, deleting and expunging change the mailbox file itself, so "
                                        "they are not available for a mailbox on another host.")
                                         .arg(user, host);
                }
                openMailbox(file->fileName(), false, MailboxAccess::ReadOnlyReason::NotRequested);
            });
    m_remoteCopy->start(m_connection.bus(), user);
}

void MailPage::showBanner(const QString &text, bool error)
{
    m_banner->setText(text);
    m_banner->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fdecea; color: #611a15; border-radius: 3px; }")
              : QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border-radius: 3px; }"));
    m_banner->show();
}

void MailPage::onBatchApplied()
{
    m_list->setColumnHidden(MessageListModel::SpamColumn, !m_model->hasSpamHeaders());
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? tr("%n message(s)", nullptr, m_model->rowCount())
                         : tr("%1 of %n message(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void MailPage::onLoaderFinished(bool ok, const QString &error)
{
    m_progress->hide();
    m_cancel->hide();
    if (!ok && !error.isEmpty()) {
        showBanner(error, true);
    } else if (const QString recovery = m_loader->recoveryNotice(); !recovery.isEmpty()) {
        // An interrupted rewrite of this mailbox: finished now, or the copy the user must see to.
        showBanner(recovery, m_loader->recoveryNeedsAttention());
    }
    // A rewrite replaces the file (new inode): watch the new one.
    if (!m_copy && !m_maildir && !m_path.isEmpty() && !m_watcher->files().contains(m_path)
        && QFileInfo::exists(m_path)) {
        m_watcher->addPath(m_path);
    }
    onBatchApplied();
    updateActions();
    if (ok) {
        startBodySearch();
    }
    Q_EMIT mailboxLoaded(ok);
    if (m_refreshPending) {
        m_refreshPending = false;
        onFileChanged();
    }
}

void MailPage::onFileChanged()
{
    if (m_writing || m_path.isEmpty()) {
        return;
    }
    if (m_loader->isRunning()) {
        m_refreshPending = true;
        return;
    }
    m_loader->refresh();
}

QByteArray MailPage::readMessage(int entry, QString *error) const
{
    const MessageTable &table = m_model->table();
    if (entry < 0 || entry >= table.size()) {
        return {};
    }
    if (m_maildir) {
        return MaildirStore(m_path).readMessage(table.key(entry), error);
    }
    return MboxIndexer::readMessage(m_path, table.entry(entry), error);
}

void MailPage::onCurrentChanged()
{
    const QModelIndex current = m_list->currentIndex();
    updateActions();
    if (!current.isValid()) {
        m_view->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    const int entry = m_model->entryIndex(source.row());
    QString error;
    const QByteArray raw = readMessage(entry, &error);
    if (raw.isEmpty() && !error.isEmpty()) {
        m_view->clear();
        showBanner(tr("Could not read the message: %1").arg(error), true);
        return;
    }
    m_view->showMessage(raw);
    // Reading marks the message read, as every mail reader does (written with the next save).
    if (!isReadOnly() && !(m_model->table().flags(entry) & MessageStatus::Read)
        && m_list->selectionModel()->selectedRows().size() == 1) {
        setSelectedFlag(MessageStatus::Read, true);
    }
    updateActions();
}

void MailPage::setSelectedFlag(int flag, bool on)
{
    if (isReadOnly() || m_writing) {
        return;
    }
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    QString error;
    for (const QModelIndex &proxyIndex : rows) {
        const int row = m_proxy->mapToSource(proxyIndex).row();
        const int entry = m_model->entryIndex(row);
        auto flags = m_model->table().flags(entry);
        flags.setFlag(MessageStatus::Flag(flag), on);
        if (flag == MessageStatus::Read) {
            flags |= MessageStatus::Old;
        }
        if (m_maildir) {
            // Maildir flags live in the file name: rename at once (cheap and atomic).
            const QByteArray key = MaildirStore(m_path).setFlags(m_model->table().key(entry), flags, &error);
            if (key.isEmpty()) {
                continue;
            }
            m_model->setFlags(row, flags);
            m_model->setMaildirKey(row, key, flags);
            continue;
        }
        m_model->setFlags(row, flags);
    }
    if (!error.isEmpty()) {
        showBanner(error, true);
    }
    updateActions();
}

void MailPage::learnSelected(bool spam)
{
    if (m_learner->isRunning()) {
        return;
    }
    QList<QByteArray> messages;
    for (const QModelIndex &proxyIndex : m_list->selectionModel()->selectedRows()) {
        const int entry = m_model->entryIndex(m_proxy->mapToSource(proxyIndex).row());
        QString error;
        const QByteArray raw = readMessage(entry, &error);
        if (raw.isEmpty()) {
            showBanner(tr("Could not read the message: %1").arg(error), true);
            return;
        }
        messages.append(raw);
    }
    if (messages.isEmpty()) {
        return;
    }
    m_progress->setFormat(spam ? tr("Learning spam %v/%m") : tr("Learning wanted mail %v/%m"));
    m_progress->setRange(0, int(messages.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_learner->start(spam ? SpamLearner::Kind::Spam : SpamLearner::Kind::Ham, messages);
    updateActions();
}

void MailPage::writeChanges(bool expunge)
{
    if (isReadOnly() || m_writing || m_loader->isRunning() || (m_maildir && !expunge)) {
        return; // (Maildir flags are written as they change)
    }
    m_writing = true;
    updateActions();
    if (!m_maildir) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Writing…"));
        m_progress->show();
    }
    m_writer->setLockMethods(m_mailboxMenu->postfixSettings().lockMethods());
    m_writer->write(m_path, m_maildir, m_model->table(), m_loader->device(), m_loader->inode(), expunge);
}

void MailPage::onChangesWritten(const MboxRewriter::Result &result, const QString &message)
{
    m_writing = false;
    if (m_maildir) {
        openMailbox(m_path, true);
        Q_EMIT changesWritten(result.outcome == MboxRewriter::Outcome::Written, message);
        return;
    }
    m_progress->hide();
    m_progress->setFormat(tr("Indexing %p%"));
    m_progress->setRange(0, 1000);
    switch (result.outcome) {
    case MboxRewriter::Outcome::Written:
        openMailbox(m_path, false);
        break;
    case MboxRewriter::Outcome::NothingToDo:
        break;
    case MboxRewriter::Outcome::ReadOnly:
        m_readOnly = result.reason;
        finishOpen(m_displayName);
        break;
    case MboxRewriter::Outcome::Failed:
        showBanner(message, true);
        break;
    }
    m_count->setText(message);
    updateActions();
    const bool ok
        = result.outcome == MboxRewriter::Outcome::Written || result.outcome == MboxRewriter::Outcome::NothingToDo;
    Q_EMIT changesWritten(ok, message);
}

void MailPage::compose(const OutgoingMessage &message)
{
    auto *dialog = new ComposeDialog(message, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ComposeDialog::sent, this, [this] { m_count->setText(tr("Message handed to sendmail.")); });
    dialog->show();
}

void MailPage::updateActions()
{
    const bool hasSelection = m_list->selectionModel() && m_list->selectionModel()->hasSelection();
    const bool canWrite = !m_path.isEmpty() && !isReadOnly() && !m_writing;
    for (QAction *a : {m_markRead, m_markUnread, m_delete, m_undelete}) {
        a->setEnabled(canWrite && hasSelection);
    }
    const bool loaded = canWrite && !m_loader->isRunning();
    m_save->setEnabled(loaded && !m_maildir && m_model->hasUnsavedChanges());
    bool anyDeleted = false;
    if (loaded) {
        const MessageTable &table = m_model->table();
        for (qsizetype i = 0; i < table.size() && !anyDeleted; ++i) {
            anyDeleted = table.flags(i) & MessageStatus::Deleted;
        }
    }
    m_expunge->setEnabled(anyDeleted);
    const bool hasMessage = m_view->hasMessage() && !isRemote();
    m_compose->setEnabled(!isRemote());
    m_reply->setEnabled(hasMessage);
    m_replyAll->setEnabled(hasMessage);
    m_forward->setEnabled(hasMessage);
    // Learning reads the messages only: a read-only mailbox (another user's copy) is fine too.
    const bool canLearn = hasSelection && !m_learner->isRunning() && !isRemote();
    m_markSpam->setEnabled(canLearn);
    m_markHam->setEnabled(canLearn);
}
