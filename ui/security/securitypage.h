// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/placeholderpage.h"

namespace Ui {

// The Security Rules tab. Not built yet: it says so rather than show invented data.
class SecurityPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit SecurityPage(QWidget *parent = nullptr)
        : PlaceholderPage(tr("Security Rules"), parent)
    {
    }
    QString pageId() const override { return QStringLiteral("security"); }
    QString title() const override { return tr("Security Rules"); }
};

} // namespace Ui
