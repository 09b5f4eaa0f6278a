// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/volumes/rbdbackingpane.h"

#include "ceph/cluster.h"
#include "core/format.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Ui {

using Models::BackingFinding;
using Models::VolumeBacking;
using OpenStack::BlockStorage::Volume;

namespace {
QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}

// What makes a new reading worth it: another volume or image, or a change Cinder reported.
bool sameReading(const Volume &a, const Volume &b)
{
    return a.id == b.id && a.status == b.status && a.sizeGb == b.sizeGb && a.attachments == b.attachments;
}
} // namespace

RbdBackingPane::RbdBackingPane(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_findings(new QLabel(this))
    , m_size(valueLabel(QStringLiteral("rbdSizeValue"), this))
    , m_used(valueLabel(QStringLiteral("rbdUsedValue"), this))
    , m_features(valueLabel(QStringLiteral("rbdFeaturesValue"), this))
    , m_parent(valueLabel(QStringLiteral("rbdParentValue"), this))
    , m_watchersLabel(valueLabel(QStringLiteral("rbdWatchersValue"), this))
    , m_watchers(new QListWidget(this))
    , m_snapshots(new QTableWidget(0, 3, this))
    , m_details(new QWidget(this))
    , m_refresh(new QToolButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("rbdBackingPane"));
    m_title->setObjectName(QStringLiteral("rbdImageTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_state->setObjectName(QStringLiteral("rbdStateLabel"));
    m_state->setWordWrap(true);
    m_findings->setObjectName(QStringLiteral("rbdFindingsLabel"));
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::RichText);
    m_watchers->setObjectName(QStringLiteral("rbdWatchersList"));
    m_snapshots->setObjectName(QStringLiteral("rbdSnapshotsTable"));
    m_snapshots->setHorizontalHeaderLabels({tr("Snapshot"), tr("Size"), tr("Protected")});
    m_snapshots->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_snapshots->setSelectionMode(QAbstractItemView::NoSelection);
    m_snapshots->verticalHeader()->hide();
    m_snapshots->horizontalHeader()->setStretchLastSection(true);
    m_refresh->setObjectName(QStringLiteral("rbdRefreshButton"));
    m_refresh->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_refresh->setText(tr("Read again"));
    m_refresh->setToolTip(tr("Read the RBD image from Ceph again"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_refresh, &QToolButton::clicked, this, &RbdBackingPane::reload);

    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_refresh);
    // Only shown while an image is on screen: a message alone reads better than empty fields.
    m_details->setObjectName(QStringLiteral("rbdDetails"));
    auto *form = new QFormLayout;
    form->addRow(tr("Provisioned:"), m_size);
    form->addRow(tr("Used:"), m_used);
    form->addRow(tr("Features:"), m_features);
    form->addRow(tr("Parent:"), m_parent);
    form->addRow(tr("Watchers:"), m_watchersLabel);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_snapshots, 3);
    lists->addWidget(m_watchers, 2);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addLayout(form);
    details->addLayout(lists, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(head);
    layout->addWidget(m_state);
    layout->addWidget(m_findings);
    layout->addWidget(m_details, 1);
    layout->addStretch();

    // Live: the watchers change when an instance starts or stops without Cinder noticing.
    m_timer->setInterval(10000);
    connect(m_timer, &QTimer::timeout, this, [this]() {
        if (isVisible() && !m_inFlight)
            read();
    });
    showNothing(tr("Select a volume to see the RBD image behind it."));
}

bool RbdBackingPane::isConfigured(const Ceph::ClusterSettings &settings)
{
    if (!settings.confFile.isEmpty() || !settings.secretKey.isEmpty())
        return true;
    return !qEnvironmentVariableIsEmpty("CEPH_CONF") || QFileInfo::exists(QStringLiteral("/etc/ceph/ceph.conf"));
}

void RbdBackingPane::setCluster(Ceph::Cluster *cluster)
{
    if (m_cluster == cluster)
        return;
    m_cluster = cluster;
    ++m_generation; // an answer of the previous cluster is not about this one
    m_inFlight = false;
    if (m_hasVolume)
        read();
}

void RbdBackingPane::setIntervalMs(int ms)
{
    m_timer->setInterval(ms);
}

void RbdBackingPane::showVolume(const Volume &volume, const QString &imageSpec)
{
    const bool same = m_hasVolume && sameReading(m_volume, volume) && m_spec == imageSpec;
    m_volume = volume;
    m_spec = imageSpec;
    m_hasVolume = true;
    if (same)
        return;
    ++m_generation;
    m_inFlight = false;
    read();
}

void RbdBackingPane::showNothing(const QString &why)
{
    ++m_generation;
    m_inFlight = false;
    m_hasVolume = false;
    m_volume = {};
    m_spec.clear();
    m_backing = {};
    m_timer->stop();
    m_title->setText(tr("RBD image"));
    m_refresh->setEnabled(false);
    showMessage(why);
}

void RbdBackingPane::reload()
{
    if (!m_hasVolume)
        return;
    ++m_generation;
    m_inFlight = false;
    read();
}

void RbdBackingPane::clearValues()
{
    for (QLabel *l : {m_size, m_used, m_features, m_parent, m_watchersLabel})
        l->clear();
    m_findings->clear();
    m_findings->hide();
    m_details->hide();
    m_watchers->clear();
    m_snapshots->setRowCount(0);
}

void RbdBackingPane::showMessage(const QString &text)
{
    clearValues();
    m_state->setText(text);
    m_state->show();
    emit updated();
}

void RbdBackingPane::read()
{
    if (!m_hasVolume)
        return;
    const QString name = m_volume.name.isEmpty() ? m_volume.id : m_volume.name;
    m_title->setText(m_spec.isEmpty() ? tr("RBD image of %1").arg(name) : tr("RBD image %1").arg(m_spec));
    if (m_spec.isEmpty()) {
        m_backing = {};
        m_timer->stop();
        m_refresh->setEnabled(false);
        showMessage(m_volume.backendName().isEmpty()
                        ? tr("%1 has no RBD image: no backend holds it (state %2).").arg(name, m_volume.status)
                        : tr("%1 is on backend %2, which is not RBD: there is no image in Ceph to show.")
                              .arg(name, m_volume.backendName()));
        return;
    }
    if (!m_cluster || !isConfigured(m_cluster->settings())) {
        m_backing = {};
        m_timer->stop();
        m_refresh->setEnabled(false);
        showMessage(tr("No Ceph connection is configured for this cloud, so the RBD image cannot be read. Set one "
                       "in the Ceph tab's connection settings, or give ceph_conf and ceph_keyring under "
                       "stackdeck: in clouds.yaml."));
        return;
    }
    m_refresh->setEnabled(true);
    m_timer->start();
    m_inFlight = true;
    if (m_backing.imageSpec != m_spec) {
        // Another image: nothing of the previous one stays on screen. A re-read of the same image
        // keeps what is shown until the answer replaces it (no flicker every few seconds).
        m_backing = {};
        clearValues();
        m_state->setText(tr("Reading %1 from Ceph…").arg(m_spec));
        m_state->show();
    }
    const quint64 generation = m_generation;
    const QString pool = m_spec.section(QLatin1Char('/'), 0, 0);
    const QString image = m_spec.section(QLatin1Char('/'), 1);
    const Volume volume = m_volume;
    const QString spec = m_spec;
    m_cluster->imageDetails(pool, image, this,
                            [this, generation, volume, spec](const Ceph::ImageDetails &d, const Core::Error &error) {
                                if (generation != m_generation)
                                    return; // another volume, or a newer reading, is shown by now
                                m_inFlight = false;
                                showBacking(VolumeBacking::assess(volume, spec, d, error));
                            });
}

void RbdBackingPane::showBacking(const VolumeBacking &backing)
{
    m_backing = backing;
    if (backing.error) {
        showMessage(tr("Could not read %1 from Ceph: %2").arg(backing.imageSpec, backing.error.toString()));
        return;
    }
    clearValues();
    QStringList lines;
    for (const BackingFinding &f : backing.findings) {
        const char *colour = f.severity == BackingFinding::Severity::Error     ? "#8a1c1c"
                             : f.severity == BackingFinding::Severity::Warning ? "#8a5a00"
                                                                               : "#1c5a1c";
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(QLatin1String(colour), f.text.toHtmlEscaped());
    }
    m_findings->setText(lines.join(QStringLiteral("<br>")));
    m_findings->setVisible(!lines.isEmpty());
    if (!backing.imageFound) {
        m_state->setText(tr("Ceph has no image %1.").arg(backing.imageSpec));
        m_state->show();
        emit updated();
        return;
    }
    m_state->clear();
    m_state->hide();
    m_details->show();
    const Ceph::ImageDetails &d = backing.details;
    m_size->setText(Core::formatBytes(d.image.sizeBytes));
    m_used->setText(d.usedBytes >= 0
                        ? tr("%1 (%2% of provisioned)")
                              .arg(Core::formatBytes(d.usedBytes))
                              .arg(d.image.sizeBytes > 0 ? 100.0 * double(d.usedBytes) / double(d.image.sizeBytes) : 0.0,
                                   0, 'f', 1)
                        : tr("not measured (fast-diff is not enabled on this image)"));
    const QStringList features = d.image.featureNames();
    m_features->setText(features.isEmpty() ? tr("none") : features.join(QStringLiteral(", ")));
    m_parent->setText(d.image.parent.isEmpty() ? tr("none") : d.image.parent);
    m_watchersLabel->setText(d.watchers.isEmpty() ? tr("nobody has it open")
                                                  : tr("%n client(s) have it open", nullptr, int(d.watchers.size())));
    for (const Ceph::RbdWatcher &w : d.watchers)
        m_watchers->addItem(tr("client.%1 at %2").arg(w.clientId).arg(w.address));
    for (const Ceph::RbdSnapshot &s : d.snapshots) {
        const int row = m_snapshots->rowCount();
        m_snapshots->insertRow(row);
        m_snapshots->setItem(row, 0, new QTableWidgetItem(s.name));
        m_snapshots->setItem(row, 1, new QTableWidgetItem(Core::formatBytes(s.sizeBytes)));
        m_snapshots->setItem(row, 2, new QTableWidgetItem(s.isProtected ? tr("yes") : tr("no")));
    }
    emit updated();
}

} // namespace Ui
