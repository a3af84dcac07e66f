// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"
#include "postfixconfig.h"

// The config area: main.cf parameters read, previewed, changed and restored, all
// through PostfixConfig's transaction (backup, check, reload, roll back).
class ConfigOperations
{
public:
    explicit ConfigOperations(PostfixConfig *config);

    // Maps a PostfixConfig outcome to a reply: Applied and Unchanged succeed with values.
    static OperationResult toResult(const PostfixConfig::Outcome &outcome, const QVariantList &values = {});

    // Arguments are already checked (ArgumentChecks).
    OperationResult values(const QStringList &keys) const;
    OperationResult preview(const Mailroom::ConfigChange &change) const;
    void apply(const Mailroom::ConfigChange &change, const Finished &done);
    OperationResult backups() const;
    void restore(const QString &backupId, const Finished &done);
    // Whole files: (text, revision); (diff); (newRevision, backup, warnings); (diff); ().
    OperationResult file(PostfixConfig::File file) const;
    OperationResult previewFile(PostfixConfig::File file, const QByteArray &text) const;
    void applyFile(PostfixConfig::File file, const QByteArray &text, const QString &expectedRevision,
                   const Finished &done);
    OperationResult previewBackup(const QString &backupId) const;
    OperationResult postmap(const QString &table);

private:
    PostfixConfig *m_config;
};
