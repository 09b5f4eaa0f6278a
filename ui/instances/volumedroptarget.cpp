// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/instances/volumedroptarget.h"

#include "models/compute/servercommands.h"
#include "models/compute/serverlistmodel.h"
#include "models/tablefilterproxy.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFrame>
#include <QHeaderView>
#include <QMimeData>
#include <QTableView>
#include <QToolTip>

namespace Ui {

namespace {
constexpr const char *kVolumeMime = "application/x-stackdeck-volume-ids";
}

VolumeDropTarget::VolumeDropTarget(QTableView *view, Models::ServerListModel *model, Models::TableFilterProxy *proxy,
                                   QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
    , m_proxy(proxy)
    , m_highlight(new QFrame(view->viewport()))
{
    m_highlight->setObjectName(QStringLiteral("volumeDropHighlight"));
    m_highlight->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_highlight->hide();
    view->viewport()->setAcceptDrops(true);
    view->viewport()->installEventFilter(this);
}

QStringList VolumeDropTarget::volumeIds(const QMimeData *mime)
{
    if (!mime || !mime->hasFormat(QString::fromLatin1(kVolumeMime)))
        return {};
    QStringList ids;
    const QList<QByteArray> lines = mime->data(QString::fromLatin1(kVolumeMime)).split('\n');
    for (const QByteArray &line : lines) {
        const QString id = QString::fromUtf8(line.trimmed());
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    return ids;
}

int VolumeDropTarget::sourceRowAt(const QPoint &viewportPos) const
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    return index.isValid() ? m_proxy->mapToSource(index).row() : -1;
}

QString VolumeDropTarget::track(const QPoint &viewportPos)
{
    const QModelIndex index = m_view->indexAt(viewportPos);
    if (!index.isValid()) {
        m_highlight->hide();
        return tr("Drop the volumes on an instance");
    }
    const OpenStack::Compute::Server &server = m_model->record(m_proxy->mapToSource(index).row());
    const QString why = Models::ServerCommandRules::whyNot(Models::ServerCommand::AttachVolume, server);
    // The whole row, across every visible column.
    const QRect first = m_view->visualRect(index.siblingAtColumn(0));
    const QRect rowRect(0, first.top(), m_view->viewport()->width(), first.height());
    m_highlight->setGeometry(rowRect);
    m_highlight->setProperty("refused", !why.isEmpty());
    m_highlight->setStyleSheet(why.isEmpty()
                                   ? QStringLiteral("QFrame { border: 2px solid #2e7d32; background: rgba(46,125,50,40); }")
                                   : QStringLiteral("QFrame { border: 2px solid #c62828; background: rgba(198,40,40,30); }"));
    m_highlight->show();
    m_highlight->raise();
    return why;
}

void VolumeDropTarget::clear()
{
    m_highlight->hide();
    m_lastWhy.clear();
}

bool VolumeDropTarget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return false;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        if (volumeIds(e->mimeData()).isEmpty())
            return false; // not ours: the view does what it does with other drags
        const QString why = track(e->position().toPoint());
        if (why.isEmpty()) {
            e->setDropAction(Qt::LinkAction);
            e->accept();
        } else {
            e->ignore();
            if (why != m_lastWhy) {
                QToolTip::showText(m_view->viewport()->mapToGlobal(e->position().toPoint()), why, m_view->viewport());
                emit refused(why);
            }
        }
        m_lastWhy = why;
        // DragEnter must be accepted for moves to follow, even over a row that refuses.
        if (event->type() == QEvent::DragEnter)
            e->accept();
        return true;
    }
    case QEvent::DragLeave:
        clear();
        return false;
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        const QStringList ids = volumeIds(e->mimeData());
        if (ids.isEmpty())
            return false;
        const QString why = track(e->position().toPoint());
        const int row = sourceRowAt(e->position().toPoint());
        clear();
        if (!why.isEmpty() || row < 0) {
            e->ignore();
            emit refused(why);
            return true;
        }
        e->setDropAction(Qt::LinkAction);
        e->accept();
        const OpenStack::Compute::Server &server = m_model->record(row);
        emit dropped(ids, server.id, server.name);
        return true;
    }
    default:
        return false;
    }
}

} // namespace Ui
