"""Load the talk's scenario into the local cloud. Idempotent: every step is "ensure".

Everything goes through the REST APIs (one admin token plus one token per project user),
and librados/librbd for the Ceph-only objects.
"""
import os
import struct
import sys
import time

import cloudctl
from cloudctl import HTTPError, URLS, http

KS = cloudctl.KEYSTONE + "/v3"
NOVA = URLS["compute"]
NEUTRON = URLS["network"] + "/v2.0"
GLANCE = URLS["image"] + "/v2"
NOVA_MV = {"X-OpenStack-Nova-API-Version": "2.79"}

PROJECTS = [
    # name, description, user, password
    ("FormalTenant", "生产组项目", "formal-user", "stackdeck-formal"),
    ("DevTenant", "开发组项目", "dev-user", "stackdeck-dev"),
    ("TestTenant", "测试组项目", "test-user", "stackdeck-test"),
]
FLAVORS = [
    # name, vcpus, ram MiB, disk GB
    ("sahara-III-80", 8, 16384, 80),
    ("m4.4G_50G", 4, 4096, 50),
    ("m8.8G_310G", 8, 8192, 310),
]
IMAGES = ["sahara-kilo-vanilla-2.6-centos-6.6-UP-A2.qcow2", "ubuntu_14.04_affs",
          "hadoop1/hadoop1.qcow2", "hadoop2/hadoop2.qcow2", "hadoop3/hadoop3.qcow2"]
KEYPAIRS = [("sahara", "formal-user", "FormalTenant"), ("tongfang-user", "dev-user", "DevTenant")]
AGGREGATES = [("servergroup01", "AG1", "host01"), ("servergroup02", "AG2", "host02")]
# The seeded floating IPs (.101-.103) lie outside the allocation pool: Neutron hands out
# router gateway addresses at random from the pool, and one could otherwise take them first.
EXTERNAL = {"name": "ext-net", "cidr": "172.24.4.0/24", "gateway": "172.24.4.1",
            "pool": ("172.24.4.10", "172.24.4.99")}
NETWORKS = [
    # project, network, subnet, cidr, router
    ("FormalTenant", "formal-net", "formal-subnet", "192.168.11.0/24", "formal-router"),
    ("DevTenant", "dev-net", "dev-subnet", "192.168.32.0/24", "dev-router"),
    ("TestTenant", "test-net", "test-subnet", "192.168.13.0/24", "test-router"),
]
SAHARA = "sahara-kilo-vanilla-2.6-centos-6.6-UP-A2.qcow2"
SERVERS = [
    # name, project, image, flavor, key, zone, fixed ip
    ("cluster260-01-hadoop260-nn-01-001", "FormalTenant", SAHARA, "sahara-III-80", "sahara", "AG1", "192.168.11.34"),
    ("cluster260-01-hadoop260-dn-01-001", "FormalTenant", SAHARA, "sahara-III-80", "sahara", "AG1", "192.168.11.31"),
    ("cluster260-01-hadoop260-dn-01-002", "FormalTenant", SAHARA, "sahara-III-80", "sahara", "AG1", "192.168.11.32"),
    ("cluster260-01-hadoop260-dn-01-003", "FormalTenant", SAHARA, "sahara-III-80", "sahara", "AG1", "192.168.11.33"),
    ("OBD_OL_UPDATE", "DevTenant", "ubuntu_14.04_affs", "m4.4G_50G", "tongfang-user", "AG2", "192.168.32.40"),
    ("hadoop1", "DevTenant", "hadoop1/hadoop1.qcow2", "m8.8G_310G", "tongfang-user", "AG2", "192.168.32.30"),
    ("hadoop2", "DevTenant", "hadoop2/hadoop2.qcow2", "m8.8G_310G", "tongfang-user", "AG2", "192.168.32.31"),
    ("hadoop3", "DevTenant", "hadoop3/hadoop3.qcow2", "m8.8G_310G", "tongfang-user", "AG2", "192.168.32.32"),
]
FLOATING_IPS = [
    # project, address, server (None = allocated, not associated)
    ("FormalTenant", "172.24.4.101", "cluster260-01-hadoop260-nn-01-001"),
    ("DevTenant", "172.24.4.102", "hadoop1"),
    ("DevTenant", "172.24.4.103", None),
]
VOLUMES = [
    # name, project, size GB, type, attach to, device
    ("hadoop01", "DevTenant", 800, "ceph", "hadoop1", "/dev/vdd"),
    ("hadoop02", "DevTenant", 800, "ceph", "hadoop2", "/dev/vdd"),
    ("hadoop03", "DevTenant", 800, "ceph", "hadoop3", "/dev/vdd"),
    ("volume_cluster11-hadoop-nn-11-001_1", "FormalTenant", 10, "ceph", None, None),
    ("volume_cluster11-hadoop-dn-11-001_1", "FormalTenant", 10, "ceph", None, None),
]
# The talk's `default` security group (Horizon's table), applied to these projects.
SG_PROJECTS = ["FormalTenant", "DevTenant"]
SG_RULES = [
    # direction, ethertype, protocol, port min, port max, remote ip prefix, remote = own group
    ("egress", "IPv4", None, None, None, None, False),
    ("egress", "IPv6", None, None, None, None, False),
    ("ingress", "IPv4", None, None, None, "0.0.0.0/0", False),
    ("ingress", "IPv6", None, None, None, None, True),
    ("ingress", "IPv4", None, None, None, None, True),
    ("ingress", "IPv4", "icmp", None, None, "0.0.0.0/0", False),
    ("ingress", "IPv4", "tcp", None, None, "0.0.0.0/0", False),
    ("egress", "IPv4", "tcp", 22, 22, "0.0.0.0/0", False),
    ("ingress", "IPv4", "tcp", 22, 22, "0.0.0.0/0", False),
]
DOCKER_POOL, DOCKER_IMAGE, DOCKER_SIZE = "docker", "foo", 20 << 30
ORPHAN_RBD = "volume-0d15ea5e-0000-4000-8000-00000000dead"   # in pool volumes, unknown to Cinder
QUOTAS_NOVA = {"instances": 50, "cores": 400, "ram": 1024 * 1024}
QUOTAS_CINDER = {"volumes": 50, "gigabytes": 20000, "snapshots": 50}


