// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ceph/crosslayermodel.h"

#include "core/format.h"

namespace Models {

using Reconcile::CrossLayerRow;

CrossLayerModel::CrossLayerModel(QObject *parent)
    : RecordTableModel(parent)
{
}

int CrossLayerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CrossLayerModel::setOrphansOnly(bool on)
{
    m_orphansOnly = on;
    apply();
}

void CrossLayerModel::setProblemsOnly(bool on)
{
    m_problemsOnly = on;
    apply();
}

void CrossLayerModel::setRows(const QVector<CrossLayerRow> &rows)
{
    m_all = rows;
    apply();
}

void CrossLayerModel::apply()
{
    QVector<CrossLayerRow> shown;
    for (const CrossLayerRow &r : std::as_const(m_all)) {
        if (m_orphansOnly && r.kind != CrossLayerRow::Kind::Orphan)
            continue;
        if (m_problemsOnly && !r.hasProblem())
            continue;
        shown.append(r);
    }
    setRecords(shown);
}

int CrossLayerModel::problemCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(), [](const CrossLayerRow &r) { return r.hasProblem(); }));
}

QString CrossLayerModel::describeProblem(const QString &key)
{
    if (key == QLatin1String("orphan"))
        return tr("No Cinder volume, Glance image or Nova instance owns this RBD image");
    if (key == QLatin1String("image-missing"))
        return tr("The RBD image behind it does not exist");
    if (key == QLatin1String("in-use-no-watcher"))
        return tr("Cinder says in-use, but nobody has the RBD image open");
    if (key == QLatin1String("domain-lacks-disk"))
        return tr("The instance's libvirt domain has no such disk");
    if (key == QLatin1String("domain-missing"))
        return tr("No libvirt domain for this instance on its host");
    if (key == QLatin1String("unknown-domain"))
        return tr("A libvirt domain Nova does not know");
    if (key == QLatin1String("state-mismatch"))
        return tr("Nova's status and the domain's state disagree");
    if (key == QLatin1String("disk-not-attached"))
        return tr("A domain uses the volume, but Cinder does not list it as attached there");
    return key;
}

QVariant CrossLayerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CrossLayerRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == StatusKindRole && index.column() == ProblemsColumn)
        return int(!r.hasProblem() ? StatusKind::Good : r.kind == CrossLayerRow::Kind::Orphan ? StatusKind::Warning : StatusKind::Bad);
    if (role == Qt::ToolTipRole && index.column() == ProblemsColumn) {
        QStringList lines;
        for (const QString &k : r.problemKeys())
            lines.append(describeProblem(k));
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != SortRole && role != ExportRole && role != Qt::ToolTipRole)
        return {};
    const bool display = role == Qt::DisplayRole || role == Qt::ToolTipRole;
    switch (index.column()) {
    case KindColumn:
        if (!display)
            return CrossLayerRow::kindKey(r.kind);
        switch (r.kind) {
        case CrossLayerRow::Kind::Volume: return tr("Volume");
        case CrossLayerRow::Kind::GlanceImage: return tr("Image");
        case CrossLayerRow::Kind::EphemeralDisk: return tr("Instance");
        case CrossLayerRow::Kind::Domain: return tr("Domain");
        case CrossLayerRow::Kind::Orphan: return tr("Orphan");
        }
        return {};
    case NameColumn: return r.name;
    case StatusColumn: return r.status;
    case RbdImageColumn: return r.rbdImage;
    case SizeColumn:
        if (r.rbdSizeBytes < 0)
            return {};
        return display ? QVariant(Core::formatBytes(r.rbdSizeBytes)) : QVariant(r.rbdSizeBytes);
    case WatchersColumn: return r.watchers < 0 ? QVariant() : QVariant(r.watchers);
    case HostColumn: return r.host;
    case DomainColumn: return r.domain;
    case DiskColumn: return r.diskTarget;
    case InstanceColumn: return r.instanceName;
    case ProblemsColumn: {
        const QStringList keys = r.problemKeys();
        if (role == SortRole)
            return int(keys.size());
        return display ? QVariant(keys.join(QStringLiteral(", "))) : QVariant(keys);
    }
    case OpenStackIdColumn: return r.openstackId;
    case InstanceIdColumn: return r.instanceId;
    default: break;
    }
    return {};
}

QVariant CrossLayerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == ColumnKeyRole) {
        static const char *keys[] = {"kind", "name", "status", "rbd_image", "size_bytes", "watchers", "host",
                                     "domain", "disk", "instance", "problems", "openstack_id", "instance_id"};
        return QString::fromLatin1(keys[section]);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case RbdImageColumn: return tr("RBD Image");
    case SizeColumn: return tr("Size");
    case WatchersColumn: return tr("Watchers");
    case HostColumn: return tr("Host");
    case DomainColumn: return tr("Domain");
    case DiskColumn: return tr("Disk");
    case InstanceColumn: return tr("Instance");
    case ProblemsColumn: return tr("Disagreements");
    case OpenStackIdColumn: return tr("ID");
    case InstanceIdColumn: return tr("Instance ID");
    default: break;
    }
    return {};
}

} // namespace Models
