// SPDX-License-Identifier: GPL-3.0-or-later
// The table every tab shows: with no saved layout, columns fit their headers and first rows however
// the model fills (rows inserted by the in-place diff, or a reset); a saved layout is left alone.
#include "ui/common/tablepanel.h"

#include <QAbstractTableModel>
#include <QHeaderView>
#include <QSettings>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// Fills by a reset only, as a model's first load does.
class ResetModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;
    void load(const QStringList &names)
    {
        beginResetModel();
        m_names = names;
        endResetModel();
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_names.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return {};
        return index.column() == 0 ? QStringLiteral("AG1") : m_names.at(index.row());
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        return section == 0 ? QStringLiteral("Availability Zone Of The Host") : QStringLiteral("Name");
    }

private:
    QStringList m_names;
};

class TestTablePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QStandardItemModel *makeModel(QObject *parent)
    {
        auto *model = new QStandardItemModel(0, 2, parent);
        model->setHorizontalHeaderLabels({QStringLiteral("Availability Zone Of The Host"), QStringLiteral("Name")});
        return model;
    }

    static QList<QStandardItem *> row(const QString &a, const QString &b)
    {
        return {new QStandardItem(a), new QStandardItem(b)};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
        QCoreApplication::setOrganizationName(QStringLiteral("StackDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tablepanel"));
    }

    void fitsColumnsOnFirstInsert()
    {
        auto *model = makeModel(this);
        Ui::TablePanel panel(QStringLiteral("fit-insert"), model);
        panel.resize(900, 400);
        panel.show();
        const int before = panel.view()->horizontalHeader()->sectionSize(0);
        model->appendRow(row(QStringLiteral("AG1"), QStringLiteral("servergroup01")));
        const int header = panel.view()->horizontalHeader()->sectionSizeHint(0);
        QVERIFY2(panel.view()->horizontalHeader()->sectionSize(0) >= header,
                 qPrintable(QStringLiteral("%1 < %2 (was %3)")
                                .arg(panel.view()->horizontalHeader()->sectionSize(0))
                                .arg(header)
                                .arg(before)));
    }

    void fitsColumnsAfterAReset()
    {
        ResetModel model;
        Ui::TablePanel panel(QStringLiteral("fit-reset"), &model);
        panel.resize(900, 400);
        panel.show();
        const QString longName = QStringLiteral("a-rather-long-aggregate-name-of-a-business");
        model.load({longName});
        QHeaderView *h = panel.view()->horizontalHeader();
        QVERIFY(h->sectionSize(0) >= h->sectionSizeHint(0));
        QVERIFY(h->sectionSize(1) > panel.view()->fontMetrics().horizontalAdvance(longName));
    }

    void leavesASavedLayoutAlone()
    {
        {
            auto *model = makeModel(this);
            Ui::TablePanel panel(QStringLiteral("saved"), model);
            panel.view()->horizontalHeader()->resizeSection(0, 61);
        } // saves its header state on destruction
        auto *model = makeModel(this);
        Ui::TablePanel panel(QStringLiteral("saved"), model);
        panel.show();
        model->appendRow(row(QStringLiteral("AG1"), QStringLiteral("servergroup01")));
        QCOMPARE(panel.view()->horizontalHeader()->sectionSize(0), 61);
    }
};

QTEST_MAIN(TestTablePanel)
#include "tst_tablepanel.moc"
