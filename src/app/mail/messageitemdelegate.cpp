// SPDX-License-Identifier: GPL-2.0-or-later
#include "mail/messageitemdelegate.h"

#include "mail/messagelistmodel.h"
#include "mail/messagestatus.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace Mailroom {

namespace {
// A themed icon when the desktop has one, else a small drawn badge, so the column is never blank.
QIcon statusIcon(MessageStatus::Flags flags)
{
    const char *name = "mail-read";
    QColor color(0x9e, 0x9e, 0x9e);
    QChar glyph(0x2713); // ✓
    if (flags & MessageStatus::Deleted) {
        name = "edit-delete";
        color = QColor(0xc6, 0x28, 0x28);
        glyph = QChar(0x2715); // ✕
    } else if (flags & MessageStatus::Answered) {
        name = "mail-replied";
        color = QColor(0x2e, 0x7d, 0x32);
        glyph = QChar(0x21A9); // ↩
    } else if (!(flags & MessageStatus::Read)) {
        const bool isNew = !(flags & MessageStatus::Old);
        name = isNew ? "mail-unread-new" : "mail-unread";
        color = isNew ? QColor(0x15, 0x65, 0xc0) : QColor(0x42, 0x42, 0x42);
        glyph = QChar(0x25CF); // ●
    }
    const QIcon themed = QIcon::fromTheme(QLatin1String(name));
    if (!themed.isNull()) {
        return themed;
    }
    static QHash<int, QIcon> cache;
    const int key = int(glyph.unicode());
    auto it = cache.find(key);
    if (it != cache.end()) {
        return *it;
    }
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    QFont f = p.font();
    f.setPixelSize(24);
    f.setBold(true);
    p.setFont(f);
    p.setPen(color);
    p.drawText(pm.rect(), Qt::AlignCenter, QString(glyph));
    p.end();
    return *cache.insert(key, QIcon(pm));
}
} // namespace

MessageItemDelegate::MessageItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void MessageItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto flags = MessageStatus::Flags(index.data(MessageListModel::FlagsRole).toInt());
    if (!(flags & MessageStatus::Read)) {
        option->font.setBold(true);
    }
    if (flags & MessageStatus::Deleted) {
        option->font.setStrikeOut(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    }
    if (index.column() == MessageListModel::StatusColumn) {
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->icon = statusIcon(flags);
        option->decorationSize = QSize(16, 16);
        option->text.clear(); // the word stays in the tooltip and for screen readers
    } else if (index.column() == MessageListModel::SpamColumn) {
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
        if (index.data(MessageListModel::SpamRole).toInt() & SpamFlagged) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
        }
    } else if (index.column() == MessageListModel::SubjectColumn && m_threaded) {
        const int depth = qMin(index.data(MessageListModel::ThreadDepthRole).toInt(), 8);
        if (depth > 0) {
            option->text = QString(depth * 3, QLatin1Char(' ')) + QChar(0x21B3) + QLatin1Char(' ') + option->text;
        }
    }
}

} // namespace Mailroom
