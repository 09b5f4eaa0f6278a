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


def main(argv):
    if not argv:
        print("usage: cloudctl.py COMMAND ...", file=sys.stderr)
        return 2
    cmd, args = argv[0], argv[1:]
    if cmd == "http-check":
        return cmd_http_check(args[0])
    if cmd == "clouds-yaml":
        return cmd_clouds_yaml()
    print("unknown command %s" % cmd, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
