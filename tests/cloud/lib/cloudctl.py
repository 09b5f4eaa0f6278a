#!/usr/bin/python3
"""Helpers for tests/cloud/localcloud: REST calls against the local cloud.

Only talks to 127.0.0.1. Configuration comes from SD_* environment variables that
localcloud exports (state dir, ports, passwords).
"""
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

ENV = os.environ
STATE = ENV.get("SD_STATE", "/var/tmp/stackdeck-cloud")
HOST = ENV.get("SD_HOST", "127.0.0.1")
REGION = ENV.get("SD_REGION", "RegionOne")
ADMIN_PASSWORD = ENV.get("SD_ADMIN_PASSWORD", "stackdeck-admin")
SERVICE_PASSWORD = ENV.get("SD_SERVICE_PASSWORD", "stackdeck-service")


def port(name, default):
    return int(ENV.get("SD_P_" + name, default))


KEYSTONE = "http://%s:%d" % (HOST, port("KEYSTONE", 25000))
URLS = {
    "identity": KEYSTONE + "/v3",
    "placement": "http://%s:%d" % (HOST, port("PLACEMENT", 28778)),
    "compute": "http://%s:%d/v2.1" % (HOST, port("NOVA", 28774)),
    "network": "http://%s:%d" % (HOST, port("NEUTRON", 29696)),
    "image": "http://%s:%d" % (HOST, port("GLANCE", 29292)),
    "volumev3": "http://%s:%d/v3/$(project_id)s" % (HOST, port("CINDER", 28776)),
    "block-storage": "http://%s:%d/v3/$(project_id)s" % (HOST, port("CINDER", 28776)),
}
SERVICE_NAMES = {
    "placement": "placement", "compute": "nova", "network": "neutron", "image": "glance",
    "volumev3": "cinderv3", "block-storage": "cinder",
}
SERVICE_USERS = ["placement", "nova", "neutron", "glance", "cinder"]

# Per-project clouds written into clouds.yaml (users are created by `seed`).
PROJECT_CLOUDS = [
    # cloud name,        project,        user,          password
    ("stackdeck-formal", "FormalTenant", "formal-user", "stackdeck-formal"),
    ("stackdeck-dev", "DevTenant", "dev-user", "stackdeck-dev"),
    ("stackdeck-test", "TestTenant", "test-user", "stackdeck-test"),
]

for _k in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
    os.environ.pop(_k, None)
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class HTTPError(Exception):
    def __init__(self, status, method, url, body):
        super().__init__("%s %s -> %s: %s" % (method, url, status, body[:500]))
        self.status = status
        self.body = body


def http(method, url, body=None, headers=None, token=None, raw=None, timeout=60, ok=(200, 201, 202, 204)):
    """One HTTP request; returns (status, headers, parsed-json-or-text)."""
    hdrs = {"Accept": "application/json", "Connection": "close"}
    data = None
    if raw is not None:
        data = raw
        hdrs["Content-Type"] = "application/octet-stream"
    elif body is not None:
        data = json.dumps(body).encode()
        hdrs["Content-Type"] = "application/json"
    if token:
        hdrs["X-Auth-Token"] = token
    if headers:
        hdrs.update(headers)
    last = None
    for attempt in range(6):
        req = urllib.request.Request(url, data=data, headers=hdrs, method=method)
        try:
            with _OPENER.open(req, timeout=timeout) as r:
                text = r.read().decode("utf-8", "replace")
                status, rh = r.status, r.headers
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", "replace")
            status, rh = e.code, e.headers
        except (ConnectionError, urllib.error.URLError, TimeoutError) as e:
            # connection reset / refused: retry a few times (services may be restarting)
            last = e
            time.sleep(0.5 * (attempt + 1))
            continue
        if status == 503 and attempt < 5:
            time.sleep(1)
            continue
        try:
            parsed = json.loads(text) if text else None
        except ValueError:
            parsed = text
        if ok and status not in ok:
            raise HTTPError(status, method, url, text)
        return status, rh, parsed
    raise HTTPError(0, method, url, "connection failed: %s" % last)


def get_token(user="admin", password=None, project="admin", domain="Default"):
    body = {"auth": {
        "identity": {"methods": ["password"], "password": {"user": {
            "name": user, "domain": {"name": domain}, "password": password or ADMIN_PASSWORD}}},
        "scope": {"project": {"name": project, "domain": {"name": domain}}}}}
    _, h, b = http("POST", KEYSTONE + "/v3/auth/tokens", body)
    return h["X-Subject-Token"], b["token"]


