// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Mailroom {

// One of Mailroom's delivery rules: when a header contains a text (or the spam flag is set),
// move the message to a folder under ~/mail, forward it, or discard it. Written to
// ~/.procmailrc as one procmail recipe (see recipe()).
struct DeliveryRule
{
    enum class Field
    {
        From,
        To,
        Subject,
        Header,
        SpamFlag
    };
    enum class Action
    {
        Folder,
        Forward,
        Discard
    };

    Field field = Field::Subject;
    QString header; // the header's name, for Field::Header
    QString text; // looked for literally, case-insensitively (not for SpamFlag)
    Action action = Action::Folder;
    QString target; // the folder name under ~/mail, or the address to forward to

    // Why procmail could not run this rule as meant (translated), or empty when it is fine.
    QString validationError() const;
    // The procmail recipe: a ":0:" folder recipe with a local lockfile, or ":0" for the others.
    QString recipe() const;
    // The egrep condition procmail tests (without the leading "* ").
    QString condition() const;
    // "$HOME/mail/NAME" for a folder rule.
    QString folderPath() const;
    // In words, e.g. “Subject contains "sale" → move to folder Offers” (translated).
    QString describe() const;
    QString describeCondition() const;
    QString describeAction() const;

    // The stable form stored in the rule's comment line.
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &o, DeliveryRule *rule);

    bool operator==(const DeliveryRule &other) const = default;

    // Text as an egrep pattern matching it literally in procmail's regular expressions.
    static QString escapeRegex(const QString &text);
    // Checks on their own, for the editors' inline messages (empty when fine).
    static QString folderError(const QString &name);
    static QString addressError(const QString &address);
    static QString headerNameError(const QString &name);
    static QString textError(const QString &text);
    static QString fieldName(Field f);
    static QString actionName(Action a);
    static bool fieldFromName(const QString &name, Field *f);
    static bool actionFromName(const QString &name, Action *a);
};

using DeliveryRules = QList<DeliveryRule>;

} // namespace Mailroom
