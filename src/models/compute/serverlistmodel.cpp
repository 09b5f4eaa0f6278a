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
    connect(this, &QAbstractItemModel::rowsInserted, this, &ServerListModel::invalidateAll);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ServerListModel::invalidateAll);
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
        m_text[r].valid = false;
}

void ServerListModel::refreshColumn(int column)
{
    if (m_rows.isEmpty())
        return;
    for (RowText &t : m_text)
        t.valid = false;
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

const ServerListModel::RowText &ServerListModel::rowText(int row) const
{
    if (m_text.size() != m_rows.size())
        m_text.resize(m_rows.size());
    RowText &t = m_text[row];
    if (t.valid)
        return t;
    const Server &s = m_rows.at(row);
    t.cells[NameColumn] = s.name;
    t.cells[ImageColumn] = imageText(s);
    t.cells[IpColumn] = s.ipAddresses().join(QStringLiteral(", "));
    t.cells[FlavorColumn] = flavorText(s);
    t.cells[KeyPairColumn] = s.keyName;
    t.cells[StatusColumn] = statusText(s.status);
    t.cells[ZoneColumn] = s.availabilityZone;
    t.cells[TaskColumn] = taskText(s.taskState);
    t.cells[PowerColumn] = powerStateText(s.powerState);
    t.cells[AgeColumn] = Core::formatAge(s.created, m_now);
    t.cells[ProjectColumn] = projectText(s);
    t.cells[HostColumn] = s.host;
    t.cells[IdColumn] = s.id;
    t.valid = true;
    return t;
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return rowText(index.row()).cells[column];
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
        return rowText(index.row()).cells[column];
    }
    case ExportRole: {
        const Server &s = m_rows.at(index.row());
        switch (column) {
        case ImageColumn:
            return s.bootsFromVolume() ? QString() : rowText(index.row()).cells[column];
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
            return rowText(index.row()).cells[column];
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
        return rowText(index.row()).cells[column];
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
        upsert(std::move(live));
}

void ServerListModel::upsert(QVector<Server> servers)
{
    QVector<Server> added;
    for (Server &s : servers) {
        const int row = m_index.value(s.id, -1);
        if (row < 0) {
            added.append(std::move(s));
        } else if (!(m_rows.at(row) == s)) {
            m_rows[row] = std::move(s);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (added.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_rows.reserve(first + added.size());
    for (Server &s : added) {
        m_index.insert(s.id, int(m_rows.size()));
        m_rows.append(std::move(s));
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
