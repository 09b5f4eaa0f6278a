// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ceph/cephpage.h"

#include "ceph/cluster.h"
#include "ceph/clustersettingsstore.h"
#include "core/format.h"
#include "models/ceph/crosslayermodel.h"
#include "models/ceph/poollistmodel.h"
#include "models/ceph/rbdimagemodel.h"
#include "models/roles.h"
#include "openstack/client/session.h"
#include "secrets/credentialstore.h"
#include "ui/ceph/cephsettingsdialog.h"
#include "ui/ceph/crosslayerview.h"
#include "ui/charts/comparisonchart.h"
#include "ui/charts/usagechart.h"
#include "ui/common/tablepanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

CephPage::CephPage(QWidget *parent)
    : Page(parent)
    , m_pools(new Models::PoolListModel(this))
    , m_images(new Models::RbdImageModel(this))
    , m_tabs(new QTabWidget(this))
    , m_health(new QLabel(this))
    , m_checks(new QListWidget(this))
    , m_capacity(new Charts::UsageChart(this))
    , m_poolChart(new Charts::ComparisonChart(this))
    , m_poolCombo(new QComboBox(this))
    , m_detailsLabel(new QLabel(this))
    , m_snapshots(new QTableWidget(0, 3, this))
    , m_trash(new QTableWidget(0, 3, this))
    , m_crossLayer(new CrossLayerView(this))
    , m_statusTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QWidget(this);
    buildHeader(header);
    layout->addWidget(header);
    m_tabs->setObjectName(QStringLiteral("cephTabs"));
    m_tabs->addTab(buildPoolsTab(), tr("Pools"));
    m_tabs->addTab(buildImagesTab(), tr("RBD Images"));
    m_tabs->addTab(m_crossLayer, tr("Cross-Layer"));
    layout->addWidget(m_tabs, 1);

    connect(m_crossLayer, &CrossLayerView::statusMessage, this, &Page::statusMessage);
    connect(m_crossLayer, &CrossLayerView::loadingChanged, this, [this]() { emit loadingChanged(isLoading()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_crossLayer && m_crossLayer->model()->rowCount() == 0)
            m_crossLayer->refresh();
    });

    // Health is cheap (two monitor commands): polled, so a monitor that returns is seen.
    m_statusTimer->setInterval(10000);
    connect(m_statusTimer, &QTimer::timeout, this, &CephPage::refreshStatus);

    connect(m_pools, &Models::PoolListModel::loaded, this, &CephPage::onPoolsLoaded);
    connect(m_pools, &Models::PoolListModel::loadingChanged, this, [this](bool busy) {
        m_poolPanel->setBusy(busy);
        emit loadingChanged(isLoading());
    });
    connect(m_images, &Models::RbdImageModel::loadingChanged, this, [this](bool busy) {
        m_imagePanel->setBusy(busy);
        emit loadingChanged(isLoading());
    });
    connect(m_images, &Models::RbdImageModel::loaded, this, [this](const Core::Error &error) {
        m_imagePanel->setErrorText(error ? tr("Could not list the RBD images: %1").arg(error.toString()) : QString());
        if (error)
            emit statusMessage(error.toString());
        onImageSelectionChanged();
    });
}

CephPage::CephPage(Secrets::CredentialStore *keychain, QWidget *parent)
    : CephPage(parent)
{
    m_keychain = keychain;
}

CephPage::~CephPage() = default;

void CephPage::setKeychain(Secrets::CredentialStore *keychain)
{
    m_keychain = keychain;
}

