// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/identity/quotamodel.h"

#include "openstack/client/session.h"
#include "openstack/quota/quotajobs.h"

#include <QMap>
#include <memory>

namespace Models {

using OpenStack::Quota::Service;

namespace {
QString rowId(const QString &project, Service service, const QString &resource)
{
    return project + QLatin1Char('/') + OpenStack::Quota::serviceKey(service) + QLatin1Char('/') + resource;
}
} // namespace

int QuotaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags QuotaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = RecordTableModel::flags(index);
    if (m_editable && index.column() == LimitColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant QuotaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QuotaRow &r = m_rows.at(index.row());
    const auto pending = m_pending.constFind(r.id);
    const qint64 limit = pending != m_pending.constEnd() ? *pending : r.item.limit;
    if (role == IdRole)
        return r.id;
    if (role == Qt::EditRole && index.column() == LimitColumn)
        return limit;
    if (role == Qt::ToolTipRole && index.column() == LimitColumn)
        return pending != m_pending.constEnd() ? tr("Changed from %1; not applied yet").arg(r.item.limit)
                                               : tr("-1 means unlimited");
    if (role == StatusKindRole && index.column() == UsedPercentColumn) {
        if (limit < 0)
            return int(StatusKind::Neutral);
        if (limit == 0 || r.item.inUse >= limit)
            return int(StatusKind::Bad);
        return int(r.item.inUse * 100 / limit >= 80 ? StatusKind::Warning : StatusKind::Good);
    }
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole)
        return {};
    switch (index.column()) {
    case ProjectColumn:
        return r.projectName.isEmpty() ? r.projectId : r.projectName;
    case ServiceColumn:
        return OpenStack::Quota::serviceKey(r.item.service);
    case ResourceColumn:
        return r.item.resource;
    case InUseColumn:
        return r.item.inUse;
    case LimitColumn: {
        if (role != Qt::DisplayRole)
            return limit;
        const QString shown = limit < 0 ? tr("Unlimited") : QString::number(limit);
        // A pending edit says what it replaces until it is applied.
        return pending == m_pending.constEnd() ? shown : tr("%1 (was %2)").arg(shown).arg(r.item.limit);
    }
    case UsedPercentColumn:
        if (limit <= 0)
            return role == Qt::DisplayRole ? QVariant(limit < 0 ? QStringLiteral("—") : QStringLiteral("∞"))
                                           : QVariant();
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("%1%").arg(r.item.inUse * 100 / limit))
                                       : QVariant(double(r.item.inUse) / double(limit));
    default:
        return {};
    }
}

QVariant QuotaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    static const char *keys[] = {"project", "service", "resource", "in_use", "limit", "used_fraction"};
    if (role == ColumnKeyRole)
        return section >= 0 && section < ColumnCount ? QString::fromLatin1(keys[section]) : QString();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ProjectColumn:
        return tr("Project");
    case ServiceColumn:
        return tr("Service");
    case ResourceColumn:
        return tr("Resource");
    case InUseColumn:
        return tr("In Use");
    case LimitColumn:
        return tr("Quota");
    case UsedPercentColumn:
        return tr("Used");
    default:
        return {};
    }
}

bool QuotaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_editable || role != Qt::EditRole || index.column() != LimitColumn || index.row() >= m_rows.size())
        return false;
    bool ok = false;
    const qint64 limit = value.toString().trimmed().toLongLong(&ok);
    const QuotaRow &r = m_rows.at(index.row());
    if (!ok) {
        emit rejected(tr("%1: \"%2\" is not a whole number").arg(r.item.resource, value.toString()));
        return false;
    }
    const auto check = OpenStack::Quota::checkNewLimit(r.item, limit);
    if (!check.error.isEmpty()) {
        emit rejected(check.error);
        return false;
    }
    if (limit == r.item.limit)
        m_pending.remove(r.id);
    else
        m_pending.insert(r.id, limit);
    emit dataChanged(index.siblingAtColumn(LimitColumn), index.siblingAtColumn(UsedPercentColumn));
    return true;
}