# ------------------------------------------------------------------ commands
def cmd_http_check(url):
    """Exit 0 if URL answers with any HTTP status below 500."""
    req = urllib.request.Request(url, headers={"Connection": "close"})
    try:
        with _OPENER.open(req, timeout=5) as r:
            r.read()
            return 0
    except urllib.error.HTTPError as e:
        return 0 if e.code < 500 else 1
    except Exception:
        return 1


def ceph_block():
    ceph_dir = os.path.join(STATE, "ceph")
    tmpl = "test://" + os.path.join(STATE, "libvirt") + "/{host}.xml"
    return {
        "ceph_conf": os.path.join(ceph_dir, "ceph.conf"),
        "ceph_keyring": os.path.join(ceph_dir, "ceph.client.admin.keyring"),
        "ceph_client": "admin",
        "libvirt_uri_template": tmpl,
        "libvirt_uris": {h: tmpl.format(host=h) for h in ("host01", "host02")},
    }


def cmd_clouds_yaml():
    import yaml

    def entry(user, password, project):
        return {
            "auth": {"auth_url": KEYSTONE + "/v3", "username": user, "password": password,
                     "project_name": project, "user_domain_name": "Default",
                     "project_domain_name": "Default"},
            "region_name": REGION,
            "interface": "public",
            "identity_api_version": 3,
            "stackdeck": ceph_block(),
        }
    clouds = {"stackdeck-local": entry("admin", ADMIN_PASSWORD, "admin")}
    for cloud, project, user, password in PROJECT_CLOUDS:
        clouds[cloud] = entry(user, password, project)
    sys.stdout.write("# Generated by tests/cloud/localcloud — local test cloud on 127.0.0.1\n")
    sys.stdout.write(yaml.safe_dump({"clouds": clouds}, sort_keys=False, allow_unicode=True))
    return 0


class Admin:
    """An admin session: one token, helpers for the APIs used by localcloud."""

    def __init__(self):
        self.token, body = get_token()
        self.project_id = body["project"]["id"]

    def get(self, url, **kw):
        return http("GET", url, token=self.token, **kw)[2]

    def post(self, url, body=None, **kw):
        return http("POST", url, body, token=self.token, **kw)[2]

    def put(self, url, body=None, **kw):
        return http("PUT", url, body, token=self.token, **kw)[2]

    def delete(self, url, **kw):
        return http("DELETE", url, token=self.token, ok=(200, 202, 204, 404), **kw)[2]

    def cinder(self, path):
        return "http://%s:%d/v3/%s%s" % (HOST, port("CINDER", 28776), self.project_id, path)

    # ---- keystone "ensure" helpers
    def ks_find(self, kind, name, **filters):
        q = "name=" + urllib.parse.quote(name)
        for k, v in filters.items():
            q += "&%s=%s" % (k, urllib.parse.quote(v))
        items = self.get("%s/v3/%s?%s" % (KEYSTONE, kind, q))[kind]
        return items[0] if items else None

    def ks_ensure(self, kind, name, body, **filters):
        found = self.ks_find(kind, name, **filters)
        if found:
            return found
        single = kind[:-1]
        return self.post("%s/v3/%s" % (KEYSTONE, kind), {single: dict(body, name=name)})[single]

    def grant(self, project_id, user_id, role_id):
        http("PUT", "%s/v3/projects/%s/users/%s/roles/%s" % (KEYSTONE, project_id, user_id, role_id),
             token=self.token)


def cmd_keystone_setup():
    a = Admin()
    default = "default"
    service = a.ks_ensure("projects", "service", {"domain_id": default, "description": "service"},
                          domain_id=default)
    roles = {r: a.ks_ensure("roles", r, {}) for r in ("admin", "member", "reader", "service")}
    for u in SERVICE_USERS:
        user = a.ks_ensure("users", u, {"domain_id": default, "password": SERVICE_PASSWORD,
                                        "default_project_id": service["id"]}, domain_id=default)
        for r in ("admin", "service"):
            a.grant(service["id"], user["id"], roles[r]["id"])
    existing = a.get(KEYSTONE + "/v3/endpoints")["endpoints"]
    for stype, url in URLS.items():
        if stype == "identity":
            continue
        svc = a.ks_find("services", SERVICE_NAMES[stype], type=stype)
        if not svc:
            svc = a.post(KEYSTONE + "/v3/services",
                         {"service": {"type": stype, "name": SERVICE_NAMES[stype], "enabled": True}})["service"]
        for iface in ("public", "internal", "admin"):
            if any(e["service_id"] == svc["id"] and e["interface"] == iface for e in existing):
                continue
            a.post(KEYSTONE + "/v3/endpoints", {"endpoint": {
                "service_id": svc["id"], "interface": iface, "url": url, "region_id": REGION}})
    return 0


