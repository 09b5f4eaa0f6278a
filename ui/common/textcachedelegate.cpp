// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/textcachedelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QtMath>

namespace Ui {

TextCacheDelegate::TextCacheDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

const QStaticText &TextCacheDelegate::laidOut(const QString &text, int width, const QFont &font) const
{
    if (font != m_font) {
        m_texts.clear();
        m_font = font;
    }
    const Key key{text, width};
    auto it = m_texts.find(key);
    if (it != m_texts.end())
        return it.value();
    if (m_texts.size() >= kCacheLimit)
        m_texts.clear();
    QStaticText st(text);
    st.setTextFormat(Qt::PlainText);
    st.setPerformanceHint(QStaticText::AggressiveCaching);
    st.prepare(QTransform(), font);
    return m_texts.insert(key, st).value();
}

const TextCacheDelegate::Layout &TextCacheDelegate::layoutOf(const QStyleOptionViewItem &opt,
                                                             const QStyle *style) const
{
    QByteArray key;
    {
        const int fields[] = {opt.rect.width(), opt.rect.height(), int(opt.features), opt.decorationSize.width(),
                              opt.decorationSize.height(), int(opt.decorationPosition), int(opt.displayAlignment),
                              int(opt.decorationAlignment), int(opt.showDecorationSelected)};
        key = QByteArray(reinterpret_cast<const char *>(fields), sizeof(fields));
    }
    auto it = m_layouts.constFind(key);
    if (it != m_layouts.constEnd())
        return it.value();
    if (m_layouts.size() >= 256)
        m_layouts.clear();
    // A one-letter stand-in for the text: the areas do not depend on it when painting.
    QStyleOptionViewItem probe = opt;
    probe.text = QStringLiteral("M");
    probe.rect.moveTo(0, 0);
    Layout l;
    l.decoration = style->subElementRect(QStyle::SE_ItemViewItemDecoration, &probe, opt.widget);
    l.text = style->subElementRect(QStyle::SE_ItemViewItemText, &probe, opt.widget);
    return m_layouts.insert(key, l).value();
}

void TextCacheDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The focused cell, check boxes, several lines and right-to-left text: the style's own way.
    const bool plain = !opt.text.isEmpty() && !(opt.features & QStyleOptionViewItem::HasCheckIndicator)
        && !(opt.state & QStyle::State_HasFocus) && opt.direction == Qt::LeftToRight
        && !painter->transform().isScaling() && !opt.text.contains(QChar::LineSeparator)
        && !opt.text.contains(QLatin1Char('\n'));
    if (!plain) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        return;
    }
    // What QCommonStyle's CE_ItemViewItem does, with the areas and the laid-out text kept.
    const Layout &layout = layoutOf(opt, style);
    const QPoint origin = opt.rect.topLeft();
    painter->save();
    painter->setClipRect(opt.rect, Qt::IntersectClip);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    if (opt.features & QStyleOptionViewItem::HasDecoration) {
        const QIcon::Mode mode = !(opt.state & QStyle::State_Enabled) ? QIcon::Disabled
            : (opt.state & QStyle::State_Selected)                    ? QIcon::Selected
                                                                      : QIcon::Normal;
        const QIcon::State state = (opt.state & QStyle::State_Open) ? QIcon::On : QIcon::Off;
        opt.icon.paint(painter, layout.decoration.translated(origin), opt.decorationAlignment, mode, state);
    }

    // The same inner margin as QCommonStyle's item text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect r = layout.text.translated(origin).adjusted(margin, 0, -margin, 0);
    if (r.width() > 0) {
        const QStaticText *st = &laidOut(opt.text, -1, opt.font);
        if (st->size().width() > r.width() && opt.textElideMode != Qt::ElideNone) {
            const QString elided = opt.fontMetrics.elidedText(opt.text, opt.textElideMode, r.width());
            st = &laidOut(elided, r.width(), opt.font);
        }
        const QSize size(qCeil(st->size().width()), qCeil(st->size().height()));
        const QRect at = QStyle::alignedRect(opt.direction, opt.displayAlignment, size, r);
        const QPalette::ColorGroup group = !(opt.state & QStyle::State_Enabled) ? QPalette::Disabled
            : (opt.state & QStyle::State_Active)                                ? QPalette::Normal
                                                                                : QPalette::Inactive;
        const QPalette::ColorRole role =
            (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text;
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, role));
        if (size.width() > r.width()) // ElideNone: cut at the text area's edge, as the style does
            painter->setClipRect(r, Qt::IntersectClip);
        painter->drawStaticText(at.topLeft(), *st);
    }
    painter->restore();
}

} // namespace Ui
