// SPDX-License-Identifier: GPL-2.0-or-later
#include "postfix/maincf.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Mailroom {

namespace {

// Postfix's ISSPACE: isascii(c) && isspace(c) in the C locale.
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

// Postfix's CHARS_SPACE, which postconf -e uses to cut the name off a line.
bool isNameEnd(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '=';
}

qsizetype firstNonSpace(const QByteArray &line)
{
    qsizetype i = 0;
    while (i < line.size() && isSpace(line.at(i))) {
        ++i;
    }
    return i;
}

// Physical lines, each with its '\n' if it has one.
QList<QByteArray> physicalLines(const QByteArray &text)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype nl = text.indexOf('\n', start);
        qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines.append(text.mid(start, end - start));
        start = end;
    }
    return lines;
}

QByteArray chopNewline(const QByteArray &line)
{
    return line.endsWith('\n') ? line.chopped(1) : line;
}

} // namespace

MainCf MainCf::fromByteArray(const QByteArray &text)
{
    MainCf cf;
    cf.m_text = text;
    cf.parse();
    return cf;
}

void MainCf::parse()
{
    m_parameters.clear();
    m_problems.clear();

    QHash<QString, QString> seen;
    QByteArray logical;
    int first = 0;
    int last = 0;
    bool inLogical = false;
    bool inOrphan = false;

    auto finish = [&] {
        if (!inLogical) {
            return;
        }
        inLogical = false;
        // Like the C string functions Postfix uses, stop at a NUL byte.
        if (qsizetype nul = logical.indexOf('\0'); nul >= 0) {
            logical.truncate(nul);
        }
        // split_nameval(3)
        qsizetype np = 0;
        qsizetype ep = np;
        while (ep < logical.size() && !isSpace(logical.at(ep)) && logical.at(ep) != '=') {
            ++ep;
        }
        qsizetype cp = ep;
        while (cp < logical.size() && isSpace(logical.at(cp))) {
            ++cp;
        }
        if (ep == np) {
            m_problems.append(
                {first, QCoreApplication::translate("MainCf", "Line %1: a value without a parameter name.").arg(first),
                 true});
            return;
        }
        if (cp >= logical.size() || logical.at(cp) != '=') {
            m_problems.append(
                {first,
                 QCoreApplication::translate(
                     "MainCf",
                     "Line %1: “%2” has no “=” after the parameter name; Postfix refuses to start with this line.")
                     .arg(first)
                     .arg(QString::fromUtf8(logical.left(ep))),
                 true});
            return;
        }
        qsizetype vp = cp + 1;
        while (vp < logical.size() && isSpace(logical.at(vp))) {
            ++vp;
        }
        qsizetype ve = logical.size();
        while (ve > vp && isSpace(logical.at(ve - 1))) {
            --ve;
        }
        Parameter p {QString::fromUtf8(logical.left(ep)), QString::fromUtf8(logical.mid(vp, ve - vp)), first, last};
        if (auto it = seen.constFind(p.name); it != seen.constEnd() && *it != p.value) {
            m_problems.append(
                {first,
                 QCoreApplication::translate("MainCf", "Line %1: %2 is set again; the earlier value “%3” is ignored.")
                     .arg(first)
                     .arg(p.name, *it),
                 false});
        }
        seen.insert(p.name, p.value);
        m_parameters.append(p);
    };

    const QList<QByteArray> lines = physicalLines(m_text);
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray line = chopNewline(lines.at(i));
        const int number = i + 1;
        const qsizetype p = firstNonSpace(line);
        if (p == line.size() || line.at(p) == '#') {
            continue; // blank or comment: ignored, also inside a logical line
        }
        if (p > 0) {
            if (inLogical) {
                logical += line;
                last = number;
            } else if (!inOrphan) {
                inOrphan = true;
                m_problems.append({number,
                                   QCoreApplication::translate(
                                       "MainCf", "Line %1: an indented line that continues no parameter is ignored.")
                                       .arg(number),
                                   false});
            }
            continue;
        }
        finish();
        inOrphan = false;
        inLogical = true;
        logical = line;
        first = last = number;
    }
    finish();
}

