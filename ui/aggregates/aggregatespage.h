// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/placeholderpage.h"

namespace Ui {

// The Aggregates & Zones tab. Not built yet: it says so rather than show invented data.
class AggregatesPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit AggregatesPage(QWidget *parent = nullptr)
        : PlaceholderPage(tr("Aggregates & Zones"), parent)
    {
    }
    QString pageId() const override { return QStringLiteral("aggregates"); }
    QString title() const override { return tr("Aggregates & Zones"); }
};

} // namespace Ui
