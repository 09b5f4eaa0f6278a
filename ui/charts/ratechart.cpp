// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/ratechart.h"

#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace Charts {

namespace {

constexpr double kMinimumWindowSecs = 60;

// About six ticks over the span, on 1/2/5 × 10^n seconds.
double niceTickInterval(double span)
{
    const double raw = span / 6;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

RateChart::RateChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_x(new QValueAxis(this))
    , m_y(new QValueAxis(this))
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    // Below the plot: beside it, a legend squeezes a small chart's plot and clips its labels.
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_x->setLabelFormat(QStringLiteral("%.0f s"));
    // Ticks on round seconds wherever the window starts, rather than five evenly spread
    // fractions of whatever span the history covers ("0 s 0 s 1 s 1 s").
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_y->setLabelFormat(QStringLiteral("%.4g"));
    m_y->setMin(0);
    m_view->setObjectName(QStringLiteral("rateChartView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void RateChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void RateChart::setUnit(const QString &unit)
{
    m_y->setTitleText(unit);
}

void RateChart::setSeries(const QVector<Series> &series)
{
    // Drop lines whose key went away.
    for (int i = int(m_lines.size()) - 1; i >= 0; --i) {
        const QString key = m_lines.at(i).first;
        const bool kept = std::any_of(series.cbegin(), series.cend(), [&key](const Series &s) { return s.key == key; });
        if (!kept) {
            m_chart->removeSeries(m_lines.at(i).second);
            delete m_lines.at(i).second;
            m_lines.remove(i);
        }
    }
    double minX = 0, maxX = 1, maxY = 1;
    bool first = true;
    for (const Series &s : series) {
        auto it = std::find_if(m_lines.begin(), m_lines.end(), [&s](const auto &l) { return l.first == s.key; });
        QLineSeries *line = nullptr;
        if (it == m_lines.end()) {
            line = new QLineSeries;
            line->setName(s.label);
            m_chart->addSeries(line);
            line->attachAxis(m_x);
            line->attachAxis(m_y);
            m_lines.append({s.key, line});
        } else {
            line = it->second;
            if (line->name() != s.label)
                line->setName(s.label);
        }
        line->replace(QList<QPointF>(s.points.cbegin(), s.points.cend()));
        for (const QPointF &p : s.points) {
            minX = first ? p.x() : qMin(minX, p.x());
            maxX = first ? p.x() : qMax(maxX, p.x());
            maxY = qMax(maxY, p.y());
            first = false;
        }
    }
    // A short history still spans the whole window, so the lines grow from the left instead of
    // being stretched across the chart; past the window the axis follows the newest point.
    const double span = qMax(maxX - minX, kMinimumWindowSecs);
    m_x->setRange(minX, minX + span);
    m_x->setTickInterval(niceTickInterval(span));
    m_y->setRange(0, maxY * 1.1);
    m_y->applyNiceNumbers();
}

QVector<QPointF> RateChart::pointsOf(const QString &key) const
{
    for (const auto &l : m_lines) {
        if (l.first == key) {
            const QList<QPointF> pts = l.second->points();
            return QVector<QPointF>(pts.cbegin(), pts.cend());
        }
    }
    return {};
}

} // namespace Charts
