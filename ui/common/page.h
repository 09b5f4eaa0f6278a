// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace OpenStack {
class Session;
}

namespace Ui {

// One tab of the main window. The window hands every page the active session (nullptr while
// disconnected) whenever the cloud, region or project changes; the page loads what it shows on
// its own. Pages never block: all their work is asynchronous.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Stable id used by `--tab ID` and for settings keys: "projects", "instances", …
    virtual QString pageId() const = 0;
    // Translated title for the tab.
    virtual QString title() const = 0;
    virtual void setSession(OpenStack::Session *session) = 0;
    // Reload from the services (F5).
    virtual void refresh() {}
    virtual bool isLoading() const { return false; }

signals:
    void loadingChanged(bool loading);
    void statusMessage(const QString &message);
    // Show another tab with its filter box set to `filter` (a chart click, a link in a details pane).
    void openPageRequested(const QString &pageId, const QString &filter);
};

} // namespace Ui
