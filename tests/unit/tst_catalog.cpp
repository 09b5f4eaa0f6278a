// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/catalog.h"

#include <QJsonDocument>
#include <QTest>

using OpenStack::ServiceCatalog;

class TestCatalog : public QObject
{
    Q_OBJECT

    ServiceCatalog m_catalog;

private slots:
    void initTestCase()
    {
        // As Keystone returns it (trimmed): two regions, three interfaces, old and new volume types.
        const QByteArray json = "[\n"
            "          {\"type\": \"compute\", \"name\": \"nova\", \"endpoints\": [\n"
            "            {\"interface\": \"public\", \"region_id\": \"RegionOne\", \"region\": \"RegionOne\", \"url\": \"https://nova.one/v2.1\"},\n"
            "            {\"interface\": \"internal\", \"region_id\": \"RegionOne\", \"url\": \"http://nova.internal/v2.1\"},\n"
            "            {\"interface\": \"public\", \"region_id\": \"RegionTwo\", \"url\": \"https://nova.two/v2.1\"}]},\n"
            "          {\"type\": \"volumev2\", \"name\": \"cinderv2\", \"endpoints\": [\n"
            "            {\"interface\": \"public\", \"region_id\": \"RegionOne\", \"url\": \"https://cinder.one/v2/p\"}]},\n"
            "          {\"type\": \"volumev3\", \"name\": \"cinderv3\", \"endpoints\": [\n"
            "            {\"interface\": \"public\", \"region_id\": \"RegionOne\", \"url\": \"https://cinder.one/v3/p\"}]},\n"
            "          {\"type\": \"network\", \"name\": \"neutron\", \"endpoints\": [\n"
            "            {\"interface\": \"public\", \"region\": \"RegionOne\", \"url\": \"https://neutron.one\"}]}\n"
            "        ]\n";
        Core::Error e;
        m_catalog = ServiceCatalog::fromJson(QJsonDocument::fromJson(json).array(), &e);
        QVERIFY(!e);
    }

    void selection_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");
        QTest::newRow("public one") << "compute" << "public" << "RegionOne" << "https://nova.one/v2.1";
        QTest::newRow("internal") << "compute" << "internal" << "RegionOne" << "http://nova.internal/v2.1";
        QTest::newRow("region two") << "compute" << "public" << "RegionTwo" << "https://nova.two/v2.1";
        QTest::newRow("any region") << "compute" << "public" << "" << "https://nova.one/v2.1";
        QTest::newRow("block-storage prefers v3") << "block-storage" << "public" << "RegionOne" << "https://cinder.one/v3/p";
        QTest::newRow("volumev3 by alias") << "volumev3" << "public" << "RegionOne" << "https://cinder.one/v3/p";
        QTest::newRow("legacy region field") << "network" << "public" << "RegionOne" << "https://neutron.one";
        QTest::newRow("missing interface") << "network" << "admin" << "RegionOne" << "";
        QTest::newRow("missing region") << "network" << "public" << "RegionTwo" << "";
        QTest::newRow("missing service") << "placement" << "public" << "RegionOne" << "";
    }
    void selection()
    {
        QFETCH(QString, type);
        QFETCH(QString, interface);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        Core::Error e;
        const QUrl url = m_catalog.endpoint(type, interface, region, &e);
        QCOMPARE(url.toString(), expected);
        QCOMPARE(e.isError(), expected.isEmpty());
        if (e)
            QVERIFY2(e.message.contains(type) && e.message.contains(QStringLiteral("it offers")), qPrintable(e.message));
    }

    void regions() { QCOMPARE(m_catalog.regions(), (QStringList{QStringLiteral("RegionOne"), QStringLiteral("RegionTwo")})); }

    void entryWithoutTypeIsAnError()
    {
        Core::Error e;
        ServiceCatalog::fromJson(QJsonDocument::fromJson("[{\"name\": \"x\", \"endpoints\": []}]\n").array(), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
