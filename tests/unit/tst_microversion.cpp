// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/microversion.h"

#include <QTest>

using OpenStack::Microversion;

class TestMicroversion : public QObject
{
    Q_OBJECT
private slots:
    void parse()
    {
        QCOMPARE(Microversion::parse(QStringLiteral("2.79")), (Microversion{2, 79}));
        QCOMPARE(Microversion::parse(QStringLiteral("v3.70")), (Microversion{3, 70}));
        QVERIFY(!Microversion::parse(QStringLiteral("latest")).isValid());
        QVERIFY(!Microversion::parse(QString()).isValid());
        QVERIFY((Microversion{2, 9}) < (Microversion{2, 10})); // numeric, not textual
    }

    void documents_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("min");
        QTest::addColumn<QString>("max");
        QTest::newRow("nova versioned") << QByteArray(R"({"version": {"id": "v2.1", "status": "CURRENT", "version": "2.93", "min_version": "2.1"}})")
                                        << "/v2.1" << "2.1" << "2.93";
        QTest::newRow("cinder root list") << QByteArray(R"({"versions": [{"id": "v3.0", "status": "CURRENT", "version": "3.70", "min_version": "3.0"}]})")
                                          << "/v3/abc" << "3.0" << "3.70";
        QTest::newRow("placement") << QByteArray(R"({"versions": [{"id": "v1.0", "max_version": "1.39", "min_version": "1.0", "status": "CURRENT"}]})")
                                   << "/" << "1.0" << "1.39";
        QTest::newRow("neutron none") << QByteArray(R"({"versions": [{"id": "v2.0", "status": "CURRENT"}]})")
                                      << "/" << "0.0" << "0.0";
        QTest::newRow("nova root picks v2.1 over v2.0")
            << QByteArray(R"({"versions": [{"id": "v2.0", "status": "SUPPORTED", "version": "", "min_version": ""}, {"id": "v2.1", "status": "CURRENT", "version": "2.90", "min_version": "2.1"}]})")
            << "/v2.1/" << "2.1" << "2.90";
    }
    void documents()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, path);
        QFETCH(QString, min);
        QFETCH(QString, max);
        Core::Error e;
        const auto range = OpenStack::parseVersionDocument(body, path, &e);
        QVERIFY(!e);
        QCOMPARE(range.min.toString(), min);
        QCOMPARE(range.max.toString(), max);
    }

    void badDocument()
    {
        Core::Error e;
        OpenStack::parseVersionDocument("<html>", QStringLiteral("/"), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        Core::Error e2;
        OpenStack::parseVersionDocument(R"({"versions": []})", QStringLiteral("/"), &e2);
        QCOMPARE(e2.kind, Core::Error::Kind::BadResponse);
    }

    void negotiate()
    {
        const OpenStack::VersionRange server{{2, 1}, {2, 93}};
        QCOMPARE(OpenStack::negotiate(server, {2, 1}, {2, 100}), (Microversion{2, 93}));
        QCOMPARE(OpenStack::negotiate(server, {2, 47}, {2, 79}), (Microversion{2, 79}));
        const OpenStack::VersionRange old{{2, 1}, {2, 40}};
        QVERIFY(!OpenStack::negotiate(old, {2, 47}, {2, 79}).isValid()); // too old for us
        QVERIFY(!OpenStack::negotiate({}, {2, 1}, {2, 2}).isValid());     // no microversions
    }

    void versionedRoot()
    {
        QCOMPARE(OpenStack::versionedRoot(QUrl(QStringLiteral("http://h:8776/v3/abcd"))).toString(),
                 QStringLiteral("http://h:8776/v3/"));
        QCOMPARE(OpenStack::versionedRoot(QUrl(QStringLiteral("http://h:8774/v2.1"))).toString(),
                 QStringLiteral("http://h:8774/v2.1/"));
        QCOMPARE(OpenStack::versionedRoot(QUrl(QStringLiteral("http://h/compute/v2.1/p"))).toString(),
                 QStringLiteral("http://h/compute/v2.1/"));
        QCOMPARE(OpenStack::versionedRoot(QUrl(QStringLiteral("http://h:8778"))).toString(),
                 QStringLiteral("http://h:8778"));
    }

    void header()
    {
        QCOMPARE(OpenStack::microversionHeaderValue(QStringLiteral("compute"), {2, 79}), QByteArray("compute 2.79"));
        QCOMPARE(OpenStack::microversionHeaderValue(QStringLiteral("block-storage"), {3, 60}), QByteArray("volume 3.60"));
        QCOMPARE(OpenStack::microversionHeaderValue(QStringLiteral("placement"), {1, 36}), QByteArray("placement 1.36"));
    }
};

QTEST_GUILESS_MAIN(TestMicroversion)
#include "tst_microversion.moc"
