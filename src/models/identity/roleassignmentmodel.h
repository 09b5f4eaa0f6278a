// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "models/recordtablemodel.h"
#include "openstack/identity/user.h"

#include <QPointer>

namespace OpenStack {
class Session;
class RestJob;
} // namespace OpenStack

namespace Models {

// Who holds which role: on one project (the Members view) or everywhere (export).
class RoleAssignmentModel : public RecordTableModel<OpenStack::Identity::RoleAssignment>
{
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, RoleColumn, ProjectColumn, InheritedColumn, ColumnCount };

    using RecordTableModel::RecordTableModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Empty `projectId`: every assignment in the cloud.
    void reload(OpenStack::Session *session, const QString &projectId);
    QString projectId() const { return m_projectId; }

signals:
    void loaded(const Core::Error &error);

private:
    QPointer<OpenStack::RestJob> m_job;
    QString m_projectId;
};

} // namespace Models
