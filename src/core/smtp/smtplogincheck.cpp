// SPDX-License-Identifier: GPL-2.0-or-later
#include "smtp/smtplogincheck.h"

#include <QSslCipher>
#include <QSslSocket>
#include <QSysInfo>
#include <QTimer>

namespace Mailroom {

namespace {
QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    default:
        return QStringLiteral("TLS");
    }
}

constexpr qsizetype MaxTranscriptLines = 200;
} // namespace

SmtpLoginCheck::SmtpLoginCheck(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &SmtpLoginCheck::onTimeout);
}

SmtpLoginCheck::~SmtpLoginCheck()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

SmtpLoginCheck::Security SmtpLoginCheck::effectiveSecurity(quint16 port, Security requested)
{
    if (requested != Security::Auto) {
        return requested;
    }
    return port == 465 ? Security::ImplicitTls : Security::StartTls;
}

bool SmtpLoginCheck::start(const Options &options)
{
    if (m_socket) {
        return false;
    }
    m_options = options;
    if (m_options.heloName.isEmpty()) {
        m_options.heloName = QSysInfo::machineHostName();
    }
    if (m_options.heloName.isEmpty()) {
        m_options.heloName = QStringLiteral("localhost");
    }
    m_security = effectiveSecurity(options.port, options.security);
    m_result = SmtpLoginResult();
    m_reader.clear();
    m_sslErrors.clear();
    m_mechanism = SaslAuth::Mechanism::None;

    m_socket = new QSslSocket(this);
    m_socket->setPeerVerifyMode(QSslSocket::VerifyPeer);
    connect(m_socket, &QSslSocket::connected, this, &SmtpLoginCheck::onConnected);
    connect(m_socket, &QSslSocket::encrypted, this, &SmtpLoginCheck::onEncrypted);
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpLoginCheck::onReadyRead);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SmtpLoginCheck::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, &SmtpLoginCheck::onSslErrors);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_socket) {
            finish(m_stage == Stage::Handshake ? SmtpLoginResult::Outcome::TlsFailed
                                               : SmtpLoginResult::Outcome::ConnectionFailed,
                   tr("the server closed the connection"));
        }
    });

    setStage(Stage::Connecting);
    m_timer->start(qMax(100, options.timeoutMs));
    if (m_security == Security::ImplicitTls) {
        m_socket->connectToHostEncrypted(options.host, options.port);
    } else {
        m_socket->connectToHost(options.host, options.port);
    }
    return true;
}

void SmtpLoginCheck::cancel()
{
    if (m_socket) {
        finish(SmtpLoginResult::Outcome::Cancelled);
    }
}

void SmtpLoginCheck::setStage(Stage stage)
{
    m_stage = stage;
    QString text;
    switch (stage) {
    case Stage::Connecting:
        text = tr("Connecting to %1, port %2…").arg(m_options.host).arg(m_options.port);
        break;
    case Stage::Greeting:
        text = tr("Connected; waiting for the server's greeting…");
        break;
    case Stage::Ehlo:
    case Stage::EhloTls:
        text = tr("Asking what the server offers (EHLO)…");
        break;
    case Stage::StartTls:
    case Stage::Handshake:
        text = tr("Starting encryption (TLS)…");
        break;
    case Stage::Auth:
    case Stage::AuthLoginUser:
    case Stage::AuthLoginPassword:
    case Stage::AuthCramMd5:
        text = tr("Logging in…");
        break;
    }
    Q_EMIT progress(text);
}

QString SmtpLoginCheck::stageText() const
{
    switch (m_stage) {
    case Stage::Connecting:
        return tr("while connecting");
    case Stage::Greeting:
        return tr("while waiting for the greeting");
    case Stage::Ehlo:
    case Stage::EhloTls:
        return tr("after EHLO");
    case Stage::StartTls:
        return tr("after STARTTLS");
    case Stage::Handshake:
        return tr("during the TLS handshake");
    case Stage::Auth:
    case Stage::AuthLoginUser:
    case Stage::AuthLoginPassword:
    case Stage::AuthCramMd5:
        return tr("during the login");
    }
    return {};
}

void SmtpLoginCheck::onConnected()
{
    if (m_security == Security::ImplicitTls) {
        setStage(Stage::Handshake);
    } else {
        setStage(Stage::Greeting);
    }
}

