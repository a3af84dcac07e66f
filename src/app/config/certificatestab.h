// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helpertypes.h"

#include <QWidget>

class QComboBox;
class QDBusPendingCall;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Mailroom {
class HelperClient;
struct HelperError;
} // namespace Mailroom

// The certificate Postfix offers with STARTTLS: what it is (names, issuer, validity, key,
// fingerprint, trust, host name) and the ways to a new one — self-signed, a signing request for a
// certificate authority and installing what it issues, or certbot's. Keys are made by the helper.
class CertificatesTab : public QWidget
{
    Q_OBJECT
public:
    // scrolling: in a scroll area of its own (a tab); false inside a page that scrolls already (Setup).
    explicit CertificatesTab(Mailroom::HelperClient *client, QWidget *parent = nullptr, bool scrolling = true);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // main.cf changed (smtpd_tls_chain_files): the other tabs reload.
    void applied();
    // Each refresh: the state read, or why it could not be.
    void stateLoaded(const Mailroom::TlsCertificateState &state);
    void loadFailed(const QString &message, bool postfixMissing);

private:
    void showState(const Mailroom::TlsCertificateState &state);
    void makeSelfSigned();
    void makeRequest();
    void installFromFile();
    void installText(const QString &pem);
    void useLetsEncrypt();
    void saveRequest();
    // Runs a call that answers main.cf's diff; says what happened.
    void applyCall(const QDBusPendingCall &call, const QString &doneText);
    void showResult(const QString &text, bool good);
    void setBusy(bool busy);
    QString keyType() const;

    Mailroom::HelperClient *m_client;
    Mailroom::TlsCertificateState m_state;
    QLabel *m_summary;
    QLabel *m_attention;
    QGroupBox *m_detailsBox;
    QFormLayout *m_details;
    QComboBox *m_keyType;
    QPushButton *m_selfSigned;
    QPushButton *m_request;
    QPushButton *m_install;
    QPushButton *m_letsEncrypt;
    QGroupBox *m_requestBox;
    QPlainTextEdit *m_requestText;
    QPushButton *m_copyRequest;
    QPushButton *m_saveRequest;
    QLabel *m_status;
};
