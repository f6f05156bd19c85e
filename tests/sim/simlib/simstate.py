"""Shared state of one simulated Ascend server (stdlib only).

Installed in every simulated server at /usr/local/lib/ascend-sim/simstate.py.
Use from a tool or the engine simulation:

    import sys; sys.path.insert(0, "/usr/local/lib/ascend-sim")
    import simstate
    st = simstate.load()                  # read-only snapshot (dict)
    with simstate.update() as st:         # exclusive lock, saved on exit
        st["npus"][0]["netdetect"] = "192.168.100.1"
    simstate.write_load({"0": {"hbm_used_mb": 52000, "aicore": 35,
                               "pids": [[1234, "mindieservice_d", 52000]]}})

Every path can be moved with ASCEND_SIM_STATE_DIR (default /etc/ascend-sim) and
ASCEND_SIM_FABRIC_DIR (default /run/ascend-sim-fabric); the tools never look at who calls them.
"""
import contextlib
import fcntl
import json
import os
import time

STATE_DIR = os.environ.get("ASCEND_SIM_STATE_DIR", "/etc/ascend-sim")
STATE_FILE = os.path.join(STATE_DIR, "state.json")
LOAD_FILE = os.path.join(STATE_DIR, "npu-load.json")
ARGV_LOG = os.path.join(STATE_DIR, "argv.log")
LOCK_FILE = os.path.join(STATE_DIR, ".lock")
FABRIC_DIR = os.environ.get("ASCEND_SIM_FABRIC_DIR", "/run/ascend-sim-fabric")
FABRIC_FILE = os.path.join(FABRIC_DIR, "fabric.json")
HCCN_CONF = os.environ.get("ASCEND_SIM_HCCN_CONF", "/etc/hccn.conf")
VERSION_INFO = os.environ.get("ASCEND_SIM_VERSION_INFO", "/usr/local/Ascend/driver/version.info")

# Knobs understood by the simulation (value None = flag without value).
KNOBS = ("link_down", "net_health", "driver_version", "no_hwhiaiuser", "firewalld_active",
         "weights_symlink", "engine_oom", "wrong_nic", "unreachable", "slow")


