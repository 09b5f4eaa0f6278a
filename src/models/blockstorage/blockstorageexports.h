// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Models {

class ExportRegistry;

// `stackdeck export volumes | volume-snapshots | volume-backups`: the Volumes tab's three tables.
void registerBlockStorageExports(ExportRegistry &registry);

} // namespace Models
