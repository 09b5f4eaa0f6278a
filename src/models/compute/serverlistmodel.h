// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/recordtablemodel.h"
#include "openstack/compute/server.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace Models {

// The instances of the Instances tab and of `stackdeck export servers`: the talk's columns
// (Name, Image Name, IP Address, Flavor, Key Pair, Status, Availability Zone, Task, Power State,
// Age) plus Project and Host for admins and the ID. Rows are updated in place (see
// RecordTableModel) so a refresh keeps selection, scroll and sort.
//
// Display text is computed once per row and cached until that row changes (or the clock used for
// Age moves), so filtering thousands of rows per keystroke stays cheap. GUI thread only.
class ServerListModel : public RecordTableModel<OpenStack::Compute::Server>
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ImageColumn,
        IpColumn,
        FlavorColumn,
        KeyPairColumn,
        StatusColumn,
        ZoneColumn,
        TaskColumn,
        PowerColumn,
        AgeColumn,
        ProjectColumn,
        HostColumn,
        IdColumn,
        ColumnCount
    };

    explicit ServerListModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Names Glance gave for image ids; `missing` are ids Glance does not know (deleted images).
    void setImageNames(const QHash<QString, QString> &names, const QSet<QString> &missing = {});
    void setFlavorNames(const QHash<QString, QString> &names); // before microversion 2.47 only
    void setProjectNames(const QHash<QString, QString> &names);
    const QHash<QString, QString> &imageNames() const { return m_imageNames; }
    // Image ids of the rows Glance has not been asked about yet.
    QStringList unresolvedImageIds() const;
    QStringList unresolvedFlavorIds() const;

    // The clock Age is measured against; tests pin it.
    void setNow(const QDateTime &now);
    QDateTime now() const { return m_now; }

    // An incremental answer (changes-since, or one polled server): updates and adds rows, and
    // removes the ones Nova reports DELETED.
    void applyChanges(const QVector<OpenStack::Compute::Server> &changed);
    void removeServer(const QString &id);
    // Updates rows in place and appends new ones in one insertion, without copying the table:
    // what each page of a (re)load does, so 10,000 rows arrive in O(rows), not O(rows × pages).
    void upsert(const QVector<OpenStack::Compute::Server> &servers);
    // Removes every row whose id is not in `keep` (after a complete list), in contiguous runs.
    void removeAllExcept(const QSet<QString> &keep);

    // Texts shared with the details pane.
    static QString statusText(const QString &status);
    static QString powerStateText(int state);
    static QString taskText(const QString &task);
    static StatusKind statusKind(const OpenStack::Compute::Server &server);
    QString imageText(const OpenStack::Compute::Server &server) const;
    QString flavorText(const OpenStack::Compute::Server &server) const;
    QString projectText(const OpenStack::Compute::Server &server) const;

private:
    // Each cell's text is made when first asked for: loading sorted by name makes only names,
    // the view the visible rows, the filter's idle indexing the rest.
    struct RowText
    {
        quint32 valid = 0; // bit per column
        QString cells[ColumnCount];
    };
    const QString &cell(int row, int column) const;
    void invalidateAll();
    void invalidateRows(int first, int last);
    void refreshColumn(int column);

    QHash<QString, QString> m_imageNames;
    QSet<QString> m_missingImages;
    QHash<QString, QString> m_flavorNames;
    QHash<QString, QString> m_projectNames;
    QDateTime m_now;
    mutable QVector<RowText> m_text;
};

} // namespace Models
