// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "app/options.h"

#include <QTest>

using App::Options;

class TestOptions : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("check");
        const QString p = QStringLiteral("stackdeck");
        QTest::newRow("window") << QStringList{p} << int(Options::Mode::Window) << QString();
        QTest::newRow("version") << QStringList{p, QStringLiteral("--version")} << int(Options::Mode::Version) << QString();
        QTest::newRow("export json")
            << QStringList{p, QStringLiteral("--os-cloud"), QStringLiteral("lab"), QStringLiteral("export"),
                           QStringLiteral("projects"), QStringLiteral("--format"), QStringLiteral("json")}
            << int(Options::Mode::Export) << QStringLiteral("lab|projects|json");
        QTest::newRow("export all projects")
            << QStringList{p, QStringLiteral("export"), QStringLiteral("servers"), QStringLiteral("--all-projects")}
            << int(Options::Mode::Export) << QStringLiteral("|servers|csv|all");
        QTest::newRow("export without resource") << QStringList{p, QStringLiteral("export")} << int(Options::Mode::Error)
                                                 << QString();
        QTest::newRow("bad format")
            << QStringList{p, QStringLiteral("export"), QStringLiteral("projects"), QStringLiteral("--format"),
                           QStringLiteral("xml")}
            << int(Options::Mode::Error) << QString();
        QTest::newRow("unknown command") << QStringList{p, QStringLiteral("frobnicate")} << int(Options::Mode::Error)
                                         << QString();
        QTest::newRow("unknown option") << QStringList{p, QStringLiteral("--nope")} << int(Options::Mode::Error)
                                        << QString();
        QTest::newRow("screenshot")
            << QStringList{p, QStringLiteral("--tab"), QStringLiteral("projects"), QStringLiteral("--screenshot"),
                           QStringLiteral("/tmp/x.png")}
            << int(Options::Mode::Window) << QStringLiteral("projects|/tmp/x.png");
        QTest::newRow("screenshot not png")
            << QStringList{p, QStringLiteral("--screenshot"), QStringLiteral("/tmp/x.jpg")} << int(Options::Mode::Error)
            << QString();
    }
    void parse()
    {
        QFETCH(QStringList, args);
        QFETCH(int, mode);
        QFETCH(QString, check);
        const Options o = Options::parse(args);
        QCOMPARE(int(o.mode), mode);
        if (o.mode == Options::Mode::Error)
            QVERIFY(!o.error.isEmpty());
        if (o.mode == Options::Mode::Export)
            QCOMPARE(o.cloud + QLatin1Char('|') + o.resource + QLatin1Char('|') + o.format
                         + (o.allProjects ? QStringLiteral("|all") : QString()),
                     check);
        if (o.mode == Options::Mode::Window && !check.isEmpty())
            QCOMPARE(o.tab + QLatin1Char('|') + o.screenshot, check);
    }

    void chooseCloud()
    {
        const QStringList names{QStringLiteral("a"), QStringLiteral("stackdeck-local"), QStringLiteral("z")};
        QCOMPARE(App::Application::chooseCloud(names, QStringLiteral("z"), QStringLiteral("a"), QString()), QStringLiteral("z"));
        QCOMPARE(App::Application::chooseCloud(names, {}, QStringLiteral("a"), QStringLiteral("z")), QStringLiteral("a"));
        QCOMPARE(App::Application::chooseCloud(names, {}, {}, QStringLiteral("z")), QStringLiteral("z"));
        QCOMPARE(App::Application::chooseCloud(names, {}, {}, QStringLiteral("gone")), QStringLiteral("stackdeck-local"));
        QCOMPARE(App::Application::chooseCloud({QStringLiteral("b"), QStringLiteral("c")}, {}, {}, {}), QStringLiteral("b"));
    }
};

QTEST_GUILESS_MAIN(TestOptions)
#include "tst_options.moc"
