"""Shared helpers of the simulated inference engines (MindIE daemon and `vllm serve`).

State comes from the other helper's `simstate` module (installed next to this package as
/usr/local/lib/ascend-sim/simstate.py; in the repository it is tests/sim/simlib/simstate.py).
Every path can be moved for unit tests: ASCEND_SIM_STATE_DIR (state, npu-load, request log),
MIES_INSTALL_PATH (MindIE install dir holding conf/config.json).
"""
import datetime
import json
import os
import sys
import threading
import time

_HERE = os.path.dirname(os.path.abspath(__file__))
for _p in (os.path.dirname(_HERE), os.path.join(os.path.dirname(_HERE), "simlib")):
    if os.path.exists(os.path.join(_p, "simstate.py")) and _p not in sys.path:
        sys.path.insert(0, _p)
import simstate  # noqa: E402

GiB = 1024 ** 3


def state_dir():
    return simstate.STATE_DIR


def load_state():
    return simstate.load()


def fault(st, knob):
    return simstate.fault(st, knob)


def env_float(name, default):
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return float(default)


def slow_factor(st):
    """The `slow` knob (seconds) makes the engine slower: 1 + value, so slow=0.5 is 1.5x."""
    val = fault(st, "slow")
    if val in (None, True):
        return 2.0 if val is True else 1.0
    try:
        return 1.0 + float(val)
    except ValueError:
        return 1.0


# ---- this server's identity ---------------------------------------------------
def host_ip(st):
    return st.get("host", "127.0.0.1")


def nics(st):
    """This server's host NICs. state["nics"] wins; else one NIC enp189s0f0 with the host IP."""
    if st.get("nics"):
        return st["nics"]
    return [{"ifname": "enp189s0f0", "addr": host_ip(st), "prefixlen": 8}]


def nic_names(st):
    return [n["ifname"] for n in nics(st)] + ["lo"]


def own_addrs(st):
    return {n["addr"] for n in nics(st)} | {host_ip(st)}


def bind_addr(st, host):
    """Where to really bind. The simulated servers share the host's network, so "all addresses" (0.0.0.0)
    means this server's own address; otherwise two servers could not both listen on 0.0.0.0:8000."""
    return host_ip(st) if host in (None, "", "0.0.0.0", "::") else host


def npu_ips(st):
    return {str(n["id"]): n.get("ip", "") for n in st.get("npus", [])}


def hbm_total_mb(st):
    return int(st.get("hbm_total_mb", 65536))


# ---- log timestamps -------------------------------------------------------------
def _now():
    return datetime.datetime.now().astimezone()


def ts_mindie():
    """[2025-10-29 09:46:15.396+08:00]"""
    t = _now()
    off = t.strftime("%z")
    return "[%s.%03d%s:%s]" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, off[:3], off[3:])


