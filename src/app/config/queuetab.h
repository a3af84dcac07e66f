// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"
#include "queue/queueaction.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class HelperProxy;
class QDBusError;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace Mailroom {
class HelperClient;
struct HelperError;
class QueueFilterProxyModel;
class QueueModel;
} // namespace Mailroom

// The Configuration section's mail queue: every queued message with its queue, age and the
// reason delivery was deferred, filters, and retry / hold / release / requeue / delete on the
// selection. After an action the queue is read again until it changes (or a few seconds pass)
// and the result is said in words. It also keeps an eye on the queue for the navigation's badge.
class QueueTab : public QWidget
{
    Q_OBJECT
public:
    explicit QueueTab(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    ~QueueTab() override;

    Mailroom::QueueModel *model() const { return m_model; }
    Mailroom::QueueFilterProxyModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QStringList selectedIds() const;
    void selectIds(const QStringList &ids);
    // The words of the last action's result ("2 messages released"), or its error.
    QString resultText() const;

    // Acts on the selection; Delete asks first unless confirmed is set (tests).
    void act(Mailroom::QueueAction action, bool confirmed = false);
    void retryAll();

    // Reads the queue now and then every minute, without asking for a password, so the badge
    // is right before the page is opened; stops for good if the user may not read the queue.
    void startWatching();

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void showInLogsRequested(const QString &queueId);
    // Messages waiting longer than an hour, after each reading.
    void longWaitingChanged(int count);
    // A reading (or the re-reading after an action) has been shown.
    void queueRead();

private:
    void read(HelperProxy *proxy, bool quiet);
    void showEntries(const Mailroom::QueueEntryList &entries);
    void showReadError(const Mailroom::HelperError &error);
    void afterAction(const QDBusError &error);
    void pollAfterAction();
    void finishAction();
    void updateButtons();
    void updateDetails();
    void updateSummary();

    Mailroom::HelperClient *m_client;
    std::unique_ptr<HelperProxy> m_quietProxy; // no polkit prompt: the background reading
    Mailroom::QueueModel *m_model;
    Mailroom::QueueFilterProxyModel *m_filter;
    QLabel *m_summary;
    QLabel *m_result;
    QComboBox *m_queueCombo;
    QLineEdit *m_senderEdit;
    QLineEdit *m_recipientEdit;
    QLineEdit *m_reasonEdit;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QPushButton *m_retry;
    QPushButton *m_hold;
    QPushButton *m_release;
    QPushButton *m_requeue;
    QPushButton *m_delete;
    QPushButton *m_showInLogs;
    QPushButton *m_retryAll;
    QTimer *m_watchTimer;
    QTimer *m_pollTimer;
    QString m_readError;
    int m_longWaiting = -1;
    bool m_reading = false;
    bool m_watching = false;

    // The action whose effect is being waited for.
    struct Pending
    {
        Mailroom::QueueAction action;
        int count = 0;
        Mailroom::QueueEntryList before;
        QString error;
        QElapsedTimer since; // from the helper's reply
        bool replied = false;
    };
    std::optional<Pending> m_pending;
};
