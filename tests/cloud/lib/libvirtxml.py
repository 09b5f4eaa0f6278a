"""Write libvirt test-driver node files (one per compute host) from Nova's servers.

Each file is usable as `test:///<state>/libvirt/<host>.xml`. Domains carry the names,
UUIDs and Nova metadata that libvirt on a real Nova compute host would show, with RBD
disks for root disks (pool `vms`) and attached Cinder volumes (pool `volumes`).

Drift on purpose, so cross-layer views have something to find:
  * one Nova instance has no domain (DOMAINLESS_SERVER, if it exists);
  * one domain on host02 belongs to no Nova instance (STRAY_DOMAIN).
"""
import os
from xml.sax.saxutils import escape, quoteattr

import cloudctl

NOVA_NS = "http://openstack.org/xmlns/libvirt/nova/1.1"
TEST_NS = "http://libvirt.org/schemas/domain/test"
HOSTS = ("host01", "host02")
DOMAINLESS_SERVER = "cluster260-01-hadoop260-dn-01-003"
STRAY_DOMAIN = {
    "host": "host02",
    "name": "instance-000000c8",
    "uuid": "5d0c1a7e-83b2-4f4e-9c1d-2a6f0b9e7c11",
    "display_name": "hadoop4",
    "flavor": {"name": "m8.8G_310G", "ram": 8192, "vcpus": 8, "disk": 310},
    "mac": "fa:16:3e:5d:0c:c8",
}
# Host hardware of a plausible KVM host (Nova's fake driver reports its own, larger numbers).
HOST_CPUS = (2, 16, 2)   # sockets, cores, threads -> 64
HOST_MEMORY_KIB = 256 * 1024 * 1024


def _ceph_hosts():
    return "<host name='%s' port='%s'/>" % (cloudctl.HOST, os.environ.get("SD_P_MON1", "26789"))


def _secret_uuid():
    try:
        with open(os.path.join(cloudctl.STATE, "ceph", "libvirt-secret.uuid")) as f:
            return f.read().strip()
    except OSError:
        return "00000000-0000-0000-0000-000000000000"


def rbd_disk(name, dev, serial=None):
    s = ["    <disk type='network' device='disk'>",
         "      <driver name='qemu' type='raw' cache='writeback' discard='unmap'/>",
         "      <auth username='admin'><secret type='ceph' uuid='%s'/></auth>" % _secret_uuid(),
         "      <source protocol='rbd' name=%s>%s</source>" % (quoteattr(name), _ceph_hosts()),
         "      <target dev='%s' bus='virtio'/>" % dev]
    if serial:
        s.append("      <serial>%s</serial>" % escape(serial))
    s.append("    </disk>")
    return "\n".join(s)


def domain_xml(name, uuid, display_name, flavor, owner, image_id, ports, volumes, created, running=True):
    """ports: [(port_id, mac, [ip,...])]; volumes: [(volume_id, device)]"""
    mem_kib = int(flavor.get("ram", 1024)) * 1024
    ports_xml = "".join(
        "<nova:port uuid='%s'>%s</nova:port>" % (
            pid, "".join("<nova:ip type='fixed' address='%s' ipVersion='4'/>" % ip for ip in ips))
        for pid, _mac, ips in ports)
    out = ["  <domain type='test' xmlns:test='%s'>" % TEST_NS,
           "    <name>%s</name>" % escape(name),
           "    <uuid>%s</uuid>" % uuid,
           "    <metadata>",
           "      <nova:instance xmlns:nova='%s'>" % NOVA_NS,
           "        <nova:package version='26.2.2'/>",
           "        <nova:name>%s</nova:name>" % escape(display_name),
           "        <nova:creationTime>%s</nova:creationTime>" % escape(created),
           "        <nova:flavor name=%s><nova:memory>%d</nova:memory><nova:disk>%d</nova:disk>"
           "<nova:swap>0</nova:swap><nova:ephemeral>0</nova:ephemeral><nova:vcpus>%d</nova:vcpus>"
           "</nova:flavor>" % (quoteattr(flavor.get("name", "")), int(flavor.get("ram", 0)),
                               int(flavor.get("disk", 0)), int(flavor.get("vcpus", 1))),
           "        <nova:owner><nova:user uuid='%s'>%s</nova:user><nova:project uuid='%s'>%s</nova:project>"
           "</nova:owner>" % (owner[0], escape(owner[1]), owner[2], escape(owner[3])),
           "        <nova:root type='image' uuid='%s'/>" % (image_id or ""),
           "        <nova:ports>%s</nova:ports>" % ports_xml,
           "      </nova:instance>",
           "    </metadata>",
           "    <memory unit='KiB'>%d</memory>" % mem_kib,
           "    <currentMemory unit='KiB'>%d</currentMemory>" % mem_kib,
           "    <vcpu placement='static'>%d</vcpu>" % int(flavor.get("vcpus", 1)),
           "    <sysinfo type='smbios'><system><entry name='manufacturer'>OpenStack Foundation</entry>"
           "<entry name='product'>OpenStack Nova</entry><entry name='serial'>%s</entry>"
           "<entry name='uuid'>%s</entry><entry name='family'>Virtual Machine</entry></system></sysinfo>"
           % (uuid, uuid),
           "    <os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type><boot dev='hd'/><smbios mode='sysinfo'/></os>",
           "    <clock offset='utc'/>",
           "    <on_poweroff>destroy</on_poweroff><on_reboot>restart</on_reboot><on_crash>destroy</on_crash>",
           "    <devices>",
           rbd_disk("vms/%s_disk" % uuid, "vda")]
    for vol_id, dev in volumes:
        out.append(rbd_disk("volumes/volume-%s" % vol_id, (dev or "/dev/vdb").split("/")[-1], vol_id))
    for pid, mac, _ips in ports:
        out += ["    <interface type='bridge'>",
                "      <mac address='%s'/>" % mac,
                "      <source bridge='br-int'/>",
                "      <virtualport type='openvswitch'><parameters interfaceid='%s'/></virtualport>" % pid,
                "      <target dev='tap%s'/>" % pid[:11],
                "      <model type='virtio'/>",
                "    </interface>"]
    out += ["    <serial type='pty'><target port='0'/></serial>",
            "    <graphics type='vnc' port='-1' autoport='yes' listen='127.0.0.1'/>",
            "    </devices>"]
    if not running:
        out.append("    <test:runstate>5</test:runstate>")
    out.append("  </domain>")
    return "\n".join(out)