void SmtpLoginCheck::onSslErrors(const QList<QSslError> &errors)
{
    // Let the handshake finish so the certificate can be shown; onEncrypted() decides
    // whether the password may be sent.
    m_sslErrors = errors;
    m_socket->ignoreSslErrors();
}

void SmtpLoginCheck::onEncrypted()
{
    m_result.certificate = CertificateSummary::fromChain(m_socket->peerCertificateChain(), m_sslErrors);
    const QSslCipher cipher = m_socket->sessionCipher();
    m_result.tlsProtocol = protocolName(m_socket->sessionProtocol());
    m_result.cipher = cipher.name();
    m_result.transcript << tr("(encrypted: %1, %2)").arg(m_result.tlsProtocol, m_result.cipher);
    if (!m_result.certificate.isTrusted()
        && !CertificateSummary::sameFingerprint(m_result.certificate.sha256, m_options.trustedFingerprint)) {
        finish(SmtpLoginResult::Outcome::CertificateUntrusted);
        return;
    }
    if (m_security == Security::ImplicitTls) {
        setStage(Stage::Greeting); // the greeting comes over TLS
    } else {
        setStage(Stage::EhloTls);
        send("EHLO " + m_options.heloName.toUtf8());
    }
}

void SmtpLoginCheck::onReadyRead()
{
    if (!m_socket) {
        return;
    }
    const QByteArray data = m_socket->readAll();
    if (m_stage == Stage::Handshake) {
        finish(SmtpLoginResult::Outcome::ProtocolError, tr("the server sent data before the TLS handshake"));
        return;
    }
    if (!m_reader.feed(data)) {
        finish(SmtpLoginResult::Outcome::ProtocolError, m_reader.error());
        return;
    }
    for (const SmtpReply &reply : m_reader.takeReplies()) {
        for (const QString &line : reply.toString().split(u'\n')) {
            if (m_result.transcript.size() < MaxTranscriptLines) {
                m_result.transcript << QStringLiteral("S: ") + line;
            }
        }
        handleReply(reply);
        if (!m_socket) {
            return;
        }
    }
}

void SmtpLoginCheck::send(const QByteArray &line, const QByteArray &shown)
{
    if (m_result.transcript.size() < MaxTranscriptLines) {
        m_result.transcript << QStringLiteral("C: ") + QString::fromUtf8(shown.isEmpty() ? line : shown);
    }
    m_socket->write(line + "\r\n");
}

void SmtpLoginCheck::handleReply(const SmtpReply &reply)
{
    using O = SmtpLoginResult::Outcome;
    switch (m_stage) {
    case Stage::Connecting:
    case Stage::Handshake:
        finish(O::ProtocolError, tr("unexpected reply"), reply);
        return;
    case Stage::Greeting:
        if (reply.code != 220) {
            finish(O::ServerError, {}, reply);
            return;
        }
        setStage(m_security == Security::ImplicitTls ? Stage::EhloTls : Stage::Ehlo);
        send("EHLO " + m_options.heloName.toUtf8());
        return;
    case Stage::Ehlo:
        if (reply.code != 250) {
            finish(O::ServerError, {}, reply);
            return;
        }
        if (!reply.hasExtension(QStringLiteral("STARTTLS"))) {
            m_result.offeredMechanisms = reply.extensionArguments(QStringLiteral("AUTH"));
            finish(O::NoStartTls, {}, reply);
            return;
        }
        setStage(Stage::StartTls);
        send("STARTTLS");
        return;
    case Stage::StartTls:
        if (reply.code != 220) {
            finish(O::TlsFailed, {}, reply);
            return;
        }
        if (m_reader.hasPartial() || m_socket->bytesAvailable() > 0) {
            // Anything after the 220 would be injected into the encrypted session (CVE-2011-0411 class).
            finish(O::ProtocolError, tr("the server sent data after agreeing to STARTTLS"));
            return;
        }
        setStage(Stage::Handshake);
        m_socket->startClientEncryption();
        return;
    case Stage::EhloTls:
        if (reply.code != 250) {
            finish(O::ServerError, {}, reply);
            return;
        }
        beginAuth(reply);
        return;
    case Stage::Auth:
        if (reply.code == 235) {
            finish(O::Accepted, {}, reply);
        } else if (reply.code == 334 && m_mechanism == SaslAuth::Mechanism::Plain) {
            // The server wants the response on its own line after all.
            send(SaslAuth::plainResponse(m_options.user, m_options.password), "****");
        } else {
            finish(O::Rejected, {}, reply);
        }
        return;
    case Stage::AuthLoginUser:
        if (reply.code != 334) {
            finish(O::Rejected, {}, reply);
            return;
        }
        m_stage = Stage::AuthLoginPassword;
        send(SaslAuth::loginResponse(m_options.user), "****");
        return;
    case Stage::AuthLoginPassword:
        if (reply.code != 334) {
            finish(O::Rejected, {}, reply);
            return;
        }
        m_stage = Stage::Auth;
        send(SaslAuth::loginResponse(m_options.password), "****");
        return;
    case Stage::AuthCramMd5: {
        if (reply.code != 334) {
            finish(O::Rejected, {}, reply);
            return;
        }
        const QByteArray response
            = SaslAuth::cramMd5Response(m_options.user, m_options.password, reply.lines.value(0).toLatin1());
        if (response.isEmpty()) {
            send("*");
            finish(O::ProtocolError, tr("the CRAM-MD5 challenge is not valid base64"), reply);
            return;
        }
        m_stage = Stage::Auth;
        send(response, "****");
        return;
    }
    }
}

