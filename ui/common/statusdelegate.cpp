// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/statusdelegate.h"

#include "models/roles.h"

#include <QPainter>
#include <QPixmap>

namespace Ui {

namespace {
QColor colourOf(Models::StatusKind kind)
{
    switch (kind) {
    case Models::StatusKind::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case Models::StatusKind::Busy:
        return QColor(0x15, 0x65, 0xc0);
    case Models::StatusKind::Warning:
        return QColor(0xb2, 0x6a, 0x00);
    case Models::StatusKind::Bad:
        return QColor(0xc6, 0x28, 0x28);
    case Models::StatusKind::Neutral:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

QIcon dot(const QColor &colour, bool ring)
{
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    if (ring) {
        p.setPen(QPen(colour, 2));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(2, 2, 8, 8));
    } else {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QRectF(1, 1, 10, 10));
    }
    return QIcon(pm);
}
} // namespace

StatusDelegate::StatusDelegate(Style style, QObject *parent)
    : TextCacheDelegate(parent)
    , m_style(style)
{
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    TextCacheDelegate::initStyleOption(option, index);
    const QVariant kind = index.data(Models::StatusKindRole);
    if (!kind.isValid())
        return;
    const auto k = Models::StatusKind(kind.toInt());
    if (m_style == Style::Tint) {
        if (k == Models::StatusKind::Bad)
            option->backgroundBrush = QColor(0xfd, 0xdc, 0xd9);
        else if (k == Models::StatusKind::Warning)
            option->backgroundBrush = QColor(0xfd, 0xf3, 0xd0);
        return;
    }
    static const QIcon icons[] = {dot(colourOf(Models::StatusKind::Neutral), false),
                                  dot(colourOf(Models::StatusKind::Good), false),
                                  dot(colourOf(Models::StatusKind::Busy), true),
                                  dot(colourOf(Models::StatusKind::Warning), false),
                                  dot(colourOf(Models::StatusKind::Bad), false)};
    option->icon = icons[int(k)];
    option->features |= QStyleOptionViewItem::HasDecoration;
    option->decorationSize = QSize(12, 12);
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, colourOf(k));
}

} // namespace Ui
