// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/client/cloudconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using OpenStack::CloudConfig;
using OpenStack::CloudConfigLoader;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QByteArray cloudNamed(const char *name, const char *extra = "")
{
    return QByteArray("clouds:\n  ") + name + ":\n    auth:\n      auth_url: http://" + name
        + ":5000/v3\n      username: u\n      password: p\n" + extra;
}

} // namespace

class TestCloudConfig : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString cwd() const { return m_tmp.path() + QStringLiteral("/cwd"); }
    QString home() const { return m_tmp.path() + QStringLiteral("/home"); }
    QString etc() const { return m_tmp.path() + QStringLiteral("/etc"); }

    CloudConfigLoader loader(const QProcessEnvironment &env = {})
    {
        CloudConfigLoader::Options o;
        o.environment = env;
        o.currentDir = cwd();
        o.homeDir = home();
        o.etcDir = etc();
        return CloudConfigLoader(o);
    }

private slots:
    void init()
    {
        QDir(m_tmp.path()).removeRecursively();
        QDir().mkpath(cwd());
        QDir().mkpath(home());
        QDir().mkpath(etc());
    }

    // Which file wins, given which files exist: openstacksdk's order. Each file is "path=cloud".
    void precedence_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("useEnvFile");
        QTest::addColumn<QString>("expectedCloud");
        QTest::newRow("etc only") << QStringList{QStringLiteral("etc/clouds.yaml=etc")} << false << QStringLiteral("etc");
        QTest::newRow("home over etc") << QStringList{QStringLiteral("etc/clouds.yaml=etc"),
                                                      QStringLiteral("home/.config/openstack/clouds.yaml=home")}
                                       << false << QStringLiteral("home");
        QTest::newRow("cwd over home") << QStringList{QStringLiteral("cwd/clouds.yaml=cwd"),
                                                      QStringLiteral("home/.config/openstack/clouds.yaml=home")}
                                       << false << QStringLiteral("cwd");
        QTest::newRow("OS_CLIENT_CONFIG_FILE over cwd")
            << QStringList{QStringLiteral("cwd/clouds.yaml=cwd"), QStringLiteral("custom/my.yaml=custom")} << true
            << QStringLiteral("custom");
        QTest::newRow("yaml over yml") << QStringList{QStringLiteral("cwd/clouds.yml=yml"),
                                                      QStringLiteral("cwd/clouds.yaml=yaml")}
                                       << false << QStringLiteral("yaml");
        QTest::newRow("yml over json") << QStringList{QStringLiteral("cwd/clouds.json=json"),
                                                      QStringLiteral("cwd/clouds.yml=yml")}
                                       << false << QStringLiteral("yml");
        QTest::newRow("json alone") << QStringList{QStringLiteral("cwd/clouds.json=json")} << false
                                    << QStringLiteral("json");
    }
    void precedence()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, useEnvFile);
        QFETCH(QString, expectedCloud);
        for (const QString &entry : files) {
            const QString path = entry.section(QLatin1Char('='), 0, 0);
            const QByteArray name = entry.section(QLatin1Char('='), 1).toUtf8();
            const QByteArray content = path.endsWith(QLatin1String(".json"))
                ? QByteArray("{\"clouds\": {\"") + name + "\": {\"auth\": {\"auth_url\": \"http://j:5000\"}}}}"
                : cloudNamed(name.constData());
            writeFile(m_tmp.path() + QLatin1Char('/') + path, content);
        }
        QProcessEnvironment env;
        if (useEnvFile)
            env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), m_tmp.path() + QStringLiteral("/custom/my.yaml"));
        auto l = loader(env);
        QVERIFY(!l.load());
        QCOMPARE(l.cloudNames(), QStringList{expectedCloud});
    }

    void secureYamlMergesSecrets()
    {
        writeFile(cwd() + QStringLiteral("/clouds.yaml"),
                  "clouds:\n  prod:\n    auth:\n      auth_url: https://k:5000/v3\n      username: admin\n"
                  "    region_name: RegionOne\n");
        writeFile(home() + QStringLiteral("/.config/openstack/secure.yaml"),
                  "clouds:\n  prod:\n    auth:\n      password: from-secure\n");
        auto l = loader();
        QVERIFY(!l.load());
        Core::Error e;
        const auto c = l.cloud(QStringLiteral("prod"), &e);
        QVERIFY2(c, qPrintable(e.message));
        QCOMPARE(c->password, QStringLiteral("from-secure"));
        QCOMPARE(c->username, QStringLiteral("admin"));
        QCOMPARE(c->regionName, QStringLiteral("RegionOne"));
        QVERIFY(c->hasSecret());
    }

    void keyMapping_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        const QByteArray head = "clouds:\n  c:\n";
        QTest::newRow("tenant_name is project_name")
            << head + "    auth:\n      tenant_name: t1\n" << QStringLiteral("projectName") << QStringLiteral("t1");
        QTest::newRow("dashes are underscores")
            << head + "    auth:\n      project-id: pid\n" << QStringLiteral("projectId") << QStringLiteral("pid");
        QTest::newRow("top-level auth keys move into auth")
            << head + "    username: top\n" << QStringLiteral("username") << QStringLiteral("top");
        QTest::newRow("auth wins over top level")
            << head + "    username: top\n    auth:\n      username: inner\n" << QStringLiteral("username")
            << QStringLiteral("inner");
        QTest::newRow("interface publicURL") << head + "    interface: publicURL\n" << QStringLiteral("interface")
                                             << QStringLiteral("public");
        QTest::newRow("endpoint_type internal") << head + "    endpoint_type: internal\n"
                                                << QStringLiteral("interface") << QStringLiteral("internal");
        QTest::newRow("default interface") << head + "    auth: {}\n" << QStringLiteral("interface")
                                           << QStringLiteral("public");
        QTest::newRow("verify false") << head + "    verify: false\n" << QStringLiteral("verify")
                                      << QStringLiteral("false");
        QTest::newRow("insecure true") << head + "    insecure: true\n" << QStringLiteral("verify")
                                       << QStringLiteral("false");
        QTest::newRow("verify default") << head + "    auth: {}\n" << QStringLiteral("verify") << QStringLiteral("true");
        QTest::newRow("cacert") << head + "    cacert: /etc/ssl/ca.pem\n" << QStringLiteral("cacert")
                                << QStringLiteral("/etc/ssl/ca.pem");
        QTest::newRow("verify as CA path") << head + "    verify: /etc/ssl/ca2.pem\n" << QStringLiteral("cacert")
                                           << QStringLiteral("/etc/ssl/ca2.pem");
        QTest::newRow("cert and key") << head + "    cert: /c.pem\n    key: /k.pem\n" << QStringLiteral("certkey")
                                      << QStringLiteral("/c.pem|/k.pem");
        QTest::newRow("regions list picks first")
            << head + "    regions:\n      - RegionTwo\n      - RegionThree\n" << QStringLiteral("region")
            << QStringLiteral("RegionTwo");
        QTest::newRow("regions as mappings")
            << head + "    regions:\n      - name: R1\n        values: {}\n      - name: R2\n"
            << QStringLiteral("regions") << QStringLiteral("R1,R2");
        QTest::newRow("region_name wins") << head + "    region_name: R9\n    regions: [R1, R9]\n"
                                          << QStringLiteral("region") << QStringLiteral("R9");
        QTest::newRow("auth_type password default") << head + "    auth: {}\n" << QStringLiteral("authType")
                                                    << QStringLiteral("password");
        QTest::newRow("auth_type v3applicationcredential")
            << head + "    auth_type: v3applicationcredential\n    auth:\n      application_credential_id: ac\n"
                      "      application_credential_secret: s\n"
            << QStringLiteral("authType") << QStringLiteral("v3applicationcredential");
        QTest::newRow("auth_type v3token") << head + "    auth_type: v3token\n    auth:\n      token: tok\n"
                                           << QStringLiteral("authType") << QStringLiteral("v3token");
        QTest::newRow("auth_type token alias") << head + "    auth_type: token\n" << QStringLiteral("authType")
                                               << QStringLiteral("v3token");
        QTest::newRow("domain_name fills user and project domains")
            << head + "    auth:\n      project_name: p\n      domain_name: D\n" << QStringLiteral("domains")
            << QStringLiteral("D|D|");
        QTest::newRow("domain_name without project is domain scope")
            << head + "    auth:\n      domain_name: D\n" << QStringLiteral("domains") << QStringLiteral("||D");
        QTest::newRow("explicit domains kept")
            << head + "    auth:\n      project_name: p\n      user_domain_name: U\n      project_domain_id: pd\n"
            << QStringLiteral("domains") << QStringLiteral("U|pd|");
        QTest::newRow("stackdeck key kept")
            << head + "    stackdeck:\n      ceph_conf: /etc/ceph/ceph.conf\n" << QStringLiteral("ceph_conf")
            << QStringLiteral("/etc/ceph/ceph.conf");
    }
    void keyMapping()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, field);
        QFETCH(QString, expected);
        writeFile(cwd() + QStringLiteral("/clouds.yaml"), yaml);
        auto l = loader();
        QVERIFY(!l.load());
        Core::Error e;
        const auto c = l.cloud(QStringLiteral("c"), &e);
        QVERIFY2(c, qPrintable(e.message));
        QString actual;
        if (field == QLatin1String("projectName"))
            actual = c->projectName;
        else if (field == QLatin1String("projectId"))
            actual = c->projectId;
        else if (field == QLatin1String("username"))
            actual = c->username;
        else if (field == QLatin1String("interface"))
            actual = c->interface;
        else if (field == QLatin1String("verify"))
            actual = c->verifyTls ? QStringLiteral("true") : QStringLiteral("false");
        else if (field == QLatin1String("cacert"))
            actual = c->caCertFile;
        else if (field == QLatin1String("certkey"))
            actual = c->clientCertFile + QLatin1Char('|') + c->clientKeyFile;
        else if (field == QLatin1String("region"))
            actual = c->regionName;
        else if (field == QLatin1String("regions"))
            actual = c->regions.join(QLatin1Char(','));
        else if (field == QLatin1String("authType"))
            actual = c->authTypeName();
        else if (field == QLatin1String("domains"))
            actual = (c->userDomainName.isEmpty() ? c->userDomainId : c->userDomainName) + QLatin1Char('|')
                + (c->projectDomainName.isEmpty() ? c->projectDomainId : c->projectDomainName) + QLatin1Char('|')
                + c->domainName;
        else if (field == QLatin1String("ceph_conf"))
            actual = c->stackdeck.value(QStringLiteral("ceph_conf")).toString();
        QCOMPARE(actual, expected);
    }

    void environmentCloud()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("OS_AUTH_URL"), QStringLiteral("http://envkeystone:5000/v3"));
        env.insert(QStringLiteral("OS_USERNAME"), QStringLiteral("envuser"));
        env.insert(QStringLiteral("OS_PASSWORD"), QStringLiteral("envpw"));
        env.insert(QStringLiteral("OS_PROJECT_NAME"), QStringLiteral("envproject"));
        env.insert(QStringLiteral("OS_USER_DOMAIN_NAME"), QStringLiteral("Default"));
        env.insert(QStringLiteral("OS_PROJECT_DOMAIN_NAME"), QStringLiteral("Default"));
        env.insert(QStringLiteral("OS_INTERFACE"), QStringLiteral("internal"));
        env.insert(QStringLiteral("OS_REGION_NAME"), QStringLiteral("RegionX"));
        env.insert(QStringLiteral("OS_CACERT"), QStringLiteral("/ca.pem"));
        auto l = loader(env);
        QVERIFY(!l.load());
        QCOMPARE(l.cloudNames(), QStringList{QStringLiteral("envvars")});
        QCOMPARE(l.defaultCloudName(), QStringLiteral("envvars"));
        Core::Error e;
        const auto c = l.cloud({}, &e);
        QVERIFY2(c, qPrintable(e.message));
        QCOMPARE(c->authUrl, QStringLiteral("http://envkeystone:5000/v3"));
        QCOMPARE(c->username, QStringLiteral("envuser"));
        QCOMPARE(c->password, QStringLiteral("envpw"));
        QCOMPARE(c->projectName, QStringLiteral("envproject"));
        QCOMPARE(c->interface, QStringLiteral("internal"));
        QCOMPARE(c->regionName, QStringLiteral("RegionX"));
        QCOMPARE(c->caCertFile, QStringLiteral("/ca.pem"));
        QCOMPARE(c->sourceFile, QStringLiteral("environment"));
    }

    void selectorsAloneMakeNoCloud()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("x"));
        env.insert(QStringLiteral("OS_REGION_NAME"), QStringLiteral("R"));
        auto l = loader(env);
        QVERIFY(!l.load());
        QVERIFY(l.cloudNames().isEmpty());
    }

    void osCloudChoosesAndRegionOverrides()
    {
        writeFile(cwd() + QStringLiteral("/clouds.yaml"), cloudNamed("a") + cloudNamed("b").mid(8));
        QProcessEnvironment env;
        env.insert(QStringLiteral("OS_CLOUD"), QStringLiteral("b"));
        env.insert(QStringLiteral("OS_REGION_NAME"), QStringLiteral("RegionB"));
        auto l = loader(env);
        QVERIFY(!l.load());
        QCOMPARE(l.cloudNames(), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        Core::Error e;
        const auto c = l.cloud({}, &e);
        QVERIFY2(c, qPrintable(e.message));
        QCOMPARE(c->name, QStringLiteral("b"));
        QCOMPARE(c->regionName, QStringLiteral("RegionB"));
    }

    void syntaxErrorNamesFileLineColumn()
    {
        const QString path = cwd() + QStringLiteral("/clouds.yaml");
        writeFile(path, "clouds:\n  broken:\n    auth:\n      auth_url: [unclosed\n      username: x\n");
        auto l = loader();
        const Core::Error e = l.load();
        QVERIFY(e);
        QCOMPARE(e.kind, Core::Error::Kind::Config);
        QVERIFY2(e.message.startsWith(path + QLatin1Char(':')), qPrintable(e.message));
        // file:LINE:COLUMN: message
        const QStringList parts = e.message.mid(path.size() + 1).split(QLatin1Char(':'));
        QVERIFY(parts.size() >= 3);
        bool lineOk = false, colOk = false;
        QVERIFY(parts.at(0).toInt(&lineOk) >= 4 && lineOk);
        QVERIFY(parts.at(1).toInt(&colOk) >= 1 && colOk);
    }

    void cloudNamesKeepTheirDashes()
    {
        writeFile(cwd() + QStringLiteral("/clouds.yaml"), cloudNamed("my-cloud"));
        writeFile(cwd() + QStringLiteral("/secure.yaml"), "clouds:\n  my-cloud:\n    auth:\n      password: s\n");
        auto l = loader();
        QVERIFY(!l.load());
        QCOMPARE(l.cloudNames(), QStringList{QStringLiteral("my-cloud")});
        Core::Error e;
        QCOMPARE(l.cloud(QStringLiteral("my-cloud"), &e)->password, QStringLiteral("s"));
    }

    void unknownCloudListsKnownOnes()
    {
        writeFile(cwd() + QStringLiteral("/clouds.yaml"), cloudNamed("alpha") + cloudNamed("beta").mid(8));
        auto l = loader();
        QVERIFY(!l.load());
        Core::Error e;
        QVERIFY(!l.cloud(QStringLiteral("gamma"), &e));
        QVERIFY(e.message.contains(QStringLiteral("gamma")));
        QVERIFY(e.message.contains(QStringLiteral("alpha")));
        QVERIFY(e.message.contains(QStringLiteral("beta")));
    }

    void nothingConfiguredSaysSo()
    {
        auto l = loader();
        QVERIFY(!l.load());
        Core::Error e;
        QVERIFY(!l.cloud({}, &e));
        QVERIFY(e.message.contains(QStringLiteral("No cloud is configured")));
        QVERIFY(l.searchedFiles().contains(etc() + QStringLiteral("/clouds.yaml")));
    }

    void severalCloudsWithoutChoiceAsks()
    {
        writeFile(cwd() + QStringLiteral("/clouds.yaml"), cloudNamed("a") + cloudNamed("b").mid(8));
        auto l = loader();
        QVERIFY(!l.load());
        Core::Error e;
        QVERIFY(!l.cloud({}, &e));
        QVERIFY(e.message.contains(QStringLiteral("--os-cloud")));
    }
};

QTEST_GUILESS_MAIN(TestCloudConfig)
#include "tst_cloudconfig.moc"
