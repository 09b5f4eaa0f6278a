// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Volumes functional tests share: run a job to its end (bounded), ask the local cloud's
// Ceph with `rbd`, wait for a volume to reach a status, and make sure whatever a test created goes
// away again even when the test failed half-way. They log in with TestSupport::localCloudSession.
#include "openstack/blockstorage/listjobs.h"
#include "openstack/blockstorage/resourcejobs.h"
#include "openstack/blockstorage/volumejobs.h"
#include "localcloudsession.h"
#include "testcloud.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace VolumesTest {

// Runs `job` to its end (at most two minutes) and hands it over.
template<typename Job>
std::unique_ptr<Job> run(Job *job)
{
    return TestSupport::runJob(job, 120000);
}

// `rbd ARGS` on the local cloud's Ceph as client.admin (its ceph.conf and keyring).
inline TestSupport::TestCloud::Run rbd(const TestSupport::TestCloud &cloud, const QStringList &args)
{
    const QString ceph = cloud.stateDir + QStringLiteral("/ceph/");
    return cloud.run(QStringLiteral("rbd"), QStringList{QStringLiteral("-c"), ceph + QStringLiteral("ceph.conf"),
                                                        QStringLiteral("--keyring"), ceph + QStringLiteral("ceph.client.admin.keyring")}
                                                + args);
}

// The lines `rbd ARGS` printed.
inline QStringList rbdLines(const TestSupport::TestCloud &cloud, const QStringList &args)
{
    return QString::fromUtf8(rbd(cloud, args).out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Cinder's view of one volume now (status empty when it is gone or unreadable).
inline OpenStack::BlockStorage::Volume volume(OpenStack::Session *session, const QString &id, int *httpStatus = nullptr)
{
    auto get = run(new OpenStack::BlockStorage::GetVolumeJob(session, id));
    if (httpStatus)
        *httpStatus = get->httpStatus();
    return get->error() ? OpenStack::BlockStorage::Volume{} : get->volume();
}

// Polls Cinder (every second, bounded) until the volume is in `status`; an error state ends early.
inline bool waitForVolume(OpenStack::Session *session, const QString &id, const QString &status, QString *last,
                          int timeoutMs = 120000)
{
    return QTest::qWaitFor([&]() {
        *last = volume(session, id).status;
        if (*last == status || last->startsWith(QLatin1String("error")))
            return true;
        QTest::qWait(1000);
        return false;
    }, timeoutMs) && *last == status;
}

// Deletes a volume whatever state a failed test left it in (detached first); waits until it is gone.
inline void removeVolume(OpenStack::Session *session, const QString &id)
{
    if (id.isEmpty())
        return;
    const OpenStack::BlockStorage::Volume v = volume(session, id);
    for (const auto &a : v.attachments)
        run(new OpenStack::BlockStorage::DetachVolumeJob(session, a.serverId, id));
    (void)QTest::qWaitFor([&]() {
        auto del = run(new OpenStack::BlockStorage::DeleteBlockStorageJob(session, QStringLiteral("volumes"), id));
        if (!del->error() || del->httpStatus() == 404)
            return true;
        QTest::qWait(2000);
        return false;
    }, 120000);
    int http = 0;
    (void)QTest::qWaitFor([&]() {
        (void)volume(session, id, &http);
        if (http == 404)
            return true;
        QTest::qWait(1000);
        return false;
    }, 120000);
}

} // namespace VolumesTest
