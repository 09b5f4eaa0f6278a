// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Volumes functional tests share: log in to one of the local cloud's clouds, run a job to
// its end (bounded), wait for a volume or backup to reach a status, and make sure whatever a test
// created goes away again even when the test failed half-way.
#include "openstack/blockstorage/listjobs.h"
#include "openstack/blockstorage/resourcejobs.h"
#include "openstack/blockstorage/volumejobs.h"
#include "openstack/client/cloudconfig.h"
#include "openstack/client/session.h"
#include "testcloud.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace VolumesTest {

inline std::unique_ptr<OpenStack::Session> login(const TestSupport::TestCloud &cloud, QNetworkAccessManager *network,
                                                 const QString &name, QObject *context)
{
    OpenStack::CloudConfigLoader::Options o;
    o.environment = QProcessEnvironment();
    o.environment.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), cloud.cloudsYaml);
    o.currentDir = cloud.stateDir;
    OpenStack::CloudConfigLoader loader(o);
    if (loader.load())
        return {};
    Core::Error e;
    auto config = loader.cloud(name, &e);
    if (!config)
        return {};
    auto session = std::make_unique<OpenStack::Session>(network, *config);
    bool done = false;
    Core::Error authError;
    session->authenticate(context, [&](const Core::Error &ae) {
        authError = ae;
        done = true;
    });
    (void)QTest::qWaitFor([&]() { return done; }, 30000);
    if (!done || authError)
        return {};
    return session;
}

// Runs `job` to its end (at most two minutes) and hands it over.
template<typename Job>
std::unique_ptr<Job> run(Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &OpenStack::RestJob::finished);
    job->start();
    if (finished.isEmpty())
        finished.wait(120000);
    return std::unique_ptr<Job>(job);
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
