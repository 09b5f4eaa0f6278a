// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/requestlog.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace Models {

// The request log panel's table: failed requests, newest last.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ServiceColumn, MethodColumn, PathColumn, StatusColumn, MessageColumn, RequestIdColumn, ColumnCount };

    explicit RequestLogModel(Core::RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QPointer<Core::RequestLog> m_log;
};

} // namespace Models
