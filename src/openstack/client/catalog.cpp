// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/catalog.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace OpenStack {

QStringList ServiceCatalog::aliasesOf(const QString &serviceType)
{
    // From the OpenStack service-types authority: the official name first, then historical ones.
    static const QVector<QStringList> groups = {
        {QStringLiteral("block-storage"), QStringLiteral("volumev3"), QStringLiteral("volumev2"),
         QStringLiteral("volume"), QStringLiteral("block-store")},
        {QStringLiteral("compute")},
        {QStringLiteral("network")},
        {QStringLiteral("image")},
        {QStringLiteral("identity")},
        {QStringLiteral("placement")},
    };
    for (const QStringList &g : groups) {
        if (g.contains(serviceType))
            return g;
    }
    return {serviceType};
}

ServiceCatalog ServiceCatalog::fromJson(const QJsonArray &catalog, Core::Error *error)
{
    ServiceCatalog c;
    for (const QJsonValue &sv : catalog) {
        const QJsonObject so = sv.toObject();
        CatalogService s;
        s.type = so.value(QLatin1String("type")).toString();
        s.name = so.value(QLatin1String("name")).toString();
        if (s.type.isEmpty()) {
            if (error)
                *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                           QCoreApplication::translate("OpenStack::ServiceCatalog",
                                                                       "A catalog entry has no service type"));
            return {};
        }
        const QJsonArray eps = so.value(QLatin1String("endpoints")).toArray();
        for (const QJsonValue &ev : eps) {
            const QJsonObject eo = ev.toObject();
            Endpoint e;
            e.interface = eo.value(QLatin1String("interface")).toString();
            e.region = eo.value(QLatin1String("region_id")).toString();
            if (e.region.isEmpty())
                e.region = eo.value(QLatin1String("region")).toString();
            e.url = QUrl(eo.value(QLatin1String("url")).toString());
            if (e.url.isValid() && !e.url.isEmpty())
                s.endpoints.append(e);
        }
        c.m_services.append(s);
    }
    return c;
}

QUrl ServiceCatalog::endpoint(const QString &serviceType, const QString &interface, const QString &region,
                              Core::Error *error) const
{
    const QStringList aliases = aliasesOf(serviceType);
    // Prefer the alias listed first (the newest API) when several are present.
    for (const QString &alias : aliases) {
        for (const CatalogService &s : m_services) {
            if (s.type != alias)
                continue;
            for (const Endpoint &e : s.endpoints) {
                if (e.interface == interface && (region.isEmpty() || e.region == region))
                    return e.url;
            }
        }
    }
    if (error) {
        QStringList offered;
        for (const CatalogService &s : m_services) {
            for (const Endpoint &e : s.endpoints)
                offered << s.type + QLatin1Char('/') + e.interface + QLatin1Char('/') + e.region;
        }
        *error = Core::Error::make(
            Core::Error::Kind::Config,
            QCoreApplication::translate("OpenStack::ServiceCatalog",
                                        "The catalog has no %1 endpoint for interface \"%2\" in region \"%3\" "
                                        "(it offers: %4)")
                .arg(serviceType, interface, region.isEmpty() ? QStringLiteral("*") : region,
                     offered.isEmpty() ? QStringLiteral("nothing") : offered.join(QStringLiteral(", "))));
    }
    return {};
}

QStringList ServiceCatalog::regions() const
{
    QStringList out;
    for (const CatalogService &s : m_services) {
        for (const Endpoint &e : s.endpoints) {
            if (!e.region.isEmpty() && !out.contains(e.region))
                out << e.region;
        }
    }
    out.sort();
    return out;
}

} // namespace OpenStack
