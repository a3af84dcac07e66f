// SPDX-License-Identifier: GPL-2.0-or-later
#include "clisupport.h"

#include "helperapi.h"
#include "helperproxy.h"
#include "servicestate.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace CliSupport {

namespace {
struct Target
{
    QDBusConnection bus = QDBusConnection::systemBus();
    QString hostName;
};
Target &target()
{
    static Target t;
    return t;
}
} // namespace

QDBusConnection bus()
{
    return target().bus;
}

void setBus(const QDBusConnection &bus, const QString &hostName)
{
    target() = Target {bus, hostName};
}

QString hostName()
{
    return target().hostName;
}

std::unique_ptr<HelperProxy> proxy()
{
    Mailroom::registerDBusTypes();
    auto p = std::make_unique<HelperProxy>(Mailroom::Api::ServiceName, Mailroom::Api::ObjectPath, bus());
    p->setTimeout(10 * 60 * 1000);
    p->setInteractiveAuthorizationAllowed(true);
    return p;
}

int exitCodeFor(const Mailroom::HelperError &error)
{
    using Kind = Mailroom::HelperError::Kind;
    switch (error.kind) {
    case Kind::None:
        return 0;
    case Kind::AccessDenied:
        return 4;
    case Kind::NotAvailable:
        return 3;
    case Kind::InvalidArgs:
        return 2;
    case Kind::Failed:
        return 1;
    case Kind::Conflict:
        return 5;
    }
    return 1;
}

int wait(QDBusPendingCall &call)
{
    call.waitForFinished();
    if (!call.isError()) {
        return 0;
    }
    const auto error = Mailroom::HelperError::fromDBus(call.error());
    printError(error.userMessage());
    return exitCodeFor(error);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "mailroomctl: %s\n", message.toLocal8Bit().constData());
}

int usage(const QString &message)
{
    printError(message);
    return 2;
}

int printChange(QDBusPendingCall &reply, const QString &done)
{
    if (int rc = wait(reply)) {
        return rc;
    }
    print(QDBusPendingReply<QString>(reply).value());
    print(done);
    return 0;
}

void print(const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stdout);
    std::fflush(stdout);
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              QCoreApplication::translate("mailroomctl", "Print machine-readable JSON."));
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    print(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
}

QString readPassword(bool fromStdin)
{
    if (!fromStdin && isatty(STDIN_FILENO)) {
        // Echo off before the prompt appears, so nothing typed (or pasted) early is shown.
        termios old {};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::fputs(QCoreApplication::translate("mailroomctl", "Password: ").toLocal8Bit().constData(), stderr);
        char buf[1024];
        const char *got = std::fgets(buf, sizeof buf, stdin);
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fputs("\n", stderr);
        QString pw = got ? QString::fromLocal8Bit(got) : QString();
        explicit_bzero(buf, sizeof buf);
        pw.chop(pw.endsWith(QLatin1Char('\n')) ? 1 : 0);
        return pw;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return {};
    }
    QString pw = QString::fromUtf8(in.readLine());
    pw.chop(pw.endsWith(QLatin1Char('\n')) ? 1 : 0);
    return pw;
}

bool splitHostPort(const QString &arg, QString *host, int *port)
{
    static const QRegularExpression bracketed(
        QRegularExpression::anchoredPattern(QStringLiteral("\\[([^\\[\\]]+)\\](?::(\\d{1,5}))?")));
    static const QRegularExpression withPort(
        QRegularExpression::anchoredPattern(QStringLiteral("([^:\\[\\]]+):(\\d{1,5})")));
    *port = 0;
    QString portText;
    if (const auto m = bracketed.match(arg); m.hasMatch()) {
        *host = m.captured(1);
        portText = m.captured(2);
    } else if (const auto m = withPort.match(arg); m.hasMatch()) {
        *host = m.captured(1);
        portText = m.captured(2);
    } else if (arg.isEmpty() || arg.contains(QLatin1Char('[')) || arg.contains(QLatin1Char(']'))
               || (arg.contains(QLatin1Char(':')) && QHostAddress(arg).protocol() != QAbstractSocket::IPv6Protocol)) {
        return false;
    } else {
        *host = arg; // a name, an IPv4 address or a bare IPv6 address
    }
    if (!portText.isEmpty()) {
        *port = portText.toInt();
        if (*port < 1 || *port > 65535) {
            return false;
        }
    }
    return !host->isEmpty();
}

int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    const QString program = QStringLiteral("mailroomctl");
    // parse(), not process(): process() exits with status 1 on a mistake, and its help names
    // the program only.
    if (!parser.parse(QStringList {program + QLatin1Char(' ') + command} + args)) {
        printError(QCoreApplication::translate("mailroomctl", "%1 (try 'mailroomctl %2 --help')")
                       .arg(parser.errorText(), command));
        return 2;
    }
    // --help-all (which addHelpOption() offers) shows the same: these commands have no
    // generic Qt options worth listing.
    if (parser.isSet(QStringLiteral("help")) || parser.optionNames().contains(QLatin1String("help-all"))) {
        // Qt's usage line names the program as it was started (argv[0], maybe a whole path):
        // name it as the user types it, with the command.
        QString text = parser.helpText();
        const QString started = QCoreApplication::arguments().value(0);
        const qsizetype lineEnd = text.indexOf(u'\n');
        qsizetype at = started.isEmpty() ? -1 : text.left(lineEnd).indexOf(started);
        qsizetype length = started.size();
        if (at < 0) {
            at = text.left(lineEnd).indexOf(program);
            length = program.size();
        }
        if (at >= 0) {
            text.replace(at, length, program + QLatin1Char(' ') + command);
        }
        print(text);
        return 0;
    }
    return -1;
}

} // namespace CliSupport
