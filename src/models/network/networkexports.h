// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Models {

class ExportRegistry;
class AuditRegistry;

// security-groups, security-group-rules (and the topology resources once registered here).
void registerNetworkExports(ExportRegistry &registry);
// security-groups: every finding of the rule audit.
void registerNetworkAudits(AuditRegistry &registry);

} // namespace Models
