// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVector>

namespace OpenStack {

struct Endpoint
{
    QString interface; // public, internal, admin
    QString region;
    QUrl url;
};

struct CatalogService
{
    QString type; // compute, network, volumev3, image, placement, identity, …
    QString name;
    QVector<Endpoint> endpoints;
};

// The service catalog of a Keystone v3 token, and the endpoint choice every OpenStack client makes:
// by service type (with the official aliases: block-storage = volumev3 = volumev2 = volume),
// interface and region.
class ServiceCatalog
{
public:
    static ServiceCatalog fromJson(const QJsonArray &catalog, Core::Error *error);

    // Empty URL and `error` set when nothing matches; the message lists what the catalog offers.
    QUrl endpoint(const QString &serviceType, const QString &interface, const QString &region,
                  Core::Error *error) const;

    QStringList regions() const;
    const QVector<CatalogService> &services() const { return m_services; }
    bool isEmpty() const { return m_services.isEmpty(); }

    static QStringList aliasesOf(const QString &serviceType);

private:
    QVector<CatalogService> m_services;
};

} // namespace OpenStack