void CephPage::buildHeader(QWidget *header)
{
    auto *row = new QHBoxLayout(header);
    auto *left = new QVBoxLayout;
    m_health->setObjectName(QStringLiteral("healthLabel"));
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_health->setWordWrap(true);
    m_health->setText(tr("Not connected"));
    m_health->setOpenExternalLinks(false);
    connect(m_health, &QLabel::linkActivated, this, [this]() { openConnectionSettings(); });
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("cephSourceLabel"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_settingsButton = new QToolButton(this);
    m_settingsButton->setObjectName(QStringLiteral("cephSettingsButton"));
    m_settingsButton->setText(tr("Connection Settings…"));
    m_settingsButton->setToolTip(tr("ceph.conf, keyring or key, and client name for this cloud"));
    m_settingsButton->setEnabled(false);
    connect(m_settingsButton, &QToolButton::clicked, this, &CephPage::openConnectionSettings);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_settingsButton);
    left->addLayout(sourceRow);
    m_checks->setObjectName(QStringLiteral("healthChecksList"));
    m_checks->setMaximumHeight(90);
    left->addWidget(m_health);
    left->addWidget(m_checks);
    row->addLayout(left, 2);
    m_capacity->setObjectName(QStringLiteral("capacityChart"));
    m_capacity->setTitle(tr("Raw capacity"));
    m_capacity->setMaximumHeight(130);
    row->addWidget(m_capacity, 1);
}

QWidget *CephPage::buildPoolsTab()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_poolPanel = new TablePanel(QStringLiteral("ceph/pools"), m_pools, splitter);
    m_poolPanel->setObjectName(QStringLiteral("poolsPanel"));
    m_poolPanel->setHiddenByDefault({Models::PoolListModel::IdColumn, Models::PoolListModel::MinSizeColumn});
    QAction *refreshAction = m_poolPanel->toolBar()->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshCephAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &CephPage::refresh);
    connect(m_poolPanel->view(), &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        setCurrentPool(index.siblingAtColumn(Models::PoolListModel::NameColumn).data(Models::ExportRole).toString());
        m_tabs->setCurrentIndex(1);
    });
    m_poolChart->setObjectName(QStringLiteral("poolUsageChart"));
    m_poolChart->setTitle(tr("Stored per pool, of what it may still hold"));
    m_poolChart->setRestLabel(tr("Available"));
    connect(m_poolChart, &Charts::ComparisonChart::itemClicked, this, [this](const QString &pool) {
        setCurrentPool(pool);
        m_tabs->setCurrentIndex(1);
    });
    splitter->addWidget(m_poolPanel);
    splitter->addWidget(m_poolChart);
    return splitter;
}

