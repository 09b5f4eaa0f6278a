// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/client/microversion.h"
#include "openstack/blockstorage/volume.h"
#include "openstack/blockstorage/volumesnapshot.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

namespace OpenStack {
class PagedJob;
class Session;
} // namespace OpenStack

namespace OpenStack::BlockStorage {

// The block-storage API range StackDeck speaks. Cinder caps a page at osapi_max_limit (1000 by
// default) and answers a `<key>_links` next link past it, which PagedJob follows.
inline constexpr Microversion kBlockStorageMin{3, 0};
inline constexpr Microversion kBlockStorageMax{3, 70};
inline constexpr Microversion kBackupProject{3, 18}; // backups name their project
inline constexpr Microversion kExtendInUse{3, 42};   // extend an attached volume
inline constexpr Microversion kTransfers{3, 55};     // /volume-transfers
inline constexpr Microversion kSnapshotInUse{3, 66}; // snapshot an attached volume without force

QString blockStorageService();

struct ListOptions
{
    bool allProjects = false; // all_tenants=1 (admins)
    int pageSize = 1000;
};

// GET of one Cinder detail collection, every page, each parsed as it arrives (parsePage) so the
// table fills progressively. A malformed page ends the walk with an error naming the item and the
// field. GUI thread; deletes itself after finished().
class BlockStorageListJob : public QObject
{
    Q_OBJECT
public:
    BlockStorageListJob(Session *session, QString path, QString itemsKey, ListOptions options, QObject *parent);
    ~BlockStorageListJob() override;

    void start();
    void abort();

    const Core::Error &error() const { return m_error; }
    Microversion microversion() const { return m_version; }
    int pages() const { return m_pages; }
    const QString &path() const { return m_path; }

signals:
    // The page just parsed is in the subclass's lastPage().
    void pageParsed(int items);
    void finished(OpenStack::BlockStorage::BlockStorageListJob *job);

protected:
    virtual Core::Error parsePage(const QJsonArray &page) = 0;

private:
    void onPage(const QJsonArray &page);
    void onPagedFinished();
    void finish(const Core::Error &error);

    Session *m_session;
    QString m_path;
    QString m_itemsKey;
    ListOptions m_options;
    QPointer<PagedJob> m_paged;
    Core::Error m_error;
    Microversion m_version;
    int m_pages = 0;
    bool m_finished = false;
};

template<typename T>
class BlockStorageList : public BlockStorageListJob
{
public:
    using BlockStorageListJob::BlockStorageListJob;
    const QVector<T> &items() const { return m_items; }
    const QVector<T> &lastPage() const { return m_last; }

protected:
    Core::Error parsePage(const QJsonArray &page) override
    {
        Core::Error e;
        m_last = T::listFromJson(page, &e);
        if (!e)
            m_items += m_last;
        return e;
    }

private:
    QVector<T> m_items;
    QVector<T> m_last;
};

// GET /volumes/detail.
class ListVolumesJob : public BlockStorageList<Volume>
{
public:
    ListVolumesJob(Session *session, ListOptions options, QObject *parent = nullptr);
};

// GET /snapshots/detail.
class ListSnapshotsJob : public BlockStorageList<VolumeSnapshot>
{
public:
    ListSnapshotsJob(Session *session, ListOptions options, QObject *parent = nullptr);
};

// GET /backups/detail.
class ListBackupsJob : public BlockStorageList<VolumeBackup>
{
public:
    ListBackupsJob(Session *session, ListOptions options, QObject *parent = nullptr);
};

} // namespace OpenStack::BlockStorage
