// SPDX-License-Identifier: GPL-2.0-or-later
#include "relaysession.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTextStream>

#include <cstdio>

namespace {
int g_messages = 0;

// The n-th space-separated word of a command line ("" when there are fewer).
QByteArray word(const QByteArray &line, int n)
{
    return line.split(' ').value(n);
}
} // namespace

RelaySession::RelaySession(const RelaySettings &settings, int number, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_number(number)
{ }

bool RelaySession::start(qintptr descriptor)
{
    m_socket = new QSslSocket(this);
    if (!m_socket->setSocketDescriptor(descriptor)) {
        return false;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(m_settings.certificate);
    conf.setPrivateKey(m_settings.key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->setSslConfiguration(conf);
    connect(m_socket, &QSslSocket::readyRead, this, &RelaySession::onReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, &QObject::deleteLater);
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        log(QStringLiteral("TLS established"));
        if (m_settings.implicitTls) {
            reply("220 fakerelay.test ESMTP Mailroom test relay");
        }
    });
    connect(m_socket, &QSslSocket::errorOccurred, this,
            [this] { log(QStringLiteral("socket: ") + m_socket->errorString()); });
    log(QStringLiteral("connection"));
    if (m_settings.implicitTls) {
        m_socket->startServerEncryption();
    } else {
        reply("220 fakerelay.test ESMTP Mailroom test relay");
    }
    return true;
}

void RelaySession::log(const QString &text) const
{
    std::fprintf(stderr, "fakerelay[%d]: %s\n", m_number, qPrintable(text));
    std::fflush(stderr);
}

void RelaySession::reply(const QByteArray &text)
{
    log(QStringLiteral("S: ") + QString::fromUtf8(text).replace(QStringLiteral("\r\n"), QStringLiteral(" | ")));
    m_socket->write(text + "\r\n");
}

void RelaySession::onReadyRead()
{
    m_buffer += m_socket->readAll();
    qsizetype nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        if (line.endsWith('\r')) {
            line.chop(1);
        }
        handleLine(line);
        if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
    }
}

void RelaySession::handleLine(const QByteArray &line)
{
    if (m_inData) {
        if (line == ".") {
            m_inData = false;
            finishMessage();
            return;
        }
        m_data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
        return;
    }
    if (m_auth != Auth::None) {
        handleAuthLine(line);
        return;
    }
    handleCommand(line);
}

void RelaySession::handleCommand(const QByteArray &line)
{
    const bool tls = m_socket->isEncrypted();
    const QByteArray verb = word(line, 0).toUpper();
    const QByteArray args = line.mid(verb.size()).trimmed();
    // Never the credentials in the log: only the mechanism of an AUTH command.
    log(QStringLiteral("C: ") + QString::fromUtf8(verb == "AUTH" ? "AUTH " + word(args, 0) + " ****" : line));
    if (verb == "EHLO" || verb == "HELO") {
        m_greeted = true;
        QByteArrayList lines {"fakerelay.test", "PIPELINING", "SIZE 10240000"};
        if (!tls && m_settings.offerStartTls) {
            lines << "STARTTLS";
        }
        if (tls && !m_settings.mechanisms.isEmpty()) {
            lines << "AUTH " + m_settings.mechanisms.join(u' ').toLatin1();
        }
        lines << "8BITMIME";
        QByteArray out;
        for (int i = 0; i < lines.size(); ++i) {
            out += "250" + QByteArray(i + 1 < lines.size() ? "-" : " ") + lines.at(i);
            if (i + 1 < lines.size()) {
                out += "\r\n";
            }
        }
        reply(verb == "HELO" ? QByteArray("250 fakerelay.test") : out);
    } else if (verb == "STARTTLS") {
        if (tls || !m_settings.offerStartTls) {
            reply("502 5.5.1 Error: command not implemented");
            return;
        }
        reply("220 2.0.0 Ready to start TLS");
        m_buffer.clear();
        m_greeted = false;
        m_socket->startServerEncryption();
    } else if (verb == "AUTH") {
        if (!tls) {
            reply("530 5.7.0 Must issue a STARTTLS command first");
        } else if (m_authenticated) {
            reply("503 5.5.1 Error: already authenticated");
        } else {
            startAuth(args);
        }
    } else if (verb == "MAIL") {
        if (!m_authenticated) {
            reply("530 5.7.0 Authentication required");
            return;
        }
        m_from = QString::fromUtf8(args.mid(args.indexOf(':') + 1)).section(u'>', 0, 0).remove(u'<').trimmed();
        m_to.clear();
        reply("250 2.1.0 Ok");
    } else if (verb == "RCPT") {
        if (!m_authenticated || m_from.isNull()) {
            reply("503 5.5.1 Error: need MAIL command");
            return;
        }
        m_to << QString::fromUtf8(args.mid(args.indexOf(':') + 1)).section(u'>', 0, 0).remove(u'<').trimmed();
        reply("250 2.1.5 Ok");
    } else if (verb == "DATA") {
        if (m_to.isEmpty()) {
            reply("503 5.5.1 Error: need RCPT command");
            return;
        }
        m_inData = true;
        m_data.clear();
        reply("354 End data with <CR><LF>.<CR><LF>");
    } else if (verb == "RSET") {
        m_from.clear();
        m_to.clear();
        reply("250 2.0.0 Ok");
    } else if (verb == "NOOP") {
        reply("250 2.0.0 Ok");
    } else if (verb == "QUIT") {
        reply("221 2.0.0 Bye");
        m_socket->disconnectFromHost();
    } else {
        reply("502 5.5.2 Error: command not recognized");
    }
}