def ts_hccl():
    """2025-12-04-14:46:07.911.312 (HCCL / CANN error-code lines)."""
    t = _now()
    return "%s.%03d.%03d" % (t.strftime("%Y-%m-%d-%H:%M:%S"), t.microsecond // 1000, t.microsecond % 1000)


def ts_vllm():
    """INFO 06-20 10:11:12 (vLLM's logger prefix, month-day)."""
    return _now().strftime("%m-%d %H:%M:%S")


def out(line):
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


# ---- containers (written by the simulated docker) -----------------------------------
def container_mounts():
    """Mounts of the container this process runs in, or None when not in a container."""
    name = os.environ.get("ASCEND_SIM_CONTAINER")
    if not name:
        return None
    try:
        with open(os.path.join(state_dir(), "containers.json")) as fh:
            return json.load(fh).get(name, {}).get("mounts", [])
    except (OSError, ValueError):
        return []


# What the images themselves ship; the host's /tmp, /root, /home, /data are not visible without -v.
IMAGE_PATHS = ("/usr/local/Ascend/", "/usr/local/lib/", "/usr/lib/", "/usr/bin/", "/opt/", "/workspace/",
               "/vllm-workspace/")


def _under(path, folder):
    folder = folder.rstrip("/") or "/"
    return path == folder or path.startswith(folder.rstrip("/") + "/")


def host_path(path, mounts=None):
    """Where a path inside the container is on the host: the -v mount with the longest destination holding it
    maps it to its source (a file mount, e.g. -v /etc/x.json:/usr/local/.../conf/config.json, shadows the
    image's own file there). Outside every mount the path is the image's (the host's own, here)."""
    if mounts is None:
        mounts = container_mounts()
    if not mounts or not path:
        return path
    best = None
    for m in mounts:
        if _under(path, m["dst"]) and (best is None or len(m["dst"].rstrip("/")) > len(best["dst"].rstrip("/"))):
            best = m
    if best is None:
        return path
    rest = path[len(best["dst"].rstrip("/")):]
    return best["src"].rstrip("/") + rest if rest else best["src"]


def visible_in_container(path, mounts):
    """True if the container path (after symlinks, which resolve on the host: the mounts the console makes
    are identity-mapped) lies in a -v mount or in the image itself."""
    if mounts is None:
        return True
    mapped = host_path(path, mounts)
    real = os.path.realpath(mapped)
    for m in mounts:
        if _under(real, os.path.realpath(m["src"])):
            return True
    return mapped == path and real.startswith(IMAGE_PATHS)


# ---- model weights ----------------------------------------------------------------
def check_weights(path):
    """(ok, error line, total weight bytes). Follows the container's view of symlinks."""
    mounts = container_mounts()
    host = host_path(path, mounts)
    if not path or not os.path.isdir(host) or not visible_in_container(path, mounts):
        return False, "FileNotFoundError: [Errno 2] No such file or directory: '%s'" % path, 0
    cfg = os.path.join(path, "config.json")
    if not os.path.isfile(host_path(cfg, mounts)) or not visible_in_container(cfg, mounts):
        return False, "FileNotFoundError: [Errno 2] No such file or directory: '%s'" % cfg, 0
    total = 0              # the real size: the index's total_size, else the shards' apparent sizes
    for name in sorted(os.listdir(host)):
        full = os.path.join(path, name)
        if not name.endswith((".safetensors", ".bin")):
            continue
        if not os.path.exists(host_path(full, mounts)) or not visible_in_container(full, mounts):
            return False, "FileNotFoundError: [Errno 2] No such file or directory: '%s'" % full, 0
        total += os.path.getsize(host_path(full, mounts))
    try:
        with open(os.path.join(host, "model.safetensors.index.json")) as fh:
            total = max(total, int(json.load(fh).get("metadata", {}).get("total_size", 0)))
    except (OSError, ValueError, AttributeError):
        pass
    return True, "", total


def oom_line(npu, st, need_mb):
    total = hbm_total_mb(st) / 1024.0 * 0.9304
    return ("NPU out of memory. Tried to allocate %.2f MiB (NPU %s; %.2f GiB total capacity; %.2f GiB already "
            "allocated; %.2f GiB current active; 22.66 MiB free; %.2f GiB reserved in total by PyTorch) If reserved "
            "memory is >> allocated memory try setting max_split_size_mb to avoid fragmentation."
            % (min(need_mb, 450.0), npu, total, total * 0.24, total * 0.24, total * 0.241))


# ---- request log ----------------------------------------------------------------------
_req_lock = threading.Lock()


def log_request(rec):
    line = json.dumps(rec, sort_keys=True) + "\n"
    with _req_lock:
        with open(os.path.join(state_dir(), "requests.log"), "a") as fh:
            fh.write(line)


# ---- NPU load writer -------------------------------------------------------------------
class NpuLoad(threading.Thread):
    """Writes npu-load.json every second (and on every change) with what this engine adds to each NPU:
    HBM rises with the weights while loading, then jumps to the memory fraction (weights + KV cache);
    AI Core follows the request load. npu-smi adds the idle baseline itself."""

    def __init__(self, devices, proc_name, weights_mb, target_mb, busy_fn):
        super().__init__(daemon=True)
        self.devices, self.proc_name = [str(d) for d in devices], proc_name
        self.weights_mb, self.target_mb, self.busy_fn = weights_mb, max(target_mb, weights_mb), busy_fn
        self.loaded = 0.0        # 0..1 progress of weight loading, set through progress()
        self.kv_ready = False
        self.stop_evt = threading.Event()
        self.lock = threading.Lock()

    def snapshot(self):
        busy = self.busy_fn()
        used = self.target_mb if self.kv_ready else self.weights_mb * self.loaded
        data = {}
        for i, d in enumerate(self.devices):
            jitter = (int(time.time() * 7) + i * 3) % 5
            aicore = min(98, int(busy * 100) + jitter) if self.kv_ready and busy > 0 else 0
            mb = int(used) + ((i * 13) % 40 if used else 0)
            data[d] = {"hbm_used_mb": mb, "aicore": aicore, "pids": [[os.getpid(), self.proc_name, mb]]}
        return data

    def write(self):
        with self.lock:
            if self.stop_evt.is_set():
                return
            try:
                with simstate.update_load() as load:
                    load.update(self.snapshot())
            except OSError:
                pass

    def progress(self, loaded, kv_ready=False):
        self.loaded, self.kv_ready = loaded, kv_ready
        self.write()

    def run(self):
        while not self.stop_evt.is_set():
            self.write()
            self.stop_evt.wait(1.0)

    def clear(self):
        with self.lock:
            self.stop_evt.set()
            try:
                with simstate.update_load() as load:
                    for d in self.devices:
                        load.pop(d, None)
            except OSError:
                pass
