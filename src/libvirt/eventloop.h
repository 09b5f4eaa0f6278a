// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Libvirt {

// libvirt's event implementation is process-wide by libvirt's design (virEventRegisterDefaultImpl
// may be called once per process, before the first connection): keepalive and domain events need
// it. This starts it once, on a thread of its own that only runs virEventRunDefaultImpl(); event
// callbacks therefore run on that thread and must only post to Qt objects.
class EventLoop
{
public:
    // Safe to call from any thread, any number of times. Returns false when libvirt refused to
    // register its implementation (events and keepalive then do not work; calls still do).
    static bool ensureRunning();
};

} // namespace Libvirt
