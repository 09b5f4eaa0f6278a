// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/statusdelegate.h"

#include "models/roles.h"

namespace Ui {

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QVariant kind = index.data(Models::StatusKindRole);
    if (!kind.isValid())
        return;
    switch (kind.value<Models::StatusKind>()) {
    case Models::StatusKind::Bad:
        option->backgroundBrush = QColor(0xfd, 0xdc, 0xd9);
        break;
    case Models::StatusKind::Warning:
        option->backgroundBrush = QColor(0xfd, 0xf3, 0xd0);
        break;
    default:
        break;
    }
}

} // namespace Ui
