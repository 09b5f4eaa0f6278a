// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "models/recordtablemodel.h"
#include "openstack/quota/quota.h"

#include <QHash>
#include <QPointer>

namespace OpenStack {
class Session;
}

namespace Models {

struct QuotaRow
{
    QString id; // project/service/resource
    QString projectId;
    QString projectName;
    OpenStack::Quota::QuotaItem item;
    bool operator==(const QuotaRow &) const = default;
};

// Compute, network and volume quotas side by side with their usage, for one project (the Quotas
// view, editable by admins) or several (export). Edits stay pending until
// apply() sends them — one PUT per service — or revert() drops them. A pending limit reads
// "40 (was 20)".
class QuotaModel : public RecordTableModel<QuotaRow>
{
    Q_OBJECT
public:
    enum Column { ProjectColumn, ServiceColumn, ResourceColumn, InUseColumn, LimitColumn, UsedPercentColumn, ColumnCount };

    using RecordTableModel::RecordTableModel;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // projects: id → name. Loads the three services of each, all at once.
    void reload(OpenStack::Session *session, const QHash<QString, QString> &projects);
    void setEditable(bool editable) { m_editable = editable; }
    bool hasPendingChanges() const { return !m_pending.isEmpty(); }
    // Warnings (limits below usage) the user must confirm before apply().
    QStringList pendingWarnings() const;
    void apply(OpenStack::Session *session);
    void revert();

    // For charts: used and limit of one resource of one project (limit -1 = unlimited).
    const OpenStack::Quota::QuotaItem *item(const QString &projectId, OpenStack::Quota::Service service,
                                            const QString &resource) const;

signals:
    void loaded(const Core::Error &error); // the first error of the batch, if any
    void applied(const QStringList &results, bool allOk);
    void rejected(const QString &message); // an edit refused before anything was sent

private:
    QPointer<OpenStack::Session> m_session;
    QHash<QString, qint64> m_pending;
    QHash<QString, QString> m_projects;
    bool m_editable = false;
    int m_generation = 0;
};

} // namespace Models
