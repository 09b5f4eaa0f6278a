// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/blockstorage/listjobs.h"

#include "openstack/client/pagedjob.h"

#include <QTimer>

namespace OpenStack::BlockStorage {

QString blockStorageService()
{
    return QStringLiteral("block-storage");
}

BlockStorageListJob::BlockStorageListJob(Session *session, QString path, QString itemsKey, ListOptions options,
                                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_path(std::move(path))
    , m_itemsKey(std::move(itemsKey))
    , m_options(options)
{
}

BlockStorageListJob::~BlockStorageListJob()
{
    if (m_paged)
        m_paged->abort();
}

void BlockStorageListJob::start()
{
    auto *paged = new PagedJob(m_session, blockStorageService(), m_path, m_itemsKey, this);
    QUrlQuery q;
    if (m_options.allProjects)
        q.addQueryItem(QStringLiteral("all_tenants"), QStringLiteral("1"));
    paged->setQuery(q);
    paged->setPageSize(m_options.pageSize);
    paged->setMicroversionRange(kBlockStorageMin, kBlockStorageMax);
    m_paged = paged;
    connect(paged, &PagedJob::pageReceived, this, &BlockStorageListJob::onPage);
    connect(paged, &PagedJob::finished, this, &BlockStorageListJob::onPagedFinished);
    paged->start();
}

void BlockStorageListJob::abort()
{
    if (m_paged)
        m_paged->abort();
    else
        finish(Core::Error::make(Core::Error::Kind::Cancelled, tr("cancelled")));
}

void BlockStorageListJob::onPage(const QJsonArray &page)
{
    Core::Error e = parsePage(page);
    if (e) {
        e.service = blockStorageService();
        e.context = QStringLiteral("GET ") + m_path;
        // The paged job is still inside its own signal: stop it from the event loop.
        if (m_paged) {
            disconnect(m_paged, nullptr, this, nullptr);
            QTimer::singleShot(0, m_paged, &PagedJob::abort);
            m_paged = nullptr;
        }
        finish(e);
        return;
    }
    ++m_pages;
    emit pageParsed(int(page.size()));
}

void BlockStorageListJob::onPagedFinished()
{
    if (!m_paged)
        return;
    m_version = m_paged->microversion();
    const Core::Error e = m_paged->error();
    m_paged = nullptr; // it deletes itself
    finish(e);
}

void BlockStorageListJob::finish(const Core::Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished(this);
    deleteLater();
}

ListVolumesJob::ListVolumesJob(Session *session, ListOptions options, QObject *parent)
    : BlockStorageList(session, QStringLiteral("/volumes/detail"), QStringLiteral("volumes"), options, parent)
{
}

ListSnapshotsJob::ListSnapshotsJob(Session *session, ListOptions options, QObject *parent)
    : BlockStorageList(session, QStringLiteral("/snapshots/detail"), QStringLiteral("snapshots"), options, parent)
{
}

ListBackupsJob::ListBackupsJob(Session *session, ListOptions options, QObject *parent)
    : BlockStorageList(session, QStringLiteral("/backups/detail"), QStringLiteral("backups"), options, parent)
{
}

} // namespace OpenStack::BlockStorage
