// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

// What the fake backends were asked to do, one line per call ("services.perform
// postfix.service Start"), shared by all fakes of one test so "untouched" is one check.
using CallLog = QStringList;
