// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "setup/setupstep.h"

#include "helpertypes.h"
#include "postfix/configchange.h"
#include "postfix/relayconfig.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace Mailroom {
class SmtpLoginCheck;
class TestMailTracker;
struct SmtpLoginResult;
} // namespace Mailroom

// Step 9 (optional): send all mail through a provider's relay with a login. The current relay
// is shown first; a login test (STARTTLS or implicit TLS, EHLO, AUTH) with the server's
// certificate comes before anything is written; then the main.cf diff, the helper's SetRelay,
// a check of the values Postfix now uses, and a test message through the relay.
class RelayStep : public SetupStep
{
    Q_OBJECT
public:
    explicit RelayStep(Mailroom::HelperClient *client, QWidget *parent = nullptr);
    ~RelayStep() override;
    void refresh() override;

private:
    Mailroom::RelayConfig relay() const;
    bool validate();
    void settingsEdited();
    void updateSecurityText();
    void testLogin();
    void showLoginResult(const Mailroom::SmtpLoginResult &result);
    void preview();
    void apply();
    void verify();
    void removeRelay();
    void sendTest();
    Mailroom::ConfigChange expectedChange() const;
    void setBusy(bool busy);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QLabel *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_validation;
    QPushButton *m_test;
    QPushButton *m_cancel;
    QPushButton *m_trust;
    QLabel *m_progress;
    QLabel *m_loginResult;
    QLabel *m_certificate;
    QPlainTextEdit *m_transcript;
    QPlainTextEdit *m_diff;
    QPushButton *m_apply;
    QPushButton *m_remove;
    QComboBox *m_from;
    QLineEdit *m_to;
    QPushButton *m_send;
    QPlainTextEdit *m_sendLines;
    QLabel *m_sendResult;
    Mailroom::SmtpLoginCheck *m_check;
    Mailroom::TestMailTracker *m_tracker;

    QString m_untrustedFingerprint; // of the certificate last shown, not verified
    QString m_trustedFingerprint; // the one the person chose to trust
    QString m_databaseType = QStringLiteral("hash");
    QString m_distroFamily;
    QString m_relayhost; // main.cf's now
    QString m_previewText; // the diff shown before "Use this relay", kept after it
    bool m_installed = false;
    bool m_loginOk = false; // the login test passed with the settings as they are in the fields
    bool m_busy = false;
};
