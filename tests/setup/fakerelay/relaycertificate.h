// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>

// A self-signed server certificate made at start-up with QCA (RSA 2048, SHA-256), for
// CN=fakerelay.test with the alternative name localhost (not 127.0.0.1, so connecting by
// address shows a host name mismatch), valid from
// yesterday to tomorrow. Nothing is written to disk unless asked.
struct RelayCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error; // empty on success

    static RelayCertificate generate();
};
