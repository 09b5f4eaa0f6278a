// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/httputil.h"

#include "openstack/client/apierror.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QTimer>

namespace OpenStack::Http {

namespace {
constexpr const char *kTimedOut = "stackdeck_timed_out";
} // namespace

void armTimeout(QNetworkReply *reply, int ms)
{
    if (ms <= 0)
        return;
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, reply, [reply]() {
        if (reply->isRunning()) {
            reply->setProperty(kTimedOut, true);
            reply->abort();
        }
    });
    timer->start(ms);
}

bool timedOut(const QNetworkReply *reply)
{
    return reply->property(kTimedOut).toBool();
}

QString requestIdOf(const QNetworkReply *reply)
{
    for (const char *h : {"x-openstack-request-id", "x-compute-request-id", "openstack-request-id"}) {
        const QByteArray v = reply->rawHeader(h);
        if (!v.isEmpty())
            return QString::fromLatin1(v);
    }
    return {};
}

QString describe(const QByteArray &verb, const QNetworkReply *reply)
{
    const QUrl url = reply->url();
    QString path = url.path();
    if (url.hasQuery())
        path += QLatin1Char('?') + url.query();
    return QString::fromLatin1(verb) + QLatin1Char(' ') + path;
}

Core::Error errorFromReply(const QNetworkReply *reply, const QByteArray &body, const QString &service,
                           const QString &what, int timeoutMs)
{
    Core::Error e;
    e.service = service;
    e.context = what;
    e.requestId = requestIdOf(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.httpStatus = status;
    if (timedOut(reply)) {
        e.kind = Core::Error::Kind::Timeout;
        e.message = QCoreApplication::translate("OpenStack::Http", "no answer from %1 within %2 s").arg(reply->url().authority()).arg(timeoutMs / 1000.0);
        return e;
    }
    if (status >= 400) {
        e.kind = status == 401 ? Core::Error::Kind::Auth : Core::Error::Kind::Http;
        e.message = messageFromErrorBody(body);
        if (e.message.isEmpty())
            e.message = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return e;
    }
    if (reply->error() != QNetworkReply::NoError) {
        e.kind = reply->error() == QNetworkReply::OperationCanceledError ? Core::Error::Kind::Cancelled
                                                                         : Core::Error::Kind::Network;
        e.message = QCoreApplication::translate("OpenStack::Http", "cannot reach %1: %2").arg(reply->url().authority(), reply->errorString());
        return e;
    }
    if (status == 0 || status >= 300) {
        e.kind = Core::Error::Kind::Http;
        e.message = QCoreApplication::translate("OpenStack::Http", "unexpected HTTP status %1").arg(status);
        return e;
    }
    return {};
}

Core::RequestRecord recordOf(const QNetworkReply *reply, const Core::Error &error, const QString &service,
                             qint64 elapsedMs)
{
    Core::RequestRecord r;
    r.when = QDateTime::currentDateTime();
    r.service = service;
    r.method = error.context.section(QLatin1Char(' '), 0, 0);
    r.path = error.context.section(QLatin1Char(' '), 1);
    r.httpStatus = reply ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    r.message = error.message;
    r.requestId = error.requestId;
    r.elapsedMs = elapsedMs;
    return r;
}

} // namespace OpenStack::Http