QWidget *CephPage::buildImagesTab()
{
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_imagePanel = new TablePanel(QStringLiteral("ceph/images"), m_images, splitter);
    m_imagePanel->setObjectName(QStringLiteral("imagesPanel"));
    m_imagePanel->setHiddenByDefault({Models::RbdImageModel::ImageIdColumn, Models::RbdImageModel::FormatColumn,
                                      Models::RbdImageModel::PoolColumn});
    m_poolCombo->setObjectName(QStringLiteral("poolCombo"));
    m_poolCombo->setToolTip(tr("Pools with the rbd application"));
    m_imagePanel->toolBar()->addWidget(new QLabel(tr("Pool:"), this));
    m_imagePanel->toolBar()->addWidget(m_poolCombo);
    connect(m_poolCombo, &QComboBox::currentTextChanged, this, [this]() { refreshImages(); });
    buildImageActions();
    connect(m_imagePanel->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CephPage::onImageSelectionChanged);

    auto *details = new QWidget(splitter);
    auto *dl = new QHBoxLayout(details);
    dl->setContentsMargins(0, 0, 0, 0);
    auto *detailsLeft = new QVBoxLayout;
    m_detailsLabel->setObjectName(QStringLiteral("imageDetailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    detailsLeft->addWidget(m_detailsLabel, 1);
    dl->addLayout(detailsLeft, 1);
    m_snapshots->setObjectName(QStringLiteral("snapshotsTable"));
    m_snapshots->setHorizontalHeaderLabels({tr("Snapshot"), tr("Size"), tr("Protected")});
    m_snapshots->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_snapshots->setSelectionMode(QAbstractItemView::SingleSelection);
    m_snapshots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_snapshots->horizontalHeader()->setStretchLastSection(true);
    connect(m_snapshots, &QTableWidget::itemSelectionChanged, this, &CephPage::updateActions);
    dl->addWidget(m_snapshots, 1);
    m_trash->setObjectName(QStringLiteral("trashTable"));
    m_trash->setHorizontalHeaderLabels({tr("In the trash"), tr("Image ID"), tr("Deleted")});
    m_trash->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trash->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trash->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_trash->horizontalHeader()->setStretchLastSection(true);
    connect(m_trash, &QTableWidget::itemSelectionChanged, this, &CephPage::updateActions);
    dl->addWidget(m_trash, 1);
    splitter->addWidget(m_imagePanel);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

void CephPage::setSession(OpenStack::Session *session)
{
    m_session = session;
    delete m_cluster;
    m_cluster = nullptr;
    m_pools->clear();
    m_images->clear();
    m_poolCombo->clear();
    m_statusTimer->stop();
    m_settingsButton->setEnabled(session);
    if (!session) {
        ++m_clusterGeneration;
        m_health->setText(tr("Not connected"));
        m_source->clear();
        m_crossLayer->setSources(nullptr, nullptr);
        return;
    }
    connectCluster();
}

void CephPage::connectCluster()
{
    if (!m_session)
        return;
    m_pools->cancel();
    m_images->cancel();
    m_statusInFlight = false;
    delete m_cluster;
    m_cluster = nullptr;
    emit clusterChanged(nullptr);
    m_crossLayer->setSources(nullptr, nullptr);
    m_statusTimer->stop();
    const OpenStack::CloudConfig &config = m_session->config();
    const Ceph::ClusterSettingsStore store(config.name, config.stackdeck);
    const Ceph::ClusterSettings resolved = store.resolve();
    m_source->setText(tr("Ceph: %1 — from %2").arg(resolved.describe(), Ceph::ClusterSettingsStore::sourceText(store.source())));
    const quint64 generation = ++m_clusterGeneration;
    store.load(m_keychain, this, [this, generation](const Ceph::ClusterSettings &settings, const Core::Error &error) {
        if (generation != m_clusterGeneration)
            return;
        if (error)
            showSettingsProblem(error);
        else
            useCluster(settings);
    });
}

void CephPage::useCluster(const Ceph::ClusterSettings &settings)
{
    m_cluster = Ceph::Cluster::create(settings, this);
    emit clusterChanged(m_cluster);
    m_crossLayer->setSources(m_session, m_cluster);
    m_statusTimer->start();
    refresh();
}

void CephPage::showSettingsProblem(const Core::Error &error)
{
    m_health->setProperty("failing", true);
    m_health->setText(tr("Cannot connect to Ceph: %1. <a href=\"settings\">Connection settings…</a>").arg(error.toString().toHtmlEscaped()));
    m_health->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; font-weight: bold; }"));
    emit statusMessage(error.toString());
    emit loadingChanged(isLoading());
}

void CephPage::openConnectionSettings()
{
    if (!m_session)
        return;
    const OpenStack::CloudConfig &config = m_session->config();
    auto *dialog = new CephSettingsDialog(Ceph::ClusterSettingsStore(config.name, config.stackdeck), m_keychain, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CephSettingsDialog::settingsChanged, this, [this]() {
        m_pools->clear();
        m_images->clear();
        m_poolCombo->clear();
        connectCluster();
    });
    dialog->open();
}

void CephPage::setStatusIntervalMs(int ms)
{
    m_statusTimer->setInterval(ms);
}

void CephPage::refresh()
{
    if (!m_cluster)
        return;
    refreshStatus();
    m_pools->reload(m_cluster);
    if (m_tabs->currentWidget() == m_crossLayer)
        m_crossLayer->refresh();
}

bool CephPage::isLoading() const
{
    return m_pools->isLoading() || m_images->isLoading() || m_crossLayer->isLoading() || m_statusInFlight;
}

QString CephPage::currentPool() const
{
    return m_poolCombo->currentText();
}

void CephPage::setCurrentPool(const QString &pool)
{
    const int i = m_poolCombo->findText(pool);
    if (i >= 0)
        m_poolCombo->setCurrentIndex(i);
}

void CephPage::refreshStatus()
{
    if (!m_cluster || m_statusInFlight)
        return;
    m_statusInFlight = true;
    m_cluster->status(this, [this](const Ceph::ClusterStatus &status, const Core::Error &error) {
        m_statusInFlight = false;
        const bool wasFailing = m_health->property("failing").toBool();
        showStatus(status, error);
        // Back after a failure: everything else is stale too.
        if (!error && wasFailing) {
            m_pools->reload(m_cluster);
            refreshImages();
        }
        emit loadingChanged(isLoading());
    });
}

void CephPage::showStatus(const Ceph::ClusterStatus &status, const Core::Error &error)
{
    m_checks->clear();
    m_health->setProperty("failing", error.isError());
    if (error) {
        m_health->setText(tr("Cannot reach the Ceph cluster: %1. <a href=\"settings\">Connection settings…</a>")
                              .arg(error.toString().toHtmlEscaped()));
        m_health->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; font-weight: bold; }"));
        emit statusMessage(error.toString());
        return;
    }
    const QString color = status.health == QLatin1String("HEALTH_OK")     ? QStringLiteral("#1e7b34")
                          : status.health == QLatin1String("HEALTH_WARN") ? QStringLiteral("#9a6700")
                                                                           : QStringLiteral("#8a1c1c");
    m_health->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(color));
    m_health->setText(tr("%1 — %n OSD(s), %2 of %3 raw used", nullptr, status.osds)
                          .arg(status.health, Core::formatBytes(status.usedRawBytes), Core::formatBytes(status.totalBytes)));
    for (const Ceph::HealthCheck &c : status.checks) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2: %3").arg(c.severity, c.id, c.summary), m_checks);
        item->setToolTip(c.details.join(QLatin1Char('\n')));
    }
    if (status.checks.isEmpty())
        new QListWidgetItem(tr("No health checks are raised"), m_checks);
    const double gib = 1024.0 * 1024 * 1024;
    m_capacity->setEntries({{QStringLiteral("raw"), tr("Raw"), double(status.usedRawBytes) / gib, double(status.totalBytes) / gib,
                             QStringLiteral("GiB")}});
}

