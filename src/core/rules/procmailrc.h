// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "rules/deliveryrule.h"

#include <QByteArray>
#include <QString>

namespace Mailroom {

// A user's ~/.procmailrc as Mailroom sees it: Mailroom's rules in one marked block, and the rest
// of the file, which Mailroom keeps byte for byte. A block Mailroom cannot read back exactly as
// it writes it (edited by hand inside, two blocks, no end marker) makes the file read-only for
// Mailroom: problem() says why and save() refuses.
class ProcmailRc
{
public:
    static const QByteArray beginMarker; // a line starting with this opens the block
    static const QByteArray endMarker;

    // ~/.procmailrc of the user running Mailroom.
    static QString defaultPath();
    static ProcmailRc parse(const QByteArray &bytes);
    // A missing file is an empty one; false (and error) when it exists but cannot be read.
    static bool load(const QString &path, ProcmailRc *rc, QString *error);

    bool isEditable() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    bool hasBlock() const { return m_hasBlock; }
    const DeliveryRules &rules() const { return m_rules; }
    // Whether the text outside the block has recipes of its own (":0" lines): the tester does not
    // simulate them.
    bool hasHandWrittenRecipes() const;
    const QByteArray &original() const { return m_original; }

    // Mailroom's block for these rules, markers included.
    static QByteArray renderBlock(const DeliveryRules &rules);
    // The whole file with the block replaced (or appended at the end when there was none).
    QByteArray render(const DeliveryRules &rules) const;

    // Writes the file with these rules: refused (nothing written, error says why) when a rule is
    // invalid, the block cannot be parsed, or the file changed since it was read. Otherwise backs
    // the old file up to PATH.mailroom-bak, creates ~/mail (0700) for folder rules, and replaces
    // the file atomically (temporary file in the same directory, fsync, rename), keeping its mode
    // (0600 for a new file).
    bool save(const QString &path, const DeliveryRules &rules, QString *error);

private:
    QByteArray m_original;
    QByteArray m_before;
    QByteArray m_after;
    bool m_hasBlock = false;
    DeliveryRules m_rules;
    QString m_problem;
};

} // namespace Mailroom
