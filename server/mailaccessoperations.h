// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "access/mailaccess.h"
#include "operationresult.h"
#include "servicefiles.h"

#include <QString>

#include <functional>

class PostfixConfig;
class ProgramRunner;
class ServiceManager;
class TlsOperations;

// Mail clients' access: Postfix's submission service (master.cf through PostfixConfig's
// transaction) and Dovecot's IMAP and login service (Mailroom's own settings file, with a
// transaction of its own: backup, atomic write, doveconf, restart, rollback).
class MailAccessOperations
{
public:
    MailAccessOperations(PostfixConfig *config, ServiceManager *services, const ProgramRunner *programs,
                         const TlsOperations *tls, const QString &dovecotDir = QStringLiteral("/etc/dovecot"),
                         const QString &dovecotLibDir = QStringLiteral("/usr/lib/dovecot"),
                         const QString &authSocket = QString::fromLatin1(Mailroom::MailAccess::authSocketPath));

    // (MailAccessState)
    OperationResult state() const;
    // (s): master.cf's diff.
    void setSubmission(bool enabled, const Finished &done);
    // (s): the Dovecot settings file's diff.
    void setImap(bool imap, bool imaps, const Finished &done);
    // After Postfix's certificate changed: Mailroom's Dovecot settings (when there are any) follow
    // it and Dovecot reloads. Never fails the certificate change; a problem is logged.
    void followCertificate();

    static constexpr const char *DovecotUnit = "dovecot.service";

private:
    // undo: puts the previous file back and restarts Dovecot (for a later step that fails).
    using Written = ServiceFiles::Written;
    void writeDovecot(const Mailroom::MailAccess::DovecotSettings &settings, bool needAuthSocket, const Written &then);
    Mailroom::MailAccess::DovecotSettings currentSettings() const;
    // The key and certificate Postfix offers, or an error saying to make a certificate first.
    bool certificateFiles(QString *keyFile, QString *certificateFile, QString *error) const;
    bool dovecotInstalled() const;
    bool imapInstalled() const;

    PostfixConfig *m_config;
    ServiceManager *m_services;
    const ProgramRunner *m_programs;
    const TlsOperations *m_tls;
    QString m_dovecotDir;
    QString m_dovecotLibDir;
    QString m_authSocket;
    ServiceFiles m_files;
};
