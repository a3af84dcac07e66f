// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace Mailroom {

// Paints the message list: a status icon (new, read, answered, deleted) in the status column,
// the subject indented by thread depth, unread messages in bold and deleted ones struck out.
class MessageItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MessageItemDelegate(QObject *parent = nullptr);

    void setThreaded(bool threaded) { m_threaded = threaded; }
    bool isThreaded() const { return m_threaded; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    bool m_threaded = true;
};

} // namespace Mailroom
