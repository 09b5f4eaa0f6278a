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

// Keystone users (admin).
class UserListModel : public RecordTableModel<OpenStack::Identity::User>
{
    Q_OBJECT
public:
    enum Column { NameColumn, EmailColumn, DomainColumn, DefaultProjectColumn, EnabledColumn, IdColumn, ColumnCount };

    using RecordTableModel::RecordTableModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload(OpenStack::Session *session);

signals:
    void loaded(const Core::Error &error);

private:
    QPointer<OpenStack::RestJob> m_job;
};

} // namespace Models
