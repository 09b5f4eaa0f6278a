// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"
#include "core/logging.h"
#include "core/requestlog.h"

#include <QSignalSpy>
#include <QTest>

class TestError : public QObject
{
    Q_OBJECT
private slots:
    void toStringNamesEverything()
    {
        Core::Error e = Core::Error::make(Core::Error::Kind::Http, QStringLiteral("Quota exceeded for instances"),
                                          QStringLiteral("POST /servers"));
        e.service = QStringLiteral("compute");
        e.httpStatus = 403;
        e.requestId = QStringLiteral("req-123");
        QCOMPARE(e.toString(), QStringLiteral("compute: POST /servers: HTTP 403: Quota exceeded for instances (req-123)"));
        QVERIFY(e.isError());
        QVERIFY(!Core::Error().isError());
        QCOMPARE(Core::Error().toString(), QString());
    }

    void redactRemovesSecrets_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mustNotContain");
        QTest::newRow("json password") << QStringLiteral(R"({"user":{"name":"admin","password":"s3cret!"}})")
                                       << QStringLiteral("s3cret!");
        QTest::newRow("app cred secret") << QStringLiteral(R"({"secret": "abcdef"})") << QStringLiteral("abcdef");
        QTest::newRow("token header") << QStringLiteral("X-Auth-Token: gAAAAABtoken") << QStringLiteral("gAAAAABtoken");
        QTest::newRow("subject token") << QStringLiteral("x-subject-token: gAAAAxyz") << QStringLiteral("gAAAAxyz");
        QTest::newRow("url credentials") << QStringLiteral("amqp://openstack:rabbitpw@127.0.0.1:5672/")
                                         << QStringLiteral("rabbitpw");
    }
    void redactRemovesSecrets()
    {
        QFETCH(QString, input);
        QFETCH(QString, mustNotContain);
        const QString out = Core::redact(input);
        QVERIFY2(!out.contains(mustNotContain), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("***")));
    }

    void redactKeepsOrdinaryText()
    {
        const QString text = QStringLiteral("GET /v2.1/servers/detail?limit=1000 HTTP 500: Unexpected API Error");
        QCOMPARE(Core::redact(text), text);
    }

    void requestLogIsBoundedAndRedacted()
    {
        Core::RequestLog log(3);
        QSignalSpy added(&log, &Core::RequestLog::recordAdded);
        QSignalSpy dropped(&log, &Core::RequestLog::recordRemovedFromFront);
        for (int i = 0; i < 5; ++i) {
            Core::RequestRecord r;
            r.path = QStringLiteral("/servers/%1").arg(i);
            r.message = QStringLiteral(R"({"password":"pw%1"})").arg(i);
            log.addFailure(r);
        }
        QCOMPARE(added.count(), 5);
        QCOMPARE(dropped.count(), 2);
        QCOMPARE(log.records().size(), 3);
        QCOMPARE(log.records().constFirst().path, QStringLiteral("/servers/2"));
        QVERIFY(!log.records().constLast().message.contains(QStringLiteral("pw4")));
    }
};

QTEST_GUILESS_MAIN(TestError)
#include "tst_error.moc"
