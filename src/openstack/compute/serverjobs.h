// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/restjob.h"
#include "openstack/compute/server.h"
#include "openstack/compute/serverpageparser.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>

namespace OpenStack::Compute {

// The compute API range StackDeck speaks. 2.47 embeds the flavor in a server (no lookup per
// flavor); 2.66 adds changes-before next to changes-since; 2.90 is the newest whose meaning we rely on.
inline constexpr Microversion kComputeMin{2, 1};
inline constexpr Microversion kComputeMax{2, 90};
inline constexpr Microversion kEmbeddedFlavor{2, 47};
inline constexpr Microversion kChangesBefore{2, 66};

struct ListServersOptions
{
    bool allProjects = false; // all_tenants=1 (admins)
    QDateTime changesSince;   // when valid: only servers changed since then, deleted ones included
    int pageSize = 1000;      // Nova's default max_limit; it answers a next link past it
};

// GET /servers/detail, every page (limit/marker: the next page starts after the last id while Nova
// answers a "next" link), each parsed as it arrives so the table fills progressively. Pages are
// scanned from the reply bytes by ServerPageParser rather than through PagedJob's QJsonDocument:
// this list is the one that reaches 10,000 rows. A malformed page ends the walk with an error
// naming the server and field. Lives on the GUI thread; deletes itself after finished().
class ListServersJob : public QObject
{
    Q_OBJECT
public:
    ListServersJob(Session *session, ListServersOptions options, QObject *parent = nullptr);
    ~ListServersJob() override;

    void start();
    void abort();

    const ListServersOptions &options() const { return m_options; }
    const Core::Error &error() const { return m_error; }
    const QVector<Server> &servers() const { return m_servers; }
    Microversion microversion() const { return m_version; }
    int pages() const { return m_pages; }

signals:
    void pageReady(const QVector<OpenStack::Compute::Server> &page);
    void finished(OpenStack::Compute::ListServersJob *job);

private:
    void fetch(const QString &marker);
    void onPage(RestJob *job);
    void finish(const Core::Error &error);

    Session *m_session;
    ListServersOptions m_options;
    ServerPageParser m_parser;
    QPointer<RestJob> m_current;
    QSet<QString> m_markers;
    QVector<Server> m_servers;
    Core::Error m_error;
    Microversion m_version;
    int m_pages = 0;
    bool m_finished = false;
};

// GET /servers/{id}: one server, for polling a row in transition. A 404 means it is gone.
class GetServerJob : public RestJob
{
    Q_OBJECT
public:
    GetServerJob(Session *session, const QString &serverId, QObject *parent = nullptr);
    const QString &serverId() const { return m_serverId; }
    const Server &server() const { return m_server; }
    bool isGone() const { return error() && httpStatus() == 404; }

protected:
    Core::Error parse(const QJsonDocument &document) override;

private:
    QString m_serverId;
    Server m_server;
};

// What to launch (POST /servers). `count` > 1 asks Nova for that many (min_count = max_count).
struct LaunchSpec
{
    QString name;
    int count = 1;
    QString imageId;       // boot from this image…
    QString volumeId;      // …or from this existing bootable volume
    QString flavorId;
    QStringList networkIds; // empty: no network ("none")
    QString keyName;
    QStringList securityGroups; // names
    QString availabilityZone;
    QByteArray userData; // plain; encoded as base64 on the wire
    QString description;

    QJsonObject toJson() const;
};

class CreateServerJob : public RestJob
{
    Q_OBJECT
public:
    CreateServerJob(Session *session, LaunchSpec spec, QObject *parent = nullptr);
    const LaunchSpec &spec() const { return m_spec; }
    // The new server's id (the first one when several were asked for).
    const QString &serverId() const { return m_serverId; }

protected:
    Core::Error parse(const QJsonDocument &document) override;
    bool expectsJson() const override { return true; }

private:
    LaunchSpec m_spec;
    QString m_serverId;
};

} // namespace OpenStack::Compute
