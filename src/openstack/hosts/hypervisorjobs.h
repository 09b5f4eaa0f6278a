// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/restjob.h"
#include "openstack/compute/server.h"
#include "openstack/hosts/hypervisor.h"

#include <QPointer>

namespace OpenStack {
class PagedJob;
}

namespace OpenStack::Hosts {

// GET /os-hypervisors/detail?with_servers=true: every hypervisor with the instances on it.
// Nova pages hypervisors from 2.33; the hosts of a cloud fit in one page of 1000 here and a
// next link is followed.
class ListHypervisorsJob : public RestJob
{
    Q_OBJECT
public:
    explicit ListHypervisorsJob(Session *session, QObject *parent = nullptr);
    const QVector<Hypervisor> &hypervisors() const { return m_hypervisors; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QVector<Hypervisor> m_hypervisors;
};

// GET /os-services?binary=nova-compute.
class ListComputeServicesJob : public RestJob
{
    Q_OBJECT
public:
    explicit ListComputeServicesJob(Session *session, QObject *parent = nullptr);
    const QVector<ComputeService> &services() const { return m_services; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QVector<ComputeService> m_services;
};

// PUT /os-services/{id} (2.53+): enable, or disable with a reason.
class SetServiceEnabledJob : public RestJob
{
    Q_OBJECT
public:
    SetServiceEnabledJob(Session *session, const QString &serviceId, bool enabled, const QString &reason = {},
                         QObject *parent = nullptr);
    const ComputeService &service() const { return m_service; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    ComputeService m_service;
};

// GET /servers/detail?all_tenants=1&host=HOST, every page: the instances Nova places on one
// compute host (admins only: the host filter is ignored for others, so the job refuses to
// start without the admin role rather than show every server as if it were on the host).
class ListHostServersJob : public QObject
{
    Q_OBJECT
public:
    ListHostServersJob(Session *session, QString host, QObject *parent = nullptr);
    void start();
    const QString &host() const { return m_host; }
    const QVector<Compute::Server> &servers() const { return m_servers; }
    const Core::Error &error() const { return m_error; }

signals:
    void finished(OpenStack::Hosts::ListHostServersJob *job);

private:
    void finish(const Core::Error &error);

    QPointer<Session> m_session;
    QString m_host;
    QVector<Compute::Server> m_servers;
    Core::Error m_error;
};

} // namespace OpenStack::Hosts
