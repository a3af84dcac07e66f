// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/spamcounter.h"

#include <QDate>
#include <QElapsedTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class ServiceCard;

namespace Mailroom {
class HelperConnection;
class HelperClient;
class JournalFeed;
class ServiceStateModel;
struct HelperError;
struct ServiceState;
struct SpamFilterState;
} // namespace Mailroom

// The live state of the machine's mail system, from the helper.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    // The helper on this computer's system bus.
    explicit DashboardPage(QWidget *parent = nullptr);
    // The helper reached through connection (this computer's, or another host's over SSH).
    explicit DashboardPage(const Mailroom::HelperConnection &connection, QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void setupRequested();
    void certificatesRequested();
    void spamFilterRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onStates(const QList<Mailroom::ServiceState> &states);
    void onError(const Mailroom::HelperError &error);
    // The certificate Postfix offers: a notice when it is missing or expires within 30 days.
    void checkCertificate();
    // The spam filter's state (once a minute) and, while it is installed, today's count.
    void checkSpamFilter();
    void showSpamFilter(const Mailroom::SpamFilterState &state);
    void hideSpamFilter();
    // Reads the journal from local midnight on and follows it; again when the date changes.
    void countSpamToday();
    void showSpamToday();

    Mailroom::HelperClient *m_client;
    Mailroom::ServiceStateModel *m_model;
    QLabel *m_headline;
    QLabel *m_nextStep;
    QPushButton *m_setupButton;
    QLabel *m_error;
    ServiceCard *m_postfix;
    ServiceCard *m_sendmail;
    QTableView *m_table;
    QLabel *m_updated;
    QPushButton *m_refresh;
    QTimer *m_timer;
    QLabel *m_certificate;
    QPushButton *m_certificateButton;
    QElapsedTimer m_certificateChecked;
    // Reads that must never bring up a password prompt: the filter's state, the journal.
    Mailroom::HelperClient *m_quietClient;
    QFrame *m_spamRow;
    QLabel *m_spamState;
    QLabel *m_spamToday;
    QLabel *m_spamWarning;
    QPushButton *m_spamButton;
    QElapsedTimer m_spamChecked;
    bool m_spamInstalled = false;
    Mailroom::JournalFeed *m_spamFeed;
    Mailroom::SpamCounter m_spamCounter;
    QDate m_spamDay; // the day being counted; invalid: not counting
    enum class SpamCount
    {
        Loading,
        Counting,
        NotAllowed, // read-logs needs a prompt: the Logs page asks
        Failed,
    };
    SpamCount m_spamCount = SpamCount::Loading;
    QString m_spamError;
    bool m_pending = false;
};
