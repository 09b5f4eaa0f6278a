// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/pagedjob.h"

#include "openstack/client/jsonfields.h"
#include "openstack/client/restjob.h"
#include "openstack/client/session.h"

#include <QCoreApplication>

namespace OpenStack {

PagedJob::PagedJob(Session *session, QString serviceType, QString path, QString itemsKey, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_serviceType(std::move(serviceType))
    , m_path(std::move(path))
    , m_itemsKey(std::move(itemsKey))
{
}

void PagedJob::setMicroversionRange(Microversion min, Microversion max)
{
    m_min = min;
    m_max = max;
}

void PagedJob::start()
{
    fetch({});
}

void PagedJob::abort()
{
    if (m_current)
        m_current->abort();
}

void PagedJob::fetch(const QUrl &absolute)
{
    auto *job = new RestJob(m_session, m_serviceType, "GET", m_path, this);
    if (absolute.isValid() && !absolute.isEmpty()) {
        job->setAbsoluteUrl(absolute);
    } else {
        QUrlQuery q = m_query;
        if (m_pageSize > 0 && !q.hasQueryItem(QStringLiteral("limit")))
            q.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        job->setQuery(q);
    }
    if (m_max.isValid())
        job->setMicroversionRange(m_min, m_max);
    m_current = job;
    connect(job, &RestJob::finished, this, &PagedJob::onPage);
    job->start();
}

void PagedJob::onPage(RestJob *job)
{
    m_current = nullptr;
    if (job->error()) {
        finish(job->error());
        return;
    }
    m_version = job->microversion();
    const QJsonObject root = job->json();
    Core::Error e;
    const QJsonArray page = requiredArray(root, m_itemsKey.toLatin1().constData(), &e);
    if (e) {
        e.service = m_serviceType;
        e.context = job->describe();
        finish(e);
        return;
    }
    ++m_pageCount;
    for (const QJsonValue &v : page)
        m_items.append(v);
    emit pageReceived(page);

    QString next;
    const QJsonArray links = root.value(m_itemsKey + QStringLiteral("_links")).toArray();
    for (const QJsonValue &l : links) {
        const QJsonObject lo = l.toObject();
        if (lo.value(QLatin1String("rel")).toString() == QLatin1String("next"))
            next = lo.value(QLatin1String("href")).toString();
    }
    if (next.isEmpty())
        next = root.value(QLatin1String("next")).toString(); // Glance: a path relative to the host
    if (next.isEmpty() || page.isEmpty()) {
        finish({});
        return;
    }
    QUrl nextUrl(next);
    if (nextUrl.isRelative()) {
        Core::Error ee;
        QUrl ep = m_session->endpoint(m_serviceType, &ee);
        ep.setPath(QString());
        ep.setQuery(QString());
        nextUrl = ep.resolved(nextUrl);
    }
    // Services behind a proxy sometimes put their internal host in links: keep our own.
    Core::Error ee;
    const QUrl ep = m_session->endpoint(m_serviceType, &ee);
    if (!ee) {
        nextUrl.setScheme(ep.scheme());
        nextUrl.setHost(ep.host());
        nextUrl.setPort(ep.port());
    }
    if (m_seenLinks.contains(nextUrl.toString()) || m_pageCount >= m_maxPages) {
        finish(Core::Error::make(Core::Error::Kind::BadResponse,
                                 QCoreApplication::translate("OpenStack::PagedJob",
                                                             "the service keeps returning the same next page"),
                                 job->describe()));
        return;
    }
    m_seenLinks.insert(nextUrl.toString());
    fetch(nextUrl);
}

void PagedJob::finish(const Core::Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished(this);
    deleteLater();
}

} // namespace OpenStack