bool MainCf::contains(const QString &name) const
{
    return value(name).has_value();
}

std::optional<QString> MainCf::value(const QString &name) const
{
    for (auto it = m_parameters.crbegin(); it != m_parameters.crend(); ++it) {
        if (it->name == name) {
            return it->value;
        }
    }
    return std::nullopt;
}

QString MainCf::value(const QString &name, const QString &defaultValue) const
{
    return value(name).value_or(defaultValue);
}

QStringList MainCf::names() const
{
    QStringList result;
    QSet<QString> seen;
    for (const Parameter &p : m_parameters) {
        if (!seen.contains(p.name)) {
            seen.insert(p.name);
            result.append(p.name);
        }
    }
    return result;
}

bool MainCf::isEditableName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('#'))) {
        return false;
    }
    const QByteArray bytes = name.toUtf8();
    return std::none_of(bytes.cbegin(), bytes.cend(), [](char c) { return isSpace(c) || c == '=' || c == '\0'; });
}

bool MainCf::isEditableValue(const QString &value)
{
    return !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\0'));
}

bool MainCf::set(const QString &name, const QString &value)
{
    return set(QList<std::pair<QString, QString>> {{name, value}});
}

bool MainCf::set(const QList<std::pair<QString, QString>> &settings)
{
    QList<std::pair<QByteArray, std::optional<QByteArray>>> requests;
    for (const auto &[name, value] : settings) {
        if (!isEditableName(name) || !isEditableValue(value)) {
            return false;
        }
        QByteArray v = value.toUtf8();
        // split_nameval() trims the value postconf is given.
        qsizetype b = 0;
        while (b < v.size() && isSpace(v.at(b))) {
            ++b;
        }
        qsizetype e = v.size();
        while (e > b && isSpace(v.at(e - 1))) {
            --e;
        }
        requests.append({name.toUtf8(), v.mid(b, e - b)});
    }
    return edit(requests);
}

bool MainCf::remove(const QString &name)
{
    return remove(QStringList {name});
}

bool MainCf::remove(const QStringList &names)
{
    QList<std::pair<QByteArray, std::optional<QByteArray>>> requests;
    for (const QString &name : names) {
        if (!isEditableName(name)) {
            return false;
        }
        requests.append({name.toUtf8(), std::nullopt});
    }
    return edit(requests);
}

bool MainCf::edit(const QList<std::pair<QByteArray, std::optional<QByteArray>>> &requests)
{
    struct Request
    {
        std::optional<QByteArray> value;
        bool found = false;
    };
    QHash<QByteArray, Request> table;
    for (const auto &[name, value] : requests) {
        table.insert(name, Request {value, false}); // a later request wins
    }

    QByteArray out;
    out.reserve(m_text.size() + 64);
    bool interesting = false;
    QList<QByteArray> lines = physicalLines(m_text);
    if (!lines.isEmpty() && !lines.last().endsWith('\n')) {
        lines.last().append('\n');
    }
    for (const QByteArray &line : std::as_const(lines)) {
        const qsizetype p = firstNonSpace(line);
        if (p == line.size() || line.at(p) == '#') {
            out += line; // comments and blank lines always pass
            continue;
        }
        if (p > 0) {
            if (!interesting) {
                out += line;
            }
            continue;
        }
        qsizetype end = 0;
        while (end < line.size() && !isNameEnd(line.at(end))) {
            ++end;
        }
        const QByteArray key = line.left(end);
        auto it = table.find(key);
        interesting = it != table.end();
        if (!interesting) {
            out += line;
            continue;
        }
        it->found = true;
        if (it->value) {
            out += key + " = " + *it->value + '\n';
        }
    }

    QList<QByteArray> missing;
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (!it->found && it->value) {
            missing.append(it.key());
        }
    }
    std::sort(missing.begin(), missing.end());
    for (const QByteArray &key : std::as_const(missing)) {
        out += key + " = " + *table.value(key).value + '\n';
    }

    m_text = out;
    parse();
    return true;
}

} // namespace Mailroom
