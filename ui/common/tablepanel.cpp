// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/tablepanel.h"

#include "models/tablefilterproxy.h"
#include "ui/common/textcachedelegate.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace Ui {

TablePanel::TablePanel(const QString &settingsKey, QAbstractItemModel *model, QWidget *parent)
    : QWidget(parent)
    , m_settingsKey(settingsKey)
    , m_toolBar(new QToolBar(this))
    , m_filter(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_proxy(new Models::TableFilterProxy(this))
{
    m_proxy->setSourceModel(model);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(320);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &Models::TableFilterProxy::setFilterText);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    focusFilter->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(focusFilter, &QAction::triggered, m_filter, [this]() {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    addAction(focusFilter);

    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_toolBar, 1);
    top->addWidget(m_filter);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; padding: 6px; "
                                          "border: 1px solid #f5c2c0; border-radius: 3px; }"));
    m_error->hide();

    m_view->setObjectName(QStringLiteral("tableView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setItemDelegate(new TextCacheDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    // Right-click on the header: show or hide columns.
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        QHeaderView *header = m_view->horizontalHeader();
        for (int c = 0; c < m_proxy->columnCount(); ++c) {
            QAction *a = menu.addAction(m_proxy->headerData(c, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(c));
            connect(a, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });

    m_count->setObjectName(QStringLiteral("countLabel"));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &TablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &TablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePanel::updateCount);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    restoreState();
    updateCount();
    // Without a saved layout, fit the columns to the first rows that arrive (capped, so one long
    // description does not push everything off screen).
    // Models fill either by inserting rows (the in-place diff) or by a reset (a first load).
    if (!m_restored) {
        const auto fitOnce = [this]() {
            if (m_fitted || m_proxy->rowCount() == 0)
                return;
            m_fitted = true;
            m_view->resizeColumnsToContents();
            QHeaderView *header = m_view->horizontalHeader();
            for (int c = 0; c < header->count(); ++c)
                header->resizeSection(c, qMin(header->sectionSize(c) + 12, 360));
        };
        connect(m_proxy, &QAbstractItemModel::rowsInserted, this, fitOnce);
        connect(m_proxy, &QAbstractItemModel::modelReset, this, fitOnce);
    }
}

TablePanel::~TablePanel()
{
    saveState();
}

QList<int> TablePanel::selectedSourceRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : selected)
        rows << m_proxy->mapToSource(i).row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void TablePanel::setBusy(bool busy)
{
    m_busy = busy;
    updateCount();
}

void TablePanel::setErrorText(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString TablePanel::errorText() const
{
    return m_error->text();
}

void TablePanel::setHiddenByDefault(const QList<int> &columns)
{
    if (QSettings().contains(QStringLiteral("tables/") + m_settingsKey + QStringLiteral("/header")))
        return;
    for (int c : columns)
        m_view->horizontalHeader()->setSectionHidden(c, true);
}

void TablePanel::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_proxy->sourceModel() ? m_proxy->sourceModel()->rowCount() : 0;
    QString text = shown == total ? tr("Displaying %n item(s)", nullptr, shown)
                                  : tr("Displaying %1 of %2 items").arg(shown).arg(total);
    if (m_busy)
        text += QStringLiteral(" — ") + tr("loading…");
    m_count->setText(text);
}

void TablePanel::saveState() const
{
    QSettings().setValue(QStringLiteral("tables/") + m_settingsKey + QStringLiteral("/header"),
                         m_view->horizontalHeader()->saveState());
}

void TablePanel::restoreState()
{
    const QByteArray state =
        QSettings().value(QStringLiteral("tables/") + m_settingsKey + QStringLiteral("/header")).toByteArray();
    if (!state.isEmpty())
        m_restored = m_view->horizontalHeader()->restoreState(state);
}

} // namespace Ui