def rados_connect(timeout=10):
    import rados
    cl = rados.Rados(conffile=os.path.join(STATE, "ceph", "ceph.conf"), rados_id="admin",
                     conf={"client_mount_timeout": str(timeout), "rados_mon_op_timeout": str(timeout),
                           "rados_osd_op_timeout": str(timeout)})
    cl.connect(timeout=timeout)
    return cl


def mon_cmd(cl, **cmd):
    ret, out, err = cl.mon_command(json.dumps(cmd), b"")
    if ret != 0:
        raise RuntimeError("ceph %s failed (%d): %s" % (cmd.get("prefix"), ret, err))
    return json.loads(out) if out and cmd.get("format") == "json" else out


def ensure_pools(cl, names):
    existing = set(cl.list_pools())
    for name in names:
        if name not in existing:
            mon_cmd(cl, prefix="osd pool create", pool=name, pg_num=8, pgp_num=8)
        mon_cmd(cl, prefix="osd pool application enable", pool=name, app="rbd",
                yes_i_really_mean_it=True)


def wait_pgs_active(cl, timeout=120):
    end = time.time() + timeout
    while True:
        st = mon_cmd(cl, prefix="pg stat", format="json")
        st = st.get("pg_summary", st)
        total = st.get("num_pgs", 0)
        active = sum(s["num"] for s in st.get("num_pg_by_state", []) if "active" in s["name"])
        if total and active == total:
            return
        if time.time() > end:
            raise RuntimeError("ceph PGs not active after %ds: %s" % (timeout, st))
        time.sleep(0.5)


def _ceph_key():
    import base64
    import struct
    secret = os.urandom(16)
    now = time.time()
    return base64.b64encode(struct.pack("<HIIH", 1, int(now), int((now % 1) * 1e9), 16) + secret).decode()


CEPH_ENTITIES = [
    # entity, keyring path (relative to ceph dir), caps
    ("client.admin", "ceph.client.admin.keyring",
     [("mds", "allow *"), ("mgr", "allow *"), ("mon", "allow *"), ("osd", "allow *")]),
    ("mgr.x", "mgr/ceph-x/keyring", [("mds", "allow *"), ("mon", "allow profile mgr"), ("osd", "allow *")]),
    ("osd.0", "osd/ceph-0/keyring", [("mgr", "allow profile osd"), ("mon", "allow profile osd"), ("osd", "allow *")]),
]


