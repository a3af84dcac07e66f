// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "config/lintfinding.h"
#include "config/parametercatalog.h"
#include "postfix/mynetworks.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Mailroom::Config {

// Checks a main.cf text the way an experienced admin reads it: names Postfix does not know,
// keys set twice, `key = key = …` typos, obsolete parameters, $references to nothing, a
// mynetworks wider than this host's networks, lookup tables missing or not rebuilt, values of
// the wrong type. Pure function of the text and the environment; cheap enough (well under a
// millisecond per hundred lines, plus one stat per table) to run on the GUI thread as one types.
class MainCfLinter
{
public:
    struct Environment
    {
        // What the installed Postfix knows (`postconf -d`). Empty: the rules that need it
        // (unknown names, undefined references, value types) are skipped.
        ParameterCatalog catalog;
        // This host's interface addresses (MyNetworks::fromInterfaces(QNetworkInterface::allInterfaces())).
        QList<MyNetworks::InterfaceAddress> hostAddresses;
        // Last modification time of a file, nullopt when it does not exist. Defaults to the real
        // file system; tests give a fake.
        std::function<std::optional<QDateTime>(const QString &path)> fileTime;
        // master.cf text, when known: its service names make "<service>_…" parameters known and
        // its "-o" overrides and $names count as uses.
        QString masterCf;
    };

    explicit MainCfLinter(Environment environment);

    // Findings ordered by line, then by rule.
    QList<LintFinding> lint(const QString &text) const;

    // The real file system's answer for Environment::fileTime.
    static std::optional<QDateTime> realFileTime(const QString &path);

private:
    Environment m_env;
};

} // namespace Mailroom::Config
