// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/image/imagejobs.h"

#include "openstack/client/pagedjob.h"

#include <QTimer>
#include <QUrlQuery>

namespace OpenStack::Image {

ListImagesJob::ListImagesJob(Session *session, QStringList ids, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_ids(std::move(ids))
{
    m_ids.removeAll(QString());
    m_ids.removeDuplicates();
}

ListImagesJob *ListImagesJob::allVisible(Session *session, QObject *parent)
{
    auto *job = new ListImagesJob(session, {}, parent);
    job->m_allVisible = true;
    return job;
}

void ListImagesJob::start()
{
    if (m_allVisible) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("visibility"), QStringLiteral("all"));
        launch(q, kLargePage);
        return;
    }
    if (m_ids.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("status"), QStringLiteral("active"));
        q.addQueryItem(QStringLiteral("sort"), QStringLiteral("name:asc"));
        launch(q);
        return;
    }
    for (int i = 0; i < m_ids.size(); i += kBatch) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("id"), QStringLiteral("in:") + m_ids.mid(i, kBatch).join(QLatin1Char(',')));
        // Admins see every project's images only when asked; others get what they may see anyway.
        q.addQueryItem(QStringLiteral("visibility"), QStringLiteral("all"));
        launch(q);
    }
}

void ListImagesJob::launch(const QUrlQuery &query, int pageSize)
{
    auto *paged = new PagedJob(m_session, QStringLiteral("image"), QStringLiteral("/v2/images"),
                               QStringLiteral("images"), this);
    paged->setQuery(query);
    paged->setPageSize(pageSize);
    connect(paged, &PagedJob::pageReceived, this, &ListImagesJob::onPage);
    connect(paged, &PagedJob::finished, this, &ListImagesJob::onFinished);
    ++m_started;
    ++m_pending;
    paged->start();
}

void ListImagesJob::onPage(const QJsonArray &page)
{
    for (const QJsonValue &v : page) {
        Core::Error e;
        Image image = Image::fromJson(v.toObject(), &e);
        if (e) {
            if (!m_error)
                m_error = e;
            continue;
        }
        m_images.append(std::move(image));
    }
}

void ListImagesJob::onFinished(OpenStack::PagedJob *job)
{
    if (job->error() && !m_error)
        m_error = job->error();
    if (--m_pending > 0 || m_finished)
        return;
    m_finished = true;
    emit finished(this);
    deleteLater();
}

} // namespace OpenStack::Image
