// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/security/reachabilitydialog.h"

#include "models/network/auditfindingsmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Ui {

using namespace OpenStack::Network;

ReachabilityDialog::ReachabilityDialog(QVector<Endpoint> endpoints, QHash<QString, SecurityGroup> groups,
                                       QWidget *parent)
    : QDialog(parent)
    , m_endpoints(std::move(endpoints))
    , m_groups(std::move(groups))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_verdict(new QLabel(this))
    , m_rules(new QTreeWidget(this))
{
    setWindowTitle(tr("Reachability"));
    setObjectName(QStringLiteral("reachabilityDialog"));
    resize(760, 420);
    m_from->setObjectName(QStringLiteral("fromInstanceCombo"));
    m_to->setObjectName(QStringLiteral("toInstanceCombo"));
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_rules->setObjectName(QStringLiteral("reachRulesTree"));
    m_rules->setHeaderLabels({tr("Direction"), tr("Security Group"), tr("Rule"), tr("Why it matches")});
    m_rules->setRootIsDecorated(false);
    m_rules->header()->setStretchLastSection(true);
    for (const Endpoint &e : std::as_const(m_endpoints)) {
        const QString label = e.name + QStringLiteral(" (") + e.addresses.join(QStringLiteral(", ")) + QLatin1Char(')');
        m_from->addItem(label, e.id);
        m_to->addItem(label, e.id);
    }
    if (m_to->count() > 1)
        m_to->setCurrentIndex(1);
    auto *form = new QFormLayout;
    form->addRow(tr("From instance"), m_from);
    form->addRow(tr("To instance"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_rules, 1);
    layout->addWidget(buttons);
    connect(m_from, &QComboBox::currentIndexChanged, this, &ReachabilityDialog::recompute);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ReachabilityDialog::recompute);
    recompute();
}

void ReachabilityDialog::select(const QString &fromId, const QString &toId)
{
    m_from->setCurrentIndex(m_from->findData(fromId));
    m_to->setCurrentIndex(m_to->findData(toId));
}

QString ReachabilityDialog::verdict() const
{
    return m_verdict->text();
}

int ReachabilityDialog::ruleRows() const
{
    return m_rules->topLevelItemCount();
}

void ReachabilityDialog::recompute()
{
    m_rules->clear();
    const int fi = m_from->currentIndex();
    const int ti = m_to->currentIndex();
    if (fi < 0 || ti < 0 || m_endpoints.isEmpty()) {
        m_verdict->setText(tr("Choose two instances."));
        return;
    }
    const Endpoint &from = m_endpoints.at(fi);
    const Endpoint &to = m_endpoints.at(ti);
    const Reachability r = reachability(from, to, m_groups);
    m_verdict->setText(r.verdict);
    m_verdict->setStyleSheet(r.reachable ? QStringLiteral("color: #1c6b1c; font-weight: bold;")
                                         : QStringLiteral("color: #b01c1c; font-weight: bold;"));
    const auto add = [this](const QString &direction, const ReachRule &rr) {
        auto *item = new QTreeWidgetItem(m_rules);
        item->setText(0, direction);
        item->setText(1, rr.groupName);
        item->setText(2, Models::AuditFindingsModel::describeRule(rr.rule, m_groups.value(rr.rule.remoteGroupId).name));
        item->setText(3, rr.why);
        item->setData(0, Qt::UserRole, rr.rule.id);
    };
    for (const ReachRule &rr : r.egress)
        add(tr("Egress from %1").arg(from.name), rr);
    for (const ReachRule &rr : r.ingress)
        add(tr("Ingress to %1").arg(to.name), rr);
    for (int c = 0; c < 3; ++c)
        m_rules->resizeColumnToContents(c);
}

} // namespace Ui
