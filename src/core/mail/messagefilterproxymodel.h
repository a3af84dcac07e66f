// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QBitArray>
#include <QSortFilterProxyModel>
#include <QStringList>

namespace Mailroom {

// Search over a MessageListModel: every word of the search text must occur (case-insensitively)
// in one of the chosen fields. Bodies are never read here (that would block the view's thread):
// with BodyField, a BodySearch run in a worker hands in the entries whose text matches
// (setBodyMatches), and until then only the header fields count. Sorting is delegated to the source model, which sorts
// far faster on its compact index than a proxy comparing decoded strings would.
class MessageFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Field
    {
        SubjectField = 0x1,
        FromField = 0x2,
        ToField = 0x4,
        BodyField = 0x8
    };
    Q_DECLARE_FLAGS(Fields, Field)
    Q_FLAG(Fields)
    explicit MessageFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_terms.join(QLatin1Char(' ')); }
    QStringList searchTerms() const { return m_terms; }
    void setFields(Fields fields);
    Fields fields() const { return m_fields; }
    void setUnreadOnly(bool unreadOnly);
    // From BodySearch::finished for `terms`: used while the search text still has those terms.
    void setBodyMatches(const QBitArray &matches, const QStringList &terms);
    void clearBodyMatches();
    bool hasBodyMatches() const { return !m_bodyTerms.isEmpty(); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
    Fields m_fields = Fields(SubjectField | FromField | ToField);
    bool m_unreadOnly = false;
    QBitArray m_bodyMatches;
    QStringList m_bodyTerms;
};

} // namespace Mailroom

Q_DECLARE_OPERATORS_FOR_FLAGS(Mailroom::MessageFilterProxyModel::Fields)
