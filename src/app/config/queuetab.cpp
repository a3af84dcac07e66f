// SPDX-License-Identifier: GPL-2.0-or-later
#include "config/queuetab.h"

#include "helperapi.h"
#include "helperclient.h"
#include "helperproxy.h"
#include "queue/queuefilterproxymodel.h"
#include "queue/queuemodel.h"

#include <QComboBox>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using Mailroom::QueueAction;
using Mailroom::QueueModel;

namespace {
// How long the queue is re-read after an action for its effect to show, and how often.
constexpr int SettleMs = 5000;
constexpr int PollMs = 250;
constexpr int WatchMs = 60 * 1000;
constexpr qint64 LongWaitSeconds = 3600;
} // namespace

QueueTab::QueueTab(Mailroom::HelperClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_model(new QueueModel(this))
    , m_filter(new Mailroom::QueueFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_result(new QLabel(this))
    , m_queueCombo(new QComboBox(this))
    , m_senderEdit(new QLineEdit(this))
    , m_recipientEdit(new QLineEdit(this))
    , m_reasonEdit(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_retry(new QPushButton(tr("Retry now"), this))
    , m_hold(new QPushButton(tr("Hold"), this))
    , m_release(new QPushButton(tr("Release"), this))
    , m_requeue(new QPushButton(tr("Requeue"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_showInLogs(new QPushButton(tr("Show in Logs"), this))
    , m_retryAll(new QPushButton(tr("Retry all deferred"), this))
    , m_watchTimer(new QTimer(this))
    , m_pollTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("queueTab"));
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("queueSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *filters = new QHBoxLayout;
    m_queueCombo->setObjectName(QStringLiteral("queueFilter"));
    m_queueCombo->addItem(tr("All queues"), QString());
    for (const char *q : {"deferred", "hold", "active", "incoming"}) {
        m_queueCombo->addItem(QueueModel::queueText(QLatin1String(q)), QLatin1String(q));
    }
    filters->addWidget(m_queueCombo);
    const struct
    {
        QLineEdit *edit;
        QString placeholder;
        const char *name;
    } edits[] = {{m_senderEdit, tr("Sender"), "senderFilter"},
                 {m_recipientEdit, tr("Recipient"), "recipientFilter"},
                 {m_reasonEdit, tr("Reason"), "reasonFilter"}};
    for (const auto &e : edits) {
        e.edit->setPlaceholderText(e.placeholder);
        e.edit->setClearButtonEnabled(true);
        e.edit->setObjectName(QLatin1String(e.name));
        filters->addWidget(e.edit, 1);
    }
    layout->addLayout(filters);

    m_view->setObjectName(QStringLiteral("queueTable"));
    m_view->setModel(m_filter);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(QueueModel::ArrivalColumn, Qt::AscendingOrder);

    m_details->setObjectName(QStringLiteral("queueDetails"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select a message to see each recipient and why its delivery was deferred."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    m_result->setObjectName(QStringLiteral("queueResult"));
    m_result->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_result, 1);
    m_retry->setToolTip(tr("Try to deliver the selected messages now (postqueue -i)."));
    m_hold->setToolTip(tr("Keep the selected messages in the queue without trying to deliver them."));
    m_release->setToolTip(tr("Let held messages be delivered again."));
    m_requeue->setToolTip(tr("Process the selected messages again, with the current settings."));
    m_delete->setToolTip(tr("Remove the selected messages from the queue; they are not delivered."));
    m_showInLogs->setObjectName(QStringLiteral("showInLogs"));
    m_showInLogs->setToolTip(tr("Follow the selected message through the mail log."));
    m_retryAll->setToolTip(tr("Try to deliver every deferred message now (postqueue -f)."));
    for (QPushButton *b : {m_retry, m_hold, m_release, m_requeue, m_delete, m_showInLogs, m_retryAll}) {
        actions->addWidget(b);
    }
    layout->addLayout(actions);

    connect(m_retry, &QPushButton::clicked, this, [this] { act(QueueAction::Retry); });
    connect(m_hold, &QPushButton::clicked, this, [this] { act(QueueAction::Hold); });
    connect(m_release, &QPushButton::clicked, this, [this] { act(QueueAction::Release); });
    connect(m_requeue, &QPushButton::clicked, this, [this] { act(QueueAction::Requeue); });
    connect(m_delete, &QPushButton::clicked, this, [this] { act(QueueAction::Delete); });
    connect(m_retryAll, &QPushButton::clicked, this, &QueueTab::retryAll);
    connect(m_showInLogs, &QPushButton::clicked, this, [this] {
        const QStringList ids = selectedIds();
        if (!ids.isEmpty()) {
            Q_EMIT showInLogsRequested(ids.first());
        }
    });
    connect(m_queueCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setQueueName(m_queueCombo->currentData().toString()); });
    connect(m_senderEdit, &QLineEdit::textChanged, m_filter, &Mailroom::QueueFilterProxyModel::setSenderFilter);
    connect(m_recipientEdit, &QLineEdit::textChanged, m_filter, &Mailroom::QueueFilterProxyModel::setRecipientFilter);
    connect(m_reasonEdit, &QLineEdit::textChanged, m_filter, &Mailroom::QueueFilterProxyModel::setReasonFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        updateDetails();
    });
    connect(m_filter, &QAbstractItemModel::modelReset, this, &QueueTab::updateDetails);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &QueueTab::updateSummary);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &QueueTab::updateSummary);

    m_watchTimer->setInterval(WatchMs);
    connect(m_watchTimer, &QTimer::timeout, this, [this] {
        if (!isVisible()) { // while shown, the page's own readings keep it current
            read(m_quietProxy.get(), true);
        }
    });
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setInterval(PollMs);
    connect(m_pollTimer, &QTimer::timeout, this, &QueueTab::pollAfterAction);
    updateButtons();
}

QueueTab::~QueueTab() = default;

void QueueTab::startWatching()
{
    if (m_watching) {
        return;
    }
    m_watching = true;
    m_quietProxy = std::make_unique<HelperProxy>(Mailroom::Api::ServiceName, Mailroom::Api::ObjectPath,
                                                 m_client->proxy()->connection());
    m_quietProxy->setInteractiveAuthorizationAllowed(false);
    read(m_quietProxy.get(), true);
    m_watchTimer->start();
}

void QueueTab::refresh()
{
    read(m_client->proxy(), false);
}

void QueueTab::read(HelperProxy *proxy, bool quiet)
{
    if (m_reading) {
        if (m_pending && m_pending->replied) {
            m_pollTimer->start(); // this reading may predate the action
        }
        return;
    }
    m_reading = true;
    auto *w = new QDBusPendingCallWatcher(proxy->GetQueue(), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this, quiet](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        m_reading = false;
        QDBusPendingReply<Mailroom::QueueEntryList> reply = *watcher;
        if (reply.isError()) {
            const auto error = Mailroom::HelperError::fromDBus(reply.error());
            if (quiet) {
                if (error.kind == Mailroom::HelperError::Kind::AccessDenied) {
                    m_watchTimer->stop(); // not for this user: no badge, and no prompt every minute
                }
                return;
            }
            showReadError(error);
            if (m_pending && m_pending->replied) {
                finishAction();
                return;
            }
        } else if (m_pending && m_pending->replied) {
            // After a failure one reading is enough: it shows what did happen.
            if (!m_pending->error.isEmpty() || reply.value() != m_pending->before
                || m_pending->since.hasExpired(SettleMs)) {
                showEntries(reply.value());
                finishAction();
            } else {
                m_pollTimer->start();
            }
            return;
        } else {
            showEntries(reply.value());
        }
        Q_EMIT queueRead();
    });
}

void QueueTab::showEntries(const Mailroom::QueueEntryList &entries)
{
    const QStringList selected = selectedIds();
    m_readError.clear();
    m_model->setEntries(entries, QDateTime::currentSecsSinceEpoch());
    selectIds(selected);
    for (int c = 0; c < QueueModel::RecipientsColumn; ++c) {
        m_view->resizeColumnToContents(c);
    }
    updateSummary();
    updateButtons();
    const int longWaiting = m_model->countWaitingLongerThan(LongWaitSeconds);
    if (longWaiting != m_longWaiting) {
        m_longWaiting = longWaiting;
        Q_EMIT longWaitingChanged(longWaiting);
    }
}

void QueueTab::showReadError(const Mailroom::HelperError &error)
{
    m_model->setEntries({}, 0);
    m_readError
        = error.dbusName == Mailroom::Api::Error::NotInstalled ? tr("Postfix is not installed.") : error.userMessage();
    updateSummary();
    updateButtons();
}

void QueueTab::updateSummary()
{
    if (!m_readError.isEmpty()) {
        m_summary->setText(m_readError);
        return;
    }
    const int all = m_model->rowCount();
    if (all == 0) {
        m_summary->setText(tr("The mail queue is empty: everything has been delivered or bounced."));
        return;
    }
    QString text = tr("%n message(s) waiting in the queue.", nullptr, all);
    if (m_filter->rowCount() != all) {
        text += QLatin1Char(' ') + tr("%n shown by the filters.", nullptr, m_filter->rowCount());
    }
    m_summary->setText(text);
}

QStringList QueueTab::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        ids << i.data(QueueModel::QueueIdRole).toString();
    }
    return ids;
}

