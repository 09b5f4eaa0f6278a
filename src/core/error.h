// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Core {

// What went wrong, in words an operator can act on. Carried by value from the backend that saw the
// failure to the widget that shows it.
struct Error
{
    enum class Kind {
        None,
        Config,       // clouds.yaml / secure.yaml / command line
        Network,      // connection refused, DNS, TLS
        Timeout,      // no answer within the request's deadline
        Http,         // the service answered with a 4xx/5xx
        Auth,         // Keystone refused the credentials or the token
        BadResponse,  // not JSON, truncated, or a required field missing
        InvalidInput, // the user's input was refused before anything was sent
        Backend,      // libvirt / librados / librbd
        Cancelled,
    };

    Kind kind = Kind::None;
    QString message;   // the service's own message when there is one
    QString service;   // "identity", "compute", … or "ceph", "libvirt"
    QString context;   // what was being done: "GET /v3/projects"
    int httpStatus = 0;
    QString requestId; // x-openstack-request-id / x-compute-request-id

    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }

    // One line for a status bar or a message box: "identity: GET /v3/projects: HTTP 401: … (req-…)".
    QString toString() const;

    static Error make(Kind kind, QString message, QString context = {});
};

} // namespace Core
