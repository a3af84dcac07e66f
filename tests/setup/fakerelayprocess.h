// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

// Starts tests/setup/fakerelay on loopback for one test and stops it afterwards.
class FakeRelayProcess
{
public:
    FakeRelayProcess(const QString &user, const QString &password, const QStringList &extraArgs = {}, quint16 port = 0);
    ~FakeRelayProcess();

    bool isReady() const { return m_port != 0; }
    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QString fingerprint() const { return m_fingerprint; } // SHA-256, hex without colons
    QString spoolDir() const { return m_dir.filePath(QStringLiteral("spool")); }
    // "PLAIN alice accepted" lines, one per AUTH attempt.
    QStringList authLog() const;
    // The messages received so far, each with X-Fake-Relay-From/-To headers first.
    QList<QByteArray> messages() const;
    QString serverLog();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_fingerprint;
    QString m_error;
    QByteArray m_stderr;
};
