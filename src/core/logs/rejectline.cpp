// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/rejectline.h"

#include "logs/journey.h"
#include "logs/logfields.h"
#include "logs/spamdline.h"
#include "logs/textutil.h"

namespace Mailroom::RejectLine {

using LogFields::bracketValue;
using LogFields::isDigit;
using Text::find;

Fields parse(QByteArrayView rest, bool cleanup)
{
    Fields f;
    const qsizetype space = rest.indexOf(' ');
    const QByteArrayView stage = space < 0 ? rest : rest.first(space);
    f.from = bracketValue(rest, "from=<", &f.hasFrom);
    f.to = bracketValue(rest, " to=<", &f.hasTo);
    if (cleanup) {
        const qsizetype helo = rest.lastIndexOf("helo=<");
        const qsizetype colon = find(rest, ": ", helo < 0 ? 0 : helo);
        if (colon >= 0) {
            f.reply = rest.sliced(colon + 2);
        }
    }
    // smtpd's rejects, and a milter's in cleanup ("END-OF-MESSAGE from host[ip]: 5.7.1 Blocked by
    // SpamAssassin; from=<…> …"): the reply comes before the envelope.
    if (f.reply.isEmpty()) {
        const qsizetype fromClient = find(rest, " from ");
        if (fromClient >= 0) {
            const qsizetype clientEnd = find(rest, ": ", fromClient + 6);
            if (clientEnd >= 0) {
                f.client = rest.sliced(fromClient + 6, clientEnd - fromClient - 6);
                const qsizetype envelope = find(rest, "; from=<", clientEnd);
                f.reply = rest.sliced(clientEnd + 2, (envelope < 0 ? rest.size() : envelope) - clientEnd - 2);
            }
        }
    }
    // "554 5.7.1 …" or "5.7.1 …": the enhanced status code.
    QByteArrayView code = f.reply;
    if (code.size() > 4 && isDigit(code[0]) && isDigit(code[1]) && isDigit(code[2]) && code[3] == ' ') {
        code = code.sliced(4);
    }
    const qsizetype codeEnd = code.indexOf(' ');
    if (codeEnd >= 5 && isDigit(code[0]) && code[1] == '.') {
        f.dsn = code.first(codeEnd);
    }
    if (cleanup || Text::equals(stage, "DATA") || Text::equals(stage, "END-OF-MESSAGE")
        || Text::equals(stage, "CONNECT") || Text::equals(stage, "header") || Text::equals(stage, "body")) {
        f.flags |= Journey::ContentRejected;
        if (SpamdLine::isSpamReject(f.reply)) {
            f.flags |= Journey::SpamRejected;
        }
    }
    return f;
}

} // namespace Mailroom::RejectLine
