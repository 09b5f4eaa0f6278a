// SPDX-License-Identifier: GPL-3.0-or-later
// What the Volumes tab refuses before sending anything: bad sizes, shrinking, actions the state
// forbids (with the reason), and what an error state still allows.
#include "models/blockstorage/volumerules.h"

#include <QTest>

using Models::VolumeCommand;
using Models::VolumeRules;
using OpenStack::BlockStorage::Volume;

namespace {
Volume vol(const char *status, bool attached = false)
{
    Volume v;
    v.id = QStringLiteral("v");
    v.name = QStringLiteral("hadoop01");
    v.status = QString::fromLatin1(status);
    v.sizeGb = 800;
    if (attached)
        v.attachments.append({QStringLiteral("a"), QStringLiteral("s"), {}, QStringLiteral("/dev/vdd"), {}});
    return v;
}
} // namespace

class TestVolumeRules : public QObject
{
    Q_OBJECT
private slots:
    void newSize_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<qint64>("quotaFree");
        QTest::addColumn<bool>("ok");
        QTest::newRow("one") << QStringLiteral("1") << qint64(1) << qint64(-1) << true;
        QTest::newRow("zero") << QStringLiteral("0") << qint64(1) << qint64(-1) << false;
        QTest::newRow("negative") << QStringLiteral("-5") << qint64(1) << qint64(-1) << false;
        QTest::newRow("fraction") << QStringLiteral("1.5") << qint64(1) << qint64(-1) << false;
        QTest::newRow("words") << QStringLiteral("ten") << qint64(1) << qint64(-1) << false;
        QTest::newRow("empty") << QString() << qint64(1) << qint64(-1) << false;
        QTest::newRow("below source") << QStringLiteral("5") << qint64(10) << qint64(-1) << false;
        QTest::newRow("equal source") << QStringLiteral("10") << qint64(10) << qint64(-1) << true;
        QTest::newRow("over quota") << QStringLiteral("101") << qint64(1) << qint64(100) << false;
        QTest::newRow("at quota") << QStringLiteral("100") << qint64(1) << qint64(100) << true;
    }

    void newSize()
    {
        QFETCH(QString, text);
        QFETCH(qint64, minimum);
        QFETCH(qint64, quotaFree);
        QFETCH(bool, ok);
        qint64 size = 0;
        const QString problem = VolumeRules::validateNewSize(text, minimum, quotaFree, &size);
        QCOMPARE(problem.isEmpty(), ok);
        if (ok)
            QCOMPARE(size, text.toLongLong());
    }

    void extendOnlyGrows()
    {
        QVERIFY(!VolumeRules::validateExtend(QStringLiteral("800"), 800, -1, nullptr).isEmpty());
        QVERIFY(!VolumeRules::validateExtend(QStringLiteral("500"), 800, -1, nullptr).isEmpty());
        QVERIFY(VolumeRules::validateExtend(QStringLiteral("801"), 800, -1, nullptr).isEmpty());
        QVERIFY(!VolumeRules::validateExtend(QStringLiteral("900"), 800, 50, nullptr).isEmpty());
        QVERIFY(VolumeRules::validateExtend(QStringLiteral("850"), 800, 50, nullptr).isEmpty());
    }

    void stateRules()
    {
        Models::VolumeContext c;
        c.microversion = {3, 70};
        QVERIFY(!VolumeRules::check(VolumeCommand::Delete, vol("in-use", true), c).allowed);
        QVERIFY(VolumeRules::check(VolumeCommand::Delete, vol("in-use", true), c).reason.contains(QLatin1String("detach")));
        QVERIFY(VolumeRules::check(VolumeCommand::Delete, vol("available"), c).allowed);
        QVERIFY(VolumeRules::check(VolumeCommand::Delete, vol("error"), c).allowed);
        QVERIFY(VolumeRules::check(VolumeCommand::Delete, vol("error_deleting"), c).allowed);
        QVERIFY(!VolumeRules::check(VolumeCommand::Delete, vol("creating"), c).allowed);
        Models::VolumeContext withSnaps = c;
        withSnaps.snapshotCount = 2;
        QVERIFY(!VolumeRules::check(VolumeCommand::Delete, vol("available"), withSnaps).allowed);
        QVERIFY(VolumeRules::check(VolumeCommand::Attach, vol("available"), c).allowed);
        QVERIFY(!VolumeRules::check(VolumeCommand::Attach, vol("in-use", true), c).allowed);
        QVERIFY(VolumeRules::check(VolumeCommand::Detach, vol("in-use", true), c).allowed);
        QVERIFY(!VolumeRules::check(VolumeCommand::Detach, vol("available"), c).allowed);
        QVERIFY(!VolumeRules::check(VolumeCommand::Detach, vol("detaching", true), c).allowed);
        // Extending an attached volume needs 3.42.
        QVERIFY(VolumeRules::check(VolumeCommand::Extend, vol("in-use", true), c).allowed);
        Models::VolumeContext old;
        old.microversion = {3, 40};
        QVERIFY(!VolumeRules::check(VolumeCommand::Extend, vol("in-use", true), old).allowed);
        QVERIFY(VolumeRules::snapshotNeedsForce(vol("in-use", true), {3, 60}));
        QVERIFY(!VolumeRules::snapshotNeedsForce(vol("in-use", true), {3, 66}));
        // Admin-only recovery.
        QVERIFY(!VolumeRules::check(VolumeCommand::ResetStatus, vol("error_deleting"), c).allowed);
        Models::VolumeContext admin = c;
        admin.admin = true;
        QVERIFY(VolumeRules::check(VolumeCommand::ResetStatus, vol("error_deleting"), admin).allowed);
        QVERIFY(!VolumeRules::check(VolumeCommand::ResetStatus, vol("available"), admin).allowed);
        QVERIFY(VolumeRules::check(VolumeCommand::ForceDelete, vol("error_deleting"), admin).allowed);
        QVERIFY(!VolumeRules::check(VolumeCommand::CreateTransfer, vol("in-use", true), c).allowed);
    }

    void errorStatesSayWhatsNext()
    {
        QVERIFY(!VolumeRules::nextSteps(vol("error"), false).isEmpty());
        const QStringList admin = VolumeRules::nextSteps(vol("error_deleting"), true);
        QVERIFY(admin.join(QLatin1Char(' ')).contains(QLatin1String("Force delete")));
        const QStringList member = VolumeRules::nextSteps(vol("error_extending"), false);
        QVERIFY(member.join(QLatin1Char(' ')).contains(QLatin1String("administrator")));
        QVERIFY(VolumeRules::nextSteps(vol("available"), true).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVolumeRules)
#include "tst_volumerules.moc"
