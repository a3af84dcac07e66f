// SPDX-License-Identifier: GPL-2.0-or-later
// master.cf on any text: the service table (continuation lines, commented-out services,
// -o overrides, the arguments after the command) and its problems, and the table model the
// Configuration page shows.
//
// Input: master.cf.

#include "fuzztarget.h"

#include "config/mastercf.h"
#include "config/mastercfmodel.h"

using namespace Mailroom::Config;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const MasterCf cf = MasterCf::fromByteArray(text);
    const int lines = int(text.count('\n')) + 1;
    for (const MasterCf::Service &s : cf.services()) {
        FUZZ_CHECK(s.firstLine >= 1 && s.firstLine <= s.lastLine && s.lastLine <= lines);
        MasterCf::isServiceType(s.type);
        s.id();
    }
    for (const MasterCf::Problem &p : cf.problems()) {
        FUZZ_CHECK(p.line >= 1 && p.line <= lines);
    }
    MasterCfModel model;
    model.setText(text);
    FUZZ_CHECK(model.rowCount() == cf.services().size());
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                model.data(model.index(row, column), role);
            }
        }
    }
    return 0;
}
