// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/textcachedelegate.h"

namespace Ui {

// Draws cells that answer Models::StatusKindRole so state shows at a glance without the models
// knowing about colours. Dot: a coloured dot before the text (a ring while in transition, so
// states differ by shape too) and text in the same colour — for status columns. Tint: a red or
// amber background for Bad and Warning — for whole rows that are risky.
class StatusDelegate : public TextCacheDelegate
{
    Q_OBJECT
public:
    enum class Style { Dot, Tint };
    explicit StatusDelegate(Style style, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Style m_style;
};

} // namespace Ui
