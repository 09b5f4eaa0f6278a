// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/topology/maprenderer.h"

#include <QGraphicsItem>
#include <QGraphicsView>

namespace Ui {

// The whole map as one graphics item painted by MapRenderer: one item instead of thousands keeps
// adding, diffing and painting 20,000 nodes cheap; hit-testing goes through the renderer's grid.
class MapItem : public QGraphicsItem
{
public:
    explicit MapItem(MapRenderer *renderer);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    // Call after the graph or layout changed (bounds may grow).
    void refreshGeometry();

private:
    MapRenderer *m_renderer;
    QRectF m_bounds;
};

// Zoom (wheel, pinch, + / - / 0 keys), pan (drag), fit-to-view, click and context menu on nodes.
class TopologyView : public QGraphicsView
{
    Q_OBJECT
public:
    TopologyView(QGraphicsScene *scene, MapRenderer *renderer, QWidget *parent = nullptr);

    void zoomBy(double factor);
    void fitAll();
    double zoom() const { return transform().m11(); }

signals:
    void nodeClicked(const QString &id, bool onBadge);
    void nodeContextMenu(const QString &id, const QPoint &globalPos);
    void viewportMoved();

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    MapRenderer *m_renderer;
    QPoint m_pressPos;
};

// An overview of the whole map with the visible area framed; click to go there.
class MiniMap : public QGraphicsView
{
    Q_OBJECT
public:
    MiniMap(QGraphicsScene *scene, TopologyView *main, QWidget *parent = nullptr);
    void refit();

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    TopologyView *m_main;
};

} // namespace Ui
