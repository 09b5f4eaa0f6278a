// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "openstack/client/session.h"
#include "openstack/identity/projectjobs.h"
#include "ui/common/page.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/mainwindow/nocloudpage.h"
#include "ui/mainwindow/requestlogpanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>

namespace Ui {

MainWindow::MainWindow(Core::RequestLog *log, QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_noCloud(new NoCloudPage(this))
    , m_cloudCombo(new QComboBox(this))
    , m_regionCombo(new QComboBox(this))
    , m_projectCombo(new QComboBox(this))
    , m_connection(new QLabel(this))
    , m_insecure(new QLabel(this))
    , m_keychain(new QLabel(this))
    , m_logDock(new QDockWidget(tr("Request Log"), this))
    , m_logPanel(new RequestLogPanel(log, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/stackdeck/io.github.stackdeck.StackDeck.svg")));
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_noCloud);
    setCentralWidget(m_stack);
    connect(m_noCloud, &NoCloudPage::reloadRequested, this, &MainWindow::reloadConfigRequested);

    auto *bar = addToolBar(tr("Cloud"));
    bar->setObjectName(QStringLiteral("cloudToolBar"));
    bar->setMovable(false);
    m_cloudCombo->setObjectName(QStringLiteral("cloudCombo"));
    m_regionCombo->setObjectName(QStringLiteral("regionCombo"));
    m_projectCombo->setObjectName(QStringLiteral("projectCombo"));
    m_cloudCombo->setMinimumContentsLength(14);
    m_projectCombo->setMinimumContentsLength(18);
    m_cloudCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_regionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_regionCombo->setMinimumContentsLength(10);
    m_projectCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(new QLabel(tr("Cloud:") + QLatin1Char(' '), this));
    bar->addWidget(m_cloudCombo);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Region:") + QLatin1Char(' '), this));
    bar->addWidget(m_regionCombo);
    bar->addSeparator();
    bar->addWidget(new QLabel(tr("Project:") + QLatin1Char(' '), this));
    bar->addWidget(m_projectCombo);

    connect(m_cloudCombo, &QComboBox::activated, this, [this](int index) {
        emit cloudRequested(m_cloudCombo->itemText(index));
    });
    connect(m_regionCombo, &QComboBox::activated, this, [this](int index) {
        emit regionRequested(m_regionCombo->itemText(index));
    });
    connect(m_projectCombo, &QComboBox::activated, this, [this](int index) {
        emit projectRequested(m_projectCombo->itemData(index).toString());
    });

    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_insecure->setObjectName(QStringLiteral("insecureWarning"));
    m_insecure->setText(tr("⚠ TLS certificates are NOT verified for this cloud"));
    m_insecure->setStyleSheet(QStringLiteral("QLabel { color: white; background: #c62828; padding: 2px 6px; }"));
    m_insecure->hide();
    m_keychain->setObjectName(QStringLiteral("keychainWarning"));
    m_keychain->setStyleSheet(QStringLiteral("QLabel { color: #6d4c00; background: #fff3cd; padding: 2px 6px; }"));
    m_keychain->hide();
    statusBar()->addPermanentWidget(m_keychain);
    statusBar()->addPermanentWidget(m_insecure);
    statusBar()->addPermanentWidget(m_connection);
    setConnectionText(tr("Not connected"), QStringLiteral("#757575"));

    m_logDock->setObjectName(QStringLiteral("requestLogDock"));
    m_logDock->setWidget(m_logPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
    connect(m_logPanel, &RequestLogPanel::failureAdded, this, [this](int total) {
        statusBar()->showMessage(tr("%n failed request(s) — see View ▸ Request Log", nullptr, total), 8000);
    });

    buildMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Pages are torn down after this body; requests they abort may still log failures, which must
    // not reach a half-destroyed window.
    disconnect(m_logPanel, nullptr, this, nullptr);
    for (Page *p : std::as_const(m_pages))
        disconnect(p, nullptr, this, nullptr);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *reload = file->addAction(tr("Reload Cloud Configuration"));
    connect(reload, &QAction::triggered, this, &MainWindow::reloadConfigRequested);
    QAction *preferences = file->addAction(tr("&Preferences…"));
    preferences->setObjectName(QStringLiteral("preferencesAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, [this]() {
        auto *dialog = new PreferencesDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(tr("&Refresh"));
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, [this]() {
        if (Page *p = currentPage())
            p->refresh();
    });
    QAction *logAction = m_logDock->toggleViewAction();
    logAction->setText(tr("Request &Log"));
    logAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(logAction);
    view->addSeparator();
    for (int i = 0; i < 9; ++i) {
        auto *a = new QAction(this);
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i]() {
            if (i < m_tabs->count())
                m_tabs->setCurrentIndex(i);
        });
        addAction(a);
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About StackDeck"));
    connect(about, &QAction::triggered, this, [this]() {
        QMessageBox::about(this, tr("About StackDeck"),
                           tr("<h3>StackDeck %1</h3><p>A desktop console for OpenStack, Ceph and KVM "
                              "clouds.</p>")
                               .arg(QStringLiteral(STACKDECK_VERSION)));
    });
}

void MainWindow::addPage(Page *page)
{
    m_pages.append(page);
    page->setObjectName(page->pageId() + QStringLiteral("Page"));
    QString title = page->title();
    title.replace(QLatin1Char('&'), QStringLiteral("&&")); // "Aggregates & Zones" is not a mnemonic
    m_tabs->addTab(page, title);
    connect(page, &Page::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 10000);
    });
    connect(page, &Page::openPageRequested, this, [this](const QString &pageId, const QString &filter) {
        if (!showPage(pageId))
            return;
        // Every table tab has a filter box named filterEdit (Ui::TablePanel).
        if (auto *edit = this->page(pageId)->findChild<QLineEdit *>(QStringLiteral("filterEdit")))
            edit->setText(filter);
    });
}

Page *MainWindow::page(const QString &pageId) const
{
    for (Page *p : m_pages) {
        if (p->pageId() == pageId)
            return p;
    }
    return nullptr;
}

bool MainWindow::showPage(const QString &pageId)
{
    Page *p = page(pageId);
    if (!p)
        return false;
    m_stack->setCurrentWidget(m_tabs);
    m_tabs->setCurrentWidget(p);
    return true;
}

Page *MainWindow::currentPage() const
{
    return qobject_cast<Page *>(m_tabs->currentWidget());
}

void MainWindow::setClouds(const QStringList &names, const QString &current)
{
    m_updatingCombos = true;
    m_cloudCombo->clear();
    m_cloudCombo->addItems(names);
    m_cloudCombo->setCurrentText(current);
    m_cloudCombo->setEnabled(!names.isEmpty());
    m_updatingCombos = false;
}

void MainWindow::showNoCloud(const QStringList &searchedFiles, const QString &detail)
{
    m_noCloud->setDetails(searchedFiles, detail);
    m_stack->setCurrentWidget(m_noCloud);
    setConnectionText(tr("No cloud configured"), QStringLiteral("#757575"));
    updateTitle();
}

void MainWindow::setConnecting(const QString &cloud)
{
    m_stack->setCurrentWidget(m_tabs);
    setConnectionText(tr("Connecting to %1…").arg(cloud), QStringLiteral("#1565c0"));
}

void MainWindow::setConnectionError(const QString &message)
{
    setConnectionText(tr("Not connected"), QStringLiteral("#c62828"));
    statusBar()->showMessage(message);
    QMessageBox::warning(this, tr("Cannot connect"), message);
}

void MainWindow::setKeychainUnavailable(const QString &message)
{
    m_keychain->setText(tr("Keychain unavailable: passwords are not remembered"));
    m_keychain->setToolTip(message);
    m_keychain->show();
}

void MainWindow::setConnectionText(const QString &text, const QString &color)
{
    m_connection->setText(QStringLiteral("<span style='color:%1'>●</span> %2").arg(color, text.toHtmlEscaped()));
}

void MainWindow::setSession(OpenStack::Session *session)
{
    m_session = session;
    m_stack->setCurrentWidget(m_tabs);
    m_insecure->setVisible(session && !session->config().verifyTls);
    if (session) {
        const auto &t = session->token();
        setConnectionText(tr("Connected to %1 as %2").arg(session->config().name, t.userName), QStringLiteral("#2e7d32"));
        m_updatingCombos = true;
        m_regionCombo->clear();
        m_regionCombo->addItems(session->regions());
        m_regionCombo->setCurrentText(session->region());
        m_projectCombo->clear();
        m_projectCombo->addItem(t.projectName, t.projectId);
        m_updatingCombos = false;
        loadProjectChoices();
    } else {
        setConnectionText(tr("Not connected"), QStringLiteral("#757575"));
        m_regionCombo->clear();
        m_projectCombo->clear();
    }
    for (Page *p : std::as_const(m_pages))
        p->setSession(session);
    updateTitle();
}

void MainWindow::loadProjectChoices()
{
    if (!m_session)
        return;
    auto *job = new OpenStack::Identity::ListProjectsJob(m_session, OpenStack::Identity::ListProjectsJob::Scope::Mine);
    connect(job, &OpenStack::RestJob::finished, this, [this](OpenStack::RestJob *j) {
        auto *list = static_cast<OpenStack::Identity::ListProjectsJob *>(j);
        if (list->error() || !m_session)
            return;
        auto projects = list->projects();
        std::sort(projects.begin(), projects.end(),
                  [](const auto &a, const auto &b) { return a.name.localeAwareCompare(b.name) < 0; });
        m_updatingCombos = true;
        m_projectCombo->clear();
        for (const auto &p : projects)
            m_projectCombo->addItem(p.name, p.id);
        m_projectCombo->setCurrentIndex(m_projectCombo->findData(m_session->token().projectId));
        m_updatingCombos = false;
    });
    job->start();
}

void MainWindow::updateTitle()
{
    if (!m_session) {
        setWindowTitle(QStringLiteral("StackDeck"));
        return;
    }
    const auto &t = m_session->token();
    setWindowTitle(QStringLiteral("%1 / %2 / %3 — StackDeck")
                       .arg(m_session->config().name, m_session->region(), t.projectName));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace Ui
