// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

// Named stop points for the crash-safety test (issue 16, tests/integration/check_kill_steps.sh):
// MAILROOM_STOP_POINT("atomicfile.renamed") marks the step between two writes where a crash
// leaves the files in a state of their own. In a normal build it is nothing at all.
//
// Compiled with MAILROOM_TEST_HOOKS (the sandbox build defines it on the few source files that
// have points, see the top CMakeLists.txt), each point reached appends "name#N" (its Nth time in
// this process) to the file $MAILROOM_STOP_TRACE names, and at the point $MAILROOM_STOP_AT names
// ("name#N", or "name" for its first time) the process kills itself with SIGKILL, as the OOM
// killer or a power cut of the process would: no destructor, no rollback runs. At the point
// $MAILROOM_PAUSE_AT names it stops itself (SIGSTOP) until the test sends SIGCONT.
// MAILROOM_STOP_POINTS_QUIET(scope) leaves the points reached inside a scope out (the writes of a
// small record whose own point follows it: a kill inside such a write is one before or after it).
#ifdef MAILROOM_TEST_HOOKS

#include <cstdlib>
#include <map>
#include <mutex>
#include <string>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

namespace Mailroom::TestHooks {
// One counter for the whole process (an inline function's static), per thread.
inline int &quietScopes()
{
    static thread_local int depth = 0;
    return depth;
}
struct Quiet
{
    Quiet() { ++quietScopes(); }
    ~Quiet() { --quietScopes(); }
    Quiet(const Quiet &) = delete;
    Quiet &operator=(const Quiet &) = delete;
};

inline void stopPoint(const char *name)
{
    if (quietScopes() > 0) {
        return;
    }
    static std::mutex mutex;
    static std::map<std::string, int> reached;
    const std::lock_guard lock(mutex);
    const std::string numbered = std::string(name) + '#' + std::to_string(++reached[name]);
    if (const char *trace = std::getenv("MAILROOM_STOP_TRACE"); trace && *trace) {
        const int fd = ::open(trace, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (fd >= 0) {
            const std::string line = numbered + '\n';
            // One write() with O_APPEND: the line is in the file before the kill below.
            [[maybe_unused]] const ssize_t n = ::write(fd, line.data(), line.size());
            ::close(fd);
        }
    }
    const char *at = std::getenv("MAILROOM_STOP_AT");
    if (at && (numbered == at || (reached[name] == 1 && std::string(name) == at))) {
        ::kill(::getpid(), SIGKILL);
    }
    // MAILROOM_PAUSE_AT: the process stops itself (SIGSTOP) there, so a test can act in between
    // (another program editing the file) and let it go on with SIGCONT.
    const char *pause = std::getenv("MAILROOM_PAUSE_AT");
    if (pause && (numbered == pause || (reached[name] == 1 && std::string(name) == pause))) {
        ::kill(::getpid(), SIGSTOP);
    }
}
} // namespace Mailroom::TestHooks

#define MAILROOM_STOP_POINT(name) ::Mailroom::TestHooks::stopPoint(name)
#define MAILROOM_STOP_POINTS_QUIET(scope) const ::Mailroom::TestHooks::Quiet scope

#else

#define MAILROOM_STOP_POINT(name) static_cast<void>(0)
#define MAILROOM_STOP_POINTS_QUIET(scope) static_cast<void>(0)

#endif