@contextlib.contextmanager
def _locked(path, exclusive):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    # A reader that may not write the lock file (a non-root login reading what any user may read, such as
    # systemctl is-active) takes its shared lock on a read-only descriptor.
    mode = "a+" if exclusive or os.access(path, os.W_OK) or not os.path.exists(path) else "r"
    with open(path, mode) as fh:
        fcntl.flock(fh, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _read_json(path, default):
    try:
        with open(path) as fh:
            return json.load(fh)
    except (FileNotFoundError, ValueError):
        return default


def _write_json(path, data):
    tmp = "%s.tmp.%d" % (path, os.getpid())
    with open(tmp, "w") as fh:
        json.dump(data, fh, indent=2, sort_keys=True)
        fh.write("\n")
    os.replace(tmp, path)


def load():
    """Snapshot of /etc/ascend-sim/state.json (dict)."""
    with _locked(LOCK_FILE, False):
        return _read_json(STATE_FILE, {})


def save(state):
    with _locked(LOCK_FILE, True):
        _write_json(STATE_FILE, state)
    publish(state)


@contextlib.contextmanager
def update():
    """Read-modify-write the state under an exclusive lock; also republishes to the fabric."""
    with _locked(LOCK_FILE, True):
        state = _read_json(STATE_FILE, {})
        yield state
        _write_json(STATE_FILE, state)
    publish(state)


# ---- faults ---------------------------------------------------------------
def fault(state, knob):
    """Value of a fault knob: None if not set, True for a flag, else the string value."""
    return state.get("faults", {}).get(knob)


def faulted_npus(state, knob):
    """NPU ids named by a knob such as link_down=3 or link_down=3,5 ('all' = every NPU)."""
    val = fault(state, knob)
    if val is None:
        return set()
    if val is True or str(val).strip() in ("", "all"):
        return {n["id"] for n in state.get("npus", [])}
    out = set()
    for part in str(val).split(","):
        part = part.split(":", 1)[0].strip()
        if part.isdigit():
            out.add(int(part))
    return out


def maybe_slow(state=None):
    """Sleep for the `slow` knob (seconds) before a tool answers."""
    state = load() if state is None else state
    val = fault(state, "slow")
    if val not in (None, True):
        try:
            time.sleep(float(val))
        except ValueError:
            pass


def link_up(state, npu_id):
    return npu_id not in faulted_npus(state, "link_down")


def npu(state, npu_id):
    for n in state.get("npus", []):
        if n["id"] == npu_id:
            return n
    return None


# ---- NPU load (written by the engine simulation) ---------------------------
def read_load():
    """{"0": {"hbm_used_mb": int, "aicore": int, "pids": [[pid, name, mb], ...]}, ...} or {}."""
    with _locked(LOCK_FILE + ".load", False):
        return _read_json(LOAD_FILE, {})


def write_load(data):
    with _locked(LOCK_FILE + ".load", True):
        _write_json(LOAD_FILE, data)


@contextlib.contextmanager
def update_load():
    with _locked(LOCK_FILE + ".load", True):
        data = _read_json(LOAD_FILE, {})
        yield data
        _write_json(LOAD_FILE, data)


# ---- cluster-wide fabric (every server of a cluster sees the same file) -------
def publish(state):
    """Record this server's NPU addresses and link state in the shared fabric file."""
    if not os.path.isdir(FABRIC_DIR) or "server_index" not in state:
        return
    entry = {"name": state.get("name"), "host": state.get("host"), "npus": {}}
    for n in state.get("npus", []):
        entry["npus"][str(n["id"])] = {"ip": n.get("ip", ""), "netmask": n.get("netmask", ""),
                                       "link": "UP" if link_up(state, n["id"]) else "DOWN"}
    with _locked(FABRIC_FILE + ".lock", True):
        fab = _read_json(FABRIC_FILE, {})
        fab[str(state["server_index"])] = entry
        _write_json(FABRIC_FILE, fab)


def fabric():
    """{"<server index>": {"name", "host", "npus": {"<id>": {"ip", "netmask", "link"}}}}."""
    with _locked(FABRIC_FILE + ".lock", False):
        return _read_json(FABRIC_FILE, {})


def same_subnet(ip, netmask, other):
    import ipaddress
    try:
        net = ipaddress.IPv4Network("%s/%s" % (ip, netmask), strict=False)
        return ipaddress.IPv4Address(other) in net
    except ValueError:
        return False


def reachable(state, npu_id, addr):
    """True if NPU npu_id of this server can reach addr over the simulated RoCE fabric:
    own link up, own IP set, addr in the same subnet and held by an NPU whose link is up."""
    me = npu(state, npu_id)
    if me is None or not me.get("ip") or not link_up(state, npu_id):
        return False
    if not same_subnet(me["ip"], me.get("netmask") or "255.255.255.0", addr):
        return False
    for srv in fabric().values():
        for peer in srv.get("npus", {}).values():
            if peer.get("ip") == addr and peer.get("link") == "UP":
                return True
    return False


# ---- /etc/hccn.conf --------------------------------------------------------
HCCN_KEYS = (("address", "ip"), ("netmask", "netmask"), ("netdetect", "netdetect"), ("gateway", "gateway"))


def write_hccn_conf(state):
    """Rewrite /etc/hccn.conf from the state like the real tool: key_N=value lines per NPU
    (address, netmask, netdetect, gateway, send_arp_status, tls_enable); foreign lines are kept."""
    ours = set()
    lines = []
    for n in state.get("npus", []):
        i = n["id"]
        for key, field in HCCN_KEYS:
            ours.add("%s_%d" % (key, i))
            if n.get(field):
                lines.append("%s_%d=%s" % (key, i, n[field]))
        ours.update(("send_arp_status_%d" % i, "tls_enable_%d" % i))
        if n.get("ip"):
            lines.append("send_arp_status_%d=1" % i)
        if n.get("tls_set"):
            lines.append("tls_enable_%d=%d" % (i, n.get("tls", 0)))
    try:
        with open(HCCN_CONF) as fh:
            lines += [l for l in fh.read().splitlines() if l.strip() and l.split("=", 1)[0].strip() not in ours]
    except FileNotFoundError:
        pass
    with open(HCCN_CONF + ".tmp", "w") as fh:
        fh.write("".join(l + "\n" for l in lines))
    os.replace(HCCN_CONF + ".tmp", HCCN_CONF)


def log_argv(argv):
    with _locked(ARGV_LOG + ".lock", True):
        with open(ARGV_LOG, "a", encoding="utf-8", errors="surrogateescape") as fh:
            fh.write(json.dumps(argv, ensure_ascii=False) + "\n")


# ---- initial state ---------------------------------------------------------
BUS_IDS = ["0000:C1:00.0", "0000:C2:00.0", "0000:81:00.0", "0000:82:00.0",
           "0000:01:00.0", "0000:02:00.0", "0000:41:00.0", "0000:42:00.0"]


def default_state(index, name, host, port, preset_ips=False, npu_count=8):
    """Fresh Atlas 800T A2 (8 x 910B3, 64 GB HBM) with unset NPU addresses (or preset ones)."""
    npus = []
    for n in range(npu_count):
        ip = "192.168.100.%d" % (10 * index + n + 10) if preset_ips else ""
        npus.append({
            "id": n, "bus_id": BUS_IDS[n % len(BUS_IDS)],
            "ip": ip, "netmask": "255.255.255.0" if preset_ips else "",
            "gateway": "", "netdetect": "", "tls": 0,
            "health": "OK",
            "idle_hbm_mb": 2800 + (index * 131 + n * 97) % 600,   # idle HBM in use
            "idle_power_w": round(90 + ((index * 7 + n * 3) % 10) + n * 0.1, 1),
            "idle_temp_c": 37 + (index * 5 + n * 3) % 9,
            "lldp_port": "400GE1/%d/%d:%d" % (n // 2 + 1, 5 + index, n % 2 + 1),
        })
    return {
        "schema": 1, "server_index": index, "name": name, "host": host, "port": port,
        "chip": "910B3", "npu_count": npu_count, "hbm_total_mb": 65536,
        "driver_version": "24.1.rc2.2", "firmware_version": "7.3.0.1.231",
        "npu_smi_version": "24.1.rc2.2",
        "services": {"firewalld": "inactive", "docker": "active"},
        "faults": {},
        "npus": npus,
    }
