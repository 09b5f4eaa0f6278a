"""cinder-backup for the local test cloud, with the Ceph keyring of the cloud's state dir.

To back up an RBD volume, cinder-backup attaches it through os-brick's RBD connector, which
reads the client keyring only from /etc/ceph/<cluster>.client.<user>.keyring (Cinder hands no
keyring over the connection, on purpose: OSSN-0085). The local cloud keeps everything under its
state dir and writes nothing to /etc, so this starter points that one lookup at the keyring named
by STACKDECK_CEPH_KEYRING and then runs Cinder's own cinder-backup main().

It also tells the scheduler as soon as the backup driver is ready. Cinder publishes the backup
service's state once at start-up (before the driver check has run, so as "not ready") and then
every 60 s; until the second report every backup fails with "Service not found for creating
backup", which would make the first minute after `localcloud up` or `start cinder-backup` flaky.
"""
import os
import sys

# Cinder's starter monkey-patches eventlet on import: it must come first.
from cinder.cmd import backup  # noqa: E402
from cinder import objects  # noqa: E402

objects.register_all()  # as main() does; the backup manager's module needs the object classes
from cinder.backup import manager  # noqa: E402
from os_brick.initiator.connectors import rbd  # noqa: E402
from oslo_service import loopingcall  # noqa: E402

_KEYRING = os.environ.get("STACKDECK_CEPH_KEYRING", "")
_original = rbd.RBDConnector._check_or_get_keyring_contents


def _keyring_contents(keyring, cluster_name, user):
    if keyring is None and _KEYRING:
        with open(_KEYRING, "r") as f:
            return f.read()
    return _original(keyring, cluster_name, user)


rbd.RBDConnector._check_or_get_keyring_contents = staticmethod(_keyring_contents)

_setup_driver = manager.BackupManager._setup_backup_driver


def _setup_driver_then_publish(self, ctxt):
    try:
        _setup_driver(self, ctxt)
    except loopingcall.LoopingCallDone:
        self.publish_service_capabilities(ctxt)
        raise


manager.BackupManager._setup_backup_driver = _setup_driver_then_publish

if __name__ == "__main__":
    sys.exit(backup.main())
