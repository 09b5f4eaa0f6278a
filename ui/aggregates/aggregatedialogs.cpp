// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/aggregates/aggregatedialogs.h"

#include "openstack/hosts/aggregate.h"
#include "openstack/hosts/aggregatejobs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Ui {

AggregateDialog::AggregateDialog(Mode mode, const QStringList &takenNames, const QStringList &knownZones, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_name(new QLineEdit(this))
    , m_zone(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_taken(takenNames)
{
    setWindowTitle(mode == Mode::Create ? tr("Create Aggregate") : mode == Mode::Rename ? tr("Rename Aggregate")
                                                                                        : tr("Set Availability Zone"));
    m_name->setObjectName(QStringLiteral("aggregateNameEdit"));
    m_zone->setObjectName(QStringLiteral("aggregateZoneEdit"));
    m_zone->setEditable(true);
    m_zone->addItem(QString());
    m_zone->addItems(knownZones);
    m_zone->setToolTip(tr("Hosts in this aggregate form this availability zone; leave empty for none"));
    m_problem->setObjectName(QStringLiteral("aggregateProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->setWordWrap(true);
    auto *form = new QFormLayout;
    if (mode != Mode::SetZone)
        form->addRow(tr("&Name:"), m_name);
    else
        m_name->hide();
    if (mode != Mode::Rename)
        form->addRow(tr("Availability &zone:"), m_zone);
    else
        m_zone->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AggregateDialog::validate);
    connect(m_zone, &QComboBox::currentTextChanged, this, &AggregateDialog::validate);
    validate();
}

void AggregateDialog::setValues(const QString &name, const QString &zone)
{
    m_originalName = name;
    m_name->setText(name);
    m_zone->setCurrentText(zone);
    validate();
}

QString AggregateDialog::name() const
{
    return m_name->text().trimmed();
}

QString AggregateDialog::zone() const
{
    return m_zone->currentText().trimmed();
}

QString AggregateDialog::problem() const
{
    return m_problem->text();
}

void AggregateDialog::validate()
{
    QString problem;
    if (m_mode != Mode::SetZone) {
        problem = OpenStack::Hosts::validateAggregateName(m_name->text());
        if (problem.isEmpty() && name() != m_originalName && m_taken.contains(name()))
            problem = tr("An aggregate called %1 exists already").arg(name());
    }
    if (problem.isEmpty() && m_mode != Mode::Rename)
        problem = OpenStack::Hosts::validateZoneName(m_zone->currentText());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

AddHostDialog::AddHostDialog(const QString &aggregate, const QStringList &hosts, QWidget *parent)
    : QDialog(parent)
    , m_host(new QComboBox(this))
{
    setWindowTitle(tr("Add Host to %1").arg(aggregate));
    m_host->setObjectName(QStringLiteral("addHostCombo"));
    m_host->addItems(hosts);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!hosts.isEmpty());
    auto *layout = new QFormLayout(this);
    layout->addRow(tr("&Host:"), m_host);
    if (hosts.isEmpty())
        layout->addRow(new QLabel(tr("Every compute host is in this aggregate already."), this));
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString AddHostDialog::host() const
{
    return m_host->currentText();
}

MetadataDialog::MetadataDialog(const QString &aggregate, const QMap<QString, QString> &metadata, QWidget *parent)
    : QDialog(parent)
    , m_original(metadata)
    , m_table(new QTableWidget(0, 2, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Metadata of %1").arg(aggregate));
    m_table->setObjectName(QStringLiteral("metadataTable"));
    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_problem->setObjectName(QStringLiteral("metadataProblemLabel"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add Key"), this);
    add->setObjectName(QStringLiteral("addMetadataButton"));
    auto *remove = new QPushButton(tr("&Remove Key"), this);
    remove->setObjectName(QStringLiteral("removeMetadataButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The scheduler matches these keys with flavor extra specs "
                                    "(aggregate_instance_extra_specs) to place instances on this aggregate's hosts."),
                                 this));
    layout->addWidget(m_table);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        addRow(it.key(), it.value());
    connect(add, &QPushButton::clicked, this, [this]() {
        addRow();
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this]() {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
        validate();
    });
    connect(m_table, &QTableWidget::itemChanged, this, &MetadataDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void MetadataDialog::addRow(const QString &key, const QString &value)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(key));
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    validate();
}

QMap<QString, QString> MetadataDialog::metadata() const
{
    QMap<QString, QString> out;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *k = m_table->item(r, 0);
        const QTableWidgetItem *v = m_table->item(r, 1);
        if (k && !k->text().trimmed().isEmpty())
            out.insert(k->text().trimmed(), v ? v->text() : QString(QLatin1String("")));
    }
    return out;
}

QMap<QString, QString> MetadataDialog::changes() const
{
    return OpenStack::Hosts::metadataChanges(m_original, metadata());
}

QString MetadataDialog::problem() const
{
    return m_problem->text();
}

void MetadataDialog::validate()
{
    QString problem;
    QStringList seen;
    for (int r = 0; r < m_table->rowCount() && problem.isEmpty(); ++r) {
        const QTableWidgetItem *k = m_table->item(r, 0);
        const QTableWidgetItem *v = m_table->item(r, 1);
        const QString key = k ? k->text().trimmed() : QString();
        if (key.isEmpty() && (!v || v->text().isEmpty()))
            continue; // a fresh empty row is not an error yet; it is ignored
        problem = OpenStack::Hosts::validateMetadataKey(key);
        if (problem.isEmpty() && seen.contains(key))
            problem = tr("The key %1 appears twice").arg(key);
        if (problem.isEmpty() && v)
            problem = OpenStack::Hosts::validateMetadataValue(v->text());
        if (!problem.isEmpty())
            problem = tr("Row %1: %2").arg(r + 1).arg(problem);
        seen << key;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Ui
