// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/client/restjob.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace TestSupport {

// Starts `job` and waits (at most `timeoutMs`) for its finished signal, then hands it over: the
// caller reads its result and the unique_ptr deletes it. A job that has not finished by then is
// returned as it is, so the test's own checks of its result fail; a warning says it timed out.
// Header-only: the functional tests link the OpenStack client; the support library does not.
template<class Job>
std::unique_ptr<Job> runJob(Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &OpenStack::RestJob::finished);
    job->start();
    // A job may finish inside start() (an answer it already has): nothing left to wait for then.
    if (finished.isEmpty())
        finished.wait(timeoutMs);
    if (!job->isFinished())
        qWarning("the test gave up waiting for a job after %d ms", timeoutMs);
    return std::unique_ptr<Job>(job);
}

// Calls `start` with a callback taking a Core::Error and waits (at most `timeoutMs`) until it is
// called; returns what it was called with, or a timeout error naming `what` when it never was.
// `start` must pass the callback to something that calls it on this (the GUI) thread.
template<class Start>
Core::Error waitForCallback(Start start, int timeoutMs, const QString &what)
{
    Core::Error out;
    bool done = false;
    start([&out, &done](const Core::Error &e) {
        out = e;
        done = true;
    });
    if (!QTest::qWaitFor([&done]() { return done; }, timeoutMs))
        out = Core::Error::make(Core::Error::Kind::Timeout,
                                QStringLiteral("the test gave up waiting after %1 ms").arg(timeoutMs), what);
    return out;
}

} // namespace TestSupport