void CephPage::onPoolsLoaded(const Core::Error &error)
{
    m_poolPanel->setErrorText(error ? tr("Could not list the pools: %1").arg(error.toString()) : QString());
    if (error) {
        emit statusMessage(error.toString());
        return;
    }
    QVector<Charts::ComparisonChart::Item> items;
    QStringList rbdPools;
    const double gib = 1024.0 * 1024 * 1024;
    for (const Ceph::Pool &p : m_pools->records()) {
        items.append({p.name, p.name, double(p.storedBytes) / gib, double(p.storedBytes + p.maxAvailBytes) / gib});
        if (p.hasRbd())
            rbdPools.append(p.name);
    }
    m_poolChart->setItems(items, QStringLiteral("GiB"));
    const QString current = m_poolCombo->currentText();
    QStringList had;
    for (int i = 0; i < m_poolCombo->count(); ++i)
        had.append(m_poolCombo->itemText(i));
    if (had != rbdPools) {
        const QSignalBlocker block(m_poolCombo);
        m_poolCombo->clear();
        m_poolCombo->addItems(rbdPools);
        const int keep = m_poolCombo->findText(current);
        m_poolCombo->setCurrentIndex(keep >= 0 ? keep : qMax(0, int(rbdPools.indexOf(QStringLiteral("volumes")))));
    }
    refreshImages();
}

void CephPage::refreshImages()
{
    const QString pool = currentPool();
    if (!m_cluster || pool.isEmpty())
        return;
    Ceph::ListOptions options;
    options.watchers = true; // "who has it open" is a column, and delete depends on it
    m_images->reload(m_cluster, {pool}, options);
    refreshTrash();
}

