// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <functional>

namespace Mailroom
{

// Search over a MessageListModel: every word of the search text must occur (case-insensitively)
// in one of the chosen fields. Body search reads each message through the body reader, so it is
// off by default. Sorting is delegated to the source model, which sorts far faster on its
// compact index than a proxy comparing decoded strings would.
class MessageFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Field { SubjectField = 0x1, FromField = 0x2, ToField = 0x4, BodyField = 0x8 };
    Q_DECLARE_FLAGS(Fields, Field)
    Q_FLAG(Fields)
    // Returns the plain text of the message with this entry index (used for BodyField).
    using BodyReader = std::function<QString(int entry)>;

    explicit MessageFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_terms.join(QLatin1Char(' ')); }
    void setFields(Fields fields);
    Fields fields() const { return m_fields; }
    void setUnreadOnly(bool unreadOnly);
    void setBodyReader(BodyReader reader);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
    Fields m_fields = Fields(SubjectField | FromField | ToField);
    bool m_unreadOnly = false;
    BodyReader m_bodyReader;
};

} // namespace Mailroom

Q_DECLARE_OPERATORS_FOR_FLAGS(Mailroom::MessageFilterProxyModel::Fields)
