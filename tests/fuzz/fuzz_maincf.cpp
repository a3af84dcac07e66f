// SPDX-License-Identifier: GPL-2.0-or-later
// main.cf as an admin (or anyone with an editor) may leave it: parsed into parameters and
// problems, checked as a file the helper would accept, linted against Postfix 3.10's catalog
// (every finding's lines inside the file, every one-click fix applicable and linted again),
// every value validated, and edited like `postconf -e`: a parameter set is read back with
// that value, removed is gone, and nothing else changes.
//
// Input: main.cf, then optionally NUL, a new value, NUL and a parameter name to set it for.

#include "fuzztarget.h"

#include "config/maincflinter.h"
#include "config/parametercatalog.h"
#include "postfix/configfiletext.h"
#include "postfix/maincf.h"
#include "postfix/maincfvalidator.h"
#include "postfix/postfixsyntax.h"

#include <QDateTime>
#include <QFile>
#include <QHostAddress>
#include <QTimeZone>

using namespace Mailroom;
using namespace Mailroom::Config;

namespace {

const MainCfLinter &linter()
{
    static const MainCfLinter instance = [] {
        QFile f(QStringLiteral(MAILROOM_FUZZ_DATA_DIR "/config/postconf-d.txt"));
        FUZZ_CHECK(f.open(QIODevice::ReadOnly));
        MainCfLinter::Environment env;
        env.catalog = ParameterCatalog(ParameterCatalog::parsePostconfDefaults(f.readAll()));
        env.hostAddresses
            = {{QHostAddress(QStringLiteral("192.0.2.10")), 24}, {QHostAddress(QStringLiteral("2001:db8::10")), 64}};
        // Tables exist and are current, except those whose path names "stale" or "missing".
        env.fileTime = [](const QString &path) -> std::optional<QDateTime> {
            if (path.contains(QLatin1String("missing"))) {
                return std::nullopt;
            }
            return QDateTime(
                QDate(2026, 1, path.contains(QLatin1String("stale")) && !path.endsWith(QLatin1String(".db")) ? 2 : 1),
                QTime(0, 0), QTimeZone::UTC);
        };
        env.masterCf = QStringLiteral("smtp inet n - y - - smtpd\n");
        return MainCfLinter(env);
    }();
    return instance;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

void lint(const QString &text, bool applyFixes)
{
    const QStringList all = lines(text);
    for (const LintFinding &f : linter().lint(text)) {
        FUZZ_CHECK(f.line >= 1 && f.line <= all.size());
        for (int related : f.relatedLines) {
            FUZZ_CHECK(related >= 1 && related <= all.size());
        }
        LintFinding::severityName(f.severity);
        if (f.fix.kind != LintFinding::Fix::Kind::ReplaceLines) {
            continue;
        }
        FUZZ_CHECK(f.fix.firstLine >= 1 && f.fix.firstLine <= f.fix.lastLine && f.fix.lastLine <= all.size());
        if (applyFixes) {
            QStringList fixed = all;
            fixed.remove(f.fix.firstLine - 1, f.fix.lastLine - f.fix.firstLine + 1);
            if (!f.fix.replacement.isEmpty()) {
                fixed.insert(f.fix.firstLine - 1, f.fix.replacement);
            }
            lint(fixed.join(QLatin1Char('\n')), false);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MailroomFuzz::Input in(data, size);
    const QString name = QString::fromUtf8(in.field());
    const QString value = QString::fromUtf8(in.field());
    const QByteArray text = in.rest().toByteArray();

    const QString problem = ConfigFileText::problem(text);
    ConfigFileText::revision(text);
    const MainCf cf = MainCf::fromByteArray(text);
    for (const MainCf::Parameter &p : cf.parameters()) {
        FUZZ_CHECK(p.firstLine >= 1 && p.firstLine <= p.lastLine);
        MainCfValidator::validate(p.name, p.value);
        PostfixSyntax::splitList(p.value);
        PostfixSyntax::networkProblem(p.value);
        PostfixSyntax::relayhostProblem(p.value);
        QString substitutionProblem;
        PostfixSyntax::substituteReferences(p.value, cf.names(), &substitutionProblem);
    }
    if (problem.isEmpty()) {
        lint(QString::fromUtf8(text), true);
    }

    MainCf edited = cf;
    if (edited.set(name, value)) {
        QByteArray expected = value.toUtf8();
        const auto space = [](char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
        };
        while (!expected.isEmpty() && space(expected.front())) {
            expected.remove(0, 1);
        }
        while (!expected.isEmpty() && space(expected.back())) {
            expected.chop(1);
        }
        const MainCf reread = MainCf::fromByteArray(edited.toByteArray());
        FUZZ_CHECK(reread.value(name) == QString::fromUtf8(expected));
        for (const QString &other : cf.names()) {
            FUZZ_CHECK(other == name || reread.value(other) == cf.value(other));
        }
        MainCf removed = reread;
        FUZZ_CHECK(removed.remove(name));
        FUZZ_CHECK(!MainCf::fromByteArray(removed.toByteArray()).contains(name));
    }
    return 0;
}
