// SPDX-License-Identifier: GPL-3.0-or-later
#include "reconcile/liveinputs.h"

#include "openstack/client/jsonfields.h"
#include "openstack/client/pagedjob.h"
#include "openstack/client/session.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Reconcile {

namespace {
const QString kVolumes = QStringLiteral("block-storage");
const QString kImages = QStringLiteral("image");
const QString kServers = QStringLiteral("compute");
} // namespace

LiveInputsLoader::LiveInputsLoader(OpenStack::Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

CinderVolume LiveInputsLoader::volumeFromJson(const QJsonObject &o, Core::Error *error)
{
    OpenStack::FieldReader r(o, QStringLiteral("volume"));
    CinderVolume v;
    v.id = r.requiredString("id");
    v.status = r.requiredString("status");
    v.name = r.string("name");
    v.sizeGiB = r.integer("size");
    v.projectId = r.string("os-vol-tenant-attr:tenant_id");
    const QJsonArray attachments = r.array("attachments");
    for (const QJsonValue &a : attachments) {
        const QJsonObject ao = a.toObject();
        v.attachments.append({ao.value(QLatin1String("server_id")).toString(), ao.value(QLatin1String("device")).toString()});
    }
    if (!r.ok())
        *error = r.error();
    return v;
}

GlanceImage LiveInputsLoader::imageFromJson(const QJsonObject &o, Core::Error *error)
{
    OpenStack::FieldReader r(o, QStringLiteral("image"));
    GlanceImage g;
    g.id = r.requiredString("id");
    g.status = r.requiredString("status");
    g.name = r.string("name");
    g.directUrl = r.string("direct_url");
    if (!r.ok())
        *error = r.error();
    return g;
}

NovaServer LiveInputsLoader::serverFromJson(const QJsonObject &o, Core::Error *error)
{
    OpenStack::FieldReader r(o, QStringLiteral("server"));
    NovaServer s;
    s.id = r.requiredString("id");
    s.status = r.requiredString("status");
    s.name = r.string("name");
    s.host = r.string("OS-EXT-SRV-ATTR:host");
    s.instanceName = r.string("OS-EXT-SRV-ATTR:instance_name");
    // "image" is an object for image-booted servers and "" for boot-from-volume.
    s.imageId = o.value(QLatin1String("image")).toObject().value(QLatin1String("id")).toString();
    if (!r.ok())
        *error = r.error();
    return s;
}

void LiveInputsLoader::start()
{
    if (!m_session || m_pending > 0)
        return;
    m_inputs = {};
    m_errors.clear();
    QUrlQuery all;
    all.addQueryItem(QStringLiteral("all_tenants"), QStringLiteral("1"));
    auto *volumes = new OpenStack::PagedJob(m_session, kVolumes, QStringLiteral("/volumes/detail"), QStringLiteral("volumes"), this);
    volumes->setQuery(all);
    auto *images = new OpenStack::PagedJob(m_session, kImages, QStringLiteral("/v2/images"), QStringLiteral("images"), this);
    auto *servers = new OpenStack::PagedJob(m_session, kServers, QStringLiteral("/servers/detail"), QStringLiteral("servers"), this);
    servers->setQuery(all);
    volumes->setObjectName(QStringLiteral("volumes"));
    images->setObjectName(QStringLiteral("images"));
    servers->setObjectName(QStringLiteral("servers"));
    for (OpenStack::PagedJob *job : {volumes, images, servers}) {
        ++m_pending;
        connect(job, &OpenStack::PagedJob::finished, this, &LiveInputsLoader::onFinished);
        job->start();
    }
}

void LiveInputsLoader::onFinished(OpenStack::PagedJob *job)
{
    job->deleteLater();
    Core::Error e = job->error();
    const QJsonArray items = job->items();
    auto parseAll = [&](auto parse, auto &out, bool &have) {
        for (const QJsonValue &v : items) {
            Core::Error pe;
            auto value = parse(v.toObject(), &pe);
            if (pe) {
                e = pe;
                return;
            }
            out.append(value);
        }
        have = true;
    };
    const QString kind = job->objectName();
    if (!e) {
        if (kind == QLatin1String("volumes"))
            parseAll(&LiveInputsLoader::volumeFromJson, m_inputs.volumes, m_inputs.haveVolumes);
        else if (kind == QLatin1String("images"))
            parseAll(&LiveInputsLoader::imageFromJson, m_inputs.images, m_inputs.haveImages);
        else
            parseAll(&LiveInputsLoader::serverFromJson, m_inputs.servers, m_inputs.haveServers);
    }
    if (e)
        m_errors.append(e);
    if (--m_pending == 0)
        emit finished();
}

} // namespace Reconcile
