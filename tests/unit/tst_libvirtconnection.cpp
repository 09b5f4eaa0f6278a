// SPDX-License-Identifier: GPL-3.0-or-later
// Libvirt::Connection against libvirt's own test driver: test:///default and the project's
// test-driver XML (domains named like Nova's, Nova metadata, RBD disks).
#include "libvirt/connection.h"
#include "libvirt/domainstats.h"
#include "libvirt/uris.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using Libvirt::Connection;
using Libvirt::Domain;

class TestLibvirtConnection : public QObject
{
    Q_OBJECT
private:
    static QString projectXmlUri()
    {
        return QStringLiteral("test://") + QString::fromLocal8Bit(qgetenv("STACKDECK_SOURCE_DIR"))
               + QStringLiteral("/tests/support/libvirt/host01.xml");
    }

    QVector<Domain> listNow(Connection *c, Core::Error *error)
    {
        QVector<Domain> out;
        bool done = false;
        c->listDomains(this, [&](const QVector<Domain> &domains, const Core::Error &e) {
            out = domains;
            *error = e;
            done = true;
        });
        if (!QTest::qWaitFor([&]() { return done; }, 20000))
            *error = Core::Error::make(Core::Error::Kind::Timeout, QStringLiteral("test waited too long"));
        return out;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("STACKDECK_SOURCE_DIR"))
            QSKIP("STACKDECK_SOURCE_DIR is not set (run through ctest)");
    }

    void defaultDriverListsItsDomain()
    {
        Connection c(QStringLiteral("test"), QStringLiteral("test:///default"));
        Core::Error e;
        const QVector<Domain> domains = listNow(&c, &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(domains.size(), 1);
        QCOMPARE(domains.constFirst().name, QStringLiteral("test"));
        QCOMPARE(domains.constFirst().state, Domain::State::Running);
        QCOMPARE(domains.constFirst().host, QStringLiteral("test"));
        QCOMPARE(c.state(), Connection::State::Open);
    }

    void projectXmlDomainsAreParsed()
    {
        Connection c(QStringLiteral("host01"), projectXmlUri());
        Core::Error e;
        const QVector<Domain> domains = listNow(&c, &e);
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(domains.size(), 3);
        const auto it = std::find_if(domains.cbegin(), domains.cend(),
                                     [](const Domain &d) { return d.name == QLatin1String("instance-0000000a"); });
        QVERIFY(it != domains.cend());
        const Domain &d = *it;
        QCOMPARE(d.uuid, QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"));
        QCOMPARE(d.id, QStringLiteral("host01/6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f"));
        QCOMPARE(d.nova.displayName, QStringLiteral("hadoop1"));
        QCOMPARE(d.nova.projectName, QStringLiteral("FormalTenant"));
        QCOMPARE(d.nova.flavorName, QStringLiteral("m8.8G_310G"));
        QCOMPARE(d.vcpus, 8);
        QCOMPARE(d.maxMemoryKiB, 8388608);
        QCOMPARE(d.disks.size(), 2);
        QCOMPARE(d.disks.at(1).pool, QStringLiteral("volumes"));
        QCOMPARE(d.disks.at(1).image, QStringLiteral("volume-7d2e3f40-5b6c-4d7e-9f80-1a2b3c4d5e6f"));
        QCOMPARE(d.disks.at(1).target, QStringLiteral("vdd"));
        QCOMPARE(d.disks.at(1).serial, QStringLiteral("7d2e3f40-5b6c-4d7e-9f80-1a2b3c4d5e6f"));
        QCOMPARE(d.interfaces.size(), 1);
        QCOMPARE(d.interfaces.constFirst().portId, QStringLiteral("9a3c55f2-0b7e-4d7c-8d2e-6f1b2c3d4e01"));
        QCOMPARE(d.interfaces.constFirst().mac, QStringLiteral("fa:16:3e:11:22:01"));

        const auto stray = std::find_if(domains.cbegin(), domains.cend(),
                                        [](const Domain &x) { return x.name == QLatin1String("instance-000000c8"); });
        QVERIFY(stray != domains.cend());
        QVERIFY(stray->nova.isEmpty());
        QVERIFY(!stray->disks.constFirst().isRbd());
    }

    void statsGiveRates()
    {
        Connection c(QStringLiteral("host01"), projectXmlUri());
        Libvirt::StatsHistory history(5);
        for (int tick = 0; tick < 3; ++tick) {
            bool done = false;
            Core::Error err;
            c.collectStats(this, [&](const QVector<Libvirt::DomainStatsSample> &samples, const Core::Error &e) {
                err = e;
                if (!e) {
                    QCOMPARE(samples.size(), 3);
                    history.addTick(samples);
                }
                done = true;
            });
            QVERIFY(QTest::qWaitFor([&]() { return done; }, 20000));
            QVERIFY2(!err, qPrintable(err.toString()));
            QTest::qWait(20);
        }
        QCOMPARE(int(history.history(QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f")).size()), 2);
        QVERIFY(history.latest(QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f")).memoryKiB > 0);
    }

    void lifecycleEventSchedulesRefresh()
    {
        Connection c(QStringLiteral("host01"), projectXmlUri());
        c.setRefreshDelayMs(50);
        QSignalSpy refresh(&c, &Connection::refreshNeeded);
        QSignalSpy events(&c, &Connection::domainEvent);
        bool done = false;
        Core::Error err;
        c.domainAction(QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e60"), Connection::DomainAction::Suspend, this,
                       [&](const Core::Error &e) {
                           err = e;
                           done = true;
                       });
        QVERIFY(QTest::qWaitFor([&]() { return done; }, 20000));
        QVERIFY2(!err, qPrintable(err.toString()));
        QVERIFY(refresh.wait(5000));
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.constFirst().at(0).toString(), QStringLiteral("6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e60"));

        Core::Error e;
        const QVector<Domain> domains = listNow(&c, &e);
        const auto it = std::find_if(domains.cbegin(), domains.cend(),
                                     [](const Domain &d) { return d.name == QLatin1String("instance-0000000b"); });
        QVERIFY(it != domains.cend());
        QCOMPARE(it->state, Domain::State::Paused);
    }

    void unknownDomainFailsWithLibvirtsText()
    {
        Connection c(QStringLiteral("host01"), projectXmlUri());
        bool done = false;
        Core::Error err;
        c.domainAction(QStringLiteral("00000000-0000-0000-0000-000000000000"), Connection::DomainAction::Start, this,
                       [&](const Core::Error &e) {
                           err = e;
                           done = true;
                       });
        QVERIFY(QTest::qWaitFor([&]() { return done; }, 20000));
        QVERIFY(err.isError());
        QCOMPARE(err.service, QStringLiteral("libvirt"));
        QVERIFY2(err.message.contains(QLatin1String("omain")), qPrintable(err.message)); // "Domain not found"
        QVERIFY(err.context.contains(QLatin1String("00000000-0000-0000-0000-000000000000")));
    }

    void badUriFailsWithMessage()
    {
        Connection c(QStringLiteral("nowhere"), QStringLiteral("test:///nonexistent/file.xml"));
        Core::Error e;
        listNow(&c, &e);
        QVERIFY(e.isError());
        QVERIFY(e.context.contains(QLatin1String("test:///nonexistent/file.xml")));
        QVERIFY(!e.message.isEmpty());
        QCOMPARE(c.state(), Connection::State::Failed);
    }

    // A listener that accepts and never answers: libvirt's RPC handshake hangs; the watchdog must
    // end it within the timeout, and the window (this thread) never blocks.
    void hangingUriTimesOut()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString uri = QStringLiteral("qemu+tcp://127.0.0.1:%1/system").arg(silent.serverPort());
        Connection c(QStringLiteral("hang"), uri);
        c.setTimeoutMs(1500);
        QElapsedTimer clock;
        clock.start();
        bool done = false;
        Core::Error err;
        c.listDomains(this, [&](const QVector<Domain> &, const Core::Error &e) {
            err = e;
            done = true;
        });
        // The call returned at once; the event loop keeps running while we wait.
        QVERIFY(clock.elapsed() < 500);
        QVERIFY(QTest::qWaitFor([&]() { return done; }, 10000));
        QVERIFY(err.isError());
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(err.context.contains(uri));
        QCOMPARE(c.state(), Connection::State::Failed);
    }

    void uriTemplateAndOverrides()
    {
        QVariantMap stackdeck;
        stackdeck.insert(QStringLiteral("libvirt_uri_template"), QStringLiteral("qemu+tcp://{host}.example/system"));
        QVariantMap uris;
        uris.insert(QStringLiteral("host02"), QStringLiteral("test:///default"));
        stackdeck.insert(QStringLiteral("libvirt_uris"), uris);
        const Libvirt::UriSettings s = Libvirt::UriSettings::fromStackdeckConfig(stackdeck);
        QCOMPARE(s.uriFor(QStringLiteral("host01")), QStringLiteral("qemu+tcp://host01.example/system"));
        QCOMPARE(s.uriFor(QStringLiteral("host02")), QStringLiteral("test:///default"));
        QCOMPARE(s.knownHosts(), QStringList{QStringLiteral("host02")});
        QCOMPARE(Libvirt::UriSettings::fromStackdeckConfig({}).uriFor(QStringLiteral("h")),
                 QStringLiteral("qemu+ssh://h/system"));
    }

    void domainXmlErrors()
    {
        Core::Error e;
        Domain::fromXml(QStringLiteral("<network/>"), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        e = {};
        Domain::fromXml(QStringLiteral("<domain><name>x</name><uuid>1</uuid><devices><disk"), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
    }
};

QTEST_GUILESS_MAIN(TestLibvirtConnection)
#include "tst_libvirtconnection.moc"
