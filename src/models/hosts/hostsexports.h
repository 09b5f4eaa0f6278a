// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Models {

class ExportRegistry;

// `stackdeck export aggregates | availability-zones | hypervisors`.
void registerHostsExports(ExportRegistry &registry);

} // namespace Models
