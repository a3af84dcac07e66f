// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "helperclient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QDBusPendingCall>
#include <QJsonValue>
#include <QString>

#include <memory>

class HelperProxy;

// Shared bits of the commands that talk to the helper.
namespace CliSupport {
// The bus the helper is reached on: the system bus, or another host's (mailroomctl -H).
QDBusConnection bus();
void setBus(const QDBusConnection &bus, const QString &hostName);
// The host -H named, empty for this one.
QString hostName();
// A proxy for io.github.mailroom.Helper1 on bus(), allowing interactive authorization.
std::unique_ptr<HelperProxy> proxy();
// Waits for the call; on error prints the user message and returns the exit code, else 0.
int wait(QDBusPendingCall &call);
int exitCodeFor(const Mailroom::HelperError &error);
void printError(const QString &message);
// A usage mistake (unknown verb, missing argument): says so and returns exit status 2.
int usage(const QString &message);
void print(const QString &text);
// Waits for a change's reply (a diff, or a PEM request) and prints it, then done; the exit code.
int printChange(QDBusPendingCall &reply, const QString &done);
// The --json option every listing command offers, and its output (indented JSON on stdout).
QCommandLineOption jsonOption();
void printJson(const QJsonValue &value);
// A password, never from the command line: asked for on the terminal without echo, or the
// first line of standard input when fromStdin is set or standard input is not a terminal.
QString readPassword(bool fromStdin);
// HOST, HOST:PORT, [HOST], [HOST]:PORT or a bare IPv6 address (which has no port then): the
// host without brackets and the port, 0 when none was given. False for anything else,
// including a port outside 1 to 65535.
bool splitHostPort(const QString &arg, QString *host, int *port);
// Parses "mailroomctl COMMAND args…" (command may be "relay test"); the parser has a "help"
// option. Returns -1 to go on, or the exit status to return at once: 0 after printing the help
// (its usage line names the command), 2 after printing a usage error such as an unknown option.
int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args);
} // namespace CliSupport
