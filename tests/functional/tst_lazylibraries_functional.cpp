// SPDX-License-Identifier: GPL-3.0-or-later
// librados/librbd and libvirt are opened on first use, not linked: with broken copies of them first
// on the library path, `stackdeck` still starts and exports OpenStack resources from the local
// cloud, and the Ceph and libvirt exports fail with words naming the library and the package to
// install (exit status 1, not a crash). A binary that still linked them would not start at all.
#include "testcloud.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

class TestLazyLibrariesFunctional : public QObject
{
    Q_OBJECT

    TestSupport::TestCloud m_cloud;
    QTemporaryDir m_fakes;
    QByteArray m_savedPath;

    TestSupport::TestCloud::Run exportResource(const QStringList &args)
    {
        return m_cloud.stackdeck(QStringList{QStringLiteral("--os-cloud"), QStringLiteral("stackdeck-local"), QStringLiteral("export")}
                                 + args + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
    }

private slots:
    void initTestCase()
    {
        STACKDECK_REQUIRE_LOCAL_CLOUD(m_cloud);
        if (qEnvironmentVariableIsEmpty("STACKDECK_BINARY"))
            QSKIP("STACKDECK_BINARY is not set (run through ctest)");
        QVERIFY(m_fakes.isValid());
        // Not ELF at all: the dynamic loader refuses them, as it would a damaged install.
        for (const char *name : {"librados.so.2", "librbd.so.1", "libvirt.so.0"}) {
            QFile f(m_fakes.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not a shared library\n");
        }
        // TestCloud::run passes this process's environment on to stackdeck.
        m_savedPath = qgetenv("LD_LIBRARY_PATH");
        QByteArray path = QFile::encodeName(m_fakes.path());
        if (!m_savedPath.isEmpty())
            path += ':' + m_savedPath;
        qputenv("LD_LIBRARY_PATH", path);
    }

    void cleanupTestCase()
    {
        if (m_savedPath.isEmpty())
            qunsetenv("LD_LIBRARY_PATH");
        else
            qputenv("LD_LIBRARY_PATH", m_savedPath);
    }

    void openStackExportsNeverLoadThem()
    {
        const auto run = exportResource({QStringLiteral("servers"), QStringLiteral("--all-projects")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(run.out).array();
        QVERIFY2(!rows.isEmpty(), "the seeded servers are missing from the export");
    }

    void missingCephLibraryIsReportedInWords()
    {
        const auto run = exportResource({QStringLiteral("rbd-images")});
        QCOMPARE(run.exitCode, 1); // -1 would be a crash
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QLatin1String("librados.so.2")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("librados2 and librbd1")), qPrintable(err));
    }

    void missingLibvirtIsReportedInWords()
    {
        const auto run = exportResource({QStringLiteral("domains")});
        QCOMPARE(run.exitCode, 1);
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(QLatin1String("libvirt.so.0")), qPrintable(err));
        QVERIFY2(err.contains(QLatin1String("libvirt0")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestLazyLibrariesFunctional)
#include "tst_lazylibraries_functional.moc"
