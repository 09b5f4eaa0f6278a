// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/usagechart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLocale>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Charts {

namespace {
QString number(double v)
{
    return QLocale().toString(v, 'f', v == double(qint64(v)) ? 0 : 1);
}
} // namespace

UsageChart::UsageChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_chart->legend()->hide();
    m_chart->setAnimationOptions(QChart::NoAnimation); // numbers change in place, no dancing
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("usageChartView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
}

void UsageChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void UsageChart::setEntries(const QVector<Entry> &entries)
{
    m_entries = entries;
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto *used = new QBarSet(tr("Used"));
    auto *free = new QBarSet(tr("Free"));
    used->setColor(QColor(0x1e, 0x88, 0xe5));
    free->setColor(QColor(0xe0, 0xe0, 0xe0));
    QStringList categories;
    // Categories run bottom-up in a horizontal chart: add in reverse so the first entry is on top.
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        const Entry &e = *it;
        const double percent = e.limit > 0 ? qMin(100.0, e.used * 100.0 / e.limit) : (e.limit == 0 && e.used > 0 ? 100 : 0);
        used->append(percent);
        free->append(100.0 - percent);
        const QString amount = e.limit < 0 ? tr("%1 %2 used, no limit").arg(number(e.used), e.unit)
                                           : tr("%1 of %2 %3").arg(number(e.used), number(e.limit), e.unit);
        categories << QStringLiteral("%1 — %2").arg(e.label, amount.simplified());
    }
    auto *series = new QHorizontalStackedBarSeries;
    series->append(used);
    series->append(free);
    series->setBarWidth(0.6);
    m_chart->addSeries(series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto *axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(QStringLiteral("%d%%"));
    axisX->setTickCount(6);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    const int count = int(m_entries.size());
    connect(series, &QHorizontalStackedBarSeries::clicked, this, [this, count](int index, QBarSet *) {
        const int entry = count - 1 - index;
        if (entry >= 0 && entry < m_entries.size())
            emit entryClicked(m_entries.at(entry).key);
    });
    setMinimumHeight(60 + 34 * count);
}

QList<double> UsageChart::usedPercents() const
{
    QList<double> out;
    const auto series = m_chart->series();
    if (series.isEmpty())
        return out;
    const auto *bars = static_cast<QHorizontalStackedBarSeries *>(series.constFirst());
    const QBarSet *used = bars->barSets().constFirst();
    for (int i = used->count() - 1; i >= 0; --i)
        out << used->at(i);
    return out;
}

QStringList UsageChart::categories() const
{
    QStringList out;
    const auto axes = m_chart->axes(Qt::Vertical);
    if (axes.isEmpty())
        return out;
    const QStringList c = static_cast<QBarCategoryAxis *>(axes.constFirst())->categories();
    for (auto it = c.crbegin(); it != c.crend(); ++it)
        out << *it;
    return out;
}

} // namespace Charts
