// SPDX-License-Identifier: GPL-2.0-or-later
#include "certificatestab.h"

#include "bannerstyle.h"
#include "helperapi.h"
#include "helperclient.h"
#include "helperproxy.h"
#include "smtp/certificateexpiry.h"
#include "smtp/certificatesummary.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using Mailroom::CertificateExpiry;
using Mailroom::CertificateSummary;
using Mailroom::HelperError;

namespace {
QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}
} // namespace

CertificatesTab::CertificatesTab(Mailroom::HelperClient *client, QWidget *parent, bool scrolling)
    : QWidget(parent)
    , m_client(client)
    , m_summary(new QLabel(this))
    , m_attention(new QLabel(this))
    , m_detailsBox(new QGroupBox(tr("The certificate Postfix offers"), this))
    , m_details(new QFormLayout)
    , m_keyType(new QComboBox(this))
    , m_selfSigned(new QPushButton(tr("Make a self-signed certificate"), this))
    , m_request(new QPushButton(tr("Make a signing request…"), this))
    , m_install(new QPushButton(tr("Install a certificate from a CA…"), this))
    , m_letsEncrypt(new QPushButton(tr("Use certbot's certificate"), this))
    , m_requestBox(new QGroupBox(tr("Signing request waiting for its certificate"), this))
    , m_requestText(new QPlainTextEdit(this))
    , m_copyRequest(new QPushButton(tr("Copy"), this))
    , m_saveRequest(new QPushButton(tr("Save as…"), this))
    , m_status(new QLabel(this))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    if (scrolling) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(content);
        outer->addWidget(scroll);
    } else {
        layout->setContentsMargins(0, 0, 0, 0);
        outer->addWidget(content);
    }

    auto *intro = new QLabel(tr("Mail servers and mail clients that connect to this one encrypt the connection "
                                "(STARTTLS) with this certificate. Keys are made by Mailroom's helper on this machine "
                                "and never leave it."),
                             content);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_summary->setObjectName(QStringLiteral("certificateSummary"));
    m_summary->setWordWrap(true);
    QFont sf = m_summary->font();
    sf.setBold(true);
    m_summary->setFont(sf);
    layout->addWidget(m_summary);
    m_attention->setObjectName(QStringLiteral("certificateAttention"));
    m_attention->setWordWrap(true);
    m_attention->hide();
    layout->addWidget(m_attention);

    m_details->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_detailsBox->setLayout(m_details);
    m_detailsBox->setObjectName(QStringLiteral("certificateDetails"));
    layout->addWidget(m_detailsBox);

    auto *actions = new QGroupBox(tr("A new certificate"), content);
    auto *al = new QVBoxLayout(actions);
    auto *keyRow = new QHBoxLayout;
    auto *keyLabel = new QLabel(tr("Key type:"), actions);
    m_keyType->setObjectName(QStringLiteral("keyType"));
    m_keyType->addItem(tr("ECDSA P-256 (recommended: small and fast, every current mail program knows it)"),
                       QStringLiteral("ec-p256"));
    m_keyType->addItem(tr("RSA 3072 (for very old mail programs)"), QStringLiteral("rsa-3072"));
    keyLabel->setBuddy(m_keyType);
    keyRow->addWidget(keyLabel);
    keyRow->addWidget(m_keyType, 1);
    al->addLayout(keyRow);
    const auto actionRow = [actions, al](QPushButton *button, const QString &explanation) {
        auto *row = new QHBoxLayout;
        button->setMinimumWidth(260);
        row->addWidget(button, 0, Qt::AlignTop);
        auto *text = new QLabel(explanation, actions);
        text->setWordWrap(true);
        text->setForegroundRole(QPalette::PlaceholderText);
        row->addWidget(text, 1);
        al->addLayout(row);
    };
    m_selfSigned->setObjectName(QStringLiteral("selfSignedButton"));
    actionRow(m_selfSigned,
              tr("Mail is encrypted at once. Servers that check certificates do not trust it; your "
                 "users' mail programs ask once whether to accept it."));
    m_request->setObjectName(QStringLiteral("requestButton"));
    actionRow(m_request,
              tr("For a certificate from a certificate authority: give the request to the authority; the "
                 "key stays here."));
    m_install->setObjectName(QStringLiteral("installButton"));
    actionRow(m_install,
              tr("The PEM file the authority sent (the certificate and its chain, in any order). It must "
                 "belong to the request made here and name this host."));
    m_letsEncrypt->setObjectName(QStringLiteral("letsEncryptButton"));
    actionRow(m_letsEncrypt,
              tr("When certbot already has a certificate for this host in /etc/letsencrypt/live: "
                 "Postfix reads it from there, so certbot's renewals apply."));
    layout->addWidget(actions);

    m_requestBox->setObjectName(QStringLiteral("requestBox"));
    auto *rl = new QVBoxLayout(m_requestBox);
    m_requestText->setObjectName(QStringLiteral("requestText"));
    m_requestText->setReadOnly(true);
    m_requestText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestText->setMinimumHeight(120);
    rl->addWidget(m_requestText);
    auto *requestButtons = new QHBoxLayout;
    requestButtons->addStretch(1);
    requestButtons->addWidget(m_copyRequest);
    requestButtons->addWidget(m_saveRequest);
    rl->addLayout(requestButtons);
    m_requestBox->hide();
    layout->addWidget(m_requestBox);

    m_status->setObjectName(QStringLiteral("certificateStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_selfSigned, &QPushButton::clicked, this, &CertificatesTab::makeSelfSigned);
    connect(m_request, &QPushButton::clicked, this, &CertificatesTab::makeRequest);
    connect(m_install, &QPushButton::clicked, this, &CertificatesTab::installFromFile);
    connect(m_letsEncrypt, &QPushButton::clicked, this, &CertificatesTab::useLetsEncrypt);
    connect(m_copyRequest, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_requestText->toPlainText()); });
    connect(m_saveRequest, &QPushButton::clicked, this, &CertificatesTab::saveRequest);
}

