// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/placeholderpage.h"

namespace Ui {

// The Hypervisors tab. Not built yet: it says so rather than show invented data.
class HypervisorsPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit HypervisorsPage(QWidget *parent = nullptr)
        : PlaceholderPage(tr("Hypervisors"), parent)
    {
    }
    QString pageId() const override { return QStringLiteral("hypervisors"); }
    QString title() const override { return tr("Hypervisors"); }
};

} // namespace Ui
