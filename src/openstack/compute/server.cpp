// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/compute/server.h"

#include "openstack/client/jsonfields.h"

#include <QCoreApplication>

namespace OpenStack::Compute {

namespace {

ServerFlavor flavorFromJson(const QJsonObject &f)
{
    ServerFlavor out;
    // 2.47+: {"original_name": …, "vcpus": …, "ram": …, "disk": …}; before: {"id": …, "links": …}.
    if (f.contains(QLatin1String("original_name"))) {
        FieldReader r(f, QStringLiteral("flavor"));
        out.embedded = true;
        out.name = r.string("original_name");
        out.vcpus = int(r.integer("vcpus"));
        out.ramMib = r.integer("ram");
        out.diskGb = int(r.integer("disk"));
        out.ephemeralGb = int(r.integer("ephemeral"));
        out.swapMib = r.integer("swap");
    } else {
        out.id = f.value(QLatin1String("id")).toString();
    }
    return out;
}

QVector<ServerAddress> addressesFromJson(const QJsonObject &addresses)
{
    QVector<ServerAddress> out;
    for (auto it = addresses.begin(); it != addresses.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        for (const QJsonValue &v : list) {
            const QJsonObject a = v.toObject();
            ServerAddress sa;
            sa.network = it.key();
            sa.address = a.value(QLatin1String("addr")).toString();
            sa.version = a.value(QLatin1String("version")).toInt(4);
            sa.type = a.value(QLatin1String("OS-EXT-IPS:type")).toString();
            sa.mac = a.value(QLatin1String("OS-EXT-IPS-MAC:mac_addr")).toString();
            if (!sa.address.isEmpty())
                out.append(sa);
        }
    }
    return out;
}

} // namespace

bool Server::isDeleted() const
{
    return status == QLatin1String("DELETED") || status == QLatin1String("SOFT_DELETED");
}

bool Server::isTransitional() const
{
    if (!taskState.isEmpty())
        return true;
    static const QStringList busy = {QStringLiteral("BUILD"),   QStringLiteral("REBOOT"),
                                     QStringLiteral("HARD_REBOOT"), QStringLiteral("RESIZE"),
                                     QStringLiteral("MIGRATING"), QStringLiteral("REBUILD"),
                                     QStringLiteral("PASSWORD"), QStringLiteral("VERIFY_RESIZE"),
                                     QStringLiteral("REVERT_RESIZE"), QStringLiteral("DELETED")};
    return busy.contains(status);
}

QStringList Server::ipAddresses() const
{
    QStringList fixed;
    QStringList floating;
    for (const ServerAddress &a : addresses)
        (a.isFloating() ? floating : fixed) << a.address;
    return fixed + floating;
}

QStringList Server::floatingIps() const
{
    QStringList out;
    for (const ServerAddress &a : addresses) {
        if (a.isFloating())
            out << a.address;
    }
    return out;
}

QString Server::networksText() const
{
    QStringList parts;
    QString current;
    QStringList ips;
    for (const ServerAddress &a : addresses) {
        if (a.network != current && !ips.isEmpty()) {
            parts << current + QLatin1Char('=') + ips.join(QStringLiteral(", "));
            ips.clear();
        }
        current = a.network;
        ips << a.address;
    }
    if (!ips.isEmpty())
        parts << current + QLatin1Char('=') + ips.join(QStringLiteral(", "));
    return parts.join(QStringLiteral("; "));
}

QString Server::powerStateName(int state)
{
    switch (PowerState(state)) {
    case PowerState::NoState:
        return QStringLiteral("NOSTATE");
    case PowerState::Running:
        return QStringLiteral("Running");
    case PowerState::Paused:
        return QStringLiteral("Paused");
    case PowerState::Shutdown:
        return QStringLiteral("Shutdown");
    case PowerState::Crashed:
        return QStringLiteral("Crashed");
    case PowerState::Suspended:
        return QStringLiteral("Suspended");
    }
    return QString::number(state);
}

Server Server::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("server"));
    Server s;
    s.id = r.requiredString("id");
    s.status = r.requiredString("status");
    s.name = r.string("name");
    s.taskState = r.string("OS-EXT-STS:task_state");
    s.vmState = r.string("OS-EXT-STS:vm_state");
    s.powerState = int(r.integer("OS-EXT-STS:power_state"));
    s.projectId = r.string("tenant_id");
    s.userId = r.string("user_id");
    s.hostId = r.string("hostId");
    s.host = r.string("OS-EXT-SRV-ATTR:host");
    s.hypervisorHostname = r.string("OS-EXT-SRV-ATTR:hypervisor_hostname");
    s.instanceName = r.string("OS-EXT-SRV-ATTR:instance_name");
    s.availabilityZone = r.string("OS-EXT-AZ:availability_zone");
    s.keyName = r.string("key_name");
    s.description = r.string("description");
    s.accessIPv4 = r.string("accessIPv4");
    s.accessIPv6 = r.string("accessIPv6");
    s.lockedReason = r.string("locked_reason");
    s.hostStatus = r.string("host_status");
    s.progress = int(r.integer("progress"));
    s.locked = r.boolean("locked");
    const QString configDrive = r.string("config_drive");
    s.configDrive = configDrive == QLatin1String("True") || configDrive == QLatin1String("true");
    // `image` is "" (boot from volume) or {"id": …}.
    s.imageId = r.object("image").value(QLatin1String("id")).toString();
    s.flavor = flavorFromJson(r.object("flavor"));
    s.addresses = addressesFromJson(r.object("addresses"));
    const QJsonArray groups = r.array("security_groups");
    for (const QJsonValue &g : groups) {
        const QString name = g.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty() && !s.securityGroups.contains(name))
            s.securityGroups << name;
    }
    const QJsonArray volumes = r.array("os-extended-volumes:volumes_attached");
    for (const QJsonValue &v : volumes)
        s.attachedVolumeIds << v.toObject().value(QLatin1String("id")).toString();
    const QJsonObject meta = r.object("metadata");
    for (auto it = meta.begin(); it != meta.end(); ++it)
        s.metadata.insert(it.key(), it.value().toString());
    s.tags = r.strings("tags");
    const QJsonObject fault = r.object("fault");
    if (!fault.isEmpty()) {
        s.fault.code = fault.value(QLatin1String("code")).toInt();
        s.fault.message = fault.value(QLatin1String("message")).toString();
        s.fault.details = fault.value(QLatin1String("details")).toString();
        s.fault.created = parseTimestamp(fault.value(QLatin1String("created")).toString());
    }
    s.created = r.dateTime("created");
    s.updated = r.dateTime("updated");
    s.launchedAt = r.dateTime("OS-SRV-USG:launched_at");
    if (!r.ok() && error)
        *error = r.error();
    return s;
}

QVector<Server> Server::listFromJson(const QJsonArray &list, Core::Error *error)
{
    QVector<Server> out;
    out.reserve(list.size());
    for (const QJsonValue &v : list) {
        if (!v.isObject()) {
            if (error)
                *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                           QCoreApplication::translate("OpenStack::Compute::Server",
                                                                       "a server entry is not an object"));
            return {};
        }
        Core::Error e;
        Server s = fromJson(v.toObject(), &e);
        if (e) {
            if (error)
                *error = e;
            return {};
        }
        out.append(std::move(s));
    }
    return out;
}

} // namespace OpenStack::Compute