void SmtpLoginCheck::beginAuth(const SmtpReply &ehlo)
{
    m_result.offeredMechanisms = ehlo.extensionArguments(QStringLiteral("AUTH"));
    SaslAuth::Mechanism m = m_options.mechanism;
    if (m == SaslAuth::Mechanism::None || !m_result.offeredMechanisms.contains(SaslAuth::name(m))) {
        m = SaslAuth::choose(m_result.offeredMechanisms);
    }
    if (m == SaslAuth::Mechanism::None) {
        finish(SmtpLoginResult::Outcome::NoAuthMechanism, {}, ehlo);
        return;
    }
    m_mechanism = m;
    m_result.mechanism = SaslAuth::name(m);
    setStage(Stage::Auth);
    switch (m) {
    case SaslAuth::Mechanism::Plain:
        send("AUTH PLAIN " + SaslAuth::plainResponse(m_options.user, m_options.password), "AUTH PLAIN ****");
        break;
    case SaslAuth::Mechanism::Login:
        m_stage = Stage::AuthLoginUser;
        send("AUTH LOGIN");
        break;
    case SaslAuth::Mechanism::CramMd5:
        m_stage = Stage::AuthCramMd5;
        send("AUTH CRAM-MD5");
        break;
    case SaslAuth::Mechanism::None:
        break;
    }
}

void SmtpLoginCheck::onSocketError()
{
    if (!m_socket) {
        return;
    }
    using O = SmtpLoginResult::Outcome;
    const QString text = m_socket->errorString();
    switch (m_socket->error()) {
    case QAbstractSocket::HostNotFoundError:
        finish(O::CannotResolve, text);
        break;
    case QAbstractSocket::ConnectionRefusedError:
        finish(O::ConnectionRefused, text);
        break;
    case QAbstractSocket::SocketTimeoutError:
        finish(O::Timeout, text);
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        finish(O::TlsFailed, text);
        break;
    case QAbstractSocket::RemoteHostClosedError:
        finish(m_stage == Stage::Handshake ? O::TlsFailed : O::ConnectionFailed, text);
        break;
    default:
        finish(O::ConnectionFailed, text);
        break;
    }
}

void SmtpLoginCheck::onTimeout()
{
    if (m_socket) {
        finish(SmtpLoginResult::Outcome::Timeout);
    }
}

void SmtpLoginCheck::finish(SmtpLoginResult::Outcome outcome, const QString &detail, const SmtpReply &reply)
{
    if (!m_socket) {
        return;
    }
    m_timer->stop();
    m_result.outcome = outcome;
    m_result.detail = detail;
    m_result.serverReply = reply;
    m_result.stage = stageText();
    QSslSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (outcome != SmtpLoginResult::Outcome::Cancelled && outcome != SmtpLoginResult::Outcome::Timeout
        && socket->state() == QAbstractSocket::ConnectedState) {
        if (m_result.transcript.size() < MaxTranscriptLines) {
            m_result.transcript << QStringLiteral("C: QUIT");
        }
        socket->write("QUIT\r\n");
        socket->disconnectFromHost();
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, &QSslSocket::abort);
    } else {
        socket->abort();
        socket->deleteLater();
    }
    m_options.password.fill(u'\0');
    m_options.password.clear();
    const SmtpLoginResult result = m_result;
    Q_EMIT finished(result);
}

} // namespace Mailroom
