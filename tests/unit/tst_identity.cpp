// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/identity/identityjobs.h"
#include "openstack/identity/user.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace OpenStack::Identity;

class TestIdentity : public QObject
{
    Q_OBJECT
private slots:
    void roleAssignments()
    {
        // As GET /v3/role_assignments?include_names=true answers (trimmed).
        const QJsonArray list = QJsonDocument::fromJson(R"([
          {"user": {"id": "u1", "name": "admin", "domain": {"id": "default"}}, "role": {"id": "r1", "name": "admin"},
           "scope": {"project": {"id": "p1", "name": "FormalTenant", "domain": {"id": "default"}}}},
          {"group": {"id": "g1", "name": "ops"}, "role": {"id": "r2", "name": "member"},
           "scope": {"project": {"id": "p1", "name": "FormalTenant"}, "OS-INHERIT:inherited_to": "projects"}},
          {"user": {"id": "u2", "name": "reader"}, "role": {"id": "r3", "name": "reader"}, "scope": {"domain": {"id": "default"}}}
        ])").array();
        QVector<RoleAssignment> parsed;
        for (const auto &v : list) {
            Core::Error e;
            parsed << RoleAssignment::fromJson(v.toObject(), &e);
            QVERIFY(!e);
        }
        QCOMPARE(parsed.at(0).userName, QStringLiteral("admin"));
        QCOMPARE(parsed.at(0).projectName, QStringLiteral("FormalTenant"));
        QVERIFY(!parsed.at(0).isGroup());
        QVERIFY(parsed.at(1).isGroup());
        QVERIFY(parsed.at(1).inherited);
        QCOMPARE(parsed.at(2).domainId, QStringLiteral("default"));
        // Ids are distinct and stable, so the members table can diff.
        QVERIFY(parsed.at(0).id != parsed.at(1).id && parsed.at(1).id != parsed.at(2).id);
        Core::Error again;
        QCOMPARE(RoleAssignment::fromJson(list.at(0).toObject(), &again).id, parsed.at(0).id);
    }

    void brokenAssignment()
    {
        Core::Error e;
        RoleAssignment::fromJson(QJsonDocument::fromJson(R"({"scope": {}})").object(), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
    }

    void userNeedsIdAndName()
    {
        Core::Error e;
        User::fromJson(QJsonDocument::fromJson(R"({"id": "u1"})").object(), &e);
        QCOMPARE(e.kind, Core::Error::Kind::BadResponse);
        QVERIFY(e.message.contains(QStringLiteral("name")));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("ordinary") << QStringLiteral("FormalTenant") << true;
        QTest::newRow("chinese") << QStringLiteral("生产组项目") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << QStringLiteral("   ") << false;
        QTest::newRow("too long") << QString(65, QLatin1Char('x')) << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(validateName(name).isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestIdentity)
#include "tst_identity.moc"
