// SPDX-License-Identifier: GPL-2.0-or-later
#include "mastercf.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Mailroom::Config {

namespace {
struct LogicalLine
{
    QString text;
    int firstLine = 0;
    int lastLine = 0;
    bool commented = false;
};

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r');
}

QStringList splitFields(const QString &text)
{
    QStringList fields;
    QString current;
    int braces = 0;
    for (const QChar c : text) {
        if (braces == 0 && isSpace(c)) {
            if (!current.isEmpty()) {
                fields.append(current);
                current.clear();
            }
            continue;
        }
        // Postfix 3.0: "{ name = value }" is one field, whitespace and all.
        if (c == QLatin1Char('{') && current.isEmpty()) {
            ++braces;
        } else if (c == QLatin1Char('}') && braces > 0) {
            --braces;
        }
        current.append(c);
    }
    if (!current.isEmpty()) {
        fields.append(current);
    }
    return fields;
}

QString unbrace(const QString &field)
{
    if (field.startsWith(QLatin1Char('{')) && field.endsWith(QLatin1Char('}'))) {
        QString inner = field.mid(1, field.size() - 2).trimmed();
        const qsizetype eq = inner.indexOf(QLatin1Char('='));
        if (eq > 0) {
            return inner.left(eq).trimmed() + QLatin1Char('=') + inner.mid(eq + 1).trimmed();
        }
        return inner;
    }
    return field;
}

// A commented line that reads as a service: "#name type …" with a known type.
bool looksLikeService(const QString &uncommented)
{
    if (uncommented.isEmpty() || isSpace(uncommented.at(0))) {
        return false;
    }
    const QStringList fields = splitFields(uncommented);
    return fields.size() >= 8 && MasterCf::isServiceType(fields.at(1));
}
// A commented line inside a commented service that would continue it once uncommented:
// "#  -o name=value", "#  flags=… argv=…", "#  ${nexthop} …" — not the prose comments
// Debian's master.cf has between them ("#     Instead of specifying complex …").
bool looksLikeContinuation(const QString &uncommented)
{
    if (uncommented.isEmpty() || !isSpace(uncommented.at(0))) {
        return false;
    }
    // An option, a $variable, or name=value (flags=, user=, argv=); not "# ====" rulers.
    static const QRegularExpression nameValue(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*="));
    const QString first = uncommented.trimmed().section(QLatin1Char(' '), 0, 0);
    return first.startsWith(QLatin1Char('-')) || first.startsWith(QLatin1Char('$'))
        || nameValue.match(first).hasMatch();
}
} // namespace

bool MasterCf::isServiceType(const QString &type)
{
    static const QStringList types {QStringLiteral("inet"), QStringLiteral("unix"), QStringLiteral("unix-dgram"),
                                    QStringLiteral("fifo"), QStringLiteral("pass")};
    return types.contains(type);
}

MasterCf MasterCf::fromByteArray(const QByteArray &bytes)
{
    const QStringList lines = QString::fromUtf8(bytes).split(QLatin1Char('\n'));
    QList<LogicalLine> logical;
    int lastActive = -1; // the logical line a whitespace-led line continues
    // Inside a commented service's block of comment lines (its "#  -o" lines continue it).
    bool inCommentedService = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const int number = i + 1;
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty()) {
            inCommentedService = false;
            continue;
        }
        if (trimmed.startsWith(QLatin1Char('#'))) {
            QString uncommented = trimmed.mid(1);
            if (looksLikeService(uncommented)) {
                logical.append({uncommented, number, number, true});
                inCommentedService = true;
            } else if (inCommentedService && looksLikeContinuation(uncommented)) {
                logical.last().text += uncommented;
                logical.last().lastLine = number;
            }
            continue;
        }
        inCommentedService = false;
        if (isSpace(line.at(0))) {
            // Comments (commented services too) between continuation lines are skipped.
            if (lastActive >= 0) {
                logical[lastActive].text += line;
                logical[lastActive].lastLine = number;
            } else {
                // Postfix reads a continuation before any service as a line of its own: bad field count.
                lastActive = int(logical.size());
                logical.append({line.trimmed(), number, number, false});
            }
            continue;
        }
        lastActive = int(logical.size());
        logical.append({line, number, number, false});
    }

    MasterCf doc;
    for (const LogicalLine &l : std::as_const(logical)) {
        const QStringList fields = splitFields(l.text);
        if (fields.size() < 8) {
            if (!l.commented) {
                doc.m_problems.append(
                    {l.firstLine,
                     QCoreApplication::translate("MasterCf",
                                                 "Line %1: a service needs 8 fields (service, type, private, unpriv, "
                                                 "chroot, wakeup, maxproc, command); this one has %2. Postfix stops "
                                                 "with \"bad field count\".")
                         .arg(l.firstLine)
                         .arg(fields.size())});
            }
            continue;
        }
        Service s;
        s.name = fields.at(0);
        s.type = fields.at(1);
        s.privateField = fields.at(2);
        s.unprivileged = fields.at(3);
        s.chroot = fields.at(4);
        s.wakeup = fields.at(5);
        s.maxproc = fields.at(6);
        s.command = fields.at(7);
        s.enabled = !l.commented;
        s.firstLine = l.firstLine;
        s.lastLine = l.lastLine;
        for (int i = 8; i < fields.size(); ++i) {
            const QString &f = fields.at(i);
            if (f == QLatin1String("-o") && i + 1 < fields.size()) {
                s.overrides.append(unbrace(fields.at(++i)));
            } else if (f.startsWith(QLatin1String("-o")) && f.size() > 2) {
                s.overrides.append(unbrace(f.mid(2)));
            } else {
                s.arguments.append(f);
            }
        }
        if (!isServiceType(s.type) && s.enabled) {
            doc.m_problems.append(
                {l.firstLine,
                 QCoreApplication::translate(
                     "MasterCf", "Line %1: \"%2\" is not a service type (inet, unix, unix-dgram, fifo, pass).")
                     .arg(l.firstLine)
                     .arg(s.type)});
        }
        doc.m_services.append(s);
    }
    return doc;
}

} // namespace Mailroom::Config
