// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace Ui {

// The delegate of StackDeck's tables. It paints like QStyledItemDelegate (the style draws the
// background, selection, icon and focus) but keeps the laid-out text of the cells it painted, so
// a repaint (rows arriving, scrolling, selection) does not shape the same strings again. Qt lays
// out every cell's text anew on every paint; with thousands of rows that is most of a repaint.
// Cells it cannot draw the same way (check boxes, several lines, right-to-left) go to the style.
class TextCacheDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TextCacheDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Laid-out strings kept; bounded (emptied when it reaches kCacheLimit).
    qsizetype cachedTexts() const { return m_texts.size(); }
    static constexpr qsizetype kCacheLimit = 8192;

private:
    struct Key
    {
        QString text;
        int width; // -1: the whole text; else the width it was elided to
        friend bool operator==(const Key &a, const Key &b) { return a.width == b.width && a.text == b.text; }
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.text, k.width); }
    };
    const QStaticText &laidOut(const QString &text, int width, const QFont &font) const;

    // Where the style puts a cell's icon and text, relative to the cell. When painting, that
    // depends on the cell's size and what it shows, not on the text — but the style measures
    // the text to find out, on every cell. Kept per kind of cell (a handful per table).
    struct Layout
    {
        QRect decoration;
        QRect text;
    };
    const Layout &layoutOf(const QStyleOptionViewItem &opt, const QStyle *style) const;
    mutable QHash<QByteArray, Layout> m_layouts;

    mutable QHash<Key, QStaticText> m_texts;
    mutable QFont m_font;
};

} // namespace Ui
