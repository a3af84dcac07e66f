// SPDX-License-Identifier: GPL-2.0-or-later
// `postqueue -j` output as the helper parses it (one JSON object per line; senders,
// recipients and delay reasons are what strangers wrote) and the queue table built from it,
// every cell in every role.
//
// Input: the output.

#include "fuzztarget.h"

#include "queue/queuemodel.h"
#include "queuelisting.h"

using namespace Mailroom;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const QueueEntryList entries = QueueListing::parse(json);
    FUZZ_CHECK(entries.size() <= json.count('\n') + 1);
    QueueModel model;
    model.setEntries(entries, 1'700'000'000);
    FUZZ_CHECK(model.rowCount() == entries.size());
    for (int row = 0; row < model.rowCount(); ++row) {
        QueueListing::isValidQueueId(entries.at(row).queueId);
        FUZZ_CHECK(model.rowOfId(entries.at(row).queueId) >= 0);
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role :
                 {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(QueueModel::SortRole),
                  int(QueueModel::RecipientsRole), int(QueueModel::ReasonsRole), int(QueueModel::DetailsRole)}) {
                model.data(model.index(row, column), role);
            }
        }
    }
    model.countWaitingLongerThan(3600);
    return 0;
}