void QueueTab::selectIds(const QStringList &ids)
{
    QItemSelection selection;
    for (const QString &id : ids) {
        const int row = m_model->rowOfId(id);
        if (row >= 0) {
            const QModelIndex i = m_filter->mapFromSource(m_model->index(row, 0));
            if (i.isValid()) {
                selection.select(i, i);
            }
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (!selection.isEmpty()) {
        m_view->selectionModel()->setCurrentIndex(selection.indexes().constFirst(), QItemSelectionModel::NoUpdate);
    }
}

QString QueueTab::resultText() const
{
    return m_result->text();
}

void QueueTab::updateButtons()
{
    const QStringList ids = selectedIds();
    bool anyHeld = false, anyNotHeld = false;
    for (const QString &id : ids) {
        const int row = m_model->rowOfId(id);
        const bool held = row >= 0 && m_model->entry(row).queueName == QLatin1String("hold");
        anyHeld |= held;
        anyNotHeld |= !held;
    }
    const bool idle = !m_pending;
    m_retry->setEnabled(idle && anyNotHeld);
    m_hold->setEnabled(idle && anyNotHeld);
    m_release->setEnabled(idle && anyHeld);
    m_requeue->setEnabled(idle && !ids.isEmpty());
    m_delete->setEnabled(idle && !ids.isEmpty());
    m_showInLogs->setEnabled(ids.size() == 1);
    m_retryAll->setEnabled(idle && m_model->rowCount() > 0);
}

void QueueTab::updateDetails()
{
    const QStringList ids = selectedIds();
    const int row = ids.size() == 1 ? m_model->rowOfId(ids.first()) : -1;
    if (row < 0) {
        m_details->clear();
        return;
    }
    const Mailroom::QueueEntry &e = m_model->entry(row);
    QString text = tr("Message %1 in the %2 queue, from %3, arrived %4 (%5 ago), %6.")
                       .arg(e.queueId, QueueModel::queueText(e.queueName),
                            m_model->index(row, QueueModel::SenderColumn).data().toString(),
                            QLocale().toString(QDateTime::fromSecsSinceEpoch(e.arrivalTime), QLocale::LongFormat),
                            m_model->index(row, QueueModel::AgeColumn).data().toString(),
                            m_model->index(row, QueueModel::SizeColumn).data().toString());
    text += QLatin1Char('\n');
    for (const auto &r : e.recipients) {
        text += QLatin1Char('\n') + r.address;
        if (!r.delayReason.isEmpty()) {
            text += QLatin1Char('\n') + tr("    deferred: %1").arg(r.delayReason);
        }
    }
    m_details->setPlainText(text);
}

void QueueTab::act(QueueAction action, bool confirmed)
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || m_pending) {
        return;
    }
    if (Mailroom::QueueActions::isDestructive(action) && !confirmed
        && QMessageBox::question(
               this, tr("Delete messages"),
               tr("Delete %n message(s) from the queue? They will not be delivered.", nullptr, int(ids.size())))
            != QMessageBox::Yes) {
        return;
    }
    HelperProxy *p = m_client->proxy();
    QDBusPendingCall call = [&] {
        switch (action) {
        case QueueAction::Retry:
            return QDBusPendingCall(p->RetryQueued(ids));
        case QueueAction::Hold:
            return QDBusPendingCall(p->HoldQueued(ids));
        case QueueAction::Release:
            return QDBusPendingCall(p->ReleaseQueued(ids));
        case QueueAction::Requeue:
            return QDBusPendingCall(p->RequeueQueued(ids));
        case QueueAction::Delete:
            break;
        }
        return QDBusPendingCall(p->DeleteQueued(ids));
    }();
    m_pending = Pending {action, int(ids.size()), m_model->entries(), {}, {}};
    m_result->setText(tr("Working…"));
    updateButtons();
    auto *w = new QDBusPendingCallWatcher(call, this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        afterAction(watcher->error());
    });
}

void QueueTab::retryAll()
{
    if (m_pending) {
        return;
    }
    int deferred = 0;
    for (const auto &e : m_model->entries()) {
        deferred += e.queueName == QLatin1String("deferred") ? 1 : 0;
    }
    m_pending = Pending {QueueAction::Retry, deferred, m_model->entries(), {}, {}};
    m_result->setText(tr("Working…"));
    updateButtons();
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->FlushQueue(), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        afterAction(watcher->error());
    });
}

void QueueTab::afterAction(const QDBusError &error)
{
    if (!m_pending) {
        return;
    }
    m_pending->replied = true;
    if (error.isValid()) {
        // A partial failure may still have changed the queue: read it once, then say so.
        m_pending->error = Mailroom::HelperError::fromDBus(error).userMessage();
    }
    m_pending->since.start();
    pollAfterAction();
}

void QueueTab::pollAfterAction()
{
    read(m_client->proxy(), false);
}

void QueueTab::finishAction()
{
    const Pending done = *m_pending;
    m_pending.reset();
    m_result->setText(done.error.isEmpty() ? Mailroom::QueueActions::doneText(done.action, done.count) : done.error);
    updateButtons();
    updateDetails();
    Q_EMIT queueRead();
}
