// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"

namespace Models {

class SecurityData;

struct SecurityGroupRow
{
    QString id;
    QString name;
    QString description;
    QString projectId;
    QString projectName;
    int ruleCount = 0;
    int portCount = 0;
    int instanceCount = 0;
    int findingCount = 0;
    int exposedCount = 0; // rules open to the world
    QString findings;     // the audit summary

    bool operator==(const SecurityGroupRow &) const = default;
};

// The groups table of the Security Rules tab and `stackdeck export security-groups`: one row per
// group with its rule count, how many ports and instances use it, and the audit summary.
class SecurityGroupModel : public RecordTableModel<SecurityGroupRow>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ProjectColumn,
        RulesColumn,
        PortsColumn,
        InstancesColumn,
        FindingsColumn,
        DescriptionColumn,
        IdColumn,
        ColumnCount
    };

    explicit SecurityGroupModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Rebuilds the rows from `data` (a diff: selection survives).
    void update(const SecurityData &data);
};

} // namespace Models
