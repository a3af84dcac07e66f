// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "servicestate.h"

namespace Mailroom {

// What the Dashboard says about the machine's mail system in two sentences.
struct MailSystemSummary
{
    enum class Health
    {
        Good,
        Attention,
        Problem
    };
    Health health = Health::Attention;
    QString headline; // what is true now
    QString nextStep; // what to do about it ("" when nothing)
    bool suggestsSetup = false;

    static MailSystemSummary fromStates(const ServiceStateList &states);
};

} // namespace Mailroom
