// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/image/image.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

namespace OpenStack {
class PagedJob;
class Session;
} // namespace OpenStack

namespace OpenStack::Image {

// GET /v2/images, every page. With ids, only those images, asked in batches with Glance's
// `id=in:a,b,c` filter (one request per kBatch ids, all in flight together): how the Instances
// tab names the images of thousands of servers without one call per image. Without ids: the
// active images (for the launch wizard). allVisible(): every image the user may see, whatever its
// status, asked before any id is known. Deletes itself after finished().
class ListImagesJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatch = 100;

    static constexpr int kLargePage = 1000; // Glance's default api_limit_max

    ListImagesJob(Session *session, QStringList ids = {}, QObject *parent = nullptr);
    // Every image visible to the user (an admin: every project's), any status, in large pages: an
    // export starts it alongside the server list instead of waiting for the list's image ids.
    static ListImagesJob *allVisible(Session *session, QObject *parent = nullptr);

    void start();
    const Core::Error &error() const { return m_error; }
    const QVector<Image> &images() const { return m_images; }
    int requests() const { return m_started; }

signals:
    void finished(OpenStack::Image::ListImagesJob *job);

private:
    void launch(const QUrlQuery &query, int pageSize = kBatch);
    void onPage(const QJsonArray &page);
    void onFinished(OpenStack::PagedJob *job);

    Session *m_session;
    QStringList m_ids;
    QVector<Image> m_images;
    Core::Error m_error;
    int m_started = 0;
    int m_pending = 0;
    bool m_finished = false;
    bool m_allVisible = false;
};

} // namespace OpenStack::Image
