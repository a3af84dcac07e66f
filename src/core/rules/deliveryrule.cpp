// SPDX-License-Identifier: GPL-2.0-or-later
#include "rules/deliveryrule.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Mailroom {

namespace {

bool hasControl(const QString &s)
{
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control) {
            return true;
        }
    }
    return false;
}
} // namespace

QString DeliveryRule::escapeRegex(const QString &text)
{
    // procmail's egrep: these are special; a backslash makes each literal. A trailing blank would
    // be cut off the condition line, so it goes in brackets.
    static const QString special = QStringLiteral("\\^$.[]()|*+?{}");
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (special.contains(c)) {
            out += QLatin1Char('\\');
            out += c;
        } else if ((c == QLatin1Char(' ') || c == QLatin1Char('\t')) && i == text.size() - 1) {
            out += QLatin1Char('[') + c + QLatin1Char(']');
        } else {
            out += c;
        }
    }
    return out;
}

QString DeliveryRule::folderError(const QString &name)
{
    if (name.isEmpty()) {
        return QCoreApplication::translate("DeliveryRule", "The folder name is empty.");
    }
    if (hasControl(name)) {
        return QCoreApplication::translate("DeliveryRule",
                                           "The folder name contains a line break or a control character.");
    }
    if (name.contains(QLatin1String(".."))) {
        return QCoreApplication::translate("DeliveryRule",
                                           "The folder name contains “..”: the folder must stay inside ~/mail.");
    }
    const QChar first = name.at(0);
    if (first == QLatin1Char('/')) {
        return QCoreApplication::translate(
            "DeliveryRule", "The folder name starts with “/”: it must be a name inside ~/mail, not a path.");
    }
    if (first == QLatin1Char('|')) {
        return QCoreApplication::translate("DeliveryRule",
                                           "The folder name starts with “|”: procmail would run it as a program.");
    }
    if (first == QLatin1Char('!')) {
        return QCoreApplication::translate(
            "DeliveryRule", "The folder name starts with “!”: procmail would forward the message instead.");
    }
    if (first == QLatin1Char('.') || first == QLatin1Char('-')) {
        return QCoreApplication::translate(
                   "DeliveryRule", "The folder name starts with “%1”: hidden or option-like names are not allowed.")
            .arg(first);
    }
    if (name.endsWith(QLatin1Char('/'))) {
        return QCoreApplication::translate("DeliveryRule",
                                           "The folder name ends with “/”: procmail would treat it as a directory.");
    }
    for (const QChar c : name) {
        if (!c.isLetterOrNumber() && !QStringLiteral("._-+@,=/").contains(c)) {
            return QCoreApplication::translate(
                       "DeliveryRule", "The folder name contains “%1”: use letters, digits and . _ - + @ , = / only.")
                .arg(c);
        }
    }
    return {};
}

QString DeliveryRule::addressError(const QString &address)
{
    if (address.isEmpty()) {
        return QCoreApplication::translate("DeliveryRule", "The address to forward to is empty.");
    }
    // A plain address only: procmail hands it to sendmail as an argument.
    static const QRegularExpression plain(QStringLiteral(
        R"(\A[A-Za-z0-9][A-Za-z0-9._%+=-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\z)"));
    if (!plain.match(address).hasMatch()) {
        return QCoreApplication::translate("DeliveryRule", "“%1” is not a plain mail address such as bob@example.org.")
            .arg(address);
    }
    return {};
}

QString DeliveryRule::headerNameError(const QString &name)
{
    if (name.isEmpty()) {
        return QCoreApplication::translate("DeliveryRule", "The header name is empty.");
    }
    static const QRegularExpression valid(QStringLiteral(R"(\A[A-Za-z0-9][A-Za-z0-9-]*\z)"));
    if (!valid.match(name).hasMatch()) {
        return QCoreApplication::translate("DeliveryRule",
                                           "“%1” is not a header name: use letters, digits and “-”, without the colon.")
            .arg(name);
    }
    return {};
}

QString DeliveryRule::textError(const QString &text)
{
    if (text.isEmpty()) {
        return QCoreApplication::translate("DeliveryRule", "The text to look for is empty.");
    }
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        return QCoreApplication::translate(
            "DeliveryRule", "The text to look for contains a line break: headers are matched line by line.");
    }
    if (hasControl(text)) {
        return QCoreApplication::translate("DeliveryRule", "The text to look for contains a control character.");
    }
    return {};
}

QString DeliveryRule::validationError() const
{
    if (field == Field::Header) {
        if (QString e = headerNameError(header); !e.isEmpty()) {
            return e;
        }
    }
    if (field != Field::SpamFlag) {
        if (QString e = textError(text); !e.isEmpty()) {
            return e;
        }
    }
    switch (action) {
    case Action::Folder:
        return folderError(target);
    case Action::Forward:
        return addressError(target);
    case Action::Discard:
        break;
    }
    return {};
}

