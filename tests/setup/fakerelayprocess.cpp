// SPDX-License-Identifier: GPL-2.0-or-later
#include "fakerelayprocess.h"

#include <QDir>
#include <QFile>

FakeRelayProcess::FakeRelayProcess(const QString &user, const QString &password, const QStringList &extraArgs,
                                   quint16 port)
{
    QFile pw(m_dir.filePath(QStringLiteral("password")));
    if (!m_dir.isValid() || !pw.open(QIODevice::WriteOnly) || pw.write(password.toUtf8()) < 0) {
        m_error = QStringLiteral("cannot write the password file");
        return;
    }
    pw.close();
    m_process.setProgram(QStringLiteral(FAKERELAY));
    m_process.setArguments(QStringList {QStringLiteral("--port"), QString::number(port), QStringLiteral("--user"), user,
                                        QStringLiteral("--password-file"), pw.fileName(), QStringLiteral("--spool"),
                                        spoolDir()}
                           + extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return;
    }
    // Key generation takes a moment; the first stdout line says where it listens.
    while (!m_process.canReadLine() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(30000);
    }
    const QList<QByteArray> words = m_process.readLine().trimmed().split(' ');
    if (words.size() != 3 || words.at(0) != "ready") {
        m_error = QStringLiteral("fakerelay did not start: ") + QString::fromUtf8(m_process.readAllStandardError());
        return;
    }
    m_port = words.at(1).toUShort();
    m_fingerprint = QString::fromLatin1(words.at(2));
}

FakeRelayProcess::~FakeRelayProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QStringList FakeRelayProcess::authLog() const
{
    QFile f(QDir(spoolDir()).filePath(QStringLiteral("auth.log")));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

QList<QByteArray> FakeRelayProcess::messages() const
{
    QList<QByteArray> out;
    const QDir dir(spoolDir());
    for (const QString &name : dir.entryList({QStringLiteral("msg-*.eml")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly)) {
            out << f.readAll();
        }
    }
    return out;
}

QString FakeRelayProcess::serverLog()
{
    m_stderr += m_process.readAllStandardError();
    return QString::fromUtf8(m_stderr);
}
