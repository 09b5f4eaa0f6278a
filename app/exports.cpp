// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exports.h"

#include "models/exportregistry.h"
#include "models/ceph/cephexports.h"
#include "models/network/networkexports.h"
#include "models/identity/identityexports.h"
#include "models/compute/computeexports.h"
#include "models/hosts/hostsexports.h"
#include "models/blockstorage/blockstorageexports.h"

namespace App {

void registerAllExports(Models::ExportRegistry &registry)
{
    Models::registerIdentityExports(registry);
    Models::registerCephExports(registry);
    Models::registerNetworkExports(registry);
    Models::registerIdentityModelExports(registry);
    Models::registerComputeExports(registry);
    Models::registerHostsExports(registry);
    Models::registerBlockStorageExports(registry);
}

} // namespace App

namespace App {

void registerAllAudits(Models::AuditRegistry &registry)
{
    Models::registerNetworkAudits(registry);
}

} // namespace App
