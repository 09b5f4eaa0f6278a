// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Models {
class ExportRegistry;
class AuditRegistry;
}

namespace App {

// Every resource `stackdeck export` knows, one registration per module.
void registerAllExports(Models::ExportRegistry &registry);
// Every subject `stackdeck audit` knows.
void registerAllAudits(Models::AuditRegistry &registry);

} // namespace App
