// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <memory>

namespace Mailroom {

class JourneyModel;
class LogIndex;

// Every message of a log that did not get through (not delivered, not still in the queue): time,
// sender, recipients and status as the journeys table shows them, and the problem, explained
// where Diagnosis knows the pattern (its suggestion as tool tip), else with what Postfix or the
// other server said. Rows in the journeys' order; a snapshot, rebuilt with setJourneys().
// After them, the refused logins (LoginAnalysis): Time, the client's address (From), the user
// names (To), what was refused and why; they have no journey (HeadRole is null).
class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        FromColumn,
        ToColumn,
        StatusColumn,
        ProblemColumn,
        ColumnCount
    };
    enum Role
    {
        HeadRole = Qt::UserRole + 1, // quint32: the journey's chain head (JourneyRow::head); null for logins
        LineRole, // quint32: a login problem's (first) line in the index; null for journeys
    };

    explicit ProblemModel(QObject *parent = nullptr);
    ~ProblemModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Lists the failed messages of journeys, diagnosed on index (the index journeys was filled
    // from). Without an index the list is empty.
    void setJourneys(const JourneyModel &journeys, const std::shared_ptr<const LogIndex> &index);
    void clear();

    quint32 head(int row) const { return m_rows.at(row).head; }
    bool isLogin(int row) const { return m_rows.at(row).login; }

private:
    struct Problem
    {
        QString texts[ColumnCount];
        QString toolTip; // of the problem column
        quint32 head = 0;
        quint32 line = 0; // of a login problem
        bool login = false;
    };
    QList<Problem> m_rows;
};

} // namespace Mailroom
