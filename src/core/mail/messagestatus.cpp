// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/messagestatus.h"

#include <QCoreApplication>

namespace Mailroom::MessageStatus {

Flags fromStatusHeaders(QByteArrayView status, QByteArrayView xStatus)
{
    Flags f;
    for (char c : status) {
        if (c == 'R') {
            f |= Read;
        } else if (c == 'O') {
            f |= Old;
        }
    }
    for (char c : xStatus) {
        switch (c) {
        case 'A':
            f |= Answered;
            break;
        case 'F':
            f |= Flagged;
            break;
        case 'D':
            f |= Deleted;
            break;
        case 'T':
            f |= Draft;
            break;
        default:
            break;
        }
    }
    return f;
}

QByteArray statusHeaderValue(Flags flags)
{
    QByteArray v;
    if (flags & Read) {
        v += 'R';
    }
    if (flags & (Old | Read)) {
        v += 'O';
    }
    return v;
}

QByteArray xStatusHeaderValue(Flags flags)
{
    QByteArray v;
    if (flags & Answered) {
        v += 'A';
    }
    if (flags & Flagged) {
        v += 'F';
    }
    if (flags & Deleted) {
        v += 'D';
    }
    if (flags & Draft) {
        v += 'T';
    }
    return v;
}

Flags fromMaildirInfo(QByteArrayView info)
{
    Flags f;
    for (char c : info) {
        switch (c) {
        case 'S':
            f |= Read;
            break;
        case 'R':
            f |= Answered;
            break;
        case 'F':
            f |= Flagged;
            break;
        case 'T':
            f |= Deleted;
            break;
        case 'D':
            f |= Draft;
            break;
        default:
            break;
        }
    }
    return f;
}

QByteArray maildirInfo(Flags flags)
{
    // Maildir wants the letters in ASCII order.
    QByteArray v;
    if (flags & Draft) {
        v += 'D';
    }
    if (flags & Flagged) {
        v += 'F';
    }
    if (flags & Answered) {
        v += 'R';
    }
    if (flags & Read) {
        v += 'S';
    }
    if (flags & Deleted) {
        v += 'T';
    }
    return v;
}

QString displayText(Flags flags)
{
    if (flags & Deleted) {
        return QCoreApplication::translate("MessageStatus", "Deleted");
    }
    if (flags & Answered) {
        return QCoreApplication::translate("MessageStatus", "Answered");
    }
    if (flags & Read) {
        return QCoreApplication::translate("MessageStatus", "Read");
    }
    if (flags & Old) {
        return QCoreApplication::translate("MessageStatus", "Unread");
    }
    return QCoreApplication::translate("MessageStatus", "New");
}

char letter(Flags flags)
{
    if (flags & Deleted) {
        return 'D';
    }
    if (flags & Answered) {
        return 'A';
    }
    if (flags & Read) {
        return 'R';
    }
    if (flags & Old) {
        return 'U';
    }
    return 'N';
}

} // namespace Mailroom::MessageStatus
