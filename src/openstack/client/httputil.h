// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/requestlog.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

class QNetworkReply;

namespace OpenStack::Http {

// Aborts `reply` after `ms` unless it finishes first; timedOut() tells the two apart afterwards.
void armTimeout(QNetworkReply *reply, int ms);
bool timedOut(const QNetworkReply *reply);

QString requestIdOf(const QNetworkReply *reply);

// The error a finished reply stands for (none for 2xx), with the service's own message from the
// body, the status and the request id. `what` names the request: "GET /v3/projects".
Core::Error errorFromReply(const QNetworkReply *reply, const QByteArray &body, const QString &service,
                           const QString &what, int timeoutMs);

// The request log's record of a failed reply.
Core::RequestRecord recordOf(const QNetworkReply *reply, const Core::Error &error, const QString &service,
                             qint64 elapsedMs);

// "GET /v3/projects?domain_id=x" — path and query only, never host or credentials.
QString describe(const QByteArray &verb, const QNetworkReply *reply);

} // namespace OpenStack::Http
