// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakenetwork.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace TestSupport {

FakeNetwork::FakeNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{
}

int FakeNetwork::countMatching(const QByteArray &verb, const QString &pathSuffix) const
{
    int n = 0;
    for (const auto &r : m_requests) {
        if (r.verb == verb && r.url.path().endsWith(pathSuffix))
            ++n;
    }
    return n;
}

QNetworkReply *FakeNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    RecordedRequest rec;
    switch (op) {
    case GetOperation:
        rec.verb = "GET";
        break;
    case PostOperation:
        rec.verb = "POST";
        break;
    case PutOperation:
        rec.verb = "PUT";
        break;
    case DeleteOperation:
        rec.verb = "DELETE";
        break;
    case HeadOperation:
        rec.verb = "HEAD";
        break;
    default:
        rec.verb = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    rec.url = request.url();
    rec.request = request;
    if (outgoingData)
        rec.body = outgoingData->readAll();
    m_requests.append(rec);
    const FakeResponse response = m_handler ? m_handler(rec) : FakeResponse::json(404, "{}");
    return new FakeReply(request, op, rec.verb, response, this);
}

FakeReply::FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &verb,
                     const FakeResponse &response, QObject *parent)
    : QNetworkReply(parent)
    , m_response(response)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(op);
    setAttribute(QNetworkRequest::CustomVerbAttribute, verb);
    open(QIODevice::ReadOnly);
    if (response.delayMs >= 0)
        QTimer::singleShot(response.delayMs, this, &FakeReply::complete);
}

void FakeReply::complete()
{
    if (m_done)
        return;
    m_done = true;
    if (m_response.networkError != QNetworkReply::NoError) {
        setError(m_response.networkError, QStringLiteral("Connection refused"));
        emit errorOccurred(m_response.networkError);
    } else {
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
        for (const auto &[k, v] : std::as_const(m_response.headers))
            setRawHeader(k, v);
        m_buffer = m_response.body;
        if (m_response.status >= 400) {
            setError(m_response.status == 401 ? QNetworkReply::AuthenticationRequiredError
                                              : QNetworkReply::ContentAccessDenied,
                     QStringLiteral("HTTP %1").arg(m_response.status));
        }
    }
    setFinished(true);
    emit readyRead();
    emit finished();
}

void FakeReply::abort()
{
    if (m_done)
        return;
    m_done = true;
    setError(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    setFinished(true);
    emit errorOccurred(QNetworkReply::OperationCanceledError);
    emit finished();
}

qint64 FakeReply::bytesAvailable() const
{
    return m_buffer.size() - m_offset + QIODevice::bytesAvailable();
}

qint64 FakeReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, qint64(m_buffer.size()) - m_offset);
    if (n <= 0)
        return m_done ? -1 : 0;
    memcpy(data, m_buffer.constData() + m_offset, size_t(n));
    m_offset += n;
    return n;
}

QByteArray fakeTokenBody(const QString &expiresAtIso, const QString &projectId, const QStringList &roles)
{
    QJsonArray roleArray;
    for (const QString &r : roles)
        roleArray.append(QJsonObject{{QStringLiteral("name"), r}});
    auto endpoint = [](const char *iface, const char *url) {
        return QJsonObject{{QStringLiteral("interface"), QString::fromLatin1(iface)},
                           {QStringLiteral("region_id"), QStringLiteral("RegionOne")},
                           {QStringLiteral("url"), QString::fromLatin1(url)}};
    };
    const QJsonArray catalog = {
        QJsonObject{{QStringLiteral("type"), QStringLiteral("identity")},
                    {QStringLiteral("name"), QStringLiteral("keystone")},
                    {QStringLiteral("endpoints"), QJsonArray{endpoint("public", "http://fake:5000/v3/")}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("compute")},
                    {QStringLiteral("name"), QStringLiteral("nova")},
                    {QStringLiteral("endpoints"), QJsonArray{endpoint("public", "http://fake:8774/v2.1"),
                                                             endpoint("internal", "http://internal:8774/v2.1")}}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("volumev3")},
                    {QStringLiteral("name"), QStringLiteral("cinderv3")},
                    {QStringLiteral("endpoints"), QJsonArray{endpoint("public", "http://fake:8776/v3/p1")}}},
    };
    const QJsonObject domain{{QStringLiteral("id"), QStringLiteral("default")}};
    QJsonObject user;
    user.insert(QStringLiteral("id"), QStringLiteral("u1"));
    user.insert(QStringLiteral("name"), QStringLiteral("admin"));
    user.insert(QStringLiteral("domain"), domain);
    QJsonObject project;
    project.insert(QStringLiteral("id"), projectId);
    project.insert(QStringLiteral("name"), QString(QStringLiteral("project-") + projectId));
    project.insert(QStringLiteral("domain"), domain);
    QJsonObject token;
    token.insert(QStringLiteral("expires_at"), expiresAtIso);
    token.insert(QStringLiteral("issued_at"), QStringLiteral("2026-11-26T00:00:00.000000Z"));
    token.insert(QStringLiteral("user"), user);
    token.insert(QStringLiteral("project"), project);
    token.insert(QStringLiteral("roles"), roleArray);
    token.insert(QStringLiteral("catalog"), catalog);
    return QJsonDocument(QJsonObject{{QStringLiteral("token"), token}}).toJson(QJsonDocument::Compact);
}

} // namespace TestSupport
