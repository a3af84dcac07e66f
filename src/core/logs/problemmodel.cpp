// SPDX-License-Identifier: GPL-2.0-or-later
#include "logs/problemmodel.h"

#include "logs/diagnosis.h"
#include "logs/journeymodel.h"
#include "logs/loginanalysis.h"
#include "logs/logindex.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace Mailroom {

ProblemModel::ProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

ProblemModel::~ProblemModel() = default;

int ProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Problem &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.texts[index.column()];
    case Qt::ToolTipRole:
        return index.column() == ProblemColumn ? QVariant(p.toolTip) : QVariant();
    case HeadRole:
        return p.login ? QVariant() : QVariant(p.head);
    case LineRole:
        return p.login ? QVariant(p.line) : QVariant();
    default:
        return {};
    }
}

QVariant ProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return QCoreApplication::translate("ProblemModel", "Time");
    case FromColumn:
        return QCoreApplication::translate("ProblemModel", "From");
    case ToColumn:
        return QCoreApplication::translate("ProblemModel", "To");
    case StatusColumn:
        return QCoreApplication::translate("ProblemModel", "Status");
    case ProblemColumn:
        return QCoreApplication::translate("ProblemModel", "Problem");
    default:
        return {};
    }
}

void ProblemModel::setJourneys(const JourneyModel &journeys, const std::shared_ptr<const LogIndex> &index)
{
    beginResetModel();
    m_rows.clear();
    if (index) {
        const LoginAnalysis logins(*index);
        const QList<quint32> &loginLines = logins.problemLines();
        // A refusal that is a login problem (no STARTTLS, relaying without login on submission)
        // is listed once, as a login.
        auto isLoginRefusal = [&](const JourneyRow &row) {
            if (loginLines.isEmpty() || row.status != JourneyStatus::Rejected) {
                return false;
            }
            const QList<quint32> lines = index->chainLines(row.head);
            return std::any_of(lines.begin(), lines.end(),
                               [&](quint32 l) { return std::binary_search(loginLines.begin(), loginLines.end(), l); });
        };
        // The same columns as the journeys table, so both read alike.
        static constexpr int sourceColumns[]
            = {JourneyModel::TimeColumn, JourneyModel::FromColumn, JourneyModel::ToColumn, JourneyModel::StatusColumn};
        for (int r = 0; r < journeys.rowCount(); ++r) {
            const JourneyRow &row = journeys.row(r);
            if (row.status == JourneyStatus::Sent || row.status == JourneyStatus::InProgress || isLoginRefusal(row)) {
                continue;
            }
            Problem p;
            for (int c = 0; c < StatusColumn + 1; ++c) {
                p.texts[c] = journeys.index(r, sourceColumns[c]).data().toString();
            }
            const Diagnosis::Finding finding = Diagnosis::diagnoseJourney(*index, row.head);
            if (finding.isValid()) {
                p.texts[ProblemColumn] = finding.explanation;
                p.toolTip = finding.suggestion;
            } else {
                p.texts[ProblemColumn] = journeys.index(r, 0).data(JourneyModel::StatusTextRole).toString();
                p.toolTip = QCoreApplication::translate("ProblemModel",
                                                        "This is not one of the problems Mailroom recognises; the "
                                                        "text is what Postfix or the other server said.");
            }
            p.head = row.head;
            m_rows.append(std::move(p));
        }
        const QLocale locale;
        for (const LoginAnalysis::Problem &l : logins.problems()) {
            Problem p;
            p.login = true;
            p.line = l.line;
            p.texts[TimeColumn] = locale.toString(JourneyModel::toDateTime(l.time), QLocale::ShortFormat);
            p.texts[FromColumn] = l.address;
            p.texts[ToColumn] = l.users.join(QLatin1String(", "));
            p.texts[StatusColumn] = LoginAnalysis::statusText(l);
            p.texts[ProblemColumn] = l.finding.explanation;
            p.toolTip = l.finding.suggestion;
            m_rows.append(std::move(p));
        }
    }
    endResetModel();
}

void ProblemModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace Mailroom
