// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/compute/serverjobs.h"

#include "openstack/client/jsonfields.h"
#include "openstack/client/pagedjob.h"

#include <QCoreApplication>
#include <QTimer>

namespace OpenStack::Compute {

ListServersJob::ListServersJob(Session *session, ListServersOptions options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(std::move(options))
{
}

ListServersJob::~ListServersJob()
{
    if (m_paged)
        m_paged->abort();
}

void ListServersJob::start()
{
    auto *paged = new PagedJob(m_session, QStringLiteral("compute"), QStringLiteral("/servers/detail"),
                               QStringLiteral("servers"), this);
    QUrlQuery q;
    if (m_options.allProjects)
        q.addQueryItem(QStringLiteral("all_tenants"), QStringLiteral("1"));
    if (m_options.changesSince.isValid())
        q.addQueryItem(QStringLiteral("changes-since"),
                       m_options.changesSince.toUTC().toString(Qt::ISODate));
    paged->setQuery(q);
    paged->setPageSize(m_options.pageSize);
    paged->setMicroversionRange(kComputeMin, kComputeMax);
    m_paged = paged;
    connect(paged, &PagedJob::pageReceived, this, &ListServersJob::onPage);
    connect(paged, &PagedJob::finished, this, &ListServersJob::onPagedFinished);
    paged->start();
}

void ListServersJob::abort()
{
    if (m_paged)
        m_paged->abort();
    else
        finish(Core::Error::make(Core::Error::Kind::Cancelled, tr("cancelled")));
}

void ListServersJob::onPage(const QJsonArray &page)
{
    Core::Error e;
    QVector<Server> servers = Server::listFromJson(page, &e);
    if (e) {
        e.service = QStringLiteral("compute");
        e.context = QStringLiteral("GET /servers/detail");
        // Stop the walk: the paged job is still inside its own signal, so abort from the loop.
        if (m_paged) {
            disconnect(m_paged, nullptr, this, nullptr);
            QTimer::singleShot(0, m_paged, &PagedJob::abort);
            m_paged = nullptr;
        }
        finish(e);
        return;
    }
    ++m_pages;
    m_servers.append(servers);
    emit pageReady(servers);
}

void ListServersJob::onPagedFinished()
{
    if (!m_paged)
        return;
    m_version = m_paged->microversion();
    const Core::Error e = m_paged->error();
    m_paged = nullptr; // it deletes itself
    finish(e);
}

void ListServersJob::finish(const Core::Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished(this);
    deleteLater();
}

GetServerJob::GetServerJob(Session *session, const QString &serverId, QObject *parent)
    : RestJob(session, QStringLiteral("compute"), "GET", QStringLiteral("/servers/") + serverId, parent)
    , m_serverId(serverId)
{
    setMicroversionRange(kComputeMin, kComputeMax);
}

Core::Error GetServerJob::parse(const QJsonDocument &document)
{
    const QJsonValue v = document.object().value(QLatin1String("server"));
    if (!v.isObject())
        return Core::Error::make(Core::Error::Kind::BadResponse, tr("The response has no \"server\" object"));
    Core::Error e;
    m_server = Server::fromJson(v.toObject(), &e);
    return e;
}

QJsonObject LaunchSpec::toJson() const
{
    QJsonObject server;
    server.insert(QStringLiteral("name"), name);
    server.insert(QStringLiteral("flavorRef"), flavorId);
    if (!volumeId.isEmpty()) {
        QJsonObject bdm{{QStringLiteral("boot_index"), 0},
                        {QStringLiteral("uuid"), volumeId},
                        {QStringLiteral("source_type"), QStringLiteral("volume")},
                        {QStringLiteral("destination_type"), QStringLiteral("volume")},
                        {QStringLiteral("delete_on_termination"), false}};
        server.insert(QStringLiteral("block_device_mapping_v2"), QJsonArray{bdm});
    } else {
        server.insert(QStringLiteral("imageRef"), imageId);
    }
    if (networkIds.isEmpty()) {
        server.insert(QStringLiteral("networks"), QStringLiteral("none"));
    } else {
        QJsonArray nets;
        for (const QString &n : networkIds)
            nets.append(QJsonObject{{QStringLiteral("uuid"), n}});
        server.insert(QStringLiteral("networks"), nets);
    }
    if (!keyName.isEmpty())
        server.insert(QStringLiteral("key_name"), keyName);
    if (!securityGroups.isEmpty()) {
        QJsonArray groups;
        for (const QString &g : securityGroups)
            groups.append(QJsonObject{{QStringLiteral("name"), g}});
        server.insert(QStringLiteral("security_groups"), groups);
    }
    if (!availabilityZone.isEmpty())
        server.insert(QStringLiteral("availability_zone"), availabilityZone);
    if (!userData.isEmpty())
        server.insert(QStringLiteral("user_data"), QString::fromLatin1(userData.toBase64()));
    if (!description.isEmpty())
        server.insert(QStringLiteral("description"), description);
    if (count > 1) {
        server.insert(QStringLiteral("min_count"), count);
        server.insert(QStringLiteral("max_count"), count);
    }
    return QJsonObject{{QStringLiteral("server"), server}};
}

CreateServerJob::CreateServerJob(Session *session, LaunchSpec spec, QObject *parent)
    : RestJob(session, QStringLiteral("compute"), "POST", QStringLiteral("/servers"), parent)
    , m_spec(std::move(spec))
{
    setMicroversionRange(kComputeMin, kComputeMax);
    setJsonBody(m_spec.toJson());
}

Core::Error CreateServerJob::parse(const QJsonDocument &document)
{
    const QJsonObject server = document.object().value(QLatin1String("server")).toObject();
    m_serverId = server.value(QLatin1String("id")).toString();
    if (m_serverId.isEmpty())
        return Core::Error::make(Core::Error::Kind::BadResponse, tr("Nova accepted the launch but named no server"));
    return {};
}

} // namespace OpenStack::Compute
