// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "relaysettings.h"

#include <QObject>
#include <QStringList>

class QSslSocket;

// One SMTP conversation as a provider's submission server has it: STARTTLS offered in
// clear, AUTH offered and accepted only under TLS, MAIL only after a successful AUTH;
// each message received is written to the spool directory as msg-N.eml.
class RelaySession : public QObject
{
    Q_OBJECT
public:
    RelaySession(const RelaySettings &settings, int number, QObject *parent = nullptr);
    bool start(qintptr descriptor);

private:
    enum class Auth
    {
        None,
        PlainResponse,
        LoginUser,
        LoginPassword,
        CramResponse
    };

    void onReadyRead();
    void handleLine(const QByteArray &line);
    void handleCommand(const QByteArray &line);
    void handleAuthLine(const QByteArray &line);
    void startAuth(const QByteArray &args);
    void checkCredentials(const QString &mechanism, const QString &user, bool ok);
    void finishMessage();
    void reply(const QByteArray &text);
    void log(const QString &text) const;

    RelaySettings m_settings;
    int m_number;
    QSslSocket *m_socket = nullptr;
    QByteArray m_buffer;
    bool m_greeted = false;
    bool m_authenticated = false;
    Auth m_auth = Auth::None;
    QString m_loginUser;
    QByteArray m_challenge;
    QString m_from;
    QStringList m_to;
    bool m_inData = false;
    QByteArray m_data;
};
