// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/compute/serverjobs.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>
#include <QTimer>

namespace OpenStack::Compute {

namespace {
// One page of GET /servers/detail. No QJsonDocument is built: the parser reads body() directly.
class ServerPageJob : public RestJob
{
public:
    ServerPageJob(Session *session, ServerPageParser *parser, QObject *parent)
        : RestJob(session, QStringLiteral("compute"), "GET", QStringLiteral("/servers/detail"), parent)
        , m_parser(parser)
    {
        setMicroversionRange(kComputeMin, kComputeMax);
    }
    ServerPageParser::Page page;

protected:
    bool wantsDocument() const override { return false; }
    Core::Error parse(const QJsonDocument &) override
    {
        Core::Error e;
        page = m_parser->parse(body(), &e);
        return e;
    }

private:
    ServerPageParser *m_parser;
};
} // namespace

ListServersJob::ListServersJob(Session *session, ListServersOptions options, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_options(std::move(options))
{
}

ListServersJob::~ListServersJob()
{
    if (m_current) {
        disconnect(m_current, nullptr, this, nullptr);
        m_current->abort();
    }
}

void ListServersJob::start()
{
    fetch(QString());
}

void ListServersJob::fetch(const QString &marker)
{
    auto *job = new ServerPageJob(m_session, &m_parser, this);
    QUrlQuery q;
    if (m_options.allProjects)
        q.addQueryItem(QStringLiteral("all_tenants"), QStringLiteral("1"));
    if (m_options.changesSince.isValid())
        q.addQueryItem(QStringLiteral("changes-since"), m_options.changesSince.toUTC().toString(Qt::ISODate));
    if (m_options.pageSize > 0)
        q.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    if (!marker.isEmpty())
        q.addQueryItem(QStringLiteral("marker"), marker);
    job->setQuery(q);
    m_current = job;
    connect(job, &RestJob::finished, this, &ListServersJob::onPage);
    job->start();
}

void ListServersJob::abort()
{
    if (m_current)
        m_current->abort(); // finishes the page job at once, and this with it
    else
        finish(Core::Error::make(Core::Error::Kind::Cancelled, tr("cancelled")));
}

void ListServersJob::onPage(RestJob *job)
{
    m_current = nullptr;
    if (job->error()) {
        finish(job->error());
        return;
    }
    m_version = job->microversion();
    auto *pageJob = static_cast<ServerPageJob *>(job);
    QVector<Server> servers = std::move(pageJob->page.servers);
    const bool more = pageJob->page.hasNext && !servers.isEmpty();
    const QString marker = more ? servers.constLast().id : QString();
    ++m_pages;
    emit pageReady(servers);
    m_servers.append(std::move(servers));
    if (m_finished) // aborted by a receiver of pageReady
        return;
    if (!more) {
        finish({});
        return;
    }
    if (m_markers.contains(marker) || m_pages >= 10000) {
        finish(Core::Error::make(Core::Error::Kind::BadResponse,
                                 QCoreApplication::translate("OpenStack::PagedJob",
                                                             "the service keeps returning the same next page"),
                                 job->describe()));
        return;
    }
    m_markers.insert(marker);
    fetch(marker);
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
