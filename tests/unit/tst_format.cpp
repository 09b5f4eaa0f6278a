// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/format.h"

#include <QLocale>
#include <QTest>
#include <QTranslator>

class TestFormat : public QObject
{
    Q_OBJECT
    QTranslator m_english;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // As the application does: English plural forms come from the English translation.
        QVERIFY(m_english.load(QStringLiteral(":/i18n/stackdeck_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void age_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        const qint64 h = 3600, d = 24 * h;
        QTest::newRow("talk: 3 days, 19 hours") << 3 * d + 19 * h + 120 << QStringLiteral("3 days, 19 hours");
        QTest::newRow("talk: 2 weeks") << 14 * d + 3 * h << QStringLiteral("2 weeks");
        QTest::newRow("talk: 2 weeks, 5 days") << 19 * d << QStringLiteral("2 weeks, 5 days");
        QTest::newRow("one hour") << h << QStringLiteral("1 hour");
        QTest::newRow("minutes") << qint64(5 * 60 + 10) << QStringLiteral("5 minutes");
        QTest::newRow("fresh") << qint64(20) << QStringLiteral("just now");
        QTest::newRow("clock skew") << qint64(-30) << QStringLiteral("just now");
    }
    void age()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-11-26T06:00:00Z"), Qt::ISODate);
        QCOMPARE(Core::formatAge(now.addSecs(-seconds), now), expected);
    }

    void invalidDateIsEmpty() { QCOMPARE(Core::formatAge(QDateTime(), QDateTime::currentDateTimeUtc()), QString()); }

    void sizes()
    {
        QCOMPARE(Core::formatMebibytes(800 * 1024), QStringLiteral("800.0 GiB"));
        QCOMPARE(Core::formatBytes(1536), QStringLiteral("1.5 KiB"));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
