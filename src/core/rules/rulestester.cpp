// SPDX-License-Identifier: GPL-2.0-or-later
#include "rules/rulestester.h"

#include <QCoreApplication>

namespace Mailroom {

namespace {
// procmail's egrep ignores case in ASCII only; other bytes compare as they are.
char fold(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool startsWithNoCase(QByteArrayView line, QByteArrayView prefix)
{
    if (line.size() < prefix.size()) {
        return false;
    }
    for (qsizetype i = 0; i < prefix.size(); ++i) {
        if (fold(line[i]) != fold(prefix[i])) {
            return false;
        }
    }
    return true;
}

bool containsNoCase(QByteArrayView haystack, QByteArrayView needle)
{
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        if (startsWithNoCase(haystack.sliced(i), needle)) {
            return true;
        }
    }
    return false;
}
} // namespace

QList<QByteArray> RulesTester::headerLines(const QByteArray &message)
{
    QList<QByteArray> lines;
    for (qsizetype pos = 0; pos < message.size();) {
        const qsizetype nl = message.indexOf('\n', pos);
        const qsizetype next = nl < 0 ? message.size() : nl + 1;
        const QByteArray line = message.mid(pos, (nl < 0 ? message.size() : nl) - pos);
        if (line.isEmpty()) {
            break; // the blank line that ends the header
        }
        if ((line.startsWith(' ') || line.startsWith('\t')) && !lines.isEmpty()) {
            lines.last() += ' ' + line; // the newline becomes a blank, as procmail joins them
        } else {
            lines.append(line);
        }
        pos = next;
    }
    return lines;
}

bool RulesTester::matches(const DeliveryRule &rule, const QList<QByteArray> &lines)
{
    using Field = DeliveryRule::Field;
    if (rule.field == Field::SpamFlag) {
        // ^X-Spam-Flag: *YES
        static const QByteArray name = QByteArrayLiteral("X-Spam-Flag:");
        for (const QByteArray &line : lines) {
            if (startsWithNoCase(line, name)) {
                qsizetype i = name.size();
                while (i < line.size() && line.at(i) == ' ') {
                    ++i;
                }
                if (startsWithNoCase(QByteArrayView(line).sliced(i), "yes")) {
                    return true;
                }
            }
        }
        return false;
    }
    QList<QByteArray> names;
    switch (rule.field) {
    case Field::From:
        names = {QByteArrayLiteral("From:")};
        break;
    case Field::To:
        names = {QByteArrayLiteral("To:"), QByteArrayLiteral("Cc:")};
        break;
    case Field::Subject:
        names = {QByteArrayLiteral("Subject:")};
        break;
    case Field::Header:
        names = {rule.header.toLatin1() + ':'};
        break;
    case Field::SpamFlag:
        break;
    }
    const QByteArray text = rule.text.toUtf8();
    for (const QByteArray &line : lines) {
        for (const QByteArray &name : names) {
            if (startsWithNoCase(line, name) && containsNoCase(QByteArrayView(line).sliced(name.size()), text)) {
                return true;
            }
        }
    }
    return false;
}

RuleVerdict RulesTester::test(const DeliveryRules &rules, const QByteArray &message, const QString &home,
                              bool handWrittenRecipes)
{
    RuleVerdict v;
    v.handWrittenRecipes = handWrittenRecipes;
    const QList<QByteArray> lines = headerLines(message);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const DeliveryRule &r = rules.at(i);
        if (!matches(r, lines)) {
            continue;
        }
        v.rule = int(i);
        v.action = r.action;
        switch (r.action) {
        case DeliveryRule::Action::Folder:
            v.destination = home + QStringLiteral("/mail/") + r.target;
            break;
        case DeliveryRule::Action::Forward:
            v.destination = r.target;
            break;
        case DeliveryRule::Action::Discard:
            v.destination = QStringLiteral("/dev/null");
            break;
        }
        break;
    }
    return v;
}

QString RuleVerdict::summary() const
{
    QString out;
    if (!matched()) {
        out = QCoreApplication::translate("RuleVerdict", "No rule matches: the message goes to your inbox.");
    } else {
        switch (action) {
        case DeliveryRule::Action::Folder:
            out = QCoreApplication::translate("RuleVerdict", "Rule %1 matches: the message goes to folder %2.")
                      .arg(rule + 1)
                      .arg(destination);
            break;
        case DeliveryRule::Action::Forward:
            out = QCoreApplication::translate("RuleVerdict", "Rule %1 matches: the message is forwarded to %2.")
                      .arg(rule + 1)
                      .arg(destination);
            break;
        case DeliveryRule::Action::Discard:
            out = QCoreApplication::translate("RuleVerdict", "Rule %1 matches: the message is discarded.")
                      .arg(rule + 1);
            break;
        }
    }
    if (handWrittenRecipes) {
        out += QLatin1Char(' ')
            + QCoreApplication::translate("RuleVerdict",
                                          "Your ~/.procmailrc also has hand-written recipes outside Mailroom's "
                                          "block; they were not tested and may act first.");
    }
    return out;
}

} // namespace Mailroom
