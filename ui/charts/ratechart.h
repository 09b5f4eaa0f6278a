// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace Charts {

// Live rates over time (CPU %, bytes/s, …) as lines over a bounded window: one line per series,
// points replaced in place each tick (no animation, no re-creation) so a tick stays cheap even
// when the caller feeds it from a thousand domains.
class RateChart : public QWidget
{
    Q_OBJECT
public:
    struct Series
    {
        QString key;
        QString label;
        QVector<QPointF> points; // x: seconds (any origin), y: the rate
    };

    explicit RateChart(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    void setUnit(const QString &unit);
    // Replaces every line; lines whose key is gone are removed, new keys get a line.
    void setSeries(const QVector<Series> &series);

    int lineCount() const { return int(m_lines.size()); }
    QVector<QPointF> pointsOf(const QString &key) const;
    QChartView *view() const { return m_view; }

private:
    QChart *m_chart;
    QChartView *m_view;
    QValueAxis *m_x;
    QValueAxis *m_y;
    QVector<std::pair<QString, QLineSeries *>> m_lines;
};

} // namespace Charts
