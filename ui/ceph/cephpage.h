// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/placeholderpage.h"

namespace Ui {

// The Ceph tab. Not built yet: it says so rather than show invented data.
class CephPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit CephPage(QWidget *parent = nullptr)
        : PlaceholderPage(tr("Ceph"), parent)
    {
    }
    QString pageId() const override { return QStringLiteral("ceph"); }
    QString title() const override { return tr("Ceph"); }
};

} // namespace Ui