QStringList QuotaModel::pendingWarnings() const
{
    QStringList out;
    for (const QuotaRow &r : m_rows) {
        const auto it = m_pending.constFind(r.id);
        if (it == m_pending.constEnd())
            continue;
        const auto check = OpenStack::Quota::checkNewLimit(r.item, *it);
        if (!check.warning.isEmpty())
            out << check.warning;
    }
    return out;
}

void QuotaModel::revert()
{
    if (m_pending.isEmpty())
        return;
    m_pending.clear();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, LimitColumn), index(int(m_rows.size()) - 1, UsedPercentColumn));
}

const OpenStack::Quota::QuotaItem *QuotaModel::item(const QString &projectId, Service service,
                                                    const QString &resource) const
{
    const int row = rowOf(rowId(projectId, service, resource));
    return row < 0 ? nullptr : &m_rows.at(row).item;
}

void QuotaModel::reload(OpenStack::Session *session, const QHash<QString, QString> &projects)
{
    using OpenStack::Quota::GetQuotaJob;
    m_session = session;
    m_projects = projects;
    const int generation = ++m_generation;
    struct Batch
    {
        int pending = 0;
        QVector<QuotaRow> rows;
        Core::Error firstError;
    };
    auto batch = std::make_shared<Batch>();
    for (auto it = projects.cbegin(); it != projects.cend(); ++it) {
        for (Service service : {Service::Compute, Service::Network, Service::Volume}) {
            auto *job = new GetQuotaJob(session, service, it.key(), this);
            ++batch->pending;
            connect(job, &OpenStack::RestJob::finished, this, [this, batch, generation](OpenStack::RestJob *j) {
                if (generation != m_generation)
                    return;
                auto *q = static_cast<GetQuotaJob *>(j);
                if (q->error()) {
                    if (!batch->firstError)
                        batch->firstError = q->error();
                } else {
                    const QString project = q->quota().projectId;
                    for (const auto &item : q->quota().items)
                        batch->rows.append({rowId(project, item.service, item.resource), project,
                                            m_projects.value(project), item});
                }
                if (--batch->pending == 0) {
                    std::sort(batch->rows.begin(), batch->rows.end(),
                              [](const QuotaRow &a, const QuotaRow &b) { return a.id < b.id; });
                    setRecords(batch->rows);
                    // Edits that the service now reports as the limit are no longer pending.
                    for (const QuotaRow &r : std::as_const(m_rows)) {
                        if (m_pending.value(r.id, r.item.limit - 1) == r.item.limit)
                            m_pending.remove(r.id);
                    }
                    emit loaded(batch->firstError);
                }
            });
            job->start();
        }
    }
    if (batch->pending == 0) {
        clear();
        emit loaded({});
    }
}

void QuotaModel::apply(OpenStack::Session *session)
{
    // Group the pending limits per project and service: one PUT each.
    QMap<std::pair<QString, int>, QMap<QString, qint64>> groups;
    for (const QuotaRow &r : std::as_const(m_rows)) {
        const auto it = m_pending.constFind(r.id);
        if (it != m_pending.constEnd())
            groups[{r.projectId, int(r.item.service)}].insert(r.item.resource, *it);
    }
    if (groups.isEmpty())
        return;
    auto results = std::make_shared<QStringList>();
    auto remaining = std::make_shared<int>(int(groups.size()));
    auto allOk = std::make_shared<bool>(true);
    for (auto g = groups.cbegin(); g != groups.cend(); ++g) {
        const QString project = g.key().first;
        const Service service = Service(g.key().second);
        auto *job = OpenStack::Quota::updateQuota(session, service, project, g.value(), this);
        const QString what = tr("%1 quotas of %2").arg(OpenStack::Quota::serviceKey(service),
                                                       m_projects.value(project, project));
        connect(job, &OpenStack::RestJob::finished, this,
                [this, results, remaining, allOk, what, session](OpenStack::RestJob *j) {
                    if (j->error()) {
                        *allOk = false;
                        *results << tr("%1: not changed: %2").arg(what, j->error().message);
                    } else {
                        *results << tr("%1: changed").arg(what);
                    }
                    if (--*remaining == 0) {
                        if (*allOk)
                            m_pending.clear();
                        emit applied(*results, *allOk);
                        reload(session, m_projects);
                    }
                });
        job->start();
    }
}

} // namespace Models
