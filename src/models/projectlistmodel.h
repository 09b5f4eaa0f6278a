// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "models/recordtablemodel.h"
#include "openstack/identity/project.h"

#include <QPointer>

namespace OpenStack {
class Session;
class RestJob;
} // namespace OpenStack

namespace Models {

// The projects the Projects tab and `stackdeck export projects` show. An admin sees every project
// (GET /v3/projects); anyone else the projects they have a role on.
class ProjectListModel : public RecordTableModel<OpenStack::Identity::Project>
{
    Q_OBJECT
public:
    enum Column { NameColumn, DescriptionColumn, IdColumn, DomainColumn, EnabledColumn, ColumnCount };

    explicit ProjectListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload(OpenStack::Session *session);
    bool isLoading() const { return m_loading; }
    const Core::Error &lastError() const { return m_lastError; }

signals:
    void loadingChanged(bool loading);
    void loaded(const Core::Error &error);

private:
    void onFinished(OpenStack::RestJob *job);

    QPointer<OpenStack::RestJob> m_job;
    bool m_loading = false;
    bool m_triedMine = false;
    Core::Error m_lastError;
};

} // namespace Models
