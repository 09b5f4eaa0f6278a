// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/network/reachability.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace Ui {

// Pick two instances; lists the rules that let traffic from the first reach the second (egress on
// the source's groups, ingress on the target's) and says whether it gets through. Recomputed on
// every change; pure computation over the loaded groups, no network.
class ReachabilityDialog : public QDialog
{
    Q_OBJECT
public:
    ReachabilityDialog(QVector<OpenStack::Network::Endpoint> endpoints,
                       QHash<QString, OpenStack::Network::SecurityGroup> groups, QWidget *parent = nullptr);

    void select(const QString &fromId, const QString &toId);
    QString verdict() const;
    int ruleRows() const;

private:
    void recompute();

    QVector<OpenStack::Network::Endpoint> m_endpoints;
    QHash<QString, OpenStack::Network::SecurityGroup> m_groups;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_verdict;
    QTreeWidget *m_rules;
};

} // namespace Ui
