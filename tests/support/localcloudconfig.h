// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/client/cloudconfig.h"
#include "testcloud.h"

#include <QProcessEnvironment>
#include <optional>

namespace TestSupport {

// A cloud of the local cloud's clouds.yaml, read as the console reads it, with nothing from the
// test's own environment or working directory (no stray OS_* variable or clouds.yaml of the source
// tree). Header-only: the functional tests link the OpenStack client; the support library does not.
inline std::optional<OpenStack::CloudConfig> localCloudConfig(const TestCloud &cloud, const QString &name)
{
    OpenStack::CloudConfigLoader::Options o;
    o.environment = QProcessEnvironment();
    o.environment.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), cloud.cloudsYaml);
    o.currentDir = cloud.stateDir;
    OpenStack::CloudConfigLoader loader(o);
    if (loader.load())
        return std::nullopt;
    Core::Error e;
    return loader.cloud(name, &e);
}

} // namespace TestSupport
