// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "operationresult.h"

#include <QString>

class ProgramRunner;

// GetParameterCatalog: every parameter the installed Postfix knows (`postconf -d`, run through
// the ProgramRunner allowlist) with a one-line description from the installed postconf(5) manual
// page (a fixed path). Nothing the caller names is run or opened.
class CatalogOperations
{
public:
    explicit CatalogOperations(const ProgramRunner *programs, QString manPage = QString());

    OperationResult catalog() const;

private:
    const ProgramRunner *m_programs;
    QString m_manPage;
};
