// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;
class QVBoxLayout;
class QToolBar;

namespace Models {
class TableFilterProxy;
}

namespace Ui {

// The table every tab uses: a toolbar row with a filter box (Ctrl+F), the sortable table, and the
// "Displaying N items" count. The header's state (order, widths, hidden columns, sort) is saved
// per `settingsKey` and restored on the next start.
class TablePanel : public QWidget
{
    Q_OBJECT
public:
    TablePanel(const QString &settingsKey, QAbstractItemModel *model, QWidget *parent = nullptr);
    ~TablePanel() override;

    QTableView *view() const { return m_view; }
    QToolBar *toolBar() const { return m_toolBar; }
    Models::TableFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }

    // Source rows of the selection.
    QList<int> selectedSourceRows() const;
    void setBusy(bool busy);
    void setErrorText(const QString &text); // shown above the table; empty hides it
    QString errorText() const;
    void setHiddenByDefault(const QList<int> &columns);
    void saveState() const;

private:
    void restoreState();
    void updateCount();

    QString m_settingsKey;
    QToolBar *m_toolBar;
    QLineEdit *m_filter;
    QLabel *m_error;
    QTableView *m_view;
    QLabel *m_count;
    Models::TableFilterProxy *m_proxy;
    bool m_busy = false;
    bool m_restored = false;
    bool m_fitted = false;
};

} // namespace Ui
