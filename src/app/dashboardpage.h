// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;
class ServiceCard;

namespace Mailroom {
class HelperClient;
class ServiceStateModel;
struct HelperError;
struct ServiceState;
} // namespace Mailroom

// The live state of the machine's mail system, from the helper.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPage(QWidget *parent = nullptr);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void setupRequested();
    void certificatesRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onStates(const QList<Mailroom::ServiceState> &states);
    void onError(const Mailroom::HelperError &error);
    // The certificate Postfix offers: a notice when it is missing or expires within 30 days.
    void checkCertificate();

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
    bool m_pending = false;
};
