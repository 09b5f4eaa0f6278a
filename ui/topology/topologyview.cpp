// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/topology/topologyview.h"

#include <QContextMenuEvent>
#include <QGestureEvent>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionGraphicsItem>
#include <QWheelEvent>

namespace Ui {

MapItem::MapItem(MapRenderer *renderer)
    : m_renderer(renderer)
{
    setFlag(ItemUsesExtendedStyleOption);
    refreshGeometry();
}

QRectF MapItem::boundingRect() const
{
    return m_bounds;
}

void MapItem::refreshGeometry()
{
    const QRectF b = m_renderer->bounds();
    if (b != m_bounds) {
        prepareGeometryChange();
        m_bounds = b;
    }
    update();
}

void MapItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    m_renderer->paint(painter, option->exposedRect, option->levelOfDetailFromTransform(painter->worldTransform()));
}

TopologyView::TopologyView(QGraphicsScene *scene, MapRenderer *renderer, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_renderer(renderer)
{
    setObjectName(QStringLiteral("topologyView"));
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(FullViewportUpdate);
    setBackgroundBrush(QColor(0xfa, 0xfb, 0xfc));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->grabGesture(Qt::PinchGesture);
}

void TopologyView::zoomBy(double factor)
{
    const double z = zoom() * factor;
    if ((factor > 1 && z > 4) || (factor < 1 && z < 0.005))
        return;
    scale(factor, factor);
    emit viewportMoved();
}

void TopologyView::fitAll()
{
    if (!scene()->itemsBoundingRect().isEmpty())
        fitInView(scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
    emit viewportMoved();
}

void TopologyView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void TopologyView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(0.8);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

bool TopologyView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *g = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(g->gesture(Qt::PinchGesture))) {
            zoomBy(pinch->scaleFactor());
            return true;
        }
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *n = static_cast<QNativeGestureEvent *>(event);
        if (n->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1 + n->value());
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void TopologyView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->pos();
    QGraphicsView::mousePressEvent(event);
}

void TopologyView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && (event->pos() - m_pressPos).manhattanLength() < 4) {
        bool badge = false;
        const QString id = m_renderer->nodeAt(mapToScene(event->pos()), &badge);
        emit nodeClicked(id, badge);
    }
}

void TopologyView::contextMenuEvent(QContextMenuEvent *event)
{
    emit nodeContextMenu(m_renderer->nodeAt(mapToScene(event->pos())), event->globalPos());
}

void TopologyView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportMoved();
}

MiniMap::MiniMap(QGraphicsScene *scene, TopologyView *main, QWidget *parent)
    : QGraphicsView(scene, parent)
    , m_main(main)
{
    setObjectName(QStringLiteral("miniMap"));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInteractive(false);
    setFixedSize(220, 140);
    setFrameShape(QFrame::Box);
    connect(main, &TopologyView::viewportMoved, this, [this]() { viewport()->update(); });
}

void MiniMap::refit()
{
    if (!scene()->itemsBoundingRect().isEmpty())
        fitInView(scene()->itemsBoundingRect(), Qt::KeepAspectRatio);
}

void MiniMap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

void MiniMap::drawForeground(QPainter *painter, const QRectF &)
{
    const QRectF visible = m_main->mapToScene(m_main->viewport()->rect()).boundingRect();
    QPen pen(QColor(0xe0, 0x3c, 0x31), 2);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(visible);
}

void MiniMap::mousePressEvent(QMouseEvent *event)
{
    m_main->centerOn(mapToScene(event->pos()));
}

} // namespace Ui
