// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Models {
class ExportRegistry;

// users, role-assignments, quotas (the current project's, or every project's with --all-projects).
void registerIdentityModelExports(ExportRegistry &registry);

} // namespace Models
