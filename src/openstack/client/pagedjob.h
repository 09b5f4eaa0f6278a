// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/client/microversion.h"

#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QUrlQuery>

namespace OpenStack {

class RestJob;
class Session;

// Fetches every page of a list resource: Nova, Cinder and Neutron page with `limit`/`marker` and
// answer a `<key>_links` entry with rel "next"; Glance answers a top-level "next". Each page is
// handed out as it arrives (pageReceived) so views fill progressively; finished() comes once.
// A repeating next link or marker ends the walk with an error rather than looping.
class PagedJob : public QObject
{
    Q_OBJECT
public:
    PagedJob(Session *session, QString serviceType, QString path, QString itemsKey, QObject *parent = nullptr);

    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setPageSize(int size) { m_pageSize = size; }
    void setMicroversionRange(Microversion min, Microversion max);
    void setMaxPages(int pages) { m_maxPages = pages; }

    void start();
    void abort();

    const Core::Error &error() const { return m_error; }
    const QJsonArray &items() const { return m_items; }
    int pages() const { return m_pageCount; }
    Microversion microversion() const { return m_version; }

signals:
    void pageReceived(const QJsonArray &page);
    void finished(OpenStack::PagedJob *job);

private:
    void fetch(const QUrl &absolute);
    void onPage(RestJob *job);
    void finish(const Core::Error &error);

    Session *m_session;
    QString m_serviceType;
    QString m_path;
    QString m_itemsKey;
    QUrlQuery m_query;
    int m_pageSize = 1000;
    int m_maxPages = 10000;
    Microversion m_min;
    Microversion m_max;
    Microversion m_version;
    QJsonArray m_items;
    QSet<QString> m_seenLinks;
    int m_pageCount = 0;
    RestJob *m_current = nullptr;
    Core::Error m_error;
    bool m_finished = false;
};

} // namespace OpenStack
