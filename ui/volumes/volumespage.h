// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/placeholderpage.h"

namespace Ui {

// The Volumes tab. Not built yet: it says so rather than show invented data.
class VolumesPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit VolumesPage(QWidget *parent = nullptr)
        : PlaceholderPage(tr("Volumes"), parent)
    {
    }
    QString pageId() const override { return QStringLiteral("volumes"); }
    QString title() const override { return tr("Volumes"); }
};

} // namespace Ui
