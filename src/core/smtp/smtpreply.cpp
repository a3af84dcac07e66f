// SPDX-License-Identifier: GPL-2.0-or-later
#include "smtp/smtpreply.h"

namespace Mailroom {

QString SmtpReply::toString() const
{
    QStringList out;
    for (int i = 0; i < lines.size(); ++i) {
        const QChar sep = i + 1 < lines.size() ? u'-' : u' ';
        out << QString::number(code) + sep + lines.at(i);
    }
    if (out.isEmpty()) {
        out << QString::number(code);
    }
    return out.join(u'\n');
}

QStringList SmtpReply::extensions() const
{
    return lines.mid(1);
}

namespace {
// "AUTH PLAIN LOGIN" or "AUTH=PLAIN LOGIN" → ("AUTH", "PLAIN LOGIN")
std::pair<QString, QString> splitExtension(const QString &line)
{
    const QString trimmed = line.trimmed();
    qsizetype cut = trimmed.indexOf(u' ');
    const qsizetype eq = trimmed.indexOf(u'=');
    if (eq > 0 && (cut < 0 || eq < cut)) {
        cut = eq;
    }
    if (cut < 0) {
        return {trimmed.toUpper(), QString()};
    }
    return {trimmed.left(cut).toUpper(), trimmed.mid(cut + 1)};
}
} // namespace

QStringList SmtpReply::extensionArguments(const QString &keyword) const
{
    QStringList args;
    for (const QString &line : extensions()) {
        const auto [key, rest] = splitExtension(line);
        if (key == keyword.toUpper()) {
            for (const QString &a : rest.split(u' ', Qt::SkipEmptyParts)) {
                if (!args.contains(a.toUpper())) {
                    args << a.toUpper();
                }
            }
        }
    }
    return args;
}

bool SmtpReply::hasExtension(const QString &keyword) const
{
    for (const QString &line : extensions()) {
        if (splitExtension(line).first == keyword.toUpper()) {
            return true;
        }
    }
    return false;
}

} // namespace Mailroom
