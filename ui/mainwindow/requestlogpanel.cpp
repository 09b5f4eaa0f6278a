// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/requestlogpanel.h"

#include "core/requestlog.h"
#include "models/requestlogmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Ui {

RequestLogPanel::RequestLogPanel(Core::RequestLog *log, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestLogPanel"));
    auto *model = new Models::RequestLogModel(log, this);
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("requestLogView"));
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(false);
    view->setColumnWidth(Models::RequestLogModel::PathColumn, 260);
    view->setColumnWidth(Models::RequestLogModel::MessageColumn, 360);

    auto *clear = new QPushButton(tr("Clear"), this);
    connect(clear, &QPushButton::clicked, log, &Core::RequestLog::clear);
    auto *copy = new QPushButton(tr("Copy"), this);
    connect(copy, &QPushButton::clicked, this, [view, model]() {
        QStringList lines;
        const QModelIndexList rows = view->selectionModel()->selectedRows();
        for (const QModelIndex &r : rows) {
            QStringList cells;
            for (int c = 0; c < model->columnCount(); ++c)
                cells << model->index(r.row(), c).data().toString();
            lines << cells.join(QLatin1Char('\t'));
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
    });
    connect(log, &Core::RequestLog::recordAdded, this, [this, log, view]() {
        view->scrollToBottom();
        emit failureAdded(int(log->records().size()));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(copy);
    buttons->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(view, 1);
    layout->addLayout(buttons);
}

} // namespace Ui
