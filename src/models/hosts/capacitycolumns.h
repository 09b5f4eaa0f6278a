// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openstack/placement/placementtypes.h"

#include <QVariant>

namespace Models {

// The six capacity columns the aggregate, zone and hypervisor tables share: used and capacity
// (allocation ratios applied, reserved taken off) of vCPUs, RAM and disk.
namespace CapacityColumns {

constexpr int kCount = 6;
// `offset` 0..5: VCPU used, VCPU capacity, RAM used, RAM capacity, disk used, disk capacity.
QString key(int offset);
QString title(int offset);
QVariant data(const OpenStack::Placement::CapacityRollup &capacity, int offset, int role);
QVariant data(const OpenStack::Placement::ProviderCapacity &capacity, int offset, int role);
QString tooltip(const OpenStack::Placement::ResourceCapacity &capacity, const QString &resourceClass);

} // namespace CapacityColumns

} // namespace Models
