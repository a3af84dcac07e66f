// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>

// Tells when a caller with a long call in progress (WaitForMailLog) leaves the bus: its reply
// would go nowhere, so the call can end at once instead of working on until its timeout.
// One subscription to the bus's NameOwnerChanged serves every watched name, so a caller with
// many connections cannot use up the helper's match rules.
class CallerWatch : public QObject
{
    Q_OBJECT
public:
    explicit CallerWatch(QObject *parent = nullptr);

    // Counted: every watch() is paired with an unwatch(). An empty name (a peer-to-peer
    // connection) is not watched. A name that has already left is reported too.
    void watch(const QDBusConnection &bus, const QString &name);
    void unwatch(const QString &name);

Q_SIGNALS:
    // name has left the bus while watched.
    void left(const QString &name);

private Q_SLOTS:
    void nameOwnerChanged(const QString &name, const QString &oldOwner, const QString &newOwner);

private:
    void gone(const QString &name);

    bool m_subscribed = false;
    QHash<QString, int> m_watched; // name -> watch() calls not yet unwatched
};
