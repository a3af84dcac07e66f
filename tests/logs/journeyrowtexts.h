// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "logs/journeymodel.h"

#include <QStringList>

// Every cell, the queue ids and the raw lines of every row of a journeys table, in model order:
// what a test compares between two ways of building the same table.
inline QStringList journeyRowTexts(const Mailroom::JourneyModel &model)
{
    using Mailroom::JourneyModel;
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < JourneyModel::ColumnCount; ++c) {
            cells.append(model.index(r, c).data().toString());
        }
        cells.append(model.index(r, 0).data(JourneyModel::QueueIdsRole).toStringList().join(QLatin1Char(',')));
        cells.append(model.index(r, 0).data(JourneyModel::RawLinesRole).toStringList().join(QLatin1Char('\n')));
        rows.append(cells.join(QLatin1Char('|')));
    }
    return rows;
}
