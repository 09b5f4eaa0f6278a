// SPDX-License-Identifier: GPL-3.0-or-later
#include "openstack/image/image.h"

#include "openstack/client/jsonfields.h"

namespace OpenStack::Image {

Image Image::fromJson(const QJsonObject &object, Core::Error *error)
{
    FieldReader r(object, QStringLiteral("image"));
    Image i;
    i.id = r.requiredString("id");
    i.status = r.requiredString("status");
    i.name = r.string("name"); // Glance allows a nameless image
    i.visibility = r.string("visibility");
    i.ownerId = r.string("owner");
    i.diskFormat = r.string("disk_format");
    i.sizeBytes = r.integer("size");
    i.minDiskGb = int(r.integer("min_disk"));
    i.minRamMib = r.integer("min_ram");
    i.created = r.dateTime("created_at");
    if (!r.ok() && error)
        *error = r.error();
    return i;
}

} // namespace OpenStack::Image
