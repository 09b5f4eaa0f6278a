// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/apierror.h"

#include <QTest>

class TestApiError : public QObject
{
    Q_OBJECT
private slots:
    // Bodies as each service sends them.
    void mapping_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("keystone") << QByteArray(R"({"error": {"code": 401, "title": "Unauthorized", "message": "The request you have made requires authentication."}})")
                                  << QStringLiteral("The request you have made requires authentication.");
        QTest::newRow("nova badRequest") << QByteArray(R"({"badRequest": {"code": 400, "message": "Invalid flavorRef provided."}})")
                                         << QStringLiteral("Invalid flavorRef provided.");
        QTest::newRow("nova conflict") << QByteArray(R"({"conflictingRequest": {"code": 409, "message": "Cannot 'stop' instance while it is in vm_state stopped"}})")
                                       << QStringLiteral("Cannot 'stop' instance while it is in vm_state stopped");
        QTest::newRow("nova overLimit") << QByteArray(R"({"forbidden": {"message": "Quota exceeded for instances: Requested 3, but already used 10 of 10 instances", "code": 403}})")
                                        << QStringLiteral("Quota exceeded for instances: Requested 3, but already used 10 of 10 instances");
        QTest::newRow("cinder itemNotFound") << QByteArray(R"({"itemNotFound": {"code": 404, "message": "Volume abc could not be found."}})")
                                             << QStringLiteral("Volume abc could not be found.");
        QTest::newRow("neutron") << QByteArray(R"({"NeutronError": {"type": "SecurityGroupRuleExists", "message": "Security group rule already exists. Rule id is 1.", "detail": ""}})")
                                 << QStringLiteral("Security group rule already exists. Rule id is 1.");
        QTest::newRow("placement") << QByteArray(R"({"errors": [{"status": 404, "title": "Not Found", "detail": "No resource provider with uuid x found", "request_id": "req-1"}]})")
                                   << QStringLiteral("No resource provider with uuid x found");
        QTest::newRow("plain message") << QByteArray(R"({"message": "Bad things"})") << QStringLiteral("Bad things");
        QTest::newRow("glance html") << QByteArray("<html>\n <head>\n  <title>404 Not Found</title>\n </head>\n <body>\n  <h1>404 Not Found</h1>\n  No image found with ID 42<br /><br />\n </body>\n</html>")
                                     << QStringLiteral("404 Not Found No image found with ID 42");
        QTest::newRow("plain text") << QByteArray("503 Service Unavailable\n\nThe server is currently unavailable.")
                                    << QStringLiteral("503 Service Unavailable The server is currently unavailable.");
        QTest::newRow("empty") << QByteArray("  ") << QString();
    }
    void mapping()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(OpenStack::messageFromErrorBody(body), expected);
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
