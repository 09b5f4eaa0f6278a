// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;

namespace Charts {

// One quantity across several items (projects, aggregates, pools), as "used" and "rest of the
// limit" stacked bars side by side. Clicking an item's bar emits its key.
class ComparisonChart : public QWidget
{
    Q_OBJECT
public:
    struct Item
    {
        QString key;
        QString label;
        double used = 0;
        double limit = -1; // -1: unlimited (only the used part is drawn)
    };

    explicit ComparisonChart(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    // What the light part of a bar is called: "Remaining quota" unless told (a pool's "Available",
    // an aggregate's "Free"). Takes effect at the next setItems().
    void setRestLabel(const QString &label) { m_restLabel = label; }
    void setItems(const QVector<Item> &items, const QString &unit);

    QList<double> usedValues() const;
    QList<double> restValues() const;
    QStringList categories() const;
    QChartView *view() const { return m_view; }

signals:
    void itemClicked(const QString &key);

private:
    QChart *m_chart;
    QChartView *m_view;
    QVector<Item> m_items;
    QString m_restLabel;
};

} // namespace Charts
