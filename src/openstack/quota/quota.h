// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

namespace OpenStack::Quota {

enum class Service { Compute, Network, Volume };

// One quota of one project: the limit (-1 = unlimited) and what is used of it now.
struct QuotaItem
{
    Service service = Service::Compute;
    QString resource; // the service's own key: "cores", "floatingip", "gigabytes", …
    qint64 limit = -1;
    qint64 inUse = 0;
    qint64 reserved = 0;

    bool unlimited() const { return limit < 0; }
    bool operator==(const QuotaItem &) const = default;
};

struct QuotaSet
{
    Service service = Service::Compute;
    QString projectId;
    QVector<QuotaItem> items;

    const QuotaItem *find(const QString &resource) const;

    // Nova   {"quota_set": {"cores": {"limit", "in_use", "reserved"}, …}}   (…/detail)
    // Cinder {"quota_set": {"volumes": {"limit", "in_use", "reserved"}, …}}  (?usage=true)
    // Neutron {"quota": {"network": {"limit", "used", "reserved"}, …}}       (…/details)
    static QuotaSet fromJson(Service service, const QJsonObject &root, Core::Error *error);
};

QString serviceKey(Service service); // "compute", "network", "volume"

// The result of checking a new limit against what is in use.
struct QuotaCheck
{
    QString error;   // refuse: not sent
    QString warning; // allowed, but the user must confirm
};
QuotaCheck checkNewLimit(const QuotaItem &item, qint64 newLimit);

} // namespace OpenStack::Quota
