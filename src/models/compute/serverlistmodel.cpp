// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compute/serverlistmodel.h"

#include "core/format.h"

using OpenStack::Compute::Server;

namespace Models {

namespace {
const char *const kColumnKeys[] = {"name",   "image_name", "networks",   "flavor",     "key_name",
                                   "status", "availability_zone", "task_state", "power_state", "created",
                                   "project_id", "host", "id"};
static_assert(sizeof(kColumnKeys) / sizeof(kColumnKeys[0]) == ServerListModel::ColumnCount);
} // namespace

ServerListModel::ServerListModel(QObject *parent)
    : RecordTableModel(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    // The text cache follows every change of the rows. These connections are made before any
    // view or proxy connects, so the cache is current when they ask.
    // Rows are appended (cell() grows the cache) or removed (the cache loses the same range):
    // the texts of the other rows stay valid, so a page of 1,000 does not recompute 9,000.
    connect(this, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        if (first < m_text.size())
            m_text.insert(first, last - first + 1, RowText());
    });
    connect(this, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        if (first < m_text.size())
            m_text.remove(first, qMin<qsizetype>(last + 1, m_text.size()) - first);
    });
    connect(this, &QAbstractItemModel::modelReset, this, &ServerListModel::invalidateAll);
    connect(this, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) { invalidateRows(tl.row(), br.row()); });
}

int ServerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ServerListModel::invalidateAll()
{
    m_text.clear();
}

void ServerListModel::invalidateRows(int first, int last)
{
    for (int r = first; r <= last && r < m_text.size(); ++r)
        m_text[r].valid = 0;
}

void ServerListModel::refreshColumn(int column)
{
    if (m_rows.isEmpty())
        return;
    for (RowText &t : m_text)
        t.valid &= ~(quint32(1) << column);
    emit dataChanged(index(0, column), index(int(m_rows.size()) - 1, column));
}

QString ServerListModel::statusText(const QString &status)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("ACTIVE"), QT_TR_NOOP("Active")},
        {QStringLiteral("BUILD"), QT_TR_NOOP("Build")},
        {QStringLiteral("DELETED"), QT_TR_NOOP("Deleted")},
        {QStringLiteral("ERROR"), QT_TR_NOOP("Error")},
        {QStringLiteral("HARD_REBOOT"), QT_TR_NOOP("Hard Reboot")},
        {QStringLiteral("MIGRATING"), QT_TR_NOOP("Migrating")},
        {QStringLiteral("PASSWORD"), QT_TR_NOOP("Password")},
        {QStringLiteral("PAUSED"), QT_TR_NOOP("Paused")},
        {QStringLiteral("REBOOT"), QT_TR_NOOP("Reboot")},
        {QStringLiteral("REBUILD"), QT_TR_NOOP("Rebuild")},
        {QStringLiteral("RESCUE"), QT_TR_NOOP("Rescue")},
        {QStringLiteral("RESIZE"), QT_TR_NOOP("Resize/Migrate")},
        {QStringLiteral("REVERT_RESIZE"), QT_TR_NOOP("Revert Resize/Migrate")},
        {QStringLiteral("SHELVED"), QT_TR_NOOP("Shelved")},
        {QStringLiteral("SHELVED_OFFLOADED"), QT_TR_NOOP("Shelved Offloaded")},
        {QStringLiteral("SHUTOFF"), QT_TR_NOOP("Shutoff")},
        {QStringLiteral("SOFT_DELETED"), QT_TR_NOOP("Soft Deleted")},
        {QStringLiteral("SUSPENDED"), QT_TR_NOOP("Suspended")},
        {QStringLiteral("UNKNOWN"), QT_TR_NOOP("Unknown")},
        {QStringLiteral("VERIFY_RESIZE"), QT_TR_NOOP("Confirm or Revert Resize/Migrate")},
    };
    const auto it = names.constFind(status);
    return it == names.constEnd() ? status : tr(it.value());
}

