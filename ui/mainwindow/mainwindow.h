// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QDockWidget;

namespace Core {
class RequestLog;
}
namespace OpenStack {
class Session;
}

namespace Ui {

class Page;
class NoCloudPage;
class RequestLogPanel;

// The window: cloud, region and project switchers, one tab per area, the status bar with the
// connection state, and the request log panel. It holds no cloud logic of its own: it shows what
// the application controller hands it and asks the controller to switch.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Core::RequestLog *log, QWidget *parent = nullptr);
    ~MainWindow() override;

    void addPage(Page *page);
    Page *page(const QString &pageId) const;
    QList<Page *> pages() const { return m_pages; }
    bool showPage(const QString &pageId);
    Page *currentPage() const;

    void setClouds(const QStringList &names, const QString &current);
    // No cloud configured: show the screen that says how to add one.
    void showNoCloud(const QStringList &searchedFiles, const QString &detail);
    void setSession(OpenStack::Session *session);
    void setConnecting(const QString &cloud);
    void setConnectionError(const QString &message);
    void setKeychainUnavailable(const QString &message);

signals:
    void cloudRequested(const QString &name);
    void regionRequested(const QString &region);
    void projectRequested(const QString &projectId);
    void reloadConfigRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void updateTitle();
    void loadProjectChoices();
    void setConnectionText(const QString &text, const QString &color);

    QPointer<OpenStack::Session> m_session;
    QList<Page *> m_pages;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    NoCloudPage *m_noCloud;
    QComboBox *m_cloudCombo;
    QComboBox *m_regionCombo;
    QComboBox *m_projectCombo;
    QLabel *m_connection;
    QLabel *m_insecure;
    QLabel *m_keychain;
    QDockWidget *m_logDock;
    RequestLogPanel *m_logPanel;
    bool m_updatingCombos = false;
};

} // namespace Ui
