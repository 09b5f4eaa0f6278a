// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/volumes/volumedialogs.h"

#include "models/blockstorage/volumerules.h"
#include "openstack/blockstorage/resourcejobs.h"
#include "openstack/client/session.h"
#include "openstack/image/imagejobs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Ui {

using namespace OpenStack::BlockStorage;

CreateVolumeDialog::CreateVolumeDialog(OpenStack::Session *session, QVector<Choice> snapshots, QVector<Choice> volumes,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_snapshots(std::move(snapshots))
    , m_volumes(std::move(volumes))
    , m_name(new QLineEdit(this))
    , m_description(new QLineEdit(this))
    , m_source(new QComboBox(this))
    , m_sourceItem(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_size(new QLineEdit(QStringLiteral("1"), this))
    , m_zone(new QComboBox(this))
    , m_quota(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Create Volume"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_sourceItem->setObjectName(QStringLiteral("sourceItemCombo"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_size->setObjectName(QStringLiteral("sizeEdit"));
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_quota->setObjectName(QStringLiteral("quotaLabel"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));

    m_source->addItem(tr("No source, empty volume"), int(Source::Blank));
    m_source->addItem(tr("Image"), int(Source::Image));
    m_source->addItem(tr("Snapshot"), int(Source::Snapshot));
    m_source->addItem(tr("Volume"), int(Source::Volume));
    m_type->addItem(tr("(default type)"), QString());
    m_zone->addItem(tr("Any Availability Zone"), QString());

    auto *form = new QFormLayout;
    form->addRow(tr("Volume Name"), m_name);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Volume Source"), m_source);
    form->addRow(tr("Use as source"), m_sourceItem);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Size (GiB)"), m_size);
    form->addRow(tr("Availability Zone"), m_zone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create Volume"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_quota);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (problem().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QComboBox::currentIndexChanged, this, &CreateVolumeDialog::fillSources);
    connect(m_sourceItem, &QComboBox::currentIndexChanged, this, [this]() {
        // A larger source raises the size to fit, never lowers what the user typed.
        bool ok = false;
        const qint64 typed = m_size->text().toLongLong(&ok);
        if (ok && typed < minimumSize())
            m_size->setText(QString::number(minimumSize()));
        revalidate();
    });
    connect(m_size, &QLineEdit::textChanged, this, &CreateVolumeDialog::revalidate);
    fillSources();
    load();
}

void CreateVolumeDialog::load()
{
    if (!m_session) {
        revalidate();
        return;
    }
    m_pendingLoads = 4;
    auto *types = new ListVolumeTypesJob(m_session, this);
    connect(types, &OpenStack::RestJob::finished, this, [this, types](OpenStack::RestJob *) {
        for (const VolumeType &t : types->items())
            m_type->addItem(t.description.isEmpty() ? t.name : t.name + QStringLiteral(" — ") + t.description, t.name);
        loaded();
    });
    auto *zones = new ListVolumeZonesJob(m_session, this);
    connect(zones, &OpenStack::RestJob::finished, this, [this, zones](OpenStack::RestJob *) {
        for (const VolumeZone &z : zones->items()) {
            if (z.available)
                m_zone->addItem(z.name, z.name);
        }
        loaded();
    });
    auto *limits = new GetVolumeLimitsJob(m_session, this);
    connect(limits, &OpenStack::RestJob::finished, this, [this, limits](OpenStack::RestJob *) {
        if (!limits->error()) {
            m_limits = limits->limits();
            m_quota->setText(m_limits.maxGigabytes < 0
                                 ? tr("Quota: unlimited (%1 GiB used)").arg(m_limits.usedGigabytes)
                                 : tr("Quota: %1 of %2 GiB used, %3 GiB left")
                                       .arg(m_limits.usedGigabytes)
                                       .arg(m_limits.maxGigabytes)
                                       .arg(m_limits.freeGigabytes()));
        } else {
            m_quota->setText(tr("Quota unknown: %1").arg(limits->error().message));
        }
        loaded();
    });
    auto *images = new OpenStack::Image::ListImagesJob(m_session, {}, this);
    connect(images, &OpenStack::Image::ListImagesJob::finished, this, [this](OpenStack::Image::ListImagesJob *done) {
        for (const auto &i : done->images()) {
            const qint64 gib = (i.sizeBytes + (qint64(1) << 30) - 1) >> 30;
            m_images.append({i.id, i.name.isEmpty() ? i.id : i.name, qMax<qint64>(qMax<qint64>(gib, i.minDiskGb), 1)});
        }
        fillSources();
        loaded();
    });
    for (OpenStack::RestJob *job : std::initializer_list<OpenStack::RestJob *>{types, zones, limits})
        job->start();
    images->start();
}

void CreateVolumeDialog::loaded()
{
    if (--m_pendingLoads == 0) {
        revalidate();
        emit ready();
    }
}

void CreateVolumeDialog::preselect(Source source, const QString &id)
{
    m_preselectId = id;
    m_source->setCurrentIndex(m_source->findData(int(source)));
    fillSources();
}

CreateVolumeDialog::Source CreateVolumeDialog::source() const
{
    return Source(m_source->currentData().toInt());
}

void CreateVolumeDialog::fillSources()
{
    const QString keep = m_preselectId.isEmpty() ? m_sourceItem->currentData().toString() : m_preselectId;
    m_sourceItem->blockSignals(true);
    m_sourceItem->clear();
    const QVector<Choice> *list = nullptr;
    switch (source()) {
    case Source::Blank: break;
    case Source::Image: list = &m_images; break;
    case Source::Snapshot: list = &m_snapshots; break;
    case Source::Volume: list = &m_volumes; break;
    }
    if (list) {
        for (const Choice &c : *list)
            m_sourceItem->addItem(tr("%1 (%2 GiB)").arg(c.name).arg(c.sizeGb), c.id);
    }
    const int at = m_sourceItem->findData(keep);
    if (at >= 0)
        m_sourceItem->setCurrentIndex(at);
    m_sourceItem->blockSignals(false);
    m_sourceItem->setEnabled(list != nullptr);
    bool ok = false;
    const qint64 typed = m_size->text().toLongLong(&ok);
    if (ok && typed < minimumSize())
        m_size->setText(QString::number(minimumSize()));
    revalidate();
}

qint64 CreateVolumeDialog::minimumSize() const
{
    const QString id = m_sourceItem->currentData().toString();
    const QVector<Choice> *list = source() == Source::Image      ? &m_images
                                  : source() == Source::Snapshot ? &m_snapshots
                                  : source() == Source::Volume   ? &m_volumes
                                                                 : nullptr;
    if (list) {
        for (const Choice &c : *list) {
            if (c.id == id)
                return c.sizeGb;
        }
    }
    return 1;
}

QString CreateVolumeDialog::problem() const
{
    if (source() != Source::Blank && m_sourceItem->currentData().toString().isEmpty())
        return tr("Choose the %1 to create the volume from").arg(m_source->currentText().toLower());
    return Models::VolumeRules::validateNewSize(m_size->text(), minimumSize(), m_limits.freeGigabytes(), nullptr);
}

void CreateVolumeDialog::revalidate()
{
    const QString p = problem();
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_ok->setEnabled(p.isEmpty());
}

VolumeSpec CreateVolumeDialog::spec() const
{
    VolumeSpec s;
    s.name = m_name->text().trimmed();
    s.description = m_description->text().trimmed();
    s.sizeGb = m_size->text().trimmed().toLongLong();
    s.volumeType = m_type->currentData().toString();
    s.availabilityZone = m_zone->currentData().toString();
    const QString id = m_sourceItem->currentData().toString();
    switch (source()) {
    case Source::Blank: break;
    case Source::Image: s.imageId = id; break;
    case Source::Snapshot: s.snapshotId = id; break;
    case Source::Volume: s.sourceVolumeId = id; break;
    }
    return s;
}

AttachVolumeDialog::AttachVolumeDialog(const QString &volumeName, const QVector<OpenStack::Compute::Server> &servers,
                                       QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_device(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Attach Volume %1").arg(volumeName));
    setAttribute(Qt::WA_DeleteOnClose);
    m_filter->setObjectName(QStringLiteral("instanceFilterEdit"));
    m_filter->setPlaceholderText(tr("Filter instances by name, id, status or zone"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("instanceList"));
    m_device->setObjectName(QStringLiteral("deviceEdit"));
    m_device->setPlaceholderText(tr("automatic, e.g. /dev/vdd"));
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    for (const auto &s : servers) {
        auto *item = new QListWidgetItem(tr("%1 — %2, %3").arg(s.name, s.status, s.availabilityZone), m_list);
        item->setData(Qt::UserRole, s.id);
        item->setToolTip(s.id);
        // Searchable text: name, id, status, zone.
        item->setData(Qt::UserRole + 1, QStringList{s.name, s.id, s.status, s.availabilityZone}.join(QLatin1Char(' ')));
    }
    m_list->sortItems();

    auto *form = new QFormLayout;
    form->addRow(tr("Attach to Instance"), m_filter);
    form->addRow(QString(), m_list);
    form->addRow(tr("Device Name"), m_device);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Attach Volume"));
    m_ok->setObjectName(QStringLiteral("okButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (m_ok->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &AttachVolumeDialog::applyFilter);
    connect(m_list, &QListWidget::currentItemChanged, this, &AttachVolumeDialog::revalidate);
    connect(m_device, &QLineEdit::textChanged, this, &AttachVolumeDialog::revalidate);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this]() {
        if (m_ok->isEnabled())
            accept();
    });
    revalidate();
}

void AttachVolumeDialog::applyFilter()
{
    const QStringList words = m_filter->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstVisible = nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString hay = item->data(Qt::UserRole + 1).toString();
        bool match = true;
        for (const QString &w : words)
            match = match && hay.contains(w, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match && !firstVisible)
            firstVisible = item;
    }
    if (m_list->currentItem() && m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstVisible);
    else if (!m_list->currentItem() && visibleCount() == 1)
        m_list->setCurrentItem(firstVisible);
    revalidate();
}

int AttachVolumeDialog::visibleCount() const
{
    int n = 0;
    for (int i = 0; i < m_list->count(); ++i)
        n += m_list->item(i)->isHidden() ? 0 : 1;
    return n;
}

QString AttachVolumeDialog::serverId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(Qt::UserRole).toString() : QString();
}

QString AttachVolumeDialog::device() const
{
    return m_device->text().trimmed();
}

void AttachVolumeDialog::revalidate()
{
    static const QRegularExpression deviceRe(QStringLiteral("^/dev/[a-z]{2,3}[a-z]+$"));
    QString p;
    if (m_list->count() == 0)
        p = tr("There is no instance to attach to");
    else if (serverId().isEmpty())
        p = tr("Choose an instance");
    else if (!device().isEmpty() && !deviceRe.match(device()).hasMatch())
        p = tr("A device name looks like /dev/vdd");
    m_problem->setText(p);
    m_problem->setVisible(!p.isEmpty());
    m_ok->setEnabled(p.isEmpty());
}

} // namespace Ui
