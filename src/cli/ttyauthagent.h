// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <sys/types.h>

// polkit's text agent (pkttyagent) for this process, as systemctl and pkexec start one: on a
// terminal without a desktop's agent (a console login), polkit can then ask for the
// administrator's password on the terminal instead of denying at once. pkttyagent registers for
// its parent process, i.e. this one, and with --fallback only when the session has no agent of
// its own. start() returns once the agent is registered (or gave up); the destructor ends it.
class TtyAuthAgent
{
public:
    TtyAuthAgent() = default;
    ~TtyAuthAgent();
    TtyAuthAgent(const TtyAuthAgent &) = delete;
    TtyAuthAgent &operator=(const TtyAuthAgent &) = delete;

    // Whether an agent of our own makes sense: standard input is a terminal someone can type a
    // password on (never in scripts or pipes, where a prompt would wait for nobody), and the
    // caller is not root.
    static bool wanted();
    // Starts pkttyagent and waits (at most a few seconds) until it has registered with polkit.
    // Call it from the main thread: the agent is told to end when the thread that started it ends.
    // False when it is not installed or did not start; the calls then go on without it.
    bool start();

private:
    pid_t m_pid = -1;
};
