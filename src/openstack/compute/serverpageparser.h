// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/compute/server.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QVector>

namespace OpenStack::Compute {

// Reads one page of GET /servers/detail straight from the reply's bytes into Server values.
//
// Why not QJsonDocument + Server::fromJson(): 10,000 servers are ~20 MB of JSON, and building the
// document and then looking every member up by name costs several times the whole load budget of
// the Instances tab. This scans the bytes once and fills each Server as its members go by.
//
// The result equals Server::fromJson() of the same object (the unit test holds them together on
// recorded replies). A malformed or truncated page is an error naming the byte offset; a server
// without id or status is the same error fromJson() gives. Values that repeat across servers
// (status, zone, host, project, network and flavor names, …) share one QString, which also keeps
// the memory of a large fleet down. Not thread-safe: one parser per list walk, GUI thread.
class ServerPageParser
{
public:
    struct Page
    {
        QVector<Server> servers;
        bool hasNext = false; // servers_links holds a rel "next" link
    };

    Page parse(QByteArrayView body, Core::Error *error);

    // Returns the shared copy of a short repeated value (ASCII, no escapes), creating it once.
    QString intern(QByteArrayView utf8);

private:
    QHash<QByteArray, QString> m_interned;
};

// "2026-11-22T11:00:05Z", "…05.123456", "…05+08:00" without going through QDateTime::fromString;
// anything else falls back to OpenStack::parseTimestamp(). Always UTC.
QDateTime parseTimestampFast(QByteArrayView text);

} // namespace OpenStack::Compute
