// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Models {

class ExportRegistry;

// `stackdeck export servers [--all-projects]`: the Instances tab's rows and columns.
void registerComputeExports(ExportRegistry &registry);

} // namespace Models