void RelaySession::startAuth(const QByteArray &args)
{
    const QByteArray mechanism = word(args, 0).toUpper();
    const QByteArray initial = word(args, 1);
    if (!m_settings.mechanisms.contains(QString::fromLatin1(mechanism))) {
        reply("504 5.5.4 Unrecognized authentication type");
        return;
    }
    if (mechanism == "PLAIN") {
        m_auth = Auth::PlainResponse;
        if (initial.isEmpty()) {
            reply("334 ");
        } else {
            handleAuthLine(initial);
        }
    } else if (mechanism == "LOGIN") {
        m_auth = Auth::LoginUser;
        reply("334 VXNlcm5hbWU6");
    } else if (mechanism == "CRAM-MD5") {
        m_auth = Auth::CramResponse;
        m_challenge = QStringLiteral("<%1.%2@fakerelay.test>")
                          .arg(QDateTime::currentMSecsSinceEpoch())
                          .arg(m_number)
                          .toLatin1();
        reply("334 " + m_challenge.toBase64());
    }
}

void RelaySession::handleAuthLine(const QByteArray &line)
{
    if (line == "*") {
        m_auth = Auth::None;
        reply("501 5.7.0 Authentication aborted");
        return;
    }
    const QByteArray decoded = QByteArray::fromBase64(line);
    switch (m_auth) {
    case Auth::None:
        return;
    case Auth::PlainResponse: {
        m_auth = Auth::None;
        const QByteArrayList parts = decoded.split('\0');
        if (parts.size() != 3) {
            reply("501 5.5.2 Invalid PLAIN response");
            return;
        }
        const QString user = QString::fromUtf8(parts.at(1));
        checkCredentials(QStringLiteral("PLAIN"), user,
                         user == m_settings.user && QString::fromUtf8(parts.at(2)) == m_settings.password);
        return;
    }
    case Auth::LoginUser:
        m_loginUser = QString::fromUtf8(decoded);
        m_auth = Auth::LoginPassword;
        reply("334 UGFzc3dvcmQ6");
        return;
    case Auth::LoginPassword:
        m_auth = Auth::None;
        checkCredentials(QStringLiteral("LOGIN"), m_loginUser,
                         m_loginUser == m_settings.user && QString::fromUtf8(decoded) == m_settings.password);
        return;
    case Auth::CramResponse: {
        m_auth = Auth::None;
        const QString user = QString::fromUtf8(word(decoded, 0));
        const QByteArray digest = word(decoded, 1);
        const QByteArray expected
            = QMessageAuthenticationCode::hash(m_challenge, m_settings.password.toUtf8(), QCryptographicHash::Md5)
                  .toHex();
        checkCredentials(QStringLiteral("CRAM-MD5"), user, user == m_settings.user && digest == expected);
        return;
    }
    }
}

void RelaySession::checkCredentials(const QString &mechanism, const QString &user, bool ok)
{
    QFile log(QDir(m_settings.spoolDir).filePath(QStringLiteral("auth.log")));
    if (log.open(QIODevice::Append | QIODevice::Text)) {
        QTextStream(&log) << mechanism << ' ' << user << ' ' << (ok ? "accepted" : "rejected") << '\n';
    }
    if (ok) {
        m_authenticated = true;
        reply("235 2.7.0 Authentication successful");
    } else {
        reply("535 5.7.8 Error: authentication failed: authentication failure");
    }
}

void RelaySession::finishMessage()
{
    const int n = ++g_messages;
    QFile f(QDir(m_settings.spoolDir).filePath(QStringLiteral("msg-%1.eml").arg(n)));
    QByteArray header = "X-Fake-Relay-From: " + m_from.toUtf8() + "\r\n";
    for (const QString &to : std::as_const(m_to)) {
        header += "X-Fake-Relay-To: " + to.toUtf8() + "\r\n";
    }
    // Written under a temporary name and renamed, so a reader never sees half a message.
    QFile tmp(f.fileName() + QStringLiteral(".tmp"));
    if (!tmp.open(QIODevice::WriteOnly) || tmp.write(header + m_data) < 0) {
        reply("451 4.3.0 Error: cannot store the message");
        return;
    }
    tmp.close();
    tmp.rename(f.fileName());
    m_from.clear();
    m_to.clear();
    reply("250 2.0.0 Ok: queued as FAKE" + QByteArray::number(n));
}
