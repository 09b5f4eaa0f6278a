// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPersistentModelIndex>
#include <QStringList>

class QFrame;
class QMimeData;
class QTableView;

namespace Models {
class ServerListModel;
class TableFilterProxy;
} // namespace Models

namespace Ui {

// Lets the Instances table take volumes dragged from the Volumes tab (MIME
// `application/x-stackdeck-volume-ids`, one id a line). While a drag is over a row, that row is
// outlined — green when the instance can take a volume, red (and the drop refused, with Nova's
// reason in refused()) when its state forbids it. A drop emits dropped(); attaching is the Volumes
// tab's job. Watches the view's viewport as an event filter; owned by (and lives with) the page.
class VolumeDropTarget : public QObject
{
    Q_OBJECT
public:
    VolumeDropTarget(QTableView *view, Models::ServerListModel *model, Models::TableFilterProxy *proxy,
                     QObject *parent);

    static QStringList volumeIds(const QMimeData *mime);
    // The instance row under a viewport position, as a source row; -1 when none.
    int sourceRowAt(const QPoint &viewportPos) const;
    QFrame *highlight() const { return m_highlight; }

signals:
    void dropped(const QStringList &volumeIds, const QString &serverId, const QString &serverName);
    void refused(const QString &why);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Outlines the row (or hides the outline for -1); returns why it cannot take volumes, if so.
    QString track(const QPoint &viewportPos);
    void clear();

    QTableView *m_view;
    Models::ServerListModel *m_model;
    Models::TableFilterProxy *m_proxy;
    QFrame *m_highlight;
    QString m_lastWhy;
};

} // namespace Ui
