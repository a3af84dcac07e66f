// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectdialog.h"

#include "askpassdialog.h"
#include "hosts/hostconnector.h"
#include "hosts/savedhosts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Mailroom;

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QComboBox(this))
    , m_message(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_connector(new HostConnector(this))
{
    setWindowTitle(tr("Connect to Host"));
    setObjectName(QStringLiteral("connectDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Manage the mail system of another host over SSH. The host needs Mailroom's "
                                "helper (the mailroom package) and your SSH key; polkit on that host decides "
                                "what you may do."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_host->setObjectName(QStringLiteral("hostCombo"));
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    // The ten hosts used last (the hosts mailroomctl hosts and the overview keep too).
    for (const HostAddress &host : SavedHosts::load().mid(0, 10)) {
        m_host->addItem(host.toString());
    }
    m_host->lineEdit()->setPlaceholderText(tr("user@mail.example.org"));
    m_host->setMinimumWidth(320);
    form->addRow(tr("&Host:"), m_host);
    layout->addLayout(form);

    m_message->setObjectName(QStringLiteral("connectMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_busy->setObjectName(QStringLiteral("connectBusy"));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->hide();
    layout->addWidget(m_busy);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    // Connect does not close the dialog: the answer does.
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToHost);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectDialog::reject);
    connect(m_host, &QComboBox::editTextChanged, this, &ConnectDialog::validate);
    connect(m_host->lineEdit(), &QLineEdit::returnPressed, this, &ConnectDialog::connectToHost);

    connect(m_connector, &HostConnector::finished, this,
            [this](const HelperConnection &connection, const QString &error) {
                setBusy(false);
                if (!error.isEmpty() || !connection.isConnected()) {
                    showMessage(error.isEmpty() ? connection.failure() : error, true);
                    return;
                }
                SavedHosts::remember(connection.host());
                Q_EMIT connected(connection);
                accept();
            });
    validate();
    // Wrapped sentences: a fixed width, and the height they need at it (see fit()).
    setFixedWidth(520);
    fit();
}

void ConnectDialog::fit()
{
    layout()->activate();
    const int height = layout()->totalHeightForWidth(width());
    if (height > 0) {
        setFixedHeight(height);
    }
}

void ConnectDialog::setHostText(const QString &text)
{
    m_host->setEditText(text);
}

bool ConnectDialog::isConnecting() const
{
    return m_connector->isRunning();
}

void ConnectDialog::validate()
{
    if (isConnecting()) {
        return;
    }
    const QString text = m_host->currentText();
    QString error;
    const bool valid = HostAddress::parse(text, &error).isValid();
    m_connect->setEnabled(valid);
    if (valid || text.trimmed().isEmpty()) {
        m_message->hide();
        fit();
    } else {
        showMessage(error, true);
    }
}

void ConnectDialog::connectToHost()
{
    if (isConnecting()) {
        return;
    }
    QString error;
    const HostAddress host = HostAddress::parse(m_host->currentText(), &error);
    if (!host.isValid()) {
        showMessage(error, true);
        return;
    }
    setBusy(true);
    showMessage(tr("Connecting to %1…").arg(host.toString()), false);
    HelperConnection::Options options;
    options.askPass = AskPassDialog::program(); // a password or a new host key: ask in a window
    m_connector->start(host, options);
}

void ConnectDialog::reject()
{
    if (isConnecting()) {
        // Abandons the attempt; the dialog stays for another host or another try.
        m_connector->cancel();
        setBusy(false);
        showMessage(tr("Connecting was cancelled."), false);
        return;
    }
    QDialog::reject();
}

void ConnectDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_message->show();
    fit();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    fit();
    m_host->setEnabled(!busy);
    m_connect->setEnabled(!busy);
    if (!busy) {
        validate();
    }
}
