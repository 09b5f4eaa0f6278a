// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <functional>

namespace TestSupport {

// A canned answer. delayMs < 0 means "never answer" (to test timeouts).
struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    static FakeResponse json(int status, const QByteArray &body)
    {
        FakeResponse r;
        r.status = status;
        r.body = body;
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return r;
    }
};

struct RecordedRequest
{
    QByteArray verb;
    QUrl url;
    QByteArray body;
    QNetworkRequest request;
};

// Serves recorded replies to the REST layer without a server: for fast unit tests of parsing,
// error mapping, re-authentication and timeouts. Never used as proof that a feature works against
// a cloud: the functional tests do that against the local cloud.
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;
    explicit FakeNetwork(QObject *parent = nullptr);

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<RecordedRequest> &requests() const { return m_requests; }
    int countMatching(const QByteArray &verb, const QString &pathSuffix) const;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};

class FakeReply : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation op, const QByteArray &verb,
              const FakeResponse &response, QObject *parent);

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void complete();

    FakeResponse m_response;
    QByteArray m_buffer;
    qint64 m_offset = 0;
    bool m_done = false;
};

// A Keystone token response body for tests, with a catalog pointing at http://fake.
QByteArray fakeTokenBody(const QString &expiresAtIso, const QString &projectId = QStringLiteral("p1"),
                         const QStringList &roles = {QStringLiteral("admin")});

} // namespace TestSupport
