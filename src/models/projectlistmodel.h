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
    enum Column {
        NameColumn,
        DescriptionColumn,
        IdColumn,
        DomainColumn,
        EnabledColumn,
        InstancesColumn, // admin only: from each project's compute quota usage
        VolumesColumn,   // admin only: from each project's volume quota usage
        ColumnCount
    };

    struct Usage
    {
        qint64 instances = -1; // -1: not known (not admin, or the service refused)
        qint64 volumes = -1;
    };

    // `usageColumns`: the Instances and Volumes columns (admin sessions fill them with two quota
    // calls per project). The tab has them; the export leaves them out to stay one request.
    explicit ProjectListModel(QObject *parent = nullptr, bool usageColumns = true);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void reload(OpenStack::Session *session);
    bool isLoading() const { return m_loading; }
    Usage usage(const QString &projectId) const { return m_usage.value(projectId); }
    // Whether the counts columns are filled (admin sessions only).
    bool hasUsage() const { return m_withUsage; }
    const Core::Error &lastError() const { return m_lastError; }

signals:
    void loadingChanged(bool loading);
    void loaded(const Core::Error &error);

private:
    void onFinished(OpenStack::RestJob *job);
    void loadUsage(OpenStack::Session *session);
    void finishLoading();

    QPointer<OpenStack::RestJob> m_job;
    bool m_loading = false;
    bool m_triedMine = false;
    Core::Error m_lastError;
    QHash<QString, Usage> m_usage;
    bool m_withUsage = false;
    bool m_usageColumns = true;
    int m_usagePending = 0;
    int m_generation = 0;
};

} // namespace Models
