// SPDX-License-Identifier: GPL-3.0-or-later
// The tables' delegate keeps laid-out text between paints. What a user sees must not change: the
// same text in the same place as Qt's own delegate draws it, elided the same way when the column
// is narrow, the new text after a cell changes, selected rows in the selection colours, and the
// kept text bounded however many rows scroll by.
#include "ui/common/statusdelegate.h"
#include "ui/common/textcachedelegate.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTest>

namespace {

class OpenDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::initStyleOption;
};

class OpenView : public QTableView
{
public:
    using QTableView::initViewItemOption;
};

// The box of pixels that differ from the cell's background: where the text (and icon) landed.
QRect inkBox(const QImage &image, const QRect &cell)
{
    const QRgb background = image.pixel(cell.right() - 1, cell.bottom() - 1);
    QRect box;
    for (int y = cell.top() + 1; y < cell.bottom(); ++y) {
        for (int x = cell.left() + 1; x < cell.right(); ++x) {
            if (image.pixel(x, y) != background)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

bool near(const QRect &a, const QRect &b, int tolerance)
{
    return qAbs(a.left() - b.left()) <= tolerance && qAbs(a.right() - b.right()) <= tolerance
        && qAbs(a.top() - b.top()) <= tolerance && qAbs(a.bottom() - b.bottom()) <= tolerance;
}

QString describe(const QRect &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

} // namespace

class TestTextCacheDelegate : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model;
    OpenView m_view;

    QImage grab()
    {
        m_view.viewport()->update();
        QCoreApplication::processEvents();
        return m_view.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    }

private slots:
    void initTestCase()
    {
        m_model.setColumnCount(3);
        const QStringList texts{QStringLiteral("cluster3-hadoop260-dn-007"), QStringLiteral("ACTIVE"),
                                QStringLiteral("a very long description that cannot fit in a narrow column at all")};
        for (int r = 0; r < 6; ++r) {
            QList<QStandardItem *> items;
            for (const QString &t : texts)
                items << new QStandardItem(t + (r ? QString::number(r) : QString()));
            m_model.appendRow(items);
        }
        m_model.item(2, 0)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model.item(4, 1)->setText(QStringLiteral("运行中")); // a fallback font for Chinese
        m_model.item(5, 1)->setText(QStringLiteral("ACTIVE 已启用"));
        m_model.item(3, 1)->setIcon(QIcon::fromTheme(QStringLiteral("no-such-icon"), [] {
            QPixmap pm(12, 12);
            pm.fill(Qt::darkGreen);
            return QIcon(pm);
        }()));
        m_view.setModel(&m_model);
        m_view.setWordWrap(false);
        m_view.setShowGrid(false);
        m_view.verticalHeader()->hide();
        m_view.setColumnWidth(0, 260);
        m_view.setColumnWidth(1, 120);
        m_view.setColumnWidth(2, 140); // the description is elided
        m_view.resize(600, 260);
        m_view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_view));
    }

    // The style is asked where text goes with a one-letter stand-in; it must not matter.
    void theStyleAreasDoNotDependOnTheText()
    {
        OpenDelegate plain;
        for (int row : {0, 2, 3}) {
            for (int column = 0; column < 3; ++column) {
                const QModelIndex index = m_model.index(row, column);
                QStyleOptionViewItem opt;
                m_view.initViewItemOption(&opt); // what the view hands its delegate when painting
                opt.rect = m_view.visualRect(index);
                plain.initStyleOption(&opt, index);
                QStyleOptionViewItem stand = opt;
                stand.text = QStringLiteral("M");
                for (auto element : {QStyle::SE_ItemViewItemText, QStyle::SE_ItemViewItemDecoration}) {
                    const QRect real = m_view.style()->subElementRect(element, &opt, &m_view);
                    const QRect probe = m_view.style()->subElementRect(element, &stand, &m_view);
                    QVERIFY2(real == probe, qPrintable(QStringLiteral("row %1 column %2: %3 vs %4")
                                                           .arg(row).arg(column).arg(describe(real), describe(probe))));
                }
            }
        }
    }

    // Text (and the icon) land where Qt's own delegate puts them, elided text included.
    void drawsWhereQtsDelegateDraws()
    {
        m_view.setItemDelegate(new QStyledItemDelegate(&m_view));
        const QImage reference = grab();
        m_view.setItemDelegate(new Ui::TextCacheDelegate(&m_view));
        grab(); // the first paint lays out; the second draws what it kept
        const QImage cached = grab();
        int differing = 0;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            for (int column = 0; column < 3; ++column) {
                const QRect cell = m_view.visualRect(m_model.index(row, column));
                const QRect want = inkBox(reference, cell);
                const QRect got = inkBox(cached, cell);
                QVERIFY2(!want.isEmpty(), "Qt's delegate drew nothing");
                QVERIFY2(near(want, got, 1), qPrintable(QStringLiteral("row %1 column %2: Qt %3, cached %4")
                                                            .arg(row).arg(column).arg(describe(want), describe(got))));
                QVERIFY2(cell.contains(got), "text drawn outside its cell");
                differing += int(reference.copy(cell) != cached.copy(cell));
            }
        }
        qInfo("cells drawn pixel for pixel as by Qt's delegate: %d of %d", 3 * m_model.rowCount() - differing, 3 * m_model.rowCount());
    }

    void showsTheNewTextAfterAChange()
    {
        auto *delegate = new Ui::TextCacheDelegate(&m_view);
        m_view.setItemDelegate(delegate);
        const QRect cell = m_view.visualRect(m_model.index(0, 1));
        const QRect before = inkBox(grab(), cell);
        m_model.item(0, 1)->setText(QStringLiteral("SHUTOFF and more"));
        const QRect after = inkBox(grab(), cell);
        QVERIFY2(after.width() > before.width() + 20,
                 qPrintable(QStringLiteral("%1 then %2").arg(describe(before), describe(after))));
        m_model.item(0, 1)->setText(QStringLiteral("ACTIVE"));
        QCOMPARE(inkBox(grab(), cell), before);
    }

    void selectedRowsUseTheSelectionColours()
    {
        m_view.setItemDelegate(new Ui::TextCacheDelegate(&m_view));
        m_view.setSelectionBehavior(QAbstractItemView::SelectRows);
        m_view.selectRow(1);
        m_view.setCurrentIndex(m_model.index(4, 0)); // focus elsewhere: the selected row is not the focused one
        m_view.selectRow(1);
        const QImage image = grab();
        const QRect cell = m_view.visualRect(m_model.index(1, 0));
        const QPalette pal = m_view.palette();
        const QPalette::ColorGroup group = m_view.isActiveWindow() ? QPalette::Active : QPalette::Inactive;
        // Fusion shades the highlight a little; the same colour within a few steps.
        const QColor fill(image.pixel(cell.right() - 1, cell.center().y()));
        const QColor highlight = pal.color(group, QPalette::Highlight);
        QVERIFY2(qAbs(fill.red() - highlight.red()) <= 4 && qAbs(fill.green() - highlight.green()) <= 4
                     && qAbs(fill.blue() - highlight.blue()) <= 4,
                 qPrintable(fill.name() + QStringLiteral(" is not the highlight ") + highlight.name()));
        const QColor text = pal.color(group, QPalette::HighlightedText);
        bool sawTextColour = false;
        for (int y = cell.top(); y <= cell.bottom() && !sawTextColour; ++y) {
            for (int x = cell.left(); x <= cell.right(); ++x) {
                // Antialiased glyphs: the text colour within a few steps on the strongest pixels.
                const QColor c(image.pixel(x, y));
                if (qAbs(c.red() - text.red()) + qAbs(c.green() - text.green()) + qAbs(c.blue() - text.blue()) < 60) {
                    sawTextColour = true;
                    break;
                }
            }
        }
        QVERIFY2(sawTextColour, "no pixel in the selected row's text colour");
        m_view.clearSelection();
    }

    void statusCellsKeepTheirDotAndColour()
    {
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem(QStringLiteral("ERROR"));
        item->setData(4, Qt::UserRole + 1000); // not a status role: drawn as plain text
        model.setItem(0, 0, item);
        QTableView view;
        view.setModel(&model);
        view.setItemDelegate(new Ui::StatusDelegate(Ui::StatusDelegate::Style::Dot, &view));
        view.resize(200, 80);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.viewport()->update();
        QCoreApplication::processEvents();
        const QImage image = view.viewport()->grab().toImage();
        QVERIFY(!inkBox(image.convertToFormat(QImage::Format_RGB32), view.visualRect(model.index(0, 0))).isEmpty());
    }

    void keepsABoundedNumberOfTexts()
    {
        QStandardItemModel model(0, 1);
        for (int r = 0; r < 3000; ++r)
            model.appendRow(new QStandardItem(QStringLiteral("server-%1").arg(r)));
        QTableView view;
        view.setModel(&model);
        auto *delegate = new Ui::TextCacheDelegate(&view);
        view.setItemDelegate(delegate);
        view.resize(300, 2000);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        qsizetype most = 0;
        for (int top = 0; top < model.rowCount(); top += 50) {
            view.scrollTo(model.index(top, 0), QAbstractItemView::PositionAtTop);
            view.viewport()->repaint();
            most = qMax(most, delegate->cachedTexts());
        }
        QVERIFY2(most > 100, "the delegate kept nothing: every paint lays out again");
        QVERIFY(most <= Ui::TextCacheDelegate::kCacheLimit);
    }
};

QTEST_MAIN(TestTextCacheDelegate)
#include "tst_textcachedelegate.moc"