QString ServerListModel::powerStateText(int state)
{
    using OpenStack::Compute::PowerState;
    switch (PowerState(state)) {
    case PowerState::NoState:
        return tr("No State");
    case PowerState::Running:
        return tr("Running");
    case PowerState::Paused:
        return tr("Paused");
    case PowerState::Shutdown:
        return tr("Shut Down");
    case PowerState::Crashed:
        return tr("Crashed");
    case PowerState::Suspended:
        return tr("Suspended");
    }
    return QString::number(state);
}

QString ServerListModel::taskText(const QString &task)
{
    if (task.isEmpty())
        return tr("None");
    static const QHash<QString, const char *> names = {
        {QStringLiteral("scheduling"), QT_TR_NOOP("Scheduling")},
        {QStringLiteral("block_device_mapping"), QT_TR_NOOP("Block Device Mapping")},
        {QStringLiteral("networking"), QT_TR_NOOP("Networking")},
        {QStringLiteral("spawning"), QT_TR_NOOP("Spawning")},
        {QStringLiteral("image_snapshot"), QT_TR_NOOP("Snapshotting")},
        {QStringLiteral("image_snapshot_pending"), QT_TR_NOOP("Image Snapshot Pending")},
        {QStringLiteral("image_pending_upload"), QT_TR_NOOP("Image Pending Upload")},
        {QStringLiteral("image_uploading"), QT_TR_NOOP("Image Uploading")},
        {QStringLiteral("rebooting"), QT_TR_NOOP("Rebooting")},
        {QStringLiteral("rebooting_hard"), QT_TR_NOOP("Rebooting Hard")},
        {QStringLiteral("pausing"), QT_TR_NOOP("Pausing")},
        {QStringLiteral("unpausing"), QT_TR_NOOP("Resuming")},
        {QStringLiteral("suspending"), QT_TR_NOOP("Suspending")},
        {QStringLiteral("resuming"), QT_TR_NOOP("Resuming")},
        {QStringLiteral("powering-off"), QT_TR_NOOP("Powering Off")},
        {QStringLiteral("powering-on"), QT_TR_NOOP("Powering On")},
        {QStringLiteral("resize_prep"), QT_TR_NOOP("Preparing Resize or Migrate")},
        {QStringLiteral("resize_migrating"), QT_TR_NOOP("Resizing or Migrating")},
        {QStringLiteral("resize_finish"), QT_TR_NOOP("Finishing Resize or Migrate")},
        {QStringLiteral("resize_reverting"), QT_TR_NOOP("Reverting Resize or Migrate")},
        {QStringLiteral("resize_confirming"), QT_TR_NOOP("Confirming Resize or Migrate")},
        {QStringLiteral("migrating"), QT_TR_NOOP("Migrating")},
        {QStringLiteral("deleting"), QT_TR_NOOP("Deleting")},
        {QStringLiteral("shelving"), QT_TR_NOOP("Shelving")},
        {QStringLiteral("unshelving"), QT_TR_NOOP("Unshelving")},
    };
    const auto it = names.constFind(task);
    return it == names.constEnd() ? task : tr(it.value());
}

StatusKind ServerListModel::statusKind(const Server &s)
{
    if (s.status == QLatin1String("ERROR") || s.powerState == int(OpenStack::Compute::PowerState::Crashed))
        return StatusKind::Bad;
    if (s.isTransitional())
        return StatusKind::Busy;
    if (s.status == QLatin1String("ACTIVE"))
        return StatusKind::Good;
    if (s.status == QLatin1String("SHUTOFF") || s.status == QLatin1String("PAUSED")
        || s.status == QLatin1String("SUSPENDED") || s.status.startsWith(QLatin1String("SHELVED"))
        || s.status == QLatin1String("UNKNOWN"))
        return StatusKind::Warning;
    return StatusKind::Neutral;
}

