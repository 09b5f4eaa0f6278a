// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/comparisonchart.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>

namespace Charts {

ComparisonChart::ComparisonChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
{
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(QStringLiteral("comparisonChartView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setMinimumHeight(240);
}

void ComparisonChart::setTitle(const QString &title)
{
    m_chart->setTitle(title);
}

void ComparisonChart::setItems(const QVector<Item> &items, const QString &unit)
{
    m_items = items;
    m_chart->removeAllSeries();
    const auto axes = m_chart->axes();
    for (QAbstractAxis *axis : axes) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    auto *used = new QBarSet(unit.isEmpty() ? tr("Used") : tr("Used (%1)").arg(unit));
    auto *rest = new QBarSet(m_restLabel.isEmpty() ? tr("Remaining quota") : m_restLabel);
    used->setColor(QColor(0x1e, 0x88, 0xe5));
    rest->setColor(QColor(0xc5, 0xe1, 0xf9));
    QStringList categories;
    double top = 1;
    for (const Item &i : m_items) {
        used->append(i.used);
        const double remaining = i.limit < 0 ? 0 : qMax(0.0, i.limit - i.used);
        rest->append(remaining);
        top = qMax(top, i.used + remaining);
        categories << i.label;
    }
    auto *series = new QStackedBarSeries;
    series->append(used);
    series->append(rest);
    m_chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    axisY->setRange(0, top * 1.05);
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet *) {
        if (index >= 0 && index < m_items.size())
            emit itemClicked(m_items.at(index).key);
    });
}

QList<double> ComparisonChart::usedValues() const
{
    QList<double> out;
    const auto series = m_chart->series();
    if (series.isEmpty())
        return out;
    const QBarSet *set = static_cast<QStackedBarSeries *>(series.constFirst())->barSets().at(0);
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

QList<double> ComparisonChart::restValues() const
{
    QList<double> out;
    const auto series = m_chart->series();
    if (series.isEmpty())
        return out;
    const QBarSet *set = static_cast<QStackedBarSeries *>(series.constFirst())->barSets().at(1);
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

QStringList ComparisonChart::categories() const
{
    const auto axes = m_chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? QStringList() : static_cast<QBarCategoryAxis *>(axes.constFirst())->categories();
}

} // namespace Charts
