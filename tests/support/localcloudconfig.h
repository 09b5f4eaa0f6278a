// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/cloudconfig.h"
#include "testcloud.h"

#include <QProcessEnvironment>
#include <optional>

namespace TestSupport {

// A cloud of the local cloud's clouds.yaml, read as the console reads it, with nothing from the
// test's own environment or working directory (no stray OS_* variable or clouds.yaml of the source
// tree). When the file cannot be read or has no such cloud, `why` (when given) carries the loader's
// message, so a test can say why: QVERIFY2(config, qPrintable(why)).
// Header-only: the functional tests link the OpenStack client; the support library does not.
inline std::optional<OpenStack::CloudConfig> localCloudConfig(const TestCloud &cloud, const QString &name,
                                                              QString *why = nullptr)
{
    OpenStack::CloudConfigLoader::Options o;
    o.environment = QProcessEnvironment();
    o.environment.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), cloud.cloudsYaml);
    o.currentDir = cloud.stateDir;
    OpenStack::CloudConfigLoader loader(o);
    if (const Core::Error e = loader.load()) {
        if (why)
            *why = QStringLiteral("cannot read %1: %2").arg(cloud.cloudsYaml, e.toString());
        return std::nullopt;
    }
    Core::Error e;
    auto config = loader.cloud(name, &e);
    if (!config && why)
        *why = QStringLiteral("no cloud %1 in %2: %3").arg(name, cloud.cloudsYaml, e.toString());
    return config;
}

} // namespace TestSupport
