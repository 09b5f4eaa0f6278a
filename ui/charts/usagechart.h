// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QHorizontalStackedBarSeries;

namespace Charts {

// "Used of quota" for a handful of resources, as horizontal bars filled to the fraction used
// (Horizon's overview pies, made comparable at a glance). Clicking a bar emits its key.
class UsageChart : public QWidget
{
    Q_OBJECT
public:
    struct Entry
    {
        QString key;   // stable, e.g. "compute/instances"
        QString label; // translated, e.g. "Instances"
        double used = 0;
        double limit = -1; // -1: unlimited
        QString unit;      // shown after the numbers: "GiB", ""
    };

    explicit UsageChart(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setEntries(const QVector<Entry> &entries);

    // What is drawn, for tests: percent used per category (unlimited → 0) and the category labels.
    QList<double> usedPercents() const;
    QStringList categories() const;
    QChartView *view() const { return m_view; }

signals:
    void entryClicked(const QString &key);

private:
    QChart *m_chart;
    QChartView *m_view;
    QVector<Entry> m_entries;
};

} // namespace Charts
