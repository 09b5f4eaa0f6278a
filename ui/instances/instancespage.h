// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/placeholderpage.h"

namespace Ui {

// The Instances tab. Not built yet: it says so rather than show invented data.
class InstancesPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit InstancesPage(QWidget *parent = nullptr)
        : PlaceholderPage(tr("Instances"), parent)
    {
    }
    QString pageId() const override { return QStringLiteral("instances"); }
    QString title() const override { return tr("Instances"); }
};

} // namespace Ui
