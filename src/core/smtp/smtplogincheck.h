// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "smtp/saslauth.h"
#include "smtp/smtploginresult.h"
#include "smtp/smtpreplyreader.h"

#include <QList>
#include <QObject>
#include <QSslError>

class QSslSocket;
class QTimer;

namespace Mailroom {

// Tests a relay account the way Postfix will use it, before anything is written: connect,
// EHLO, STARTTLS (or TLS from the start on port 465), EHLO again, AUTH with PLAIN, LOGIN or
// CRAM-MD5, QUIT. Asynchronous, with one overall timeout, and cancel(). The password is
// only sent over TLS, and only when the server's certificate verifies (system CAs and host
// name) or its SHA-256 fingerprint is the one the person chose to trust; otherwise the check
// ends with CertificateUntrusted and the certificate's details, so they can decide.
class SmtpLoginCheck : public QObject
{
    Q_OBJECT
public:
    enum class Security
    {
        Auto, // implicit TLS on 465, STARTTLS elsewhere (as Postfix's relay settings do)
        StartTls,
        ImplicitTls
    };
    struct Options
    {
        QString host;
        quint16 port = 587;
        QString user;
        QString password;
        Security security = Security::Auto;
        int timeoutMs = 20000;
        QString trustedFingerprint; // SHA-256 of a certificate the person accepted
        QString heloName; // empty: this machine's host name
        SaslAuth::Mechanism mechanism = SaslAuth::Mechanism::None; // None: the best one offered
    };

    explicit SmtpLoginCheck(QObject *parent = nullptr);
    ~SmtpLoginCheck() override;

    // Returns false (and does nothing) while a check is running.
    bool start(const Options &options);
    // Ends a running check at once; finished() reports Cancelled.
    void cancel();
    bool isRunning() const { return m_socket != nullptr; }

    static Security effectiveSecurity(quint16 port, Security requested);

Q_SIGNALS:
    // A translated description of the step now under way ("Starting encryption…").
    void progress(const QString &step);
    void finished(const Mailroom::SmtpLoginResult &result);

private:
    enum class Stage
    {
        Connecting,
        Greeting,
        Ehlo,
        StartTls,
        Handshake,
        EhloTls,
        Auth,
        AuthLoginUser,
        AuthLoginPassword,
        AuthCramMd5,
    };

    void onConnected();
    void onEncrypted();
    void onReadyRead();
    void onSocketError();
    void onSslErrors(const QList<QSslError> &errors);
    void onTimeout();
    void handleReply(const SmtpReply &reply);
    void beginAuth(const SmtpReply &ehlo);
    void send(const QByteArray &line, const QByteArray &shown = {});
    void setStage(Stage stage);
    QString stageText() const;
    void finish(SmtpLoginResult::Outcome outcome, const QString &detail = {}, const SmtpReply &reply = {});

    Options m_options;
    Security m_security = Security::StartTls;
    QSslSocket *m_socket = nullptr;
    QTimer *m_timer;
    SmtpReplyReader m_reader;
    Stage m_stage = Stage::Connecting;
    SmtpLoginResult m_result;
    QList<QSslError> m_sslErrors;
    SaslAuth::Mechanism m_mechanism = SaslAuth::Mechanism::None;
};

} // namespace Mailroom
