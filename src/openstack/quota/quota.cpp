// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/quota/quota.h"

#include <QCoreApplication>
#include <algorithm>

namespace OpenStack::Quota {

const QuotaItem *QuotaSet::find(const QString &resource) const
{
    for (const QuotaItem &i : items) {
        if (i.resource == resource)
            return &i;
    }
    return nullptr;
}

QString serviceKey(Service service)
{
    switch (service) {
    case Service::Compute:
        return QStringLiteral("compute");
    case Service::Network:
        return QStringLiteral("network");
    case Service::Volume:
        return QStringLiteral("volume");
    }
    return {};
}

QuotaSet QuotaSet::fromJson(Service service, const QJsonObject &root, Core::Error *error)
{
    const char *wrapper = service == Service::Network ? "quota" : "quota_set";
    const QJsonValue body = root.value(QLatin1String(wrapper));
    QuotaSet set;
    set.service = service;
    if (!body.isObject()) {
        if (error)
            *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                       QCoreApplication::translate("OpenStack::Quota", "The response has no \"%1\" object")
                                           .arg(QLatin1String(wrapper)));
        return set;
    }
    const QJsonObject o = body.toObject();
    set.projectId = o.value(QLatin1String("id")).toString();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        // Detailed quotas are objects; plain numbers appear in the non-detailed forms.
        QuotaItem item;
        item.service = service;
        item.resource = it.key();
        if (it.value().isObject()) {
            const QJsonObject q = it.value().toObject();
            if (!q.contains(QLatin1String("limit")))
                continue;
            item.limit = qint64(q.value(QLatin1String("limit")).toDouble(-1));
            item.inUse = qint64(q.value(service == Service::Network ? QLatin1String("used") : QLatin1String("in_use"))
                                    .toDouble(0));
            item.reserved = qint64(q.value(QLatin1String("reserved")).toDouble(0));
        } else if (it.value().isDouble()) {
            item.limit = qint64(it.value().toDouble());
        } else {
            continue;
        }
        set.items.append(item);
    }
    std::sort(set.items.begin(), set.items.end(),
              [](const QuotaItem &a, const QuotaItem &b) { return a.resource < b.resource; });
    if (set.items.isEmpty() && error)
        *error = Core::Error::make(Core::Error::Kind::BadResponse,
                                   QCoreApplication::translate("OpenStack::Quota", "The quota set lists no quotas"));
    return set;
}

QuotaCheck checkNewLimit(const QuotaItem &item, qint64 newLimit)
{
    QuotaCheck c;
    if (newLimit < -1) {
        c.error = QCoreApplication::translate("OpenStack::Quota",
                                              "%1: a quota is a number of 0 or more, or -1 for unlimited")
                      .arg(item.resource);
        return c;
    }
    if (newLimit >= 0 && newLimit < item.inUse)
        c.warning = QCoreApplication::translate("OpenStack::Quota",
                                                "%1: the new limit %2 is below what is in use now (%3); nothing is "
                                                "removed, but nothing new can be created until usage falls")
                        .arg(item.resource)
                        .arg(newLimit)
                        .arg(item.inUse);
    return c;
}

} // namespace OpenStack::Quota
