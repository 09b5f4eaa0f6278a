// SPDX-License-Identifier: GPL-3.0-or-later
// Libvirt::Connection on the local cloud's test-driver XML (one file per compute host, written
// from Nova's servers): every domain maps to a Nova server by UUID with Nova's name in its
// metadata, except the stray domain localcloud plants on host02.
#include "libvirt/connection.h"
#include "libvirt/uris.h"
#include "testcloud.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestLibvirtFunctional : public QObject
{
    Q_OBJECT
    TestSupport::TestCloud m_cloud;

private slots:
    void initTestCase() { STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud); }

    void domainsMatchNova()
    {
        const auto servers = m_cloud.openstack({QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("server"),
                                                QStringLiteral("list"), QStringLiteral("--all-projects"), QStringLiteral("-f"),
                                                QStringLiteral("json")});
        QCOMPARE(servers.exitCode, 0);
        QHash<QString, QString> nameById;
        for (const QJsonValue &v : QJsonDocument::fromJson(servers.out).array())
            nameById.insert(v.toObject().value(QLatin1String("ID")).toString(), v.toObject().value(QLatin1String("Name")).toString());
        QVERIFY(!nameById.isEmpty());

        int matched = 0;
        QStringList unknown;
        for (const QString &host : {QStringLiteral("host01"), QStringLiteral("host02")}) {
            Libvirt::Connection c(host, QStringLiteral("test://%1/libvirt/%2.xml").arg(m_cloud.stateDir, host));
            bool done = false;
            Core::Error err;
            QVector<Libvirt::Domain> domains;
            c.listDomains(this, [&](const QVector<Libvirt::Domain> &d, const Core::Error &e) {
                domains = d;
                err = e;
                done = true;
            });
            QVERIFY(QTest::qWaitFor([&]() { return done; }, 20000));
            QVERIFY2(!err, qPrintable(err.toString()));
            for (const Libvirt::Domain &d : domains) {
                QVERIFY(d.name.startsWith(QLatin1String("instance-")));
                QVERIFY(!d.disks.isEmpty() && d.disks.constFirst().isRbd());
                QCOMPARE(d.disks.constFirst().pool, QStringLiteral("vms"));
                if (nameById.contains(d.uuid)) {
                    QCOMPARE(d.nova.displayName, nameById.value(d.uuid));
                    ++matched;
                } else {
                    unknown.append(host + QLatin1Char('/') + d.uuid);
                }
            }
        }
        QVERIFY(matched > 0);
        QCOMPARE(unknown, QStringList{QStringLiteral("host02/5d0c1a7e-83b2-4f4e-9c1d-2a6f0b9e7c11")});
    }
};

QTEST_GUILESS_MAIN(TestLibvirtFunctional)
#include "tst_libvirt_functional.moc"
