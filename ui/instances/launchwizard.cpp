// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/instances/launchwizard.h"

#include "core/format.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

namespace {

// A page whose Next/Finish is enabled only when the wizard finds nothing wrong with it.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(std::function<QString()> check, QWidget *parent)
        : QWizardPage(parent)
        , m_check(std::move(check))
    {
    }
    bool isComplete() const override { return m_check().isEmpty(); }
    void changed() { emit completeChanged(); }

private:
    std::function<QString()> m_check;
};

QLabel *problemLabel(QWidget *parent, const QString &name)
{
    auto *l = new QLabel(parent);
    l->setObjectName(name);
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b71c1c"));
    return l;
}

} // namespace

LaunchWizard::LaunchWizard(QWidget *parent)
    : QWizard(parent)
    , m_name(new QLineEdit)
    , m_count(new QSpinBox)
    , m_zone(new QComboBox)
    , m_description(new QLineEdit)
    , m_fromImage(new QRadioButton(tr("Image")))
    , m_fromVolume(new QRadioButton(tr("Existing volume")))
    , m_image(new QComboBox)
    , m_volumeFilter(new QLineEdit)
    , m_volumes(new QTableWidget)
    , m_flavors(new QTableWidget)
    , m_networks(new QListWidget)
    , m_keypair(new QComboBox)
    , m_groups(new QListWidget)
    , m_userData(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("launchWizard"));
    setWindowTitle(tr("Launch Instance"));
    setWizardStyle(QWizard::ClassicStyle);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setRange(1, 500);
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_fromImage->setObjectName(QStringLiteral("fromImageRadio"));
    m_fromVolume->setObjectName(QStringLiteral("fromVolumeRadio"));
    m_fromImage->setChecked(true);
    m_image->setObjectName(QStringLiteral("imageCombo"));
    m_volumeFilter->setObjectName(QStringLiteral("volumeFilterEdit"));
    m_volumeFilter->setPlaceholderText(tr("Filter volumes by name, ID or image"));
    m_volumeFilter->setClearButtonEnabled(true);
    m_volumes->setObjectName(QStringLiteral("volumeTable"));
    m_volumes->setColumnCount(4);
    m_volumes->setHorizontalHeaderLabels({tr("Name"), tr("Size"), tr("Image"), tr("ID")});
    m_volumes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_volumes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_volumes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_volumes->verticalHeader()->hide();
    m_volumes->horizontalHeader()->setStretchLastSection(true);
    m_volumes->setMaximumHeight(160);
    m_flavors->setObjectName(QStringLiteral("flavorTable"));
    m_flavors->setColumnCount(4);
    m_flavors->setHorizontalHeaderLabels({tr("Flavor"), tr("vCPUs"), tr("RAM"), tr("Disk")});
    m_flavors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flavors->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flavors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flavors->verticalHeader()->hide();
    m_flavors->horizontalHeader()->setStretchLastSection(true);
    m_networks->setObjectName(QStringLiteral("networkList"));
    m_keypair->setObjectName(QStringLiteral("keyPairCombo"));
    m_groups->setObjectName(QStringLiteral("securityGroupList"));
    m_userData->setObjectName(QStringLiteral("userDataEdit"));
    m_userData->setPlaceholderText(tr("#cloud-config …"));

    QList<CheckedPage *> pages;
    auto addChecked = [this, &pages](const QString &title, int index, QLayout *content) {
        auto *page = new CheckedPage([this, index]() { return validationError(index); }, this);
        page->setTitle(title);
        auto *v = new QVBoxLayout(page);
        v->addLayout(content);
        QLabel *problem = problemLabel(page, QStringLiteral("problemLabel%1").arg(index));
        v->addWidget(problem);
        m_problems << problem;
        QWizard::addPage(page);
        pages << page;
    };

    auto *details = new QFormLayout;
    details->addRow(tr("Instance Name"), m_name);
    details->addRow(tr("Count"), m_count);
    details->addRow(tr("Availability Zone"), m_zone);
    details->addRow(tr("Description"), m_description);
    addChecked(tr("Details"), 0, details);

    auto *source = new QFormLayout;
    source->addRow(m_fromImage, m_image);
    auto *volumePicker = new QVBoxLayout;
    volumePicker->addWidget(m_volumeFilter);
    volumePicker->addWidget(m_volumes);
    source->addRow(m_fromVolume, volumePicker);
    auto *flavor = new QVBoxLayout;
    flavor->addLayout(source);
    flavor->addWidget(m_flavors);
    addChecked(tr("Source and Flavor"), 1, flavor);

    auto *access = new QFormLayout;
    access->addRow(tr("Networks"), m_networks);
    access->addRow(tr("Key Pair"), m_keypair);
    access->addRow(tr("Security Groups"), m_groups);
    access->addRow(tr("User Data"), m_userData);
    addChecked(tr("Networks and Access"), 2, access);

    auto changed = [this, pages]() {
        for (CheckedPage *p : pages)
            p->changed();
        revalidate();
    };
    connect(m_name, &QLineEdit::textChanged, this, changed);
    connect(m_count, &QSpinBox::valueChanged, this, changed);
    connect(m_fromImage, &QRadioButton::toggled, this, changed);
    connect(m_image, &QComboBox::currentIndexChanged, this, changed);
    connect(m_volumeFilter, &QLineEdit::textChanged, this, [this, changed](const QString &text) {
        filterVolumes(text);
        changed();
    });
    connect(m_volumes, &QTableWidget::itemSelectionChanged, this, changed);
    // Choosing a volume in the list means booting from it.
    connect(m_volumes, &QTableWidget::itemSelectionChanged, this, [this]() {
        if (!m_volumes->selectedItems().isEmpty())
            m_fromVolume->setChecked(true);
    });
    connect(m_fromImage, &QRadioButton::toggled, this, [this](bool image) { m_image->setEnabled(image); });
    connect(m_flavors, &QTableWidget::itemSelectionChanged, this, changed);
    connect(m_networks, &QListWidget::itemChanged, this, changed);
    connect(this, &QWizard::currentIdChanged, this, changed);
    revalidate();
}

