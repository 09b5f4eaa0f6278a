// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QToolBar>
#include <QWidget>

namespace Ui {

// Shows or hides a widget that was added to a toolbar with QToolBar::addWidget(). The toolbar's
// layout follows the visibility of the widget's action and undoes QWidget::setVisible() on the
// widget itself, so an "All projects" box shown that way never appeared.
inline void setShownInToolBar(QWidget *widget, bool shown)
{
    if (auto *bar = qobject_cast<QToolBar *>(widget->parentWidget())) {
        const QList<QAction *> actions = bar->actions();
        for (QAction *action : actions) {
            if (bar->widgetForAction(action) == widget) {
                action->setVisible(shown);
                return;
            }
        }
    }
    widget->setVisible(shown);
}

} // namespace Ui