QString DeliveryRule::condition() const
{
    const QString pattern = QStringLiteral(".*") + escapeRegex(text);
    switch (field) {
    case Field::From:
        return QStringLiteral("^From:") + pattern;
    case Field::To:
        return QStringLiteral("^(To|Cc):") + pattern;
    case Field::Subject:
        return QStringLiteral("^Subject:") + pattern;
    case Field::Header:
        return QLatin1Char('^') + header + QLatin1Char(':') + pattern;
    case Field::SpamFlag:
        return QStringLiteral("^X-Spam-Flag: *YES");
    }
    return {};
}

QString DeliveryRule::folderPath() const
{
    return QStringLiteral("$HOME/mail/") + target;
}

QString DeliveryRule::recipe() const
{
    QString out;
    switch (action) {
    case Action::Folder:
        // ":0:" takes the local lockfile FOLDER.lock, as Postfix and Mailroom's reader do.
        out = QStringLiteral(":0:\n* %1\n%2\n").arg(condition(), folderPath());
        break;
    case Action::Forward:
        out = QStringLiteral(":0\n* %1\n! %2\n").arg(condition(), target);
        break;
    case Action::Discard:
        out = QStringLiteral(":0\n* %1\n/dev/null\n").arg(condition());
        break;
    }
    return out;
}

QString DeliveryRule::describeCondition() const
{
    switch (field) {
    case Field::From:
        return QCoreApplication::translate("DeliveryRule", "From contains “%1”").arg(text);
    case Field::To:
        return QCoreApplication::translate("DeliveryRule", "To or Cc contains “%1”").arg(text);
    case Field::Subject:
        return QCoreApplication::translate("DeliveryRule", "Subject contains “%1”").arg(text);
    case Field::Header:
        return QCoreApplication::translate("DeliveryRule", "%1 contains “%2”").arg(header, text);
    case Field::SpamFlag:
        return QCoreApplication::translate("DeliveryRule", "the spam flag is set");
    }
    return {};
}

QString DeliveryRule::describeAction() const
{
    switch (action) {
    case Action::Folder:
        return QCoreApplication::translate("DeliveryRule", "move to folder %1 (~/mail/%1)").arg(target);
    case Action::Forward:
        return QCoreApplication::translate("DeliveryRule", "forward to %1").arg(target);
    case Action::Discard:
        return QCoreApplication::translate("DeliveryRule", "discard");
    }
    return {};
}

QString DeliveryRule::describe() const
{
    return QCoreApplication::translate("DeliveryRule", "When %1 → %2").arg(describeCondition(), describeAction());
}

QString DeliveryRule::fieldName(Field f)
{
    switch (f) {
    case Field::From:
        return QStringLiteral("from");
    case Field::To:
        return QStringLiteral("to");
    case Field::Subject:
        return QStringLiteral("subject");
    case Field::Header:
        return QStringLiteral("header");
    case Field::SpamFlag:
        return QStringLiteral("spam");
    }
    return {};
}

QString DeliveryRule::actionName(Action a)
{
    switch (a) {
    case Action::Folder:
        return QStringLiteral("folder");
    case Action::Forward:
        return QStringLiteral("forward");
    case Action::Discard:
        return QStringLiteral("discard");
    }
    return {};
}

bool DeliveryRule::fieldFromName(const QString &name, Field *f)
{
    for (Field c : {Field::From, Field::To, Field::Subject, Field::Header, Field::SpamFlag}) {
        if (fieldName(c) == name) {
            *f = c;
            return true;
        }
    }
    return false;
}

bool DeliveryRule::actionFromName(const QString &name, Action *a)
{
    for (Action c : {Action::Folder, Action::Forward, Action::Discard}) {
        if (actionName(c) == name) {
            *a = c;
            return true;
        }
    }
    return false;
}

QJsonObject DeliveryRule::toJson() const
{
    QJsonObject o {{QStringLiteral("if"), fieldName(field)}, {QStringLiteral("then"), actionName(action)}};
    if (field == Field::Header) {
        o.insert(QStringLiteral("header"), header);
    }
    if (field != Field::SpamFlag) {
        o.insert(QStringLiteral("contains"), text);
    }
    if (action != Action::Discard) {
        o.insert(QStringLiteral("target"), target);
    }
    return o;
}

bool DeliveryRule::fromJson(const QJsonObject &o, DeliveryRule *rule)
{
    DeliveryRule r;
    if (!fieldFromName(o.value(QStringLiteral("if")).toString(), &r.field)
        || !actionFromName(o.value(QStringLiteral("then")).toString(), &r.action)) {
        return false;
    }
    r.header = o.value(QStringLiteral("header")).toString();
    r.text = o.value(QStringLiteral("contains")).toString();
    r.target = o.value(QStringLiteral("target")).toString();
    if (!r.validationError().isEmpty()) {
        return false;
    }
    *rule = r;
    return true;
}

} // namespace Mailroom