_T = [time.time()]


def say(msg):
    now = time.time()
    print("[seed %5.1fs] %s" % (now - _T[0], msg), flush=True)
    _T[0] = now


def tiny_qcow2(virtual_size=10 << 30):
    """A valid, empty qcow2 v2 image (4 clusters of 64 KiB)."""
    cluster = 1 << 16
    l2_cover = (cluster // 8) * cluster
    l1_size = (virtual_size + l2_cover - 1) // l2_cover
    header = struct.pack(">4sIQIIQIIQQIIQ", b"QFI\xfb", 2, 0, 0, 16, virtual_size, 0,
                         l1_size, 3 * cluster, 1 * cluster, 1, 0, 0)
    img = bytearray(4 * cluster)
    img[:len(header)] = header
    struct.pack_into(">Q", img, cluster, 2 * cluster)           # refcount table -> block
    for i in range(4):                                          # clusters 0..3 in use
        struct.pack_into(">H", img, 2 * cluster + 2 * i, 1)
    return bytes(img)


class Seeder:
    def __init__(self):
        self.admin = cloudctl.Admin()
        self.user_tokens = {}
        self.projects = {}

    # --------------------------------------------------------------- helpers
    def a_get(self, url, **kw):
        return self.admin.get(url, **kw)

    def a_post(self, url, body=None, **kw):
        return self.admin.post(url, body, **kw)

    def user_token(self, project):
        if project not in self.user_tokens:
            _, _, user, pw = next(p for p in PROJECTS if p[0] == project)
            self.user_tokens[project] = cloudctl.get_token(user, pw, project)[0]
        return self.user_tokens[project]

    def u(self, method, project, url, body=None, **kw):
        return http(method, url, body, token=self.user_token(project), **kw)[2]

    def cinder_url(self, project, path):
        return "%s/v3/%s%s" % (URLS["volumev3"].split("/v3")[0], self.projects[project], path)

    # --------------------------------------------------------------- identity
    def identity(self):
        a = self.admin
        member = a.ks_ensure("roles", "member", {})
        for name, desc, user, pw in PROJECTS:
            proj = a.ks_ensure("projects", name, {"domain_id": "default", "description": desc},
                               domain_id="default")
            if proj.get("description") != desc:
                http("PATCH", "%s/projects/%s" % (KS, proj["id"]), {"project": {"description": desc}},
                     token=a.token)
            self.projects[name] = proj["id"]
            usr = a.ks_ensure("users", user, {"domain_id": "default", "password": pw,
                                              "default_project_id": proj["id"],
                                              "description": "%s user" % name}, domain_id="default")
            a.grant(proj["id"], usr["id"], member["id"])
        for name in ("admin", "service"):
            self.projects[name] = a.ks_find("projects", name, domain_id="default")["id"]
        say("projects and users: %s" % ", ".join(p[0] for p in PROJECTS))

    def quotas(self):
        for name, _d, _u, _p in PROJECTS:
            pid = self.projects[name]
            http("PUT", "%s/os-quota-sets/%s" % (NOVA, pid), {"quota_set": QUOTAS_NOVA}, token=self.admin.token)
            http("PUT", self.cinder_url("admin", "/os-quota-sets/%s" % pid), {"quota_set": QUOTAS_CINDER},
                 token=self.admin.token)

    # --------------------------------------------------------------- compute
    def flavors(self):
        have = {f["name"]: f for f in self.a_get(NOVA + "/flavors/detail?is_public=None")["flavors"]}
        self.flavor_ids = {}
        for name, vcpus, ram, disk in FLAVORS:
            if name not in have:
                have[name] = self.a_post(NOVA + "/flavors", {"flavor": {
                    "name": name, "vcpus": vcpus, "ram": ram, "disk": disk, "os-flavor-access:is_public": True}})["flavor"]
            self.flavor_ids[name] = have[name]["id"]
        say("flavors: %s" % ", ".join(self.flavor_ids))

    def aggregates(self):
        have = {g["name"]: g for g in self.a_get(NOVA + "/os-aggregates")["aggregates"]}
        for name, zone, host in AGGREGATES:
            agg = have.get(name) or self.a_post(NOVA + "/os-aggregates", {
                "aggregate": {"name": name, "availability_zone": zone}})["aggregate"]
            if host not in agg.get("hosts", []):
                self.a_post(NOVA + "/os-aggregates/%s/action" % agg["id"], {"add_host": {"host": host}})
        say("aggregates: %s" % ", ".join("%s(zone %s: %s)" % a for a in AGGREGATES))

    def keypairs(self):
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ed25519
        keydir = os.path.join(cloudctl.STATE, "keys")
        os.makedirs(keydir, exist_ok=True)
        for name, _user, project in KEYPAIRS:
            have = [k["keypair"]["name"] for k in self.u("GET", project, NOVA + "/os-keypairs")["keypairs"]]
            if name in have:
                continue
            key = ed25519.Ed25519PrivateKey.generate()
            pub = key.public_key().public_bytes(serialization.Encoding.OpenSSH,
                                                serialization.PublicFormat.OpenSSH).decode()
            priv = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                                     serialization.NoEncryption())
            path = os.path.join(keydir, name)
            with open(path, "wb") as f:
                f.write(priv)
            os.chmod(path, 0o600)
            self.u("POST", project, NOVA + "/os-keypairs",
                   {"keypair": {"name": name, "public_key": pub + " " + name}})
        say("key pairs: %s" % ", ".join(k[0] for k in KEYPAIRS))

    # --------------------------------------------------------------- images
    def images(self):
        have = {i["name"]: i for i in self.a_get(GLANCE + "/images?limit=1000")["images"]}
        data = tiny_qcow2()
        self.image_ids = {}
        for name in IMAGES:
            img = have.get(name)
            if img and img["status"] not in ("active", "queued"):
                self.admin.delete(GLANCE + "/images/" + img["id"])
                img = None
            if not img:
                img = self.a_post(GLANCE + "/images", {
                    "name": name, "disk_format": "qcow2", "container_format": "bare",
                    "visibility": "public", "min_disk": 0, "min_ram": 0,
                    "hw_disk_bus": "virtio", "root_device_name": "/dev/vda", "os_type": "linux"})
            if img["status"] == "queued":
                http("PUT", GLANCE + "/images/%s/file" % img["id"], raw=data, token=self.admin.token,
                     headers={"Content-Type": "application/octet-stream"})
            self.image_ids[name] = img["id"]
        say("images: %s" % ", ".join(IMAGES))

    # --------------------------------------------------------------- network
    def n_list(self, kind, **q):
        qs = "&".join("%s=%s" % (k, v) for k, v in q.items())
        return self.a_get("%s/%s?%s" % (NEUTRON, kind, qs))[kind.replace("-", "_")]

    def n_ensure(self, kind, body, **q):
        found = self.n_list(kind, **q)
        if found:
            return found[0]
        return self.a_post("%s/%s" % (NEUTRON, kind), {kind[:-1]: body})[kind[:-1]]

    def networks(self):
        adm = self.projects["admin"]
        ext = self.n_ensure("networks", {"name": EXTERNAL["name"], "router:external": True,
                                         "provider:network_type": "flat",
                                         "provider:physical_network": "external",
                                         "project_id": adm}, name=EXTERNAL["name"])
        self.n_ensure("subnets", {
            "name": "ext-subnet", "network_id": ext["id"], "ip_version": 4, "cidr": EXTERNAL["cidr"],
            "gateway_ip": EXTERNAL["gateway"], "enable_dhcp": False, "project_id": adm,
            "allocation_pools": [{"start": EXTERNAL["pool"][0], "end": EXTERNAL["pool"][1]}]},
            name="ext-subnet")
        self.ext_net = ext["id"]
        self.subnets = {}
        self.nets = {}
        for project, net, sub, cidr, router in NETWORKS:
            pid = self.projects[project]
            n = self.n_ensure("networks", {"name": net, "project_id": pid}, name=net, project_id=pid)
            base = cidr.rsplit(".", 1)[0]
            s = self.n_ensure("subnets", {
                "name": sub, "network_id": n["id"], "ip_version": 4, "cidr": cidr,
                "gateway_ip": base + ".1", "enable_dhcp": True, "project_id": pid,
                "dns_nameservers": [], "allocation_pools": [{"start": base + ".100", "end": base + ".200"}]},
                name=sub, project_id=pid)
            r = self.n_ensure("routers", {"name": router, "project_id": pid,
                                          "external_gateway_info": {"network_id": ext["id"]}},
                              name=router, project_id=pid)
            if not r.get("external_gateway_info"):
                http("PUT", "%s/routers/%s" % (NEUTRON, r["id"]),
                     {"router": {"external_gateway_info": {"network_id": ext["id"]}}}, token=self.admin.token)
            ifaces = self.n_list("ports", device_id=r["id"], device_owner="network:router_interface")
            if not any(ip["subnet_id"] == s["id"] for p in ifaces for ip in p["fixed_ips"]):
                http("PUT", "%s/routers/%s/add_router_interface" % (NEUTRON, r["id"]),
                     {"subnet_id": s["id"]}, token=self.admin.token)
            self.subnets[project] = s["id"]
            self.nets[project] = n["id"]
        say("networks: ext-net %s; %s" % (EXTERNAL["cidr"], ", ".join("%s %s" % (n[1], n[3]) for n in NETWORKS)))

    def security_groups(self):
        for project in SG_PROJECTS:
            pid = self.projects[project]
            groups = self.n_list("security-groups", project_id=pid, name="default")
            if not groups:
                # the project's own first request creates its default group
                self.u("GET", project, NEUTRON + "/security-groups?name=default")
                groups = self.n_list("security-groups", project_id=pid, name="default")
            sg = groups[0]
            rules = self.n_list("security-group-rules", security_group_id=sg["id"])

            def key(r):
                return (r["direction"], r["ethertype"], r.get("protocol"), r.get("port_range_min"),
                        r.get("port_range_max"), r.get("remote_ip_prefix"),
                        r.get("remote_group_id") == sg["id"])
            have = {key(r) for r in rules}
            for d, eth, proto, pmin, pmax, prefix, own in SG_RULES:
                if (d, eth, proto, pmin, pmax, prefix, own) in have:
                    continue
                body = {"security_group_id": sg["id"], "direction": d, "ethertype": eth,
                        "project_id": pid}
                if proto:
                    body["protocol"] = proto
                if pmin is not None:
                    body["port_range_min"], body["port_range_max"] = pmin, pmax
                if prefix:
                    body["remote_ip_prefix"] = prefix
                if own:
                    body["remote_group_id"] = sg["id"]
                try:
                    self.a_post(NEUTRON + "/security-group-rules", {"security_group_rule": body})
                except HTTPError as e:
                    if e.status != 409:
                        raise
        say("security group 'default' rules as in the talk for %s" % ", ".join(SG_PROJECTS))

    # --------------------------------------------------------------- servers
    def servers(self):
        existing = {}
        for s in self.a_get(NOVA + "/servers/detail?all_tenants=1", headers=NOVA_MV)["servers"]:
            existing[(s["tenant_id"], s["name"])] = s
        to_wait = []
        for name, project, image, flavor, key, zone, ip in SERVERS:
            pid = self.projects[project]
            s = existing.get((pid, name))
            if s and s["status"] == "ERROR":
                say("server %s is in ERROR; recreating" % name)
                self.admin.delete(NOVA + "/servers/" + s["id"])
                self._wait_gone(NOVA + "/servers/" + s["id"])
                s = None
            if s:
                to_wait.append(s["id"])
                continue
            ports = self.n_list("ports", name=name, project_id=pid)
            port = ports[0] if ports else self.a_post(NEUTRON + "/ports", {"port": {
                "name": name, "network_id": self.nets[project], "project_id": pid,
                "fixed_ips": [{"subnet_id": self.subnets[project], "ip_address": ip}]}})["port"]
            if port.get("device_id"):
                # left over from a server that is gone: free the port for the new one
                http("PUT", "%s/ports/%s" % (NEUTRON, port["id"]),
                     {"port": {"device_id": "", "device_owner": ""}}, token=self.admin.token)
            srv = self.u("POST", project, NOVA + "/servers", {"server": {
                "name": name, "imageRef": self.image_ids[image], "flavorRef": self.flavor_ids[flavor],
                "key_name": key, "availability_zone": zone, "networks": [{"port": port["id"]}],
                "metadata": {"business": project}}}, headers=NOVA_MV)["server"]
            to_wait.append(srv["id"])
        self.server_ids = to_wait

    def wait_servers(self):
        self._wait_status(NOVA + "/servers/%s", "server", self.server_ids, "ACTIVE", ("ERROR",))
        say("servers: %d ACTIVE" % len(self.server_ids))

    def _wait_gone(self, url, timeout=120):
        end = time.time() + timeout
        while time.time() < end:
            st, _, _ = http("GET", url, token=self.admin.token, ok=None)
            if st == 404:
                return
            time.sleep(0.5)
        raise SystemExit("timed out waiting for %s to go away" % url)

    def _wait_status(self, url_tmpl, key, ids, want, bad, timeout=300, status_key="status"):
        end = time.time() + timeout
        pending = list(ids)
        while pending:
            for i in list(pending):
                obj = self.a_get(url_tmpl % i)[key]
                if obj[status_key] == want:
                    pending.remove(i)
                elif obj[status_key] in bad:
                    fault = obj.get("fault") or obj.get("migration_status") or ""
                    raise SystemExit("%s %s (%s) went to %s: %s" % (key, obj.get("name"), i, obj[status_key], fault))
            if pending:
                if time.time() > end:
                    raise SystemExit("timed out waiting for %s to become %s: %s" % (key, want, pending))
                time.sleep(0.5)

    def floating_ips(self):
        for project, addr, server in FLOATING_IPS:
            pid = self.projects[project]
            fips = self.n_list("floatingips", floating_ip_address=addr)
            fip = fips[0] if fips else self.a_post(NEUTRON + "/floatingips", {"floatingip": {
                "floating_network_id": self.ext_net, "floating_ip_address": addr, "project_id": pid,
                "description": "floating IP of %s" % (server or project)}})["floatingip"]
            if server:
                port = self.n_list("ports", name=server, project_id=pid)[0]
                if fip.get("port_id") != port["id"]:
                    http("PUT", "%s/floatingips/%s" % (NEUTRON, fip["id"]),
                         {"floatingip": {"port_id": port["id"]}}, token=self.admin.token)
        say("floating IPs: %s" % ", ".join(f[1] for f in FLOATING_IPS))

    # --------------------------------------------------------------- volumes
    def create_volumes(self):
        adm_url = self.cinder_url("admin", "/volumes/detail?all_tenants=1")
        existing = {}
        for v in self.a_get(adm_url)["volumes"]:
            existing[(v["os-vol-tenant-attr:tenant_id"], v["name"])] = v
        created = []
        vols = {}
        for name, project, size, vtype, _server, _dev in VOLUMES:
            pid = self.projects[project]
            v = existing.get((pid, name))
            if v and v["status"] == "error":
                say("volume %s is in error; recreating" % name)
                self.admin.delete(self.cinder_url("admin", "/volumes/" + v["id"]))
                self._wait_gone(self.cinder_url("admin", "/volumes/" + v["id"]))
                v = None
            if not v:
                v = self.u("POST", project, self.cinder_url(project, "/volumes"), {"volume": {
                    "name": name, "size": size, "volume_type": vtype}})["volume"]
                created.append(v["id"])
            vols[name] = v
        self.vols, self.vols_created = vols, created

    def attach_volumes(self):
        vols = self.vols
        self._wait_status(self.cinder_url("admin", "/volumes/%s"), "volume", self.vols_created, "available",
                          ("error",))
        servers = {}
        for s in self.a_get(NOVA + "/servers/detail?all_tenants=1", headers=NOVA_MV)["servers"]:
            servers[(s["tenant_id"], s["name"])] = s
        attaching = []
        for name, project, _size, _vtype, server, dev in VOLUMES:
            if not server:
                continue
            v = self.a_get(self.cinder_url("admin", "/volumes/%s" % vols[name]["id"]))["volume"]
            if v["status"] in ("in-use", "attaching"):
                attaching.append(v["id"])
                continue
            srv = servers[(self.projects[project], server)]
            self.u("POST", project, NOVA + "/servers/%s/os-volume_attachments" % srv["id"],
                   {"volumeAttachment": {"volumeId": v["id"], "device": dev}}, headers=NOVA_MV)
            attaching.append(v["id"])
        self._wait_status(self.cinder_url("admin", "/volumes/%s"), "volume", attaching, "in-use", ("error", "available"))
        say("volumes: %s" % ", ".join(v[0] for v in VOLUMES))

    # --------------------------------------------------------------- ceph
    def ceph(self):
        import rbd
        cl = cloudctl.rados_connect()
        try:
            cloudctl.ensure_pools(cl, [DOCKER_POOL])
            cloudctl.wait_pgs_active(cl)
            r = rbd.RBD()
            with cl.open_ioctx(DOCKER_POOL) as io:
                if DOCKER_IMAGE not in r.list(io):
                    r.create(io, DOCKER_IMAGE, DOCKER_SIZE, old_format=False,
                             features=rbd.RBD_FEATURE_LAYERING)
            with cl.open_ioctx("volumes") as io:
                if ORPHAN_RBD not in r.list(io):
                    r.create(io, ORPHAN_RBD, 1 << 30, old_format=False, features=rbd.RBD_FEATURE_LAYERING)
            # root disks of the instances, as an RBD-backed Nova would keep them in pool vms
            flavors = {f[0]: f[3] for f in FLAVORS}
            wanted = {}
            for s in self.a_get(NOVA + "/servers/detail?all_tenants=1", headers=NOVA_MV)["servers"]:
                wanted["%s_disk" % s["id"]] = flavors.get(s["flavor"].get("original_name"), 10)
            import libvirtxml
            wanted["%s_disk" % libvirtxml.STRAY_DOMAIN["uuid"]] = libvirtxml.STRAY_DOMAIN["flavor"]["disk"]
            with cl.open_ioctx("vms") as io:
                have = set(r.list(io))
                for img, gb in wanted.items():
                    if img not in have:
                        r.create(io, img, gb << 30, old_format=False, features=rbd.RBD_FEATURE_LAYERING)
        finally:
            cl.shutdown()
        say("ceph: pool %s with image %s (20 GiB); root disks in pool vms; orphan volumes/%s"
            % (DOCKER_POOL, DOCKER_IMAGE, ORPHAN_RBD))

    def libvirt(self):
        import libvirtxml
        libvirtxml.main(self.admin)
        say("libvirt test-driver files: %s/libvirt/host01.xml, host02.xml" % cloudctl.STATE)


def main(args):
    t0 = time.time()
    try:
        s = Seeder()
    except HTTPError as e:
        print("seed: cannot log in to Keystone (%s); is the cloud up? try: localcloud status" % e,
              file=sys.stderr)
        return 1
    s.identity()
    s.quotas()
    s.flavors()
    s.aggregates()
    s.keypairs()
    s.images()
    s.networks()
    s.security_groups()
    s.servers()
    s.create_volumes()
    s.wait_servers()
    s.floating_ips()
    s.attach_volumes()
    s.ceph()
    s.libvirt()
    say("done in %.1fs" % (time.time() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
