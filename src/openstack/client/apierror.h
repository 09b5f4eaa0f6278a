// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace OpenStack {

// Pulls the human message out of an OpenStack error body, whatever the service's dialect:
//   Keystone   {"error": {"message": …, "title": …}}
//   Nova/Cinder {"badRequest"|"itemNotFound"|"conflictingRequest"|"forbidden"|"overLimit"|…: {"message": …}}
//   Neutron    {"NeutronError": {"type": …, "message": …}}
//   Placement  {"errors": [{"title": …, "detail": …}]}
//   Glance and proxies: text/plain or HTML.
// Returns an empty string only for an empty body.
QString messageFromErrorBody(const QByteArray &body);

} // namespace OpenStack