QString ServerListModel::imageText(const Server &s) const
{
    if (s.bootsFromVolume())
        return tr("(booted from volume)");
    const auto it = m_imageNames.constFind(s.imageId);
    if (it != m_imageNames.constEnd())
        return it.value().isEmpty() ? s.imageId : it.value();
    // Still shown, and marked, when Glance no longer has the image.
    if (m_missingImages.contains(s.imageId))
        return tr("(unknown image %1)").arg(s.imageId);
    return s.imageId;
}

QString ServerListModel::flavorText(const Server &s) const
{
    if (!s.flavor.name.isEmpty())
        return s.flavor.name;
    const auto it = m_flavorNames.constFind(s.flavor.id);
    if (it != m_flavorNames.constEnd())
        return it.value();
    if (!m_flavorNames.isEmpty() && !s.flavor.id.isEmpty())
        return tr("(deleted flavor %1)").arg(s.flavor.id);
    return s.flavor.id;
}

QString ServerListModel::projectText(const Server &s) const
{
    return m_projectNames.value(s.projectId, s.projectId);
}

const QString &ServerListModel::cell(int row, int column) const
{
    if (m_text.size() != m_rows.size())
        m_text.resize(m_rows.size());
    RowText &t = m_text[row];
    const quint32 bit = quint32(1) << column;
    QString &text = t.cells[column];
    if (t.valid & bit)
        return text;
    const Server &s = m_rows.at(row);
    switch (Column(column)) {
    case NameColumn: text = s.name; break;
    case ImageColumn: text = imageText(s); break;
    case IpColumn: text = s.ipAddresses().join(QStringLiteral(", ")); break;
    case FlavorColumn: text = flavorText(s); break;
    case KeyPairColumn: text = s.keyName; break;
    case StatusColumn: text = statusText(s.status); break;
    case ZoneColumn: text = s.availabilityZone; break;
    case TaskColumn: text = taskText(s.taskState); break;
    case PowerColumn: text = powerStateText(s.powerState); break;
    case AgeColumn: text = Core::formatAge(s.created, m_now); break;
    case ProjectColumn: text = projectText(s); break;
    case HostColumn: text = s.host; break;
    case IdColumn: text = s.id; break;
    case ColumnCount: break;
    }
    t.valid |= bit;
    return text;
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return cell(index.row(), column);
    case IdRole:
        return m_rows.at(index.row()).id;
    case StatusKindRole:
        if (column == StatusColumn || column == PowerColumn || column == TaskColumn)
            return int(statusKind(m_rows.at(index.row())));
        return {};
    case SortRole: {
        const Server &s = m_rows.at(index.row());
        if (column == AgeColumn)
            return -s.created.toMSecsSinceEpoch(); // youngest first, like the Age text
        return cell(index.row(), column);
    }
    case ExportRole: {
        const Server &s = m_rows.at(index.row());
        switch (column) {
        case ImageColumn:
            return s.bootsFromVolume() ? QString() : cell(index.row(), column);
        case IpColumn:
            return s.networksText();
        case StatusColumn:
            return s.status;
        case TaskColumn:
            return s.taskState;
        case PowerColumn:
            return Server::powerStateName(s.powerState);
        case AgeColumn:
            return s.created.toString(Qt::ISODate);
        case ProjectColumn:
            return s.projectId;
        default:
            return cell(index.row(), column);
        }
    }
    case Qt::ToolTipRole: {
        const Server &s = m_rows.at(index.row());
        if (column == IpColumn)
            return s.networksText();
        if (column == StatusColumn && !s.fault.message.isEmpty())
            return s.fault.message;
        if (column == AgeColumn)
            return QLocale().toString(s.created.toLocalTime(), QLocale::LongFormat);
        if (column == FlavorColumn && s.flavor.embedded)
            return tr("%1 vCPU, %2 RAM, %3 GB disk")
                .arg(s.flavor.vcpus)
                .arg(Core::formatMebibytes(s.flavor.ramMib))
                .arg(s.flavor.diskGb);
        if (column == NameColumn && s.locked)
            return tr("Locked");
        return cell(index.row(), column);
    }
    default:
        return {};
    }
}

