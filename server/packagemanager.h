// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// Seam: the distribution's package manager (PackageKit in production).
// Names here are real distribution package names; mapping from Mailroom's
// logical names per distro family happens before (packagenames.h).
class PackageManager
{
public:
    struct PackageInfo
    {
        QString name;
        bool installed = false;
        QString version;
    };
    using QueryDone = std::function<void(const QList<PackageInfo> &packages, const QString &error)>;
    // status is a keyword (installing, downloading, …); package the one being worked on, if known.
    using Progress = std::function<void(uint percent, const QString &status, const QString &package)>;
    using Done = std::function<void(bool ok, bool cancelled, const QString &message)>;
    // The names of every package a removal would take away (the requested ones and their
    // dependents), or an error.
    using SimulateDone = std::function<void(const QStringList &removed, const QString &error)>;

    virtual ~PackageManager() = default;
    virtual void query(const QStringList &names, QueryDone done) = 0;
    // Returns an operation id for cancel(); progress and done are called later.
    virtual QString install(const QStringList &names, Progress progress, Done done) = 0;
    virtual QString remove(const QStringList &names, Progress progress, Done done) = 0;
    // Asks what remove(names) would take away, changing nothing.
    virtual void simulateRemove(const QStringList &names, SimulateDone done) = 0;
    virtual bool cancel(const QString &operation) = 0;
};
