// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcloud.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>

namespace TestSupport {

bool TestCloud::required()
{
    return qEnvironmentVariable("STACKDECK_REQUIRE_CLOUD") == QLatin1String("1");
}

namespace {

// The pid file localcloud writes is "PID STARTTIME"; the process must be alive and be the one it
// started (the start time in /proc/PID/stat, field 22, guards against a reused pid).
bool serviceRunning(const QString &stateDir, const QString &service)
{
    QFile pidFile(stateDir + QStringLiteral("/run/") + service + QStringLiteral(".pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const QList<QByteArray> fields = pidFile.readAll().simplified().split(' ');
    if (fields.size() < 2 || fields.at(0).isEmpty())
        return false;
    QFile stat(QStringLiteral("/proc/") + QString::fromLatin1(fields.at(0)) + QStringLiteral("/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> rest = line.mid(close + 2).simplified().split(' ');
    // rest[0] is field 3 (state), so field 22 is rest[19].
    return rest.size() > 19 && rest.at(19) == fields.at(1);
}

} // namespace

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
    // `localcloud down` keeps the state directory and its clouds.yaml; only a live service process
    // says the cloud is up. Keystone is started first and every test reaches it.
    if (!serviceRunning(dir, QStringLiteral("keystone"))) {
        *why = QStringLiteral("the local cloud in %1 is stopped (keystone is not running); start it with "
                              "tests/cloud/localcloud up")
                   .arg(dir);
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

QJsonArray TestCloud::openstackJson(const QStringList &args, const QString &cloud) const
{
    QStringList all{QStringLiteral("--os-cloud"), cloud};
    all << args << QStringLiteral("-f") << QStringLiteral("json");
    const Run r = openstack(all);
    if (r.exitCode != 0)
        qWarning() << "openstack" << args << "failed:" << r.err;
    return QJsonDocument::fromJson(r.out).array();
}

TestCloud::Run TestCloud::localcloud(const QStringList &args, int timeoutMs) const
{
    return run(qEnvironmentVariable("STACKDECK_SOURCE_DIR") + QStringLiteral("/tests/cloud/localcloud"), args,
               timeoutMs);
}

} // namespace TestSupport
