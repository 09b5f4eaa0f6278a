// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/placeholderpage.h"

namespace Ui {

// The Network Topology tab. Not built yet: it says so rather than show invented data.
class TopologyPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit TopologyPage(QWidget *parent = nullptr)
        : PlaceholderPage(tr("Network Topology"), parent)
    {
    }
    QString pageId() const override { return QStringLiteral("topology"); }
    QString title() const override { return tr("Network Topology"); }
};

} // namespace Ui
