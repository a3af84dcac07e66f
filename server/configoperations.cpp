// SPDX-License-Identifier: GPL-2.0-or-later
#include "configoperations.h"

#include "helperapi.h"
#include "helpertypes.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcConfigArea, "mailroom.helper.config")

using namespace Mailroom;
using Kind = PostfixConfig::Outcome::Kind;

ConfigOperations::ConfigOperations(PostfixConfig *config)
    : m_config(config)
{ }

OperationResult ConfigOperations::toResult(const PostfixConfig::Outcome &outcome, const QVariantList &values)
{
    switch (outcome.kind) {
    case Kind::Applied:
    case Kind::Unchanged:
        return OperationResult::success(values);
    case Kind::Invalid:
        return OperationResult::failure(Api::Error::InvalidArgs, outcome.message);
    case Kind::NotInstalled:
        return OperationResult::failure(Api::Error::NotInstalled, outcome.message);
    case Kind::RolledBack:
        return OperationResult::failure(Api::Error::RolledBack, outcome.message);
    case Kind::Conflict:
        return OperationResult::failure(Api::Error::Conflict, outcome.message);
    case Kind::Failed:
        break;
    }
    return OperationResult::failure(Api::Error::Failed, outcome.message);
}

OperationResult ConfigOperations::values(const QStringList &keys) const
{
    QString error;
    const auto values = m_config->values(keys, &error);
    if (!error.isEmpty()) {
        return OperationResult::failure(Api::Error::NotInstalled, error);
    }
    ConfigValueList list;
    for (const auto &v : values) {
        list.append({v.key, v.value, v.defaultValue, v.explicitlySet});
    }
    return OperationResult::success({QVariant::fromValue(list)});
}

OperationResult ConfigOperations::preview(const ConfigChange &change) const
{
    const auto o = m_config->preview(change);
    return toResult(o, {QString::fromUtf8(o.diff)});
}

void ConfigOperations::apply(const ConfigChange &change, const Finished &done)
{
    qCInfo(lcConfigArea) << "applying a change of" << change.entries().size() << "parameters";
    m_config->apply(change, [done](const PostfixConfig::Outcome &o) {
        done(toResult(o, {o.backupId, QString::fromUtf8(o.diff)}));
    });
}

OperationResult ConfigOperations::backups() const
{
    ConfigBackupList list;
    for (const auto &b : m_config->backups()) {
        list.append({b.id, b.file, b.time});
    }
    return OperationResult::success({QVariant::fromValue(list)});
}

void ConfigOperations::restore(const QString &backupId, const Finished &done)
{
    qCInfo(lcConfigArea) << "restoring" << backupId;
    m_config->restore(backupId, [done](const PostfixConfig::Outcome &o) { done(toResult(o, {o.backupId})); });
}

OperationResult ConfigOperations::file(PostfixConfig::File file) const
{
    QByteArray text;
    const auto o = m_config->readFile(file, &text);
    return toResult(o, {QString::fromUtf8(text), o.revision});
}

OperationResult ConfigOperations::previewFile(PostfixConfig::File file, const QByteArray &text) const
{
    const auto o = m_config->previewFile(file, text);
    return toResult(o, {QString::fromUtf8(o.diff)});
}

void ConfigOperations::applyFile(PostfixConfig::File file, const QByteArray &text, const QString &expectedRevision,
                                 const Finished &done)
{
    qCInfo(lcConfigArea) << "replacing" << PostfixConfig::fileName(file) << "with" << text.size() << "bytes";
    m_config->applyFile(file, text, expectedRevision, [done](const PostfixConfig::Outcome &o) {
        done(toResult(o, {o.revision, o.backupId, o.message}));
    });
}

OperationResult ConfigOperations::previewBackup(const QString &backupId) const
{
    const auto o = m_config->previewBackup(backupId);
    return toResult(o, {QString::fromUtf8(o.diff)});
}

OperationResult ConfigOperations::postmap(const QString &table)
{
    return toResult(m_config->postmap(table));
}