QString CertificatesTab::keyType() const
{
    return m_keyType->currentData().toString();
}

void CertificatesTab::refresh()
{
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->GetTlsCertificate(), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        QDBusPendingReply<Mailroom::TlsCertificateState> reply = *watcher;
        if (reply.isError()) {
            const HelperError error = HelperError::fromDBus(reply.error());
            const bool missing = error.dbusName == Mailroom::Api::Error::NotInstalled;
            const QString message
                = missing ? tr("Postfix is not installed: install and start it first.") : error.userMessage();
            m_summary->setText(message);
            m_detailsBox->hide();
            m_attention->hide();
            for (QPushButton *b : {m_selfSigned, m_request, m_install, m_letsEncrypt}) {
                b->setEnabled(false);
            }
            Q_EMIT loadFailed(message, missing);
            return;
        }
        showState(reply.value());
        Q_EMIT stateLoaded(reply.value());
    });
}

void CertificatesTab::showState(const Mailroom::TlsCertificateState &state)
{
    m_state = state;
    while (m_details->rowCount() > 0) {
        m_details->removeRow(0);
    }
    const CertificateSummary c = CertificateSummary::fromPem(state.chainPem.toLatin1(), state.hostName);
    const QLocale locale;
    if (c.isNull) {
        m_summary->setText(tr("Postfix offers no certificate: mail from other servers arrives unencrypted."));
        m_detailsBox->hide();
        m_attention->setText(tr("Make a self-signed certificate below to encrypt at once, or request one from a "
                                "certificate authority."));
        m_attention->setStyleSheet(BannerStyle::Warning);
        m_attention->show();
    } else {
        m_detailsBox->show();
        m_summary->setText(c.selfSigned ? tr("Postfix offers a self-signed certificate for %1.").arg(state.hostName)
                               : c.chainTrusted
                               ? tr("Postfix offers a certificate for %1 from %2, trusted by this system.")
                                     .arg(state.hostName, c.issuer)
                               : tr("Postfix offers a certificate for %1 from %2.").arg(state.hostName, c.issuer));
        const auto add = [this](const QString &label, const QString &value) {
            m_details->addRow(label, valueLabel(value, m_detailsBox));
        };
        add(tr("Subject:"), c.subject);
        add(tr("Names:"), c.alternativeNames.join(QStringLiteral(", ")));
        add(tr("Issued by:"), c.selfSigned ? tr("%1 (itself)").arg(c.issuer) : c.issuer);
        add(tr("Valid:"),
            tr("from %1 until %2")
                .arg(locale.toString(c.notBefore.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(c.notAfter.toLocalTime(), QLocale::ShortFormat)));
        add(tr("Key:"),
            state.keyMatches
                ? tr("%1 — the private key belongs to it").arg(c.keyDescription())
                : tr("%1 — the private key does NOT belong to it: Postfix cannot use it").arg(c.keyDescription()));
        add(tr("SHA-256 fingerprint:"), c.sha256);
        add(tr("Trusted:"),
            c.chainTrusted     ? tr("yes, by the system's certificate authorities")
                : c.selfSigned ? tr("no: self-signed (mail is encrypted; mail programs ask once)")
                               : tr("no: %1").arg(c.problems.join(QStringLiteral("; "))));
        add(tr("Host name:"),
            c.hostMatches ? tr("matches %1").arg(state.hostName)
                          : tr("does not match %1 (myhostname)").arg(state.hostName));
        add(tr("Files:"), QStringList {state.keyFile, state.certificateFile}.join(QLatin1Char('\n')));
        const auto expiry = CertificateExpiry::at(c.notBefore, c.notAfter, QDateTime::currentDateTimeUtc());
        QStringList problems;
        if (expiry.needsAttention()) {
            problems << expiry.message(state.hostName, state.source);
        }
        if (!state.keyMatches) {
            problems << tr("The private key does not belong to the certificate: Postfix cannot offer TLS.");
        }
        if (!c.hostMatches) {
            problems << tr("The certificate does not name %1: servers that check names refuse it.").arg(state.hostName);
        }
        m_attention->setText(problems.join(QLatin1Char('\n')));
        m_attention->setStyleSheet(expiry.state == CertificateExpiry::State::Expired || !state.keyMatches
                                       ? BannerStyle::Error
                                       : BannerStyle::Warning);
        m_attention->setVisible(!problems.isEmpty());
    }
    const QString level = state.securityLevel.isEmpty() ? QStringLiteral("none") : state.securityLevel;
    m_details->addRow(tr("STARTTLS:"),
                      valueLabel(level == QLatin1String("encrypt")   ? tr("required (encrypt)")
                                     : level == QLatin1String("may") ? tr("offered to those who want it (may)")
                                                                     : tr("off (%1)").arg(level),
                                 m_detailsBox));
    for (QPushButton *b : {m_selfSigned, m_request, m_install}) {
        b->setEnabled(true);
    }
    m_requestText->setPlainText(state.requestPem);
    m_requestBox->setVisible(!state.requestPem.isEmpty());
    m_letsEncrypt->setEnabled(state.letsEncryptAvailable);
    m_letsEncrypt->setToolTip(state.letsEncryptAvailable
                                  ? QString()
                                  : tr("certbot has no certificate for %1 on this machine.").arg(state.hostName));
}

void CertificatesTab::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_selfSigned), static_cast<QWidget *>(m_request),
                       static_cast<QWidget *>(m_install), static_cast<QWidget *>(m_keyType)}) {
        w->setEnabled(!busy);
    }
    m_letsEncrypt->setEnabled(!busy && m_state.letsEncryptAvailable);
    if (busy) {
        showResult(tr("Working… (a new RSA key takes a moment)"), true);
    }
}

