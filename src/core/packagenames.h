// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

namespace Mailroom::PackageNames {
// Mailroom's logical packages — the only ones the helper installs or removes.
QStringList logicalNames();
bool isKnown(const QString &logical);
// The distribution's package names for a logical package in a distro family
// ("debian", "rhel"); empty when unknown.
QStringList forFamily(const QString &logical, const QString &family);
// Translated text for a PackageProgress status keyword, e.g. "Installing postfix…".
QString statusText(const QString &keyword, const QString &package);
} // namespace Mailroom::PackageNames
