"""Nova fake virt driver with the sizes of a plausible KVM host.

Nova's own FakeDriver reports 1000 vCPUs and 800 GB of RAM per host; the console's usage
charts are more telling with the size of a real hypervisor. Root disks are named like a
KVM guest's (/dev/vda), so attached volumes get /dev/vdX names as in the talk.
"""
from nova.virt import fake


class StackDeckFakeDriver(fake.FakeDriver):
    vcpus = 64
    memory_mb = 262144      # 256 GiB
    local_gb = 4096         # 4 TiB

    def default_root_device_name(self, instance, image_meta, root_bdm):
        return '/dev/vda'
