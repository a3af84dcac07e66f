// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "postfix/configchange.h"

#include <QString>
#include <QStringList>

// One golden test case, tests/data/postfix/golden/NAME.changes:
//   # input: FILE          (a file in tests/data/postfix/realworld/)
//   key=value              set (value may be empty; the rest of the line after the first '=')
//   -key                   remove
// Other '#' lines and blank lines are comments. The reference result is NAME.expected.cf.
struct GoldenCase
{
    QString name;
    QString inputPath;
    QString expectedPath;
    Mailroom::ConfigChange change;
    QStringList settings; // "key=value" as postconf -e takes them
    QStringList removals; // names as postconf -X takes them

    static GoldenCase load(const QString &changesPath, QString *error);
    static QStringList all(const QString &goldenDir); // paths of the .changes files, sorted
};
