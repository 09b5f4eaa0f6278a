// SPDX-License-Identifier: GPL-3.0-or-later
// Models::VolumeBacking: what Cinder says about a volume against what Ceph says about its RBD
// image, without a cluster (the answers are built here as RadosWorker gives them).
#include "models/blockstorage/volumebacking.h"

#include <QTest>

#include <cerrno>
#include <cstring>

using Models::VolumeBacking;
using OpenStack::BlockStorage::Volume;
using OpenStack::BlockStorage::VolumeAttachment;

namespace {
constexpr qint64 kGiB = qint64(1024) * 1024 * 1024;
const QString kSpec = QStringLiteral("volumes/volume-1111");

Core::Error cephError(int code, const QString &context)
{
    Core::Error e = Core::Error::make(Core::Error::Kind::Backend, QString::fromLocal8Bit(std::strerror(code)), context);
    e.service = QStringLiteral("ceph");
    return e;
}

Core::Error noImage()
{
    return cephError(ENOENT, QStringLiteral("open RBD image volumes/volume-1111"));
}

Volume volume(const QString &status, bool attached, const QString &host = QStringLiteral("localcloud@ceph#ceph"))
{
    Volume v;
    v.id = QStringLiteral("1111");
    v.name = QStringLiteral("hadoop01");
    v.status = status;
    v.sizeGb = 800;
    v.host = host;
    if (attached)
        v.attachments = {VolumeAttachment{QStringLiteral("a"), QStringLiteral("s"), {}, QStringLiteral("/dev/vdd"), {}}};
    return v;
}

Ceph::ImageDetails image(qint64 bytes, int watchers)
{
    Ceph::ImageDetails d;
    d.image.id = kSpec;
    d.image.sizeBytes = bytes;
    for (int i = 0; i < watchers; ++i)
        d.watchers.append({QStringLiteral("127.0.0.1:0/%1").arg(i), 4100 + i, quint64(i)});
    return d;
}

QStringList codes(const VolumeBacking &b)
{
    QStringList out;
    for (const auto &f : b.findings)
        out << f.code;
    return out;
}
} // namespace

class TestVolumeBacking : public QObject
{
    Q_OBJECT

private slots:
    void findings_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("attached");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("missing");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<int>("watchers");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("problem");

        const QString ceph = QStringLiteral("localcloud@ceph#ceph");
        const qint64 full = 800 * kGiB;
        QTest::newRow("in-use, watched") << QStringLiteral("in-use") << true << ceph << false << full << 1 << QStringList{QStringLiteral("agree")} << false;
        QTest::newRow("in-use, no watcher") << QStringLiteral("in-use") << true << ceph << false << full << 0
                                            << QStringList{QStringLiteral("in-use-no-watcher")} << true;
        QTest::newRow("available, unwatched") << QStringLiteral("available") << false << ceph << false << full << 0 << QStringList{QStringLiteral("agree")} << false;
        QTest::newRow("available, watched") << QStringLiteral("available") << false << ceph << false << full << 2
                                            << QStringList{QStringLiteral("available-but-watched")} << true;
        QTest::newRow("other size") << QStringLiteral("available") << false << ceph << false << 10 * kGiB << 0 << QStringList{QStringLiteral("size-differs")} << true;
        QTest::newRow("extending: size may differ") << QStringLiteral("extending") << false << ceph << false << 10 * kGiB << 0
                                                    << QStringList{QStringLiteral("agree")} << false;
        QTest::newRow("two findings") << QStringLiteral("in-use") << true << ceph << false << 10 * kGiB << 0
                                      << QStringList{QStringLiteral("in-use-no-watcher"), QStringLiteral("size-differs")} << true;
        QTest::newRow("missing image") << QStringLiteral("available") << false << ceph << true << qint64(0) << 0 << QStringList{QStringLiteral("image-missing")} << true;
        QTest::newRow("missing, attached") << QStringLiteral("in-use") << true << ceph << true << qint64(0) << 0 << QStringList{QStringLiteral("image-missing")} << true;
        QTest::newRow("missing while creating") << QStringLiteral("creating") << false << ceph << true << qint64(0) << 0
                                                << QStringList{QStringLiteral("image-not-yet")} << false;
        QTest::newRow("missing while deleting") << QStringLiteral("deleting") << false << ceph << true << qint64(0) << 0
                                                << QStringList{QStringLiteral("image-deleted")} << false;
        QTest::newRow("missing in error") << QStringLiteral("error") << false << QString() << true << qint64(0) << 0
                                          << QStringList{QStringLiteral("image-missing-error")} << true;
        QTest::newRow("missing, backend unknown") << QStringLiteral("available") << false << QString() << true << qint64(0) << 0
                                                  << QStringList{QStringLiteral("image-not-found")} << true;
    }

    void findings()
    {
        QFETCH(QString, status);
        QFETCH(bool, attached);
        QFETCH(QString, host);
        QFETCH(bool, missing);
        QFETCH(qint64, bytes);
        QFETCH(int, watchers);
        QFETCH(QStringList, expected);
        QFETCH(bool, problem);
        const Volume v = volume(status, attached, host);
        const VolumeBacking b = missing ? VolumeBacking::assess(v, kSpec, {}, noImage())
                                        : VolumeBacking::assess(v, kSpec, image(bytes, watchers), {});
        QCOMPARE(codes(b), expected);
        QCOMPARE(b.hasProblems(), problem);
        QCOMPARE(b.imageFound, !missing);
        QVERIFY(!b.error);
        QCOMPARE(b.imageSpec, kSpec);
        for (const auto &f : b.findings)
            QVERIFY(!f.text.isEmpty());
    }

    void cephNotAnsweringIsNoVerdict()
    {
        // A timeout, a refused key or a missing pool say nothing about the image.
        const Core::Error errors[] = {
            cephError(ETIMEDOUT, QStringLiteral("open pool volumes")),
            cephError(EACCES, QStringLiteral("connect to Ceph")),
            cephError(ENOENT, QStringLiteral("open pool volumes")),
        };
        for (const Core::Error &e : errors) {
            QVERIFY(!VolumeBacking::isMissingImage(e));
            const VolumeBacking b = VolumeBacking::assess(volume(QStringLiteral("in-use"), true), kSpec, {}, e);
            QVERIFY(b.error);
            QVERIFY(b.findings.isEmpty());
            QVERIFY(!b.imageFound);
            QVERIFY(!b.hasProblems());
        }
        QVERIFY(VolumeBacking::isMissingImage(noImage()));
    }

    void textsNameWhatTheyAreAbout()
    {
        const VolumeBacking b = VolumeBacking::assess(volume(QStringLiteral("available"), false), kSpec, {}, noImage());
        QVERIFY(b.findings.constFirst().text.contains(QLatin1String("hadoop01")));
        QVERIFY(b.findings.constFirst().text.contains(kSpec));
        const VolumeBacking s = VolumeBacking::assess(volume(QStringLiteral("available"), false), kSpec, image(10 * kGiB, 0), {});
        QVERIFY(s.findings.constFirst().text.contains(QLatin1String("800")));
    }
};

QTEST_GUILESS_MAIN(TestVolumeBacking)
#include "tst_volumebacking.moc"
