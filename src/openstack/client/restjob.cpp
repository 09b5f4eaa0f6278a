// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/restjob.h"

#include "core/logging.h"
#include "core/requestlog.h"
#include "openstack/client/httputil.h"
#include "openstack/client/session.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace OpenStack {

namespace {
QUrl joinUrl(const QUrl &endpoint, const QString &path)
{
    QUrl url = endpoint;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + (path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
    return url;
}
} // namespace

RestJob::RestJob(Session *session, QString serviceType, QByteArray verb, QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_session(session)
    , m_serviceType(std::move(serviceType))
    , m_verb(std::move(verb))
{
}

RestJob::~RestJob()
{
    // Disconnect first: abort() emits finished() at once, and a job being destroyed (its parent
    // widget torn down at exit) must not parse, log a failure or signal anyone from its destructor.
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

Session *RestJob::session() const
{
    return m_session;
}

void RestJob::setRawBody(const QByteArray &body, const QByteArray &contentType)
{
    m_body = body;
    m_contentType = contentType;
}

void RestJob::setMicroversionRange(Microversion min, Microversion max)
{
    m_minVersion = min;
    m_maxVersion = max;
}

void RestJob::setRawHeader(const QByteArray &name, const QByteArray &value)
{
    m_headers.append({name, value});
}

QJsonObject RestJob::json() const
{
    // The body was parsed once already on arrival; a 10,000-server list is 20 MB of JSON.
    if (!m_document.isNull())
        return m_document.object();
    return QJsonDocument::fromJson(m_replyBody).object();
}

QByteArray RestJob::replyHeader(const QByteArray &name) const
{
    return m_replyHeaders.value(name.toLower());
}

QString RestJob::describe() const
{
    QString what = QString::fromLatin1(m_verb) + QLatin1Char(' ');
    if (m_absoluteUrl.isValid())
        return what + m_absoluteUrl.path();
    what += m_path;
    if (!m_query.isEmpty())
        what += QLatin1Char('?') + m_query.toString(QUrl::FullyEncoded);
    return what;
}

void RestJob::start()
{
    m_elapsed.start();
    if (!m_session) {
        // Deliver from the event loop so callers connect before it fires.
        QTimer::singleShot(0, this, [this]() {
            fail(Core::Error::make(Core::Error::Kind::Auth, tr("No session"), describe()));
        });
        return;
    }
    m_session->ensureFreshToken(this, [this](const Core::Error &e) {
        if (e) {
            fail(e);
            return;
        }
        if (m_maxVersion.isValid()) {
            m_session->versionRange(m_serviceType, this, [this](const VersionRange &range, const Core::Error &ve) {
                if (ve) {
                    fail(ve);
                    return;
                }
                m_version = negotiate(range, m_minVersion, m_maxVersion);
                if (!m_version.isValid() && range.supportsMicroversions()) {
                    fail(Core::Error::make(Core::Error::Kind::Http,
                                           tr("%1 supports API %2–%3; StackDeck needs %4–%5")
                                               .arg(m_serviceType, range.min.toString(), range.max.toString(),
                                                    m_minVersion.toString(), m_maxVersion.toString()),
                                           describe()));
                    return;
                }
                sendNow();
            });
            return;
        }
        sendNow();
    });
}

void RestJob::sendNow()
{
    if (!m_session) {
        fail(Core::Error::make(Core::Error::Kind::Auth, tr("No session"), describe()));
        return;
    }
    QUrl url = m_absoluteUrl;
    if (!url.isValid() || url.isEmpty()) {
        Core::Error e;
        const QUrl ep = m_session->endpoint(m_serviceType, &e);
        if (e) {
            e.context = describe();
            fail(e);
            return;
        }
        // A path may carry its own query ("/roles?name=admin"); merge it with setQuery()'s.
        QUrlQuery query(m_path.section(QLatin1Char('?'), 1));
        for (const auto &[k, v] : m_query.queryItems(QUrl::FullyDecoded))
            query.addQueryItem(k, v);
        url = joinUrl(ep, m_path.section(QLatin1Char('?'), 0, 0));
        if (!query.isEmpty())
            url.setQuery(query);
    }
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("User-Agent", "StackDeck/" STACKDECK_VERSION);
    m_sentToken = m_session->token().token;
    req.setRawHeader("X-Auth-Token", m_sentToken);
    if (!m_body.isEmpty() || m_verb == "POST" || m_verb == "PUT" || m_verb == "PATCH")
        req.setHeader(QNetworkRequest::ContentTypeHeader, m_contentType);
    if (m_version.isValid()) {
        req.setRawHeader("OpenStack-API-Version", microversionHeaderValue(m_serviceType, m_version));
        if (m_serviceType == QLatin1String("compute"))
            req.setRawHeader("X-OpenStack-Nova-API-Version", m_version.toString().toLatin1());
    }
    for (const auto &[name, value] : std::as_const(m_headers))
        req.setRawHeader(name, value);
    if (url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(m_session->sslConfiguration());

    QNetworkAccessManager *nam = m_session->network();
    if (m_verb == "GET")
        m_reply = nam->get(req);
    else if (m_verb == "DELETE" && m_body.isEmpty())
        m_reply = nam->deleteResource(req);
    else if (m_verb == "HEAD")
        m_reply = nam->head(req);
    else
        m_reply = nam->sendCustomRequest(req, m_verb, m_body);
    Http::armTimeout(m_reply, m_timeoutMs > 0 ? m_timeoutMs : m_session->timeoutMs());
    connect(m_reply, &QNetworkReply::finished, this, &RestJob::onReplyFinished);
}

void RestJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    m_replyBody = reply->isOpen() ? reply->readAll() : QByteArray();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_replyHeaders.clear();
    const auto pairs = reply->rawHeaderPairs();
    for (const auto &[name, value] : pairs)
        m_replyHeaders.insert(name.toLower(), value);

    const int timeout = m_timeoutMs > 0 ? m_timeoutMs : (m_session ? m_session->timeoutMs() : 0);
    Core::Error e = Http::errorFromReply(reply, m_replyBody, m_serviceType, describe(), timeout);
    if (e && m_status == 401 && !m_replayed && m_session) {
        m_replayed = true;
        m_session->reauthenticateAfter401(m_sentToken, this, [this](const Core::Error &authError) {
            if (authError)
                fail(authError);
            else
                sendNow();
        });
        return;
    }
    if (e) {
        if (m_session && m_session->requestLog() && !handlesStatus(m_status))
            m_session->requestLog()->addFailure(Http::recordOf(reply, e, m_serviceType, m_elapsed.elapsed()));
        fail(e);
        return;
    }
    QJsonDocument doc;
    if (wantsDocument() && (!m_replyBody.trimmed().isEmpty() || expectsJson())) {
        QJsonParseError pe;
        doc = QJsonDocument::fromJson(m_replyBody, &pe);
        if (pe.error != QJsonParseError::NoError) {
            Core::Error bad = Core::Error::make(
                Core::Error::Kind::BadResponse,
                m_replyBody.isEmpty() ? tr("the response is empty")
                                      : tr("the response is not valid JSON (%1 at byte %2 of %3)")
                                            .arg(pe.errorString())
                                            .arg(pe.offset)
                                            .arg(m_replyBody.size()),
                describe());
            bad.service = m_serviceType;
            bad.httpStatus = m_status;
            bad.requestId = Http::requestIdOf(reply);
            if (m_session && m_session->requestLog())
                m_session->requestLog()->addFailure(Http::recordOf(reply, bad, m_serviceType, m_elapsed.elapsed()));
            fail(bad);
            return;
        }
    }
    m_document = doc;
    Core::Error parseError = parse(doc);
    if (parseError) {
        parseError.service = m_serviceType;
        if (parseError.context.isEmpty())
            parseError.context = describe();
        parseError.requestId = Http::requestIdOf(reply);
        parseError.httpStatus = m_status;
        if (m_session && m_session->requestLog())
            m_session->requestLog()->addFailure(Http::recordOf(reply, parseError, m_serviceType, m_elapsed.elapsed()));
        fail(parseError);
        return;
    }
    succeed();
}

Core::Error RestJob::parse(const QJsonDocument &)
{
    return {};
}

void RestJob::abort()
{
    if (m_finished)
        return;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    fail(Core::Error::make(Core::Error::Kind::Cancelled, tr("cancelled"), describe()));
}

void RestJob::fail(Core::Error error)
{
    if (error.service.isEmpty())
        error.service = m_serviceType;
    if (error.context.isEmpty())
        error.context = describe();
    m_error = std::move(error);
    finish();
}

void RestJob::succeed()
{
    m_error = {};
    finish();
}

void RestJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace OpenStack
