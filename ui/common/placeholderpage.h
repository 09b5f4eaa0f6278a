// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/common/page.h"

class QLabel;

namespace Ui {

// Says plainly that a tab is not built yet. No invented data.
class PlaceholderPage : public Page
{
    Q_OBJECT
public:
    PlaceholderPage(const QString &what, QWidget *parent = nullptr);
    void setSession(OpenStack::Session *session) override;

private:
    QLabel *m_label;
    QString m_what;
};

} // namespace Ui