QVariant ServerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == ColumnKeyRole)
        return QString::fromLatin1(kColumnKeys[section]);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case ImageColumn: return tr("Image Name");
    case IpColumn: return tr("IP Address");
    case FlavorColumn: return tr("Flavor");
    case KeyPairColumn: return tr("Key Pair");
    case StatusColumn: return tr("Status");
    case ZoneColumn: return tr("Availability Zone");
    case TaskColumn: return tr("Task");
    case PowerColumn: return tr("Power State");
    case AgeColumn: return tr("Age");
    case ProjectColumn: return tr("Project");
    case HostColumn: return tr("Host");
    case IdColumn: return tr("ID");
    default: return {};
    }
}

void ServerListModel::setImageNames(const QHash<QString, QString> &names, const QSet<QString> &missing)
{
    if (names.isEmpty() && missing.isEmpty())
        return; // Glance failed: the ids stay, and 10,000 rows need not be told nothing changed
    for (auto it = names.begin(); it != names.end(); ++it)
        m_imageNames.insert(it.key(), it.value());
    for (const QString &id : missing)
        m_missingImages.insert(id);
    refreshColumn(ImageColumn);
}

void ServerListModel::setFlavorNames(const QHash<QString, QString> &names)
{
    m_flavorNames = names;
    refreshColumn(FlavorColumn);
}

void ServerListModel::setProjectNames(const QHash<QString, QString> &names)
{
    m_projectNames = names;
    refreshColumn(ProjectColumn);
}

QStringList ServerListModel::unresolvedImageIds() const
{
    QSet<QString> ids;
    for (const Server &s : m_rows) {
        if (!s.imageId.isEmpty() && !m_imageNames.contains(s.imageId) && !m_missingImages.contains(s.imageId))
            ids.insert(s.imageId);
    }
    return QStringList(ids.begin(), ids.end());
}

QStringList ServerListModel::unresolvedFlavorIds() const
{
    QSet<QString> ids;
    for (const Server &s : m_rows) {
        if (s.flavor.name.isEmpty() && !s.flavor.id.isEmpty() && !m_flavorNames.contains(s.flavor.id))
            ids.insert(s.flavor.id);
    }
    return QStringList(ids.begin(), ids.end());
}

void ServerListModel::setNow(const QDateTime &now)
{
    m_now = now;
    refreshColumn(AgeColumn);
}

void ServerListModel::applyChanges(const QVector<Server> &changed)
{
    if (changed.isEmpty())
        return;
    QSet<QString> gone;
    QVector<Server> live;
    for (const Server &s : changed) {
        if (s.isDeleted())
            gone.insert(s.id);
        else
            live.append(s);
    }
    for (const QString &id : std::as_const(gone))
        removeServer(id);
    if (!live.isEmpty())
        upsert(live);
}

void ServerListModel::upsert(const QVector<Server> &servers)
{
    // One copy of each new server, taken straight into the table (the job keeps its own).
    QVector<int> added;
    for (int i = 0; i < servers.size(); ++i) {
        const Server &s = servers.at(i);
        const int row = m_index.value(s.id, -1);
        if (row < 0) {
            added.append(i);
        } else if (!(m_rows.at(row) == s)) {
            m_rows[row] = s;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.reserve(first + added.size());
    m_index.reserve(first + added.size());
    for (int i : std::as_const(added)) {
        m_index.insert(servers.at(i).id, int(m_rows.size()));
        m_rows.append(servers.at(i));
    }
    endInsertRows();
}

void ServerListModel::removeAllExcept(const QSet<QString> &keep)
{
    for (int row = int(m_rows.size()) - 1; row >= 0;) {
        if (keep.contains(m_rows.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !keep.contains(m_rows.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_rows.remove(first, row - first + 1);
        rebuildIndex();
        endRemoveRows();
        row = first - 1;
    }
}

void ServerListModel::removeServer(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.remove(row);
    rebuildIndex();
    endRemoveRows();
}

} // namespace Models