void CertificatesTab::showResult(const QString &text, bool good)
{
    m_status->setText(text);
    m_status->setStyleSheet(good ? BannerStyle::Good : BannerStyle::Error);
    m_status->show();
}

void CertificatesTab::applyCall(const QDBusPendingCall &call, const QString &doneText)
{
    setBusy(true);
    auto *w = new QDBusPendingCallWatcher(call, this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this, doneText](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        setBusy(false);
        QDBusPendingReply<QString> reply = *watcher;
        if (reply.isError()) {
            const HelperError error = HelperError::fromDBus(reply.error());
            showResult(error.dbusName == Mailroom::Api::Error::RolledBack
                           ? tr("Postfix refused the new certificate, so the previous one stays. Postfix said:\n%1")
                                 .arg(error.message)
                           : error.userMessage(),
                       false);
        } else {
            showResult(doneText, true);
            Q_EMIT applied();
        }
        refresh();
    });
}

void CertificatesTab::makeSelfSigned()
{
    const CertificateSummary c = CertificateSummary::fromPem(m_state.chainPem.toLatin1(), m_state.hostName);
    if (!c.isNull && !c.selfSigned
        && QMessageBox::question(this, tr("Replace the certificate"),
                                 tr("Postfix offers a certificate from %1 now. Replace it with a self-signed one? The "
                                    "current key and certificate are backed up first.")
                                     .arg(c.issuer))
            != QMessageBox::Yes) {
        return;
    }
    applyCall(m_client->proxy()->CreateTlsCertificate(keyType(), true),
              tr("A new self-signed certificate for %1 is installed and Postfix was reloaded.").arg(m_state.hostName));
}