void LaunchWizard::setChoices(const Models::LaunchChoices &choices)
{
    m_choices = choices;
    m_zone->clear();
    m_zone->addItem(tr("Any Availability Zone"), QString());
    for (const auto &z : choices.zones) {
        if (z.available)
            m_zone->addItem(z.name, z.name);
    }
    m_image->clear();
    for (const auto &i : choices.images)
        m_image->addItem(i.name.isEmpty() ? i.id : i.name, i.id);
    fillVolumes();
    m_flavors->setRowCount(int(choices.flavors.size()));
    for (int r = 0; r < choices.flavors.size(); ++r) {
        const auto &f = choices.flavors.at(r);
        m_flavors->setItem(r, 0, new QTableWidgetItem(f.name));
        m_flavors->setItem(r, 1, new QTableWidgetItem(QString::number(f.vcpus)));
        m_flavors->setItem(r, 2, new QTableWidgetItem(Core::formatMebibytes(f.ramMib)));
        m_flavors->setItem(r, 3, new QTableWidgetItem(tr("%1 GB").arg(f.diskGb)));
    }
    m_networks->clear();
    for (const auto &n : choices.networks) {
        auto *item = new QListWidgetItem(n.name.isEmpty() ? n.id : n.name, m_networks);
        item->setData(Qt::UserRole, n.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // One network of the project's own is the usual choice: preselect when there is exactly one.
        const bool chosen = m_preselectedNetworks.isEmpty() ? choices.networks.size() == 1
                                                            : m_preselectedNetworks.contains(n.id);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
    }
    m_keypair->clear();
    m_keypair->addItem(tr("No key pair"), QString());
    for (const auto &k : choices.keypairs)
        m_keypair->addItem(k.name, k.name);
    if (choices.keypairs.size() == 1)
        m_keypair->setCurrentIndex(1);
    m_groups->clear();
    for (const auto &g : choices.securityGroups) {
        auto *item = new QListWidgetItem(g.name, m_groups);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(g.name == QLatin1String("default") ? Qt::Checked : Qt::Unchecked);
    }
    revalidate();
}

void LaunchWizard::preselectNetworks(const QStringList &networkIds)
{
    m_preselectedNetworks = networkIds;
    for (int i = 0; i < m_networks->count(); ++i) {
        QListWidgetItem *item = m_networks->item(i);
        item->setCheckState(networkIds.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
    revalidate();
}

void LaunchWizard::fillVolumes()
{
    const QSignalBlocker blocker(m_volumes);
    m_volumes->clearSelection();
    m_volumes->setRowCount(int(m_choices.bootableVolumes.size()));
    for (int r = 0; r < m_choices.bootableVolumes.size(); ++r) {
        const auto &v = m_choices.bootableVolumes.at(r);
        m_volumes->setItem(r, 0, new QTableWidgetItem(v.name.isEmpty() ? v.id : v.name));
        m_volumes->setItem(r, 1, new QTableWidgetItem(tr("%1 GB").arg(v.sizeGb)));
        m_volumes->setItem(r, 2, new QTableWidgetItem(v.imageName));
        m_volumes->setItem(r, 3, new QTableWidgetItem(v.id));
    }
    m_volumes->resizeColumnsToContents();
    filterVolumes(m_volumeFilter->text());
}

void LaunchWizard::filterVolumes(const QString &text)
{
    const QString needle = text.trimmed();
    for (int r = 0; r < m_volumes->rowCount(); ++r) {
        bool match = needle.isEmpty();
        for (int c = 0; c < m_volumes->columnCount() && !match; ++c)
            match = m_volumes->item(r, c)->text().contains(needle, Qt::CaseInsensitive);
        m_volumes->setRowHidden(r, !match);
    }
    // A choice the filter hides is no longer a choice: launching must not pick what is not shown.
    const int current = m_volumes->currentRow();
    if (current >= 0 && m_volumes->isRowHidden(current))
        m_volumes->clearSelection();
}

const OpenStack::BlockStorage::Volume *LaunchWizard::selectedVolume() const
{
    const int r = m_volumes->currentRow();
    if (r < 0 || r >= m_choices.bootableVolumes.size() || m_volumes->selectedItems().isEmpty()
        || m_volumes->isRowHidden(r))
        return nullptr;
    return &m_choices.bootableVolumes.at(r);
}

const OpenStack::Compute::Flavor *LaunchWizard::selectedFlavor() const
{
    const int r = m_flavors->currentRow();
    const auto selected = m_flavors->selectedItems();
    if (r < 0 || selected.isEmpty() || r >= m_choices.flavors.size())
        return nullptr;
    return &m_choices.flavors.at(r);
}

const OpenStack::Image::Image *LaunchWizard::selectedImage() const
{
    const QString id = m_image->currentData().toString();
    for (const auto &i : m_choices.images) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

QString LaunchWizard::validationError(int page) const
{
    if (page == 0) {
        const QString bad = Models::LaunchChoices::whyBadName(m_name->text());
        if (!bad.isEmpty())
            return bad;
    }
    if (page == 1) {
        if (m_fromImage->isChecked() && !selectedImage())
            return tr("Choose an image to boot from");
        if (m_fromVolume->isChecked()) {
            if (m_choices.bootableVolumes.isEmpty())
                return tr("The project has no available bootable volume");
            if (!selectedVolume())
                return tr("Choose a bootable volume");
            // Nova attaches an existing volume to one server only.
            if (m_count->value() > 1)
                return tr("One volume boots one instance; set the count to 1 or boot from an image");
        }
        const auto *flavor = selectedFlavor();
        if (!flavor)
            return tr("Choose a flavor");
        if (m_fromImage->isChecked()) {
            const QString fit = Models::LaunchChoices::whyNotFits(*selectedImage(), *flavor);
            if (!fit.isEmpty())
                return fit;
        }
        const QString quota = m_choices.whyOverQuota(*flavor, m_count->value());
        if (!quota.isEmpty())
            return quota;
    }
    if (page == 2) {
        bool any = false;
        for (int i = 0; i < m_networks->count(); ++i)
            any = any || m_networks->item(i)->checkState() == Qt::Checked;
        if (!any && m_networks->count() > 0)
            return tr("Choose at least one network");
    }
    return {};
}

void LaunchWizard::revalidate()
{
    for (int i = 0; i < m_problems.size(); ++i)
        m_problems.at(i)->setText(validationError(i));
}

OpenStack::Compute::LaunchSpec LaunchWizard::spec() const
{
    OpenStack::Compute::LaunchSpec s;
    s.name = m_name->text();
    s.count = m_count->value();
    s.availabilityZone = m_zone->currentData().toString();
    s.description = m_description->text();
    if (m_fromImage->isChecked())
        s.imageId = m_image->currentData().toString();
    else if (const auto *v = selectedVolume())
        s.volumeId = v->id;
    if (const auto *f = selectedFlavor())
        s.flavorId = f->id;
    for (int i = 0; i < m_networks->count(); ++i) {
        if (m_networks->item(i)->checkState() == Qt::Checked)
            s.networkIds << m_networks->item(i)->data(Qt::UserRole).toString();
    }
    s.keyName = m_keypair->currentData().toString();
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->checkState() == Qt::Checked)
            s.securityGroups << m_groups->item(i)->text();
    }
    s.userData = m_userData->toPlainText().toUtf8();
    return s;
}

void LaunchWizard::accept()
{
    for (int i = 0; i < 3; ++i) {
        if (!validationError(i).isEmpty())
            return;
    }
    emit launchRequested(spec());
    QWizard::accept();
}

} // namespace Ui
