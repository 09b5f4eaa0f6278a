// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "openstack/client/microversion.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkReply;

namespace OpenStack {

class Session;

// One REST call to an OpenStack service. Owns the verb, headers, timeout, the token refresh before
// sending, the single re-authentication and replay after a 401, microversion negotiation, and the
// error text taken from the response body with the request id. Subclasses (one per endpoint) set
// the path and override parse() to fill their value structs.
//
// Lives on the GUI thread. Deletes itself after finished() unless setAutoDelete(false).
class RestJob : public QObject
{
    Q_OBJECT
public:
    RestJob(Session *session, QString serviceType, QByteArray verb, QString path, QObject *parent = nullptr);
    ~RestJob() override;

    void setQuery(const QUrlQuery &query) { m_query = query; }
    void setJsonBody(const QJsonObject &body) { m_body = QJsonDocument(body).toJson(QJsonDocument::Compact); }
    void setRawBody(const QByteArray &body, const QByteArray &contentType);
    // Ask for the highest microversion in [min, max] the service supports; fails when none fits.
    void setMicroversionRange(Microversion min, Microversion max);
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Follow a link the service gave (paging): used instead of endpoint + path.
    void setAbsoluteUrl(const QUrl &url) { m_absoluteUrl = url; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    void setRawHeader(const QByteArray &name, const QByteArray &value);

    void start();
    void abort();

    bool isFinished() const { return m_finished; }
    const Core::Error &error() const { return m_error; }
    int httpStatus() const { return m_status; }
    const QByteArray &body() const { return m_replyBody; }
    QJsonObject json() const;
    QByteArray replyHeader(const QByteArray &name) const;
    Microversion microversion() const { return m_version; }
    QString serviceType() const { return m_serviceType; }
    QString describe() const; // "GET /servers/detail"
    Session *session() const;

signals:
    void finished(OpenStack::RestJob *job);

protected:
    // Called on a 2xx answer. Return an error for a response that is not what was asked for.
    virtual Core::Error parse(const QJsonDocument &document);
    // Jobs whose answer has no body (204, 202) return false.
    virtual bool expectsJson() const { return m_verb == "GET"; }
    // Jobs that scan body() themselves (a list too large for a QJsonDocument to be affordable)
    // return false: no document is built and parse() gets an empty one.
    virtual bool wantsDocument() const { return true; }
    // Refusals the caller turns into a state of its own (a 403 that hides some hosts, a 404 for an
    // extension a cloud does not load) rather than an error: the job still fails, but the request
    // is not counted in the window's log of failed requests.
    virtual bool handlesStatus(int httpStatus) const
    {
        Q_UNUSED(httpStatus)
        return false;
    }

    QString m_path;

private:
    void sendNow();
    void onReplyFinished();
    void fail(Core::Error error);
    void succeed();
    void finish();

    QPointer<Session> m_session;
    QString m_serviceType;
    QByteArray m_verb;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_contentType = QByteArrayLiteral("application/json");
    QList<std::pair<QByteArray, QByteArray>> m_headers;
    Microversion m_minVersion;
    Microversion m_maxVersion;
    Microversion m_version;
    QUrl m_absoluteUrl;
    int m_timeoutMs = 0;
    bool m_autoDelete = true;
    bool m_replayed = false;
    bool m_finished = false;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_sentToken;
    QByteArray m_replyBody;
    QJsonDocument m_document;
    QHash<QByteArray, QByteArray> m_replyHeaders;
    int m_status = 0;
    Core::Error m_error;
    QElapsedTimer m_elapsed;
};

} // namespace OpenStack