def node_xml(domains):
    sockets, cores, threads = HOST_CPUS
    head = ["<?xml version='1.0'?>",
            "<!-- libvirt test driver node file generated by tests/cloud/localcloud -->",
            "<node>",
            "  <cpu><mhz>2600</mhz><model>x86_64</model><nodes>1</nodes><sockets>%d</sockets>"
            "<cores>%d</cores><threads>%d</threads><active>%d</active></cpu>"
            % (sockets, cores, threads, sockets * cores * threads),
            "  <memory>%d</memory>" % HOST_MEMORY_KIB]
    return "\n".join(head + domains + ["</node>", ""])


def main(admin):
    compute = cloudctl.URLS["compute"]
    h = {"X-OpenStack-Nova-API-Version": "2.79"}
    servers = admin.get(compute + "/servers/detail?all_tenants=1", headers=h)["servers"]
    ks = cloudctl.KEYSTONE + "/v3"
    users = {u["id"]: u["name"] for u in admin.get(ks + "/users")["users"]}
    projects = {p["id"]: p["name"] for p in admin.get(ks + "/projects")["projects"]}
    ports = admin.get(cloudctl.URLS["network"] + "/v2.0/ports")["ports"]
    by_device = {}
    for p in ports:
        by_device.setdefault(p["device_id"], []).append(
            (p["id"], p["mac_address"], [ip["ip_address"] for ip in p["fixed_ips"]]))
    per_host = {host: [] for host in HOSTS}
    for s in servers:
        host = s.get("OS-EXT-SRV-ATTR:host")
        if host not in per_host or s.get("name") == DOMAINLESS_SERVER:
            continue
        if s.get("status") not in ("ACTIVE", "SHUTOFF", "PAUSED", "SUSPENDED", "VERIFY_RESIZE"):
            continue
        flavor = s.get("flavor", {})
        fl = {"name": flavor.get("original_name", ""), "ram": flavor.get("ram", 0),
              "vcpus": flavor.get("vcpus", 1), "disk": flavor.get("disk", 0)}
        owner = (s["user_id"], users.get(s["user_id"], ""), s["tenant_id"], projects.get(s["tenant_id"], ""))
        image = s.get("image") or {}
        vols = []
        for att in s.get("os-extended-volumes:volumes_attached", []):
            dev = None
            try:
                a = admin.get(compute + "/servers/%s/os-volume_attachments/%s" % (s["id"], att["id"]))
                dev = a["volumeAttachment"].get("device")
            except Exception:
                pass
            vols.append((att["id"], dev))
        per_host[host].append(domain_xml(
            s["OS-EXT-SRV-ATTR:instance_name"], s["id"], s["name"], fl, owner,
            image.get("id") if isinstance(image, dict) else None, by_device.get(s["id"], []), vols,
            s.get("created", ""), running=s.get("status") == "ACTIVE"))
    st = STRAY_DOMAIN
    admin_user = next((k for k, v in users.items() if v == "admin"), "")
    admin_proj = next((k for k, v in projects.items() if v == "admin"), "")
    per_host[st["host"]].append(domain_xml(
        st["name"], st["uuid"], st["display_name"], st["flavor"],
        (admin_user, "admin", admin_proj, "admin"), None,
        [("9a3c55f2-0b7e-4d7c-8d2e-6f1b2c3d4e5f", st["mac"], [])], [], "2016-03-01 08:00:00"))
    out_dir = os.path.join(cloudctl.STATE, "libvirt")
    os.makedirs(out_dir, exist_ok=True)
    for host, doms in per_host.items():
        path = os.path.join(out_dir, host + ".xml")
        with open(path + ".tmp", "w") as f:
            f.write(node_xml(doms))
        os.replace(path + ".tmp", path)
    return 0
