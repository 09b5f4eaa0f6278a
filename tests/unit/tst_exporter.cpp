// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/exporter.h"
#include "models/projectlistmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestExporter : public QObject
{
    Q_OBJECT

    Models::ProjectListModel m_model{nullptr, false}; // as `stackdeck export projects` builds it

private slots:
    void initTestCase()
    {
        OpenStack::Identity::Project a;
        a.id = QStringLiteral("a1");
        a.name = QStringLiteral("FormalTenant");
        a.description = QStringLiteral("生产组项目, \"prod\"");
        a.domainId = QStringLiteral("default");
        OpenStack::Identity::Project b;
        b.id = QStringLiteral("b2");
        b.name = QStringLiteral("DevTenant");
        b.enabled = false;
        m_model.setRecords({a, b});
    }

    void csvQuotesAndUsesStableKeys()
    {
        const QStringList lines = QString::fromUtf8(Models::Exporter::toCsv(m_model)).split(QLatin1Char('\n'));
        QCOMPARE(lines.at(0), QStringLiteral("name,description,id,domain_id,enabled"));
        QCOMPARE(lines.at(1), QStringLiteral("FormalTenant,\"生产组项目, \"\"prod\"\"\",a1,default,true"));
        QCOMPARE(lines.at(2), QStringLiteral("DevTenant,,b2,,false"));
    }

    void jsonHasTypedValues()
    {
        const QJsonArray rows = QJsonDocument::fromJson(Models::Exporter::toJson(m_model)).array();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0)[QStringLiteral("id")].toString(), QStringLiteral("a1"));
        QCOMPARE(rows.at(0)[QStringLiteral("description")].toString(), QStringLiteral("生产组项目, \"prod\""));
        QVERIFY(rows.at(1)[QStringLiteral("enabled")].isBool());
        QCOMPARE(rows.at(1)[QStringLiteral("enabled")].toBool(), false);
    }

    void formats()
    {
        Models::Exporter::Format f;
        QVERIFY(Models::Exporter::parseFormat(QStringLiteral("JSON"), &f));
        QCOMPARE(f, Models::Exporter::Format::Json);
        QVERIFY(!Models::Exporter::parseFormat(QStringLiteral("yaml"), &f));
    }
};

QTEST_GUILESS_MAIN(TestExporter)
#include "tst_exporter.moc"
