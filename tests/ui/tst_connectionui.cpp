// SPDX-License-Identifier: GPL-3.0-or-later
// The window's connection state: the insecure-TLS warning, the title, the login dialog.
#include "app/translations.h"
#include "core/requestlog.h"
#include "fakenetwork.h"
#include "openstack/client/session.h"
#include "ui/dialogs/logindialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "models/projectlistmodel.h"
#include "ui/projects/projectspage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace TestSupport;

class TestConnectionUi : public QObject
{
    Q_OBJECT

    static FakeResponse keystoneAndProjects(const RecordedRequest &r)
    {
        if (r.verb == "POST") {
            FakeResponse t = FakeResponse::json(201, fakeTokenBody(QStringLiteral("2099-01-01T00:00:00Z")));
            t.headers.append({QByteArray("X-Subject-Token"), QByteArray("tok")});
            return t;
        }
        return FakeResponse::json(200, "{\"projects\": [{\"id\": \"p1\", \"name\": \"FormalTenant\", \"description\": "
                                       "\"\\u751f\\u4ea7\\u7ec4\\u9879\\u76ee\"}, {\"id\": \"p2\", \"name\": \"DevTenant\"}]}");
    }

private slots:
    void initTestCase() { QCOMPARE(App::installTranslations(QStringLiteral("en")), QStringLiteral("en")); }

    void insecureCloudIsFlaggedAndTitled()
    {
        FakeNetwork net;
        net.setHandler(keystoneAndProjects);
        OpenStack::CloudConfig c;
        c.name = QStringLiteral("lab");
        c.authUrl = QStringLiteral("https://fake:5000/v3");
        c.username = QStringLiteral("admin");
        c.password = QStringLiteral("pw");
        c.projectId = QStringLiteral("p1");
        c.verifyTls = false;
        OpenStack::Session s(&net, c);
        bool done = false;
        s.authenticate(this, [&](const Core::Error &e) {
            QVERIFY(!e);
            done = true;
        });
        QTRY_VERIFY(done);

        Core::RequestLog log;
        Ui::MainWindow w(&log);
        auto *projects = new Ui::ProjectsPage;
        w.addPage(projects);
        w.show();
        w.setSession(&s);
        auto *warning = w.findChild<QLabel *>(QStringLiteral("insecureWarning"));
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("NOT verified")));
        QCOMPARE(w.windowTitle(), QStringLiteral("lab / RegionOne / project-p1 — StackDeck"));
        // The Projects tab loaded through the session, with the talk's columns.
        QTRY_COMPARE(projects->model()->rowCount(), 2);
        QTRY_VERIFY(!projects->isLoading()); // admin: the usage columns load after the rows
        QStringList counts; // the projects table's, among the members' and quotas' tables
        for (auto *label : projects->findChildren<QLabel *>(QStringLiteral("countLabel")))
            counts << label->text();
        QVERIFY2(counts.contains(QStringLiteral("Displaying 2 items")), qPrintable(counts.join(QLatin1Char('|'))));
        w.setSession(nullptr);
        QVERIFY(!warning->isVisible());
    }

    void loginDialog()
    {
        Ui::LoginDialog d(QStringLiteral("lab"), QStringLiteral("admin"), QStringLiteral("https://k:5000/v3"),
                          QStringLiteral("Keystone refused the credentials"));
        d.show();
        auto *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // nothing typed yet
        auto *edit = d.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QTest::keyClicks(edit, QStringLiteral("s3cret"));
        QVERIFY(ok->isEnabled());
        auto *remember = d.findChild<QCheckBox *>(QStringLiteral("rememberCheck"));
        remember->setChecked(true);
        QVERIFY(d.remember());
        QCOMPARE(d.secret(), QStringLiteral("s3cret"));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("loginReason"))->text().contains(QStringLiteral("refused")));

        d.setKeychainAvailable(false, QStringLiteral("no Secret Service on the bus"));
        QVERIFY(!remember->isEnabled());
        QVERIFY(!d.remember());
        QVERIFY(remember->toolTip().contains(QStringLiteral("no Secret Service")));
    }
};

QTEST_MAIN(TestConnectionUi)
#include "tst_connectionui.moc"
