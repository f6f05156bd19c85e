"""Rank-table and input-file checks done by the simulated MindIE daemon (what real MindIE refuses)."""
import json
import os
import stat

PERM_NAMES = ("Other group permission", "Owner group permission", "Owner permission")


def check_file(path, mode=0o640):
    """MindIE's FileUtils check: no permission bit beyond `mode`. Returns the error message or ''."""
    if os.environ.get("MINDIE_CHECK_INPUTFILES_PERMISSION", "1") == "0":
        return ""
    base = os.path.basename(path)
    if os.path.islink(path):
        return "The file %s is a link." % path
    st = os.stat(path)
    if st.st_uid != os.getuid():
        return "Check path: %s failed, by:owner id diff: current process user id is %d, file owner id is %d" % (
            base, os.getuid(), st.st_uid)
    cur = stat.S_IMODE(st.st_mode)
    for i in (2, 1, 0):
        c, m = (cur >> (3 * i)) & 7, (mode >> (3 * i)) & 7
        if c | m != m:
            return ("Check path: %s failed, by: Check %s failed: %s current permission is %d, but required no "
                    "greater than %d. Required permisssion is %o, but got permission is %o"
                    % (base, PERM_NAMES[i], path, c, m, mode, cur))
    return ""


def _int(v, lo, hi):
    try:
        n = int(str(v))
    except ValueError:
        return None
    return n if lo <= n <= hi else None


def parse(path):
    """Validate a v1.0/v1.2 rank table. Returns (table, error message or '')."""
    try:
        with open(path) as fh:
            rt = json.load(fh)
    except ValueError as e:
        return None, "Failed to parse ranktable file %s, json error: %s" % (path, e)
    servers = rt.get("server_list")
    if not isinstance(servers, list):
        return None, "The server_list in ranktable file is invalid."
    count = _int(rt.get("server_count", ""), 2, 60)
    if count is None:
        return None, "The server_count in ranktable file is invalid, it should be in range [2, 60]."
    if count != len(servers):
        return None, "The server_count %d is not equal to the size of server_list %d." % (count, len(servers))
    ndev = None
    ranks = set()
    for srv in servers:
        if not srv.get("container_ip"):
            return None, "The container_ip of server %s in ranktable file is empty." % srv.get("server_id", "")
        devs = srv.get("device") or []
        if not 1 <= len(devs) <= 32:
            return None, "The device number of server %s should be in range [1, 32]." % srv.get("server_id")
        if ndev is not None and len(devs) != ndev:
            return None, "The device number of each server in ranktable file should be the same."
        ndev = len(devs)
        for d in devs:
            if _int(d.get("device_id", ""), 0, 63) is None:
                return None, "The device_id %s in ranktable file is invalid, it should be in range [0, 63]." % (
                    d.get("device_id"))
            r = _int(d.get("rank_id", ""), 0, 511)
            if r is None:
                return None, "The rank_id %s in ranktable file is invalid, it should be in range [0, 511]." % (
                    d.get("rank_id"))
            if r in ranks:
                return None, "The rank_id %d in ranktable file is duplicated." % r
            ranks.add(r)
    return rt, ""


def master_of(rt):
    for srv in rt["server_list"]:
        if any(int(d["rank_id"]) == 0 for d in srv["device"]):
            return srv
    return rt["server_list"][0]


def find_self(rt, container_ip):
    for srv in rt["server_list"]:
        if container_ip in (srv.get("container_ip"), srv.get("server_id")):
            return srv
    return None
