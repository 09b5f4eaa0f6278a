// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace TestSupport {

// The local cloud started by tests/cloud/localcloud, for functional tests.
struct TestCloud
{
    QString cloudsYaml; // path of its clouds.yaml
    QString stateDir;

    // Finds the running local cloud. When it is not there, `why` says so; the caller skips, or
    // fails when STACKDECK_REQUIRE_CLOUD=1 (as CI sets it).
    static bool find(TestCloud *cloud, QString *why);
    static bool required();

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 elapsedMs = 0;
    };
    // Runs a program with OS_CLIENT_CONFIG_FILE pointing at the local cloud.
    Run run(const QString &program, const QStringList &args, int timeoutMs = 120000) const;
    Run stackdeck(const QStringList &args, int timeoutMs = 120000) const;
    Run openstack(const QStringList &args, int timeoutMs = 120000) const;
    // `openstack --os-cloud CLOUD ARGS -f json`: the rows a list command printed (empty, with a
    // warning giving its stderr, when it failed).
    QJsonArray openstackJson(const QStringList &args, const QString &cloud = QStringLiteral("stackdeck-local")) const;
    // tests/cloud/localcloud COMMAND (stop/start a service).
    Run localcloud(const QStringList &args, int timeoutMs = 180000) const;
};

} // namespace TestSupport

// Skips (or fails, when the cloud is required) unless the local cloud is up; sets `cloud`.
#define STACKDECK_REQUIRE_LOCAL_CLOUD(cloud)                                                                   \
    do {                                                                                                        \
        QString why_;                                                                                           \
        if (!TestSupport::TestCloud::find(&(cloud), &why_)) {                                                   \
            if (TestSupport::TestCloud::required())                                                             \
                QFAIL(qPrintable(why_));                                                                        \
            QSKIP(qPrintable(why_));                                                                            \
        }                                                                                                       \
    } while (false)
