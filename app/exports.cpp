// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/exports.h"

#include "models/exportregistry.h"
#include "models/compute/computeexports.h"

namespace App {

void registerAllExports(Models::ExportRegistry &registry)
{
    Models::registerIdentityExports(registry);
    Models::registerComputeExports(registry);
}

} // namespace App
