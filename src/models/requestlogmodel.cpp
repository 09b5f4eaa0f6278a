// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/requestlogmodel.h"

#include "core/requestlog.h"
#include "models/roles.h"

namespace Models {

RequestLogModel::RequestLogModel(Core::RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
{
    connect(log, &Core::RequestLog::recordRemovedFromFront, this, [this]() {
        beginRemoveRows({}, 0, 0);
        endRemoveRows();
    });
    connect(log, &Core::RequestLog::recordAdded, this, [this]() {
        const int row = int(m_log->records().size()) - 1;
        beginInsertRows({}, row, row);
        endInsertRows();
    });
    connect(log, &Core::RequestLog::cleared, this, [this]() {
        beginResetModel();
        endResetModel();
    });
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_log ? 0 : int(m_log->records().size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!m_log || !index.isValid() || index.row() >= m_log->records().size())
        return {};
    const Core::RequestRecord &r = m_log->records().at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
            return role == SortRole ? QVariant(r.when) : QVariant(r.when.toString(QStringLiteral("HH:mm:ss")));
        case ServiceColumn:
            return r.service;
        case MethodColumn:
            return r.method;
        case PathColumn:
            return r.path;
        case StatusColumn:
            return r.httpStatus > 0 ? QVariant(r.httpStatus) : QVariant(QStringLiteral("—"));
        case MessageColumn:
            return r.message;
        case RequestIdColumn:
            return r.requestId;
        default:
            break;
        }
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ServiceColumn:
        return tr("Service");
    case MethodColumn:
        return tr("Method");
    case PathColumn:
        return tr("Path");
    case StatusColumn:
        return tr("HTTP status");
    case MessageColumn:
        return tr("Message");
    case RequestIdColumn:
        return tr("Request ID");
    default:
        return {};
    }
}

} // namespace Models