void CertificatesTab::makeRequest()
{
    if (!m_state.requestPem.isEmpty()
        && QMessageBox::question(this, tr("Make a new signing request"),
                                 tr("A signing request is already waiting for its certificate. A new one gets a new "
                                    "key: a certificate issued for the old request can then no longer be installed "
                                    "(its key is kept in the helper's backups). Make a new one?"))
            != QMessageBox::Yes) {
        return;
    }
    setBusy(true);
    auto *w = new QDBusPendingCallWatcher(m_client->proxy()->CreateTlsCertificate(keyType(), false), this);
    connect(w, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *watcher) {
        watcher->deleteLater();
        setBusy(false);
        QDBusPendingReply<QString> reply = *watcher;
        if (reply.isError()) {
            showResult(HelperError::fromDBus(reply.error()).userMessage(), false);
            return;
        }
        showResult(tr("The signing request is below: copy it or save it, and give it to the certificate authority. "
                      "When it sends the certificate, install it here."),
                   true);
        refresh();
    });
}

void CertificatesTab::saveRequest()
{
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save the signing request"), m_state.hostName + QStringLiteral(".csr"),
                                       tr("Signing requests (*.csr *.pem)"));
    if (path.isEmpty()) {
        return;
    }
    QFile f(path);
    const QByteArray pem = m_requestText->toPlainText().toLatin1();
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(pem) != pem.size()) {
        showResult(tr("Cannot write %1: %2").arg(path, f.errorString()), false);
        return;
    }
    showResult(tr("Saved the signing request as %1.").arg(path), true);
}

void CertificatesTab::installFromFile()
{
    // Pasted, or read from the file the authority sent.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Install a certificate from a CA"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("Paste the certificate the authority sent (PEM: “-----BEGIN CERTIFICATE-----” …), "
                                "with its chain in any order, or open its file."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *text = new QPlainTextEdit(&dialog);
    text->setObjectName(QStringLiteral("pemText"));
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setMinimumSize(560, 260);
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *open = buttons->addButton(tr("Open file…"), QDialogButtonBox::ActionRole);
    QPushButton *install = buttons->addButton(tr("Install"), QDialogButtonBox::AcceptRole);
    install->setEnabled(false);
    layout->addWidget(buttons);
    connect(text, &QPlainTextEdit::textChanged, &dialog,
            [text, install] { install->setEnabled(!text->toPlainText().trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(open, &QPushButton::clicked, &dialog, [&dialog, text] {
        const QString path = QFileDialog::getOpenFileName(&dialog, tr("The certificate from the certificate authority"),
                                                          {}, tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (path.isEmpty()) {
            return;
        }
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            QMessageBox::warning(&dialog, dialog.windowTitle(), tr("Cannot read %1: %2").arg(path, f.errorString()));
            return;
        }
        text->setPlainText(QString::fromLatin1(f.read(64 * 1024 + 1)));
    });
    if (dialog.exec() == QDialog::Accepted) {
        installText(text->toPlainText());
    }
}

void CertificatesTab::installText(const QString &pem)
{
    applyCall(m_client->proxy()->InstallTlsCertificate(pem),
              tr("The certificate is installed and Postfix was reloaded."));
}

void CertificatesTab::useLetsEncrypt()
{
    applyCall(m_client->proxy()->UseLetsEncryptCertificate(),
              tr("Postfix now uses certbot's certificate for %1; certbot's renewals apply.").arg(m_state.hostName));
}
