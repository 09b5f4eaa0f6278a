// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exports.h"

#include "models/exportregistry.h"
#include "models/compute/computeexports.h"
#include "models/network/networkexports.h"

namespace App {

void registerAllExports(Models::ExportRegistry &registry)
{
    Models::registerIdentityExports(registry);
    Models::registerComputeExports(registry);
    Models::registerNetworkExports(registry);
}

} // namespace App

namespace App {

void registerAllAudits(Models::AuditRegistry &registry)
{
    Models::registerNetworkAudits(registry);
}

} // namespace App
