// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/client/pagedjob.h"
#include "openstack/network/floatingip.h"
#include "openstack/network/instancesummary.h"
#include "openstack/network/network.h"
#include "openstack/network/port.h"
#include "openstack/network/router.h"
#include "openstack/network/securitygroup.h"
#include "openstack/network/subnet.h"

#include <QUrlQuery>
#include <functional>

namespace OpenStack::Network {

template<typename T>
using ListCallback = std::function<void(QVector<T> items, const Core::Error &error)>;

// Fetches every page of a list (PagedJob: limit/marker and *_links) and parses every item with
// T::fromJson. One malformed item fails the whole list with that item's error: an operator must
// never take a half-parsed list for the truth. `done` runs on `context`'s thread, once, and not at
// all when `context` is gone. The PagedJob deletes itself; the returned pointer may be aborted.
template<typename T>
PagedJob *listAll(Session *session, const QString &service, const QString &path, const QString &key,
                  const QUrlQuery &query, QObject *context, ListCallback<T> done)
{
    auto *job = new PagedJob(session, service, path, key);
    job->setQuery(query);
    QObject::connect(job, &PagedJob::finished, context, [done, service](PagedJob *finished) {
        if (finished->error()) {
            done({}, finished->error());
            return;
        }
        QVector<T> out;
        out.reserve(finished->items().size());
        for (const QJsonValue &v : finished->items()) {
            Core::Error e;
            T item = T::fromJson(v.toObject(), &e);
            if (e) {
                e.service = service;
                done({}, e);
                return;
            }
            out.append(std::move(item));
        }
        done(std::move(out), {});
    });
    job->start();
    return job;
}

// Neutron collections, all under /v2.0. An admin's token sees every project's resources; pass
// project_id in `query` to narrow to one.
PagedJob *listSecurityGroups(Session *session, const QUrlQuery &query, QObject *context,
                             ListCallback<SecurityGroup> done);
PagedJob *listSecurityGroupRules(Session *session, const QUrlQuery &query, QObject *context,
                                 ListCallback<SecurityGroupRule> done);
PagedJob *listNetworks(Session *session, const QUrlQuery &query, QObject *context, ListCallback<Network> done);
PagedJob *listSubnets(Session *session, const QUrlQuery &query, QObject *context, ListCallback<Subnet> done);
PagedJob *listRouters(Session *session, const QUrlQuery &query, QObject *context, ListCallback<Router> done);
PagedJob *listPorts(Session *session, const QUrlQuery &query, QObject *context, ListCallback<Port> done);
PagedJob *listFloatingIps(Session *session, const QUrlQuery &query, QObject *context, ListCallback<FloatingIp> done);
// Nova GET /servers/detail, reduced to InstanceSummary; `allProjects` adds all_tenants=1 (admin).
PagedJob *listInstanceSummaries(Session *session, bool allProjects, QObject *context,
                                ListCallback<InstanceSummary> done);

} // namespace OpenStack::Network
