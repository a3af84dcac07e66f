// SPDX-License-Identifier: GPL-2.0-or-later
#include "ttyauthagent.h"

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
constexpr const char *AgentPath = "/usr/bin/pkttyagent";
// pkttyagent closes this descriptor once polkit has registered it.
constexpr int NotifyFd = 3;
// Registration takes milliseconds; a stuck agent must not hold up the command for long.
constexpr int RegisterTimeoutMs = 10000;
} // namespace

bool TtyAuthAgent::wanted()
{
    // root needs no password from polkit.
    return isatty(STDIN_FILENO) && geteuid() != 0;
}

bool TtyAuthAgent::start()
{
    if (m_pid > 0 || access(AgentPath, X_OK) != 0) {
        return false;
    }
    int pipeFds[2];
    if (pipe2(pipeFds, O_CLOEXEC) != 0) {
        return false;
    }
    // Everything the child needs is ready before fork(): this process has threads, so the child
    // may only call async-signal-safe functions until exec.
    char arg0[] = "pkttyagent";
    char arg1[] = "--notify-fd";
    char arg2[] = "3";
    char arg3[] = "--fallback";
    char *const argv[] = {arg0, arg1, arg2, arg3, nullptr};
    const pid_t parent = getpid();
    const pid_t pid = fork();
    if (pid < 0) {
        close(pipeFds[0]);
        close(pipeFds[1]);
        return false;
    }
    if (pid == 0) {
        // The agent ends with this thread (the main one), also when mailroomctl is killed.
        if (prctl(PR_SET_PDEATHSIG, SIGTERM) != 0 || getppid() != parent) {
            _exit(127);
        }
        // dup2 clears close-on-exec on the copy (and the originals close at exec); a pipe end that
        // already is NotifyFd keeps its flag, which is cleared by hand.
        if (pipeFds[1] == NotifyFd ? fcntl(NotifyFd, F_SETFD, 0) < 0 : dup2(pipeFds[1], NotifyFd) < 0) {
            _exit(127);
        }
        execv(AgentPath, argv);
        _exit(127);
    }
    close(pipeFds[1]);
    m_pid = pid;
    // EOF on the pipe: registered (the agent closed it) or gone (it exited).
    pollfd p {pipeFds[0], POLLIN, 0};
    int ready;
    do {
        ready = poll(&p, 1, RegisterTimeoutMs);
    } while (ready < 0 && errno == EINTR);
    close(pipeFds[0]);
    if (ready <= 0 || waitpid(m_pid, nullptr, WNOHANG) == m_pid) {
        // Timed out, or the agent exited (e.g. no terminal to ask on): go on without it.
        if (ready <= 0) {
            kill(m_pid, SIGTERM);
            waitpid(m_pid, nullptr, 0);
        }
        m_pid = -1;
        return false;
    }
    return true;
}

TtyAuthAgent::~TtyAuthAgent()
{
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        while (waitpid(m_pid, nullptr, 0) < 0 && errno == EINTR) { }
    }
}
