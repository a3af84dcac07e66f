// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

// What the test relay offers and accepts.
struct RelaySettings
{
    QString user;
    QString password;
    QStringList mechanisms {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")};
    bool offerStartTls = true; // false: a server without STARTTLS (the client must refuse to log in)
    bool implicitTls = false; // TLS from the first byte, as on port 465
    QString spoolDir; // received messages and auth.log are written here
    QSslCertificate certificate;
    QSslKey key;
};
