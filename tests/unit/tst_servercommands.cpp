// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/compute/servercommands.h"

#include <QTest>

using Models::ServerCommand;
using Models::ServerCommandRules;
using OpenStack::Compute::Server;

Q_DECLARE_METATYPE(Models::ServerCommand)

class TestServerCommands : public QObject
{
    Q_OBJECT
private slots:
    void stateDecides_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("task");
        QTest::addColumn<bool>("locked");
        QTest::addColumn<ServerCommand>("command");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("start shutoff") << "SHUTOFF" << "" << false << ServerCommand::Start << true;
        QTest::newRow("start active") << "ACTIVE" << "" << false << ServerCommand::Start << false;
        QTest::newRow("stop active") << "ACTIVE" << "" << false << ServerCommand::Stop << true;
        QTest::newRow("stop shutoff") << "SHUTOFF" << "" << false << ServerCommand::Stop << false;
        QTest::newRow("stop while busy") << "ACTIVE" << "rebooting" << false << ServerCommand::Stop << false;
        QTest::newRow("terminate while busy") << "ACTIVE" << "rebooting" << false << ServerCommand::Terminate << true;
        QTest::newRow("terminate locked") << "ACTIVE" << "" << true << ServerCommand::Terminate << false;
        QTest::newRow("unlock locked") << "ACTIVE" << "" << true << ServerCommand::Unlock << true;
        QTest::newRow("unpause paused") << "PAUSED" << "" << false << ServerCommand::Unpause << true;
        QTest::newRow("resume active") << "ACTIVE" << "" << false << ServerCommand::Resume << false;
        QTest::newRow("confirm verify") << "VERIFY_RESIZE" << "" << false << ServerCommand::ConfirmResize << true;
        QTest::newRow("confirm active") << "ACTIVE" << "" << false << ServerCommand::ConfirmResize << false;
        QTest::newRow("unshelve offloaded") << "SHELVED_OFFLOADED" << "" << false << ServerCommand::Unshelve << true;
        QTest::newRow("snapshot error") << "ERROR" << "" << false << ServerCommand::Snapshot << false;
        QTest::newRow("hard reboot error") << "ERROR" << "" << false << ServerCommand::HardReboot << true;
        QTest::newRow("console build") << "BUILD" << "spawning" << false << ServerCommand::ConsoleLog << false;
    }
    void stateDecides()
    {
        QFETCH(QString, status);
        QFETCH(QString, task);
        QFETCH(bool, locked);
        QFETCH(ServerCommand, command);
        QFETCH(bool, allowed);
        Server s;
        s.id = QStringLiteral("id");
        s.name = QStringLiteral("hadoop1");
        s.status = status;
        s.taskState = task;
        s.locked = locked;
        const QString why = ServerCommandRules::whyNot(command, s);
        QCOMPARE(why.isEmpty(), allowed);
        if (!allowed)
            QVERIFY2(why.contains(QStringLiteral("hadoop1")), qPrintable(why)); // the reason names the instance
    }

    void selections()
    {
        Server on;
        on.name = QStringLiteral("a");
        on.status = QStringLiteral("ACTIVE");
        Server off;
        off.name = QStringLiteral("b");
        off.status = QStringLiteral("SHUTOFF");
        QVERIFY(ServerCommandRules::whyNot(ServerCommand::Start, QVector<Server>{on, off}).isEmpty());
        QVERIFY(!ServerCommandRules::whyNot(ServerCommand::Start, QVector<Server>{on}).isEmpty());
        QVERIFY(!ServerCommandRules::whyNot(ServerCommand::Resize, QVector<Server>{on, on}).isEmpty()); // single only
        QVERIFY(!ServerCommandRules::whyNot(ServerCommand::Stop, QVector<Server>{}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
