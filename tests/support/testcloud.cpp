// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcloud.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace TestSupport {

bool TestCloud::required()
{
    return qEnvironmentVariable("STACKDECK_REQUIRE_CLOUD") == QLatin1String("1");
}

bool TestCloud::find(TestCloud *cloud, QString *why)
{
    QString dir = qEnvironmentVariable("STACKDECK_CLOUD_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral("/var/tmp/stackdeck-cloud");
    const QString yaml = dir + QStringLiteral("/clouds.yaml");
    if (!QFileInfo(yaml).isFile()) {
        *why = QStringLiteral("the local cloud is not running (no %1); start it with tests/cloud/localcloud up").arg(yaml);
        return false;
    }
    cloud->cloudsYaml = yaml;
    cloud->stateDir = dir;
    return true;
}

TestCloud::Run TestCloud::run(const QString &program, const QStringList &args, int timeoutMs) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), cloudsYaml);
    env.remove(QStringLiteral("OS_CLOUD"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    Run r;
    if (!p.waitForStarted(10000)) {
        r.err = "cannot start " + program.toUtf8();
        return r;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out: " + program.toUtf8();
    }
    r.elapsedMs = t.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err += p.readAllStandardError();
    return r;
}

TestCloud::Run TestCloud::stackdeck(const QStringList &args, int timeoutMs) const
{
    return run(qEnvironmentVariable("STACKDECK_BINARY"), args, timeoutMs);
}

TestCloud::Run TestCloud::openstack(const QStringList &args, int timeoutMs) const
{
    return run(QStringLiteral("/usr/bin/openstack"), args, timeoutMs);
}

TestCloud::Run TestCloud::localcloud(const QStringList &args, int timeoutMs) const
{
    return run(qEnvironmentVariable("STACKDECK_SOURCE_DIR") + QStringLiteral("/tests/cloud/localcloud"), args,
               timeoutMs);
}

} // namespace TestSupport