void CephPage::refreshTrash()
{
    const QString pool = currentPool();
    m_cluster->trash(pool, this, [this, pool](const QVector<Ceph::TrashEntry> &entries, const Core::Error &error) {
        if (pool != currentPool())
            return;
        m_trash->setRowCount(0);
        if (error)
            return;
        for (const Ceph::TrashEntry &t : entries) {
            const int row = m_trash->rowCount();
            m_trash->insertRow(row);
            m_trash->setItem(row, 0, new QTableWidgetItem(t.name));
            m_trash->setItem(row, 1, new QTableWidgetItem(t.id));
            m_trash->setItem(row, 2, new QTableWidgetItem(QLocale().toString(t.deletedAt.toLocalTime(), QLocale::ShortFormat)));
        }
        updateActions();
    });
}

QStringList CephPage::selectedImages() const
{
    QStringList names;
    for (int row : m_imagePanel->selectedSourceRows())
        names.append(m_images->record(row).name);
    return names;
}

QString CephPage::selectedSnapshot() const
{
    const auto items = m_snapshots->selectedItems();
    return items.isEmpty() ? QString() : m_snapshots->item(items.constFirst()->row(), 0)->text();
}

void CephPage::onImageSelectionChanged()
{
    const QStringList names = selectedImages();
    m_details = {};
    m_snapshots->setRowCount(0);
    if (names.size() != 1 || !m_cluster) {
        m_detailsLabel->setText(names.isEmpty() ? tr("Select an image to see its snapshots and watchers.")
                                                : tr("%n image(s) selected", nullptr, int(names.size())));
        updateActions();
        return;
    }
    const QString pool = currentPool();
    const QString name = names.constFirst();
    m_detailsLabel->setText(tr("Reading %1/%2…").arg(pool, name));
    m_cluster->imageDetails(pool, name, this, [this, pool, name](const Ceph::ImageDetails &d, const Core::Error &error) {
        const QStringList now = selectedImages();
        if (now.size() != 1 || now.constFirst() != name || pool != currentPool())
            return;
        if (error) {
            m_detailsLabel->setText(error.toString());
            return;
        }
        showDetails(d);
    });
    updateActions();
}

void CephPage::showDetails(const Ceph::ImageDetails &d)
{
    m_details = d;
    QStringList watchers;
    for (const Ceph::RbdWatcher &w : d.watchers)
        watchers.append(w.address);
    QString used = d.usedBytes >= 0 ? Core::formatBytes(d.usedBytes) : tr("not measured (fast-diff is not enabled)");
    m_detailsLabel->setText(tr("<b>%1</b><br>Provisioned: %2<br>Used: %3<br>Features: %4<br>Parent: %5<br>Watchers: %6")
                                .arg(d.image.id.toHtmlEscaped(), Core::formatBytes(d.image.sizeBytes), used,
                                     d.image.featureNames().join(QStringLiteral(", ")),
                                     d.image.parent.isEmpty() ? tr("none") : d.image.parent.toHtmlEscaped(),
                                     watchers.isEmpty() ? tr("nobody has it open") : watchers.join(QStringLiteral(", ")).toHtmlEscaped()));
    if (d.usedBytes >= 0)
        m_images->setUsed(d.image.id, d.usedBytes);
    for (const Ceph::RbdSnapshot &s : d.snapshots) {
        const int row = m_snapshots->rowCount();
        m_snapshots->insertRow(row);
        m_snapshots->setItem(row, 0, new QTableWidgetItem(s.name));
        m_snapshots->setItem(row, 1, new QTableWidgetItem(Core::formatBytes(s.sizeBytes)));
        m_snapshots->setItem(row, 2, new QTableWidgetItem(s.isProtected ? tr("yes") : tr("no")));
    }
    updateActions();
}

} // namespace Ui
