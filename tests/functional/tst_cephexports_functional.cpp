// SPDX-License-Identifier: GPL-3.0-or-later
// `stackdeck export` of the Ceph and libvirt resources against the local cloud, with no setup but
// its clouds.yaml (the `stackdeck:` key): rbd-images matches `rbd ls -l --format json` pool by
// pool, ceph-pools lists the pools `ceph osd pool ls` does, domains lists the test-driver domains
// of host01 and host02, and cross-layer --orphans reports an image made behind Cinder's back.
#include "testcloud.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

class TestCephExportsFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;

    QStringList cephArgs() const
    {
        const QString dir = m_cloud.stateDir + QStringLiteral("/ceph/");
        return {QStringLiteral("-c"), dir + QStringLiteral("ceph.conf"), QStringLiteral("--keyring"),
                dir + QStringLiteral("ceph.client.admin.keyring"), QStringLiteral("--id"), QStringLiteral("admin")};
    }

    QJsonArray exportJson(const QStringList &args)
    {
        const auto run = m_cloud.stackdeck(QStringList{QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("export")}
                                           + args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return QJsonDocument::fromJson(run.out).array();
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        if (qEnvironmentVariableIsEmpty("STACKDECK_BINARY"))
            QSKIP("STACKDECK_BINARY is not set (run through ctest)");
    }

    void rbdImagesMatchRbdTool()
    {
        const QJsonArray rows = exportJson({QStringLiteral("rbd-images")});
        QVERIFY(!rows.isEmpty());
        QMap<QString, QMap<QString, qint64>> got;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            got[o.value(QLatin1String("pool")).toString()].insert(o.value(QLatin1String("image")).toString(),
                                                                 qint64(o.value(QLatin1String("size")).toDouble()));
        }
        const auto pools = m_cloud.run(QStringLiteral("ceph"), cephArgs() + QStringList{QStringLiteral("osd"), QStringLiteral("pool"),
                                                                                        QStringLiteral("ls"), QStringLiteral("detail"),
                                                                                        QStringLiteral("-f"), QStringLiteral("json")});
        QCOMPARE(pools.exitCode, 0);
        int compared = 0;
        for (const QJsonValue &p : QJsonDocument::fromJson(pools.out).array()) {
            const QJsonObject po = p.toObject();
            if (!po.value(QLatin1String("application_metadata")).toObject().contains(QLatin1String("rbd")))
                continue;
            const QString pool = po.value(QLatin1String("pool_name")).toString();
            const auto ls = m_cloud.run(QStringLiteral("rbd"), cephArgs() + QStringList{QStringLiteral("ls"), QStringLiteral("-l"),
                                                                                        QStringLiteral("--format"), QStringLiteral("json"), pool});
            QCOMPARE(ls.exitCode, 0);
            QMap<QString, qint64> expected;
            for (const QJsonValue &v : QJsonDocument::fromJson(ls.out).array()) {
                const QJsonObject o = v.toObject();
                if (!o.contains(QLatin1String("snapshot")))
                    expected.insert(o.value(QLatin1String("image")).toString(), qint64(o.value(QLatin1String("size")).toDouble()));
            }
            QCOMPARE(got.value(pool), expected);
            ++compared;
        }
        QVERIFY(compared >= 3);
    }

    void cephPoolsMatchCephTool()
    {
        const QJsonArray rows = exportJson({QStringLiteral("ceph-pools")});
        QSet<QString> got;
        for (const QJsonValue &v : rows)
            got.insert(v.toObject().value(QLatin1String("name")).toString());
        const auto ls = m_cloud.run(QStringLiteral("ceph"), cephArgs() + QStringList{QStringLiteral("osd"), QStringLiteral("pool"), QStringLiteral("ls")});
        QCOMPARE(ls.exitCode, 0);
        const QStringList names = QString::fromUtf8(ls.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(got, QSet<QString>(names.cbegin(), names.cend()));
    }

    void domainsOfBothHosts()
    {
        const QJsonArray rows = exportJson({QStringLiteral("domains")});
        QSet<QString> hosts;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            hosts.insert(o.value(QLatin1String("host")).toString());
            QVERIFY(o.value(QLatin1String("name")).toString().startsWith(QLatin1String("instance-")));
        }
        QCOMPARE(hosts, (QSet<QString>{QStringLiteral("host01"), QStringLiteral("host02")}));
        // The stray domain localcloud plants on host02, with Nova's metadata.
        const bool stray = std::any_of(rows.cbegin(), rows.cend(), [](const QJsonValue &v) {
            return v.toObject().value(QLatin1String("uuid")).toString() == QLatin1String("5d0c1a7e-83b2-4f4e-9c1d-2a6f0b9e7c11");
        });
        QVERIFY(stray);
    }

    void orphansExport()
    {
        const QString name = QStringLiteral("sdorphan-export-%1").arg(QRandomGenerator::global()->generate() % 1000000);
        QCOMPARE(m_cloud.run(QStringLiteral("rbd"), cephArgs() + QStringList{QStringLiteral("create"), QStringLiteral("--size"),
                                                                             QStringLiteral("16M"), QStringLiteral("volumes/") + name}).exitCode, 0);
        auto cleanup = qScopeGuard([&]() {
            m_cloud.run(QStringLiteral("rbd"), cephArgs() + QStringList{QStringLiteral("rm"), QStringLiteral("volumes/") + name});
        });
        const QJsonArray rows = exportJson({QStringLiteral("cross-layer"), QStringLiteral("--orphans")});
        bool found = false;
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("orphan"));
            if (o.value(QLatin1String("rbd_image")).toString() == QStringLiteral("volumes/") + name) {
                found = true;
                QCOMPARE(qint64(o.value(QLatin1String("size_bytes")).toDouble()), 16LL << 20);
            }
        }
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestCephExportsFunctional)
#include "tst_cephexports_functional.moc"