def cmd_ceph_keys():
    """Write the cluster's keyrings (what ceph-authtool --gen-key would), in one process."""
    cdir = os.path.join(STATE, "ceph")

    def section(entity, key, caps):
        return "[%s]\n\tkey = %s\n%s" % (entity, key, "".join(
            '\tcaps %s = "%s"\n' % c for c in caps))
    mon = [section("mon.", _ceph_key(), [("mon", "allow *")])]
    for entity, rel, caps in CEPH_ENTITIES:
        text = section(entity, _ceph_key(), caps)
        path = os.path.join(cdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        os.chmod(path, 0o600)
        mon.append(text)
    with open(os.path.join(cdir, "mon.keyring"), "w") as f:
        f.write("".join(mon))
    return 0


def cmd_ceph_osd_new(osd_uuid, osd_id):
    cl = rados_connect(timeout=60)
    try:
        mon_cmd(cl, prefix="osd new", uuid=osd_uuid, id=int(osd_id))
    finally:
        cl.shutdown()
    return 0


def cmd_ceph_wait(what, timeout, pid=None):
    """Wait (in one process) until the mon answers / the mgr is available / osd.0 is up.

    With PID, give up as soon as that process is gone (exit 2)."""
    end = time.time() + float(timeout)
    cl = None
    try:
        while time.time() < end:
            if pid and not os.path.exists("/proc/%s" % pid):
                return 2
            try:
                if cl is None:
                    cl = rados_connect(timeout=5)
                if what == "mon":
                    return 0
                if what == "mgr" and mon_cmd(cl, prefix="mgr stat", format="json").get("available"):
                    return 0
                if what == "osd" and any(o["osd"] == 0 and o["up"]
                                         for o in mon_cmd(cl, prefix="osd dump", format="json")["osds"]):
                    return 0
            except Exception:
                shutdown_quietly(cl)
                cl = None
            time.sleep(0.3)
        return 1
    finally:
        # A connection left open when the interpreter exits can crash librados' teardown
        # (a segmentation fault after the daemon had already answered).
        shutdown_quietly(cl)


def shutdown_quietly(cl):
    if cl is None:
        return
    try:
        cl.shutdown()
    except Exception:
        pass


def cmd_ceph_pools(names):
    cl = rados_connect(timeout=60)
    try:
        ensure_pools(cl, names)
        wait_pgs_active(cl)
    finally:
        cl.shutdown()
    return 0


NOVA_BINARIES = {"nova-conductor": ("nova-conductor", None), "nova-scheduler": ("nova-scheduler", None),
                 "nova-compute-host01": ("nova-compute", "host01"),
                 "nova-compute-host02": ("nova-compute", "host02")}


def _epoch(ts):
    import calendar
    if not ts:
        return 0
    return calendar.timegm(time.strptime(ts.split(".")[0], "%Y-%m-%dT%H:%M:%S"))


def service_states(a, since=0):
    """{localcloud service name: True/False} for the RPC services, from the APIs.

    With SINCE (epoch seconds), a service counts as up only once it reported after that."""
    out = {}

    def up(s):
        return s["state"] == "up" and _epoch(s.get("updated_at")) >= since
    try:
        svcs = a.get(URLS["compute"] + "/os-services", timeout=10)["services"]
        for name, (binary, host) in NOVA_BINARIES.items():
            out[name] = any(s["binary"] == binary and up(s) and (host is None or s["host"] == host)
                            for s in svcs)
    except Exception:
        pass
    try:
        svcs = a.get(a.cinder("/os-services"), timeout=10)["services"]
        out["cinder-scheduler"] = any(s["binary"] == "cinder-scheduler" and up(s) for s in svcs)
        vols = [s for s in svcs if s["binary"] == "cinder-volume"]
        out["cinder-volume"] = len(vols) >= 2 and all(up(s) for s in vols)
        out["cinder-backup"] = any(s["binary"] == "cinder-backup" and up(s) for s in svcs)
    except Exception:
        pass
    return out


def cmd_service_up(name, timeout=0, since=0):
    """Wait up to TIMEOUT seconds until the RPC service NAME reports up in its API."""
    end = time.time() + float(timeout)
    admin = None
    while True:
        try:
            admin = admin or Admin()
            if service_states(admin, int(since)).get(name):
                return 0
        except Exception:
            admin = None
        if time.time() >= end:
            return 1
        time.sleep(0.5)


def _port_open(p):
    import socket
    try:
        with socket.create_connection((HOST, p), timeout=2):
            return True
    except OSError:
        return False


def cmd_status_checks():
    """Print 'SERVICE ok|fail' for every service."""
    res = {}
    try:
        import pymysql
        pymysql.connect(unix_socket=os.path.join(STATE, "run", "mysqld.sock"), user="stackdeck",
                        password="stackdeck", connect_timeout=3).close()
        res["mariadb"] = True
    except Exception:
        res["mariadb"] = False
    res["epmd"] = _port_open(int(ENV.get("SD_P_EPMD", 24369)))
    res["rabbitmq"] = _port_open(int(ENV.get("SD_P_RABBIT", 25671)))
    for name, url in (("keystone", URLS["identity"]), ("placement", URLS["placement"] + "/"),
                      ("nova-api", URLS["compute"].rsplit("/", 1)[0] + "/"),
                      ("neutron", URLS["network"] + "/"), ("glance", URLS["image"] + "/"),
                      ("cinder-api", URLS["volumev3"].split("/v3")[0] + "/")):
        res[name] = cmd_http_check(url) == 0
    try:
        cl = rados_connect(timeout=5)
        try:
            res["ceph-mon"] = True
            mgr = mon_cmd(cl, prefix="mgr stat", format="json")
            res["ceph-mgr"] = bool(mgr.get("available"))
            osds = mon_cmd(cl, prefix="osd dump", format="json")["osds"]
            res["ceph-osd"] = any(o["osd"] == 0 and o["up"] for o in osds)
        finally:
            cl.shutdown()
    except Exception:
        pass
    if res.get("keystone"):
        try:
            res.update(service_states(Admin()))
        except Exception:
            pass
    for k, v in res.items():
        print("%s %s" % (k, "ok" if v else "fail"))
    return 0


def cmd_mem():
    """PSS of every process in the sessions localcloud started (pid files in run/)."""
    run = os.path.join(STATE, "run")
    leaders = set()
    for f in os.listdir(run) if os.path.isdir(run) else []:
        if f.endswith(".pid") and f != "mysqld.pid":
            try:
                with open(os.path.join(run, f)) as fh:
                    leaders.add(int(fh.read().split()[0]))
            except (OSError, ValueError, IndexError):
                pass
    total = count = 0
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % d) as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            if int(fields[3]) not in leaders:      # session id
                continue
            with open("/proc/%s/smaps_rollup" % d) as fh:
                for line in fh:
                    if line.startswith("Pss:"):
                        total += int(line.split()[1])
                        count += 1
                        break
        except (OSError, ValueError, IndexError):
            continue
    print("memory: %d MiB PSS in %d processes" % (total // 1024, count))
    return 0


def cmd_post_up():
    """After all services run: hypervisors visible, volume types, scheduler pools."""
    a = Admin()
    end = time.time() + 120
    while True:
        hv = a.get(URLS["compute"] + "/os-hypervisors")["hypervisors"]
        names = {h["hypervisor_hostname"] for h in hv}
        if {"host01", "host02"} <= names:
            break
        if time.time() > end:
            raise SystemExit("hypervisors host01/host02 not registered (have %s)" % sorted(names))
        time.sleep(0.5)
    import pymysql
    end = time.time() + 120
    while True:
        db = pymysql.connect(unix_socket=os.path.join(STATE, "run", "mysqld.sock"), user="stackdeck",
                             password="stackdeck", database="nova_api", connect_timeout=5)
        try:
            with db.cursor() as cur:
                cur.execute("SELECT host FROM host_mappings")
                mapped = {r[0] for r in cur.fetchall()}
        finally:
            db.close()
        if {"host01", "host02"} <= mapped:
            break
        if time.time() > end:
            raise SystemExit("compute hosts not mapped to cell1 (have %s)" % sorted(mapped))
        time.sleep(0.5)
    types = {t["name"]: t for t in a.get(a.cinder("/types"))["volume_types"]}
    for name, desc in (("ceph", "Ceph RBD (pool volumes)"), ("fake", "Cinder fake driver (no storage)")):
        if name not in types:
            a.post(a.cinder("/types"), {"volume_type": {
                "name": name, "description": desc, "os-volume-type-access:is_public": True,
                "extra_specs": {"volume_backend_name": name}}})
    end = time.time() + 120
    while True:
        pools = a.get(a.cinder("/scheduler-stats/get_pools?detail=true"))["pools"]
        backends = {p.get("capabilities", {}).get("volume_backend_name") for p in pools}
        if {"ceph", "fake"} <= backends:
            break
        if time.time() > end:
            raise SystemExit("cinder scheduler has no pools for ceph/fake (have %s)" % backends)
        time.sleep(1)
    return 0


def main(argv):
    if not argv:
        print("usage: cloudctl.py COMMAND ...", file=sys.stderr)
        return 2
    cmd, args = argv[0], argv[1:]
    if cmd == "http-check":
        return cmd_http_check(args[0])
    if cmd == "clouds-yaml":
        return cmd_clouds_yaml()
    if cmd == "keystone-setup":
        return cmd_keystone_setup()
    if cmd == "ceph-keys":
        return cmd_ceph_keys()
    if cmd == "ceph-osd-new":
        return cmd_ceph_osd_new(*args)
    if cmd == "ceph-wait":
        return cmd_ceph_wait(*args)
    if cmd == "ceph-pools":
        return cmd_ceph_pools(args)
    if cmd == "service-up":
        return cmd_service_up(*args)
    if cmd == "status-checks":
        return cmd_status_checks()
    if cmd == "mem":
        return cmd_mem()
    if cmd == "post-up":
        return cmd_post_up()
    if cmd == "libvirt-xml":
        import libvirtxml
        return libvirtxml.main(Admin())
    if cmd == "seed":
        import seed
        return seed.main(args)
    print("unknown command %s" % cmd, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
