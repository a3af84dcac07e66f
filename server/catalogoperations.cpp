// SPDX-License-Identifier: GPL-2.0-or-later
#include "catalogoperations.h"

#include "config/parametercatalog.h"
#include "helperapi.h"
#include "helpertypes.h"
#include "programrunner.h"

using Mailroom::Config::ParameterCatalog;

CatalogOperations::CatalogOperations(const ProgramRunner *programs, QString manPage)
    : m_programs(programs)
    , m_manPage(manPage.isEmpty() ? QString::fromLatin1(ParameterCatalog::ManPagePath) : std::move(manPage))
{ }

OperationResult CatalogOperations::catalog() const
{
    if (!m_programs->exists(ProgramRunner::Program::Postconf)) {
        return OperationResult::failure(
            Mailroom::Api::Error::NotInstalled,
            QStringLiteral("Postfix is not installed, so there is no list of its parameters."));
    }
    const ProgramRunner::Result r = m_programs->run(ProgramRunner::Program::Postconf, {QStringLiteral("-d")});
    if (!r.ok()) {
        return OperationResult::failure(
            Mailroom::Api::Error::Failed,
            QStringLiteral("postconf -d failed: %1").arg(QString::fromLocal8Bit(r.err).trimmed()));
    }
    // The helper answers in English, like its other areas; a missing manual page (e.g. a minimal install) only leaves
    // the descriptions empty.
    const Mailroom::Config::ParameterInfoList list
        = ParameterCatalog::withDescriptions(ParameterCatalog::parsePostconfDefaults(r.out),
                                             ParameterCatalog::parseManPage(ParameterCatalog::readManPage(m_manPage)));
    return OperationResult::success({QVariant::fromValue(list)});
}
