// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace Mailroom {

// main.cf as a document: parsing keeps every byte, so an unchanged document
// serializes byte-identically, and edits change exactly what postconf(1) would.
//
// Reading follows Postfix's readlline(3) + split_nameval(3):
//  - empty lines, whitespace-only lines and lines whose first non-whitespace
//    character is '#' are ignored everywhere, also between continuation lines;
//    a '#' later in a line is part of the value (main.cf has no trailing comments);
//  - a line that starts with whitespace continues the current logical line; the
//    physical lines are joined without their newline, the continuation's leading
//    whitespace is kept as the separator;
//  - "name = value": whitespace around '=' and at the end of the value is trimmed;
//  - when a name is defined twice, the last definition wins.
//
// Editing follows postconf_edit.c (pcf_edit_main):
//  - set: every logical line defining the name (all duplicates, with all their
//    continuation lines) becomes "name = value"; comments and blank lines between
//    continuation lines stay. Names not found are appended at the end, sorted by
//    name (bytewise) when several are set at once. "#name = ..." comments are
//    never touched.
//  - remove: every logical line defining the name is deleted.
//  - both: a last line without newline gets one (postconf reads with vstring_get
//    and appends '\n'), even when nothing else changes.
class MainCf
{
public:
    // One logical "name = value" line as Postfix reads it.
    struct Parameter
    {
        QString name;
        QString value; // continuation lines joined, trimmed, not $-expanded
        int firstLine = 0; // 1-based physical line numbers
        int lastLine = 0;
        bool operator==(const Parameter &) const = default;
    };
    // Something Postfix would warn about or refuse; line is 1-based.
    struct Problem
    {
        int line = 0;
        QString message; // translated
        bool fatal = false; // Postfix programs would refuse to start
    };

    MainCf() = default;
    static MainCf fromByteArray(const QByteArray &text);
    QByteArray toByteArray() const { return m_text; }

    // Effective values: the last definition of each name, as Postfix sees it.
    bool contains(const QString &name) const;
    std::optional<QString> value(const QString &name) const;
    QString value(const QString &name, const QString &defaultValue) const;
    // Names with a definition, in order of their first definition.
    QStringList names() const;
    // Every definition in file order, duplicates included.
    QList<Parameter> parameters() const { return m_parameters; }
    QList<Problem> problems() const { return m_problems; }

    // postconf -e 'name=value': false (and no change) when postconf would refuse
    // the request: empty name, whitespace, '=' or NUL in the name, a name that
    // starts with '#', a newline or NUL in the value. The value is trimmed of
    // surrounding whitespace, as postconf does.
    bool set(const QString &name, const QString &value);
    // One postconf -e call with several settings; a later request for the same
    // name replaces an earlier one (postconf: "ignoring earlier request").
    bool set(const QList<std::pair<QString, QString>> &settings);
    // postconf -X name...
    bool remove(const QString &name);
    bool remove(const QStringList &names);

    static bool isEditableName(const QString &name);
    static bool isEditableValue(const QString &value);

private:
    void parse();
    bool edit(const QList<std::pair<QByteArray, std::optional<QByteArray>>> &requests);

    QByteArray m_text;
    QList<Parameter> m_parameters;
    QList<Problem> m_problems;
};

} // namespace Mailroom
