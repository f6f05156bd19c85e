#!/usr/bin/env python3
"""Simulated Ascend NPU servers: one real OpenSSH sshd per server on 127.0.0.11, .12, ...
each in its own mount namespace (overlayfs over /etc and /usr/local, private /root and /data).

  ascend_sim.py start   --state DIR --servers N [--first-ip 127.0.0.11] [--port 22]
                        [--preset-ips] [--fault I:KNOB[=VALUE]]...
  ascend_sim.py stop    --state DIR
  ascend_sim.py restart --state DIR --server I [--new-host-key]
  ascend_sim.py drop    --state DIR --server I
  ascend_sim.py fault   --state DIR --server I KNOB[=VALUE] | --clear KNOB
  ascend_sim.py exec    --state DIR --server I -- CMD...

Python API: start(state_dir, servers, ...) -> cluster dict, stop(state_dir), restart(...),
drop(...), fault(...), clear_fault(...), exec_in(...).  Must run as root.
"""
import argparse
import hashlib
import ipaddress
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time

sys.dont_write_bytecode = True      # keep tests/sim free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "simlib"))
import simctl  # noqa: E402
import simstate  # noqa: E402

TOOLS_DIR = os.path.join(HERE, "tools")
SSHD = "/usr/sbin/sshd"
PASSPHRASE = "sim-passphrase"
FABRIC_MOUNT = simstate.FABRIC_DIR          # /run/ascend-sim-fabric inside every namespace
NS_PYTHON = "/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable  # /root is hidden
SIM_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
FORBIDDEN_STATE_ROOTS = ("/etc", "/usr/local", "/root", "/data", "/run/ascend-sim-fabric")


_CHILDREN = []   # namespace holders started by this process (reaped after they are killed)


class SimError(Exception):
    pass


def _run(cmd, **kw):
    res = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if res.returncode != 0:
        raise SimError("%s failed (%d): %s" % (" ".join(cmd), res.returncode, res.stderr.strip()))
    return res.stdout


def _wait(cond, timeout, what):
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise SimError("timed out waiting for " + what)
        time.sleep(0.02)


def _port_open(host, port, netns=None):
    if netns:   # the servers behind a bastion are reachable only inside their network namespace
        probe = "import socket; socket.create_connection((%r, %d), timeout=0.2)" % (host, port)
        return subprocess.run(["nsenter", "--net=/run/netns/" + netns, NS_PYTHON, "-c", probe],
                              capture_output=True).returncode == 0
    try:
        with socket.create_connection((host, port), timeout=0.2):
            return True
    except OSError:
        return False


def _check_port_free(host, port):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        s.bind((host, port))
    except OSError as exc:
        raise SimError("port %s:%d is already taken (%s); stop whatever listens there or pick --port"
                       % (host, port, exc.strerror))
    finally:
        s.close()


def _read_int(path):
    try:
        with open(path) as fh:
            return int(fh.read().strip())
    except (OSError, ValueError):
        return None


def _alive(pid):
    try:
        with open("/proc/%d/stat" % pid) as fh:
            return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return False


def _mntns(pid):
    try:
        return os.readlink("/proc/%d/ns/mnt" % pid)
    except OSError:
        return None


def _ns_pids(holder):
    """Every live process sharing the holder's mount namespace."""
    ns = _mntns(holder) if holder else None
    if ns is None or ns == _mntns(os.getpid()):
        return []
    return [int(p) for p in os.listdir("/proc") if p.isdigit() and _mntns(int(p)) == ns]


def _kill(pids, timeout=5.0):
    for sig in (signal.SIGTERM, signal.SIGKILL):
        for pid in pids:
            try:
                os.kill(pid, sig)
            except ProcessLookupError:
                pass
        try:
            _wait(lambda: not any(_alive(p) for p in pids), timeout if sig == signal.SIGTERM else 5.0, "exit")
            return
        except SimError:
            continue


def _cmdline(pid):
    try:
        with open("/proc/%d/cmdline" % pid, "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


# ---------------------------------------------------------------- cluster files
def _paths(state_dir, i):
    d = os.path.join(state_dir, "srv%d" % i)
    return {"dir": d, "key": os.path.join(d, "ssh_host_ed25519_key"), "cfg": os.path.join(d, "sshd_config"),
            "pid": os.path.join(d, "sshd.pid"), "log": os.path.join(d, "sshd.log"),
            "holder": os.path.join(d, "ns.pid"), "nslog": os.path.join(d, "ns.log"),
            "info": os.path.join(d, "server.json"), "root": os.path.join(d, "root"),
            "data": os.path.join(d, "data")}


def _load_cluster(state_dir):
    try:
        with open(os.path.join(state_dir, "cluster.json")) as fh:
            return json.load(fh)
    except FileNotFoundError:
        raise SimError("no cluster in %s (cluster.json missing); run start first" % state_dir)


def _save_cluster(state_dir, cluster):
    path = os.path.join(state_dir, "cluster.json")
    with open(path + ".tmp", "w") as fh:
        json.dump(cluster, fh, indent=2)
        fh.write("\n")
    os.replace(path + ".tmp", path)


def _fingerprint(pub):
    return _run(["ssh-keygen", "-lf", pub]).split()[1]


def _write_known_hosts(state_dir, cluster):
    lines = []
    for s in cluster["servers"]:
        with open(_paths(state_dir, s["index"])["key"] + ".pub") as fh:
            key = " ".join(fh.read().split()[:2])
        host = s["host"] if s["port"] == 22 else "[%s]:%d" % (s["host"], s["port"])
        lines.append("%s %s\n" % (host, key))
    with open(cluster["known_hosts"], "w") as fh:
        fh.writelines(lines)


def _host_key(p, fresh):
    if fresh:
        for f in (p["key"], p["key"] + ".pub"):
            if os.path.exists(f):
                os.unlink(f)
    if not os.path.exists(p["key"]):
        _run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "ascend-sim", "-f", p["key"]])


def _client_keys(state_dir):
    c = os.path.join(state_dir, "client")
    os.makedirs(c, mode=0o700, exist_ok=True)
    for name, pw in (("id_ed25519", ""), ("id_ed25519_pass", PASSPHRASE)):
        if not os.path.exists(os.path.join(c, name)):
            _run(["ssh-keygen", "-q", "-t", "ed25519", "-N", pw, "-C", "ascend-sim-" + name,
                  "-f", os.path.join(c, name)])
    with open(os.path.join(c, "passphrase"), "w") as fh:
        fh.write(PASSPHRASE + "\n")
    return c


def _sshd_config(p, host, port, login_user=False):
    # A non-root login's keys live in the server's private /etc (the overlay), not in a shared /home.
    keys = "AuthorizedKeysFile .ssh/authorized_keys /etc/ascend-sim/authorized_keys" if login_user else \
        "AuthorizedKeysFile .ssh/authorized_keys"
    return "\n".join([
        "ListenAddress %s" % host, "Port %d" % port, "HostKey %s" % p["key"], "PidFile %s" % p["pid"],
        keys, "StrictModes no", "UsePAM no",
        "PermitRootLogin yes", "PasswordAuthentication yes", "KbdInteractiveAuthentication no",
        "PubkeyAuthentication yes", "PermitUserEnvironment no", "SetEnv PATH=%s" % SIM_PATH,
        "AcceptEnv LANG LC_*", "UseDNS no", "PrintMotd no", "PrintLastLog no",
        "MaxStartups 200:30:400", "MaxSessions 100", "ClientAliveInterval 0",
        "Subsystem sftp /usr/lib/openssh/sftp-server", ""])


def _prepare_server(state_dir, i, host, port, client_dir, preset_ips, faults, access=None):
    access = access or {}
    p = _paths(state_dir, i)
    if os.path.exists(p["dir"]):
        shutil.rmtree(p["dir"])
    for sub in ("etc-upper", "etc-work", "usr-upper", "usr-work", "root/.ssh", "data/models"):
        os.makedirs(os.path.join(p["dir"], sub), exist_ok=True)
    os.chmod(p["root"], 0o700)
    _host_key(p, True)
    with open(p["cfg"], "w") as fh:
        fh.write(_sshd_config(p, host, port, bool(access.get("login_user"))))
    keys = ""
    for name in ("id_ed25519.pub", "id_ed25519_pass.pub"):
        with open(os.path.join(client_dir, name)) as fh:
            keys += fh.read()
    with open(os.path.join(p["root"], ".ssh", "authorized_keys"), "w") as fh:
        fh.write(keys)
    for rc in (".bashrc", ".profile"):       # plain home: no pyenv, nothing slow
        with open(os.path.join(p["root"], rc), "w") as fh:
            fh.write("# simulated Ascend server %d\n" % i)
    info = {"index": i, "name": "sim-a2-%02d" % (i + 1), "host": host, "port": port,
            "password": "sim-password-%d" % i, "preset_ips": preset_ips, "faults": faults,
            "password_hash": _run(["openssl", "passwd", "-6", "sim-password-%d" % i]).strip(),
            "state_dir": state_dir, "login_user": access.get("login_user"),
            "sudo_password": access.get("sudo_password"), "netns": access.get("netns")}
    with open(p["info"], "w") as fh:
        json.dump(info, fh, indent=2)
    return info


def _spawn_namespace(state_dir, i):
    """Start the namespace holder (unshare + this script's `_ns` stage); returns its pid once sshd runs."""
    p = _paths(state_dir, i)
    for f in (p["holder"], p["pid"]):
        if os.path.exists(f):
            os.unlink(f)
    os.makedirs(FABRIC_MOUNT, exist_ok=True)      # empty mount point on the host (tmpfs /run)
    os.makedirs("/data", exist_ok=True)           # empty mount point on the host for /data
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASCEND_SIM_")}
    with open(p["info"]) as fh:
        netns = json.load(fh).get("netns")
    enter = ["nsenter", "--net=/run/netns/" + netns] if netns else []
    with open(p["nslog"], "a") as log:
        proc = subprocess.Popen(enter + ["unshare", "--mount", "--uts", "--fork", sys.executable, os.path.abspath(__file__),
                                 "_ns", "--state", state_dir, "--server", str(i)],
                                stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=env,
                                start_new_session=True)
    _CHILDREN.append(proc)

    def ready():
        if proc.poll() is not None:
            with open(p["nslog"]) as fh:
                raise SimError("server %d failed to start:\n%s" % (i, fh.read()[-2000:]))
        return os.path.exists(p["holder"])
    _wait(ready, 20, "namespace of server %d" % i)
    return _read_int(p["holder"])


def _ns_stage(state_dir, i):
    """Runs inside the new mount namespace: mounts, provisioning, sshd; then holds the namespace."""
    p = _paths(state_dir, i)
    with open(p["info"]) as fh:
        info = json.load(fh)
    _run(["mount", "--make-rprivate", "/"])
    _run(["hostname", info["name"]])   # its own UTS namespace: each server has its own host name
    for target, name in (("/etc", "etc"), ("/usr/local", "usr")):
        _run(["mount", "-t", "overlay", "overlay", "-o", "lowerdir=%s,upperdir=%s,workdir=%s" % (
            target, os.path.join(p["dir"], name + "-upper"), os.path.join(p["dir"], name + "-work")), target])
    _run(["mount", "--bind", os.path.join(state_dir, "fabric"), FABRIC_MOUNT])
    _run(["mount", "--bind", p["data"], "/data"])
    _run(["mount", "--bind", p["root"], "/root"])
    first = not os.path.exists(simstate.STATE_FILE)
    simctl.install_tools(TOOLS_DIR)
    if first:
        simctl.provision(info)
    simctl.set_root_password(info["password_hash"])
    if info.get("login_user"):
        _setup_login_user(info)
    st = simstate.load()
    simstate.publish(st)
    if not simstate.fault(st, "unreachable"):
        _start_sshd_here(p)
    with open(p["holder"] + ".tmp", "w") as fh:
        fh.write(str(os.getpid()))
    os.replace(p["holder"] + ".tmp", p["holder"])
    sys.stdout.flush()
    os.execvp("sleep", ["sleep", "infinity"])


def _setup_login_user(info):
    """Inside a server: the non-root login (same keys and password as root) and the setuid simulated sudo."""
    user = info["login_user"]
    if subprocess.run(["id", user], capture_output=True).returncode != 0:
        _run(["useradd", "-M", "-d", "/tmp", "-s", "/bin/sh", user])
    subprocess.run(["chpasswd"], input="%s:%s\n" % (user, info["password"]), text=True, check=True)
    os.makedirs("/etc/ascend-sim", exist_ok=True)
    shutil.copy("/root/.ssh/authorized_keys", "/etc/ascend-sim/authorized_keys")
    os.chmod("/etc/ascend-sim/authorized_keys", 0o644)
    shutil.copy(os.path.join(info["state_dir"], "sudo-sim"), "/usr/local/bin/sudo")
    os.chown("/usr/local/bin/sudo", 0, 0)
    os.chmod("/usr/local/bin/sudo", 0o4755)
    pw_file = "/etc/ascend-sim/sudo-password"
    if info.get("sudo_password"):
        fd = os.open(pw_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(info["sudo_password"] + "\n")
    elif os.path.exists(pw_file):
        os.unlink(pw_file)


def _build_sudo(state_dir):
    _run(["cc", "-O2", "-Wall", "-o", os.path.join(state_dir, "sudo-sim"), os.path.join(HERE, "sudo", "sudo_sim.c")])


def _bastion_names(state_dir):
    h = hashlib.sha1(state_dir.encode()).hexdigest()
    net = int(h[6:10], 16) % 250 + 1
    return {"netns": "ascsim" + h[:6], "veth": "asc%sh" % h[:6], "peer": "asc%sn" % h[:6],
            "outside": "10.231.%d.1" % net, "host": "10.231.%d.2" % net}


def _start_bastion(state_dir, client_dir):
    """A network namespace for the servers whose only way in is a bastion sshd on a veth address."""
    n = _bastion_names(state_dir)
    d = os.path.join(state_dir, "bastion")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    subprocess.run(["ip", "netns", "del", n["netns"]], capture_output=True)
    _run(["ip", "netns", "add", n["netns"]])
    _run(["ip", "link", "add", n["veth"], "type", "veth", "peer", "name", n["peer"], "netns", n["netns"]])
    _run(["ip", "addr", "add", n["outside"] + "/30", "dev", n["veth"]])
    _run(["ip", "link", "set", n["veth"], "up"])
    _run(["ip", "-n", n["netns"], "addr", "add", n["host"] + "/30", "dev", n["peer"]])
    _run(["ip", "-n", n["netns"], "link", "set", n["peer"], "up"])
    _run(["ip", "-n", n["netns"], "link", "set", "lo", "up"])
    key = os.path.join(d, "ssh_host_ed25519_key")
    _run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "ascend-sim-bastion", "-f", key])
    keys = ""
    for name in ("id_ed25519.pub", "id_ed25519_pass.pub"):
        with open(os.path.join(client_dir, name)) as fh:
            keys += fh.read()
    with open(os.path.join(d, "authorized_keys"), "w") as fh:
        fh.write(keys)
    pid = os.path.join(d, "sshd.pid")
    with open(os.path.join(d, "sshd_config"), "w") as fh:
        fh.write("\n".join([
            "ListenAddress %s" % n["host"], "Port 22", "HostKey %s" % key, "PidFile %s" % pid,
            "AuthorizedKeysFile %s" % os.path.join(d, "authorized_keys"), "StrictModes no", "UsePAM no",
            "PermitRootLogin yes", "PasswordAuthentication no", "KbdInteractiveAuthentication no",
            "AllowTcpForwarding yes", "UseDNS no", "PrintMotd no", "MaxStartups 200:30:400", "MaxSessions 100", ""]))
    os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
    _run(["nsenter", "--net=/run/netns/" + n["netns"], SSHD, "-f", os.path.join(d, "sshd_config"),
          "-E", os.path.join(d, "sshd.log")])
    _wait(lambda: _read_int(pid), 10, "bastion sshd pid file")
    with open(key + ".pub") as fh:
        line = "%s %s\n" % (n["host"], " ".join(fh.read().split()[:2]))
    known = os.path.join(client_dir, "bastion_known_hosts")
    with open(known, "w") as fh:
        fh.write(line)
    _wait(lambda: _port_open(n["host"], 22), 15, "bastion sshd on %s" % n["host"])
    return {"host": n["host"], "port": 22, "user": "root", "known_hosts": known, "netns": n["netns"],
            "host_key_fingerprint": _fingerprint(key + ".pub"), "sshd_pid": _read_int(pid)}


def _stop_bastion(state_dir, bastion):
    pid = bastion.get("sshd_pid")
    if pid and _alive(pid) and _cmdline(pid).startswith("sshd"):
        _kill([pid])
    subprocess.run(["ip", "netns", "del", bastion["netns"]], capture_output=True)
    subprocess.run(["ip", "link", "del", _bastion_names(state_dir)["veth"]], capture_output=True)


def _start_sshd_here(p):
    os.makedirs("/run/sshd", mode=0o755, exist_ok=True)
    if os.path.exists(p["pid"]):
        os.unlink(p["pid"])
    _run([SSHD, "-f", p["cfg"], "-E", p["log"]])      # daemonises, writes PidFile
    _wait(lambda: os.path.exists(p["pid"]) and _read_int(p["pid"]), 10, "sshd pid file")


def _sshd_pids(state_dir, i):
    """(listener pid, [per-connection sshd pids]) inside server i's namespace."""
    p = _paths(state_dir, i)
    listener = _read_int(p["pid"])
    sessions = [pid for pid in _ns_pids(_read_int(p["holder"]))
                if pid != listener and _cmdline(pid).startswith("sshd:")]
    return (listener if listener and _alive(listener) else None), sessions


def _wait_listening(s):
    _wait(lambda: _port_open(s["host"], s["port"], s.get("netns")), 15, "sshd of %s on %s:%d" % (s["name"], s["host"], s["port"]))


def _server_entry(state_dir, info, holder):
    p = _paths(state_dir, info["index"])
    return {"index": info["index"], "name": info["name"], "host": info["host"], "port": info["port"],
            "user": info.get("login_user") or "root", "password": info["password"],
            "sudo_password": info.get("sudo_password"), "netns": info.get("netns"),
            "host_key_fingerprint": _fingerprint(p["key"] + ".pub"),
            "sshd_pid": _read_int(p["pid"]) if os.path.exists(p["pid"]) else None,
            "ns_pid": holder, "root_dir": p["dir"]}


# ---------------------------------------------------------------- public API
def start(state_dir, servers, first_ip="127.0.0.11", port=22, faults=(), preset_ips=False,
          login_user=None, sudo_password=None, bastion=False):
    """Start `servers` simulated servers; returns the cluster dict (also written to DIR/cluster.json).
    login_user: log in as this non-root user (created in every server) whose sudo asks for sudo_password
    (none: sudo needs no password). bastion: the servers are reachable only through a bastion sshd."""
    if os.geteuid() != 0:
        raise SimError("ascend_sim must run as root (mount namespaces, overlayfs, sshd on port %d)" % port)
    state_dir = os.path.realpath(state_dir)
    for root in FORBIDDEN_STATE_ROOTS:
        if state_dir == root or state_dir.startswith(root + "/"):
            raise SimError("--state must not be under %s (hidden inside the simulated servers)" % root)
    os.makedirs(state_dir, exist_ok=True)
    if os.path.exists(os.path.join(state_dir, "cluster.json")):
        stop(state_dir)
    per_server = {}
    for spec in faults:
        idx, _, knob = spec.partition(":")
        name, eq, value = knob.partition("=")
        if not idx.isdigit() or name not in simstate.KNOBS:
            raise SimError("bad --fault %r: expected I:KNOB[=VALUE], knobs: %s" % (spec, ", ".join(simstate.KNOBS)))
        per_server.setdefault(int(idx), {})[name] = value if eq else True
    hosts = [str(ipaddress.IPv4Address(first_ip) + i) for i in range(servers)]
    for h in hosts if not bastion else ():
        _check_port_free(h, port)
    client = _client_keys(state_dir)
    access = {"login_user": login_user, "sudo_password": sudo_password}
    if login_user:
        _build_sudo(state_dir)
    shutil.rmtree(os.path.join(state_dir, "fabric"), ignore_errors=True)
    os.makedirs(os.path.join(state_dir, "fabric"))
    cluster = {"state": state_dir, "known_hosts": os.path.join(client, "known_hosts"),
               "identity": os.path.join(client, "id_ed25519"),
               "identity_passphrase": os.path.join(client, "id_ed25519_pass"),
               "identity_passphrase_file": os.path.join(client, "passphrase"), "servers": []}
    if bastion:
        cluster["bastion"] = _start_bastion(state_dir, client)
        access["netns"] = cluster["bastion"]["netns"]
    infos = [_prepare_server(state_dir, i, h, port, client, preset_ips, per_server.get(i, {}), access)
             for i, h in enumerate(hosts)]
    _save_cluster(state_dir, dict(cluster, servers=[{"index": x["index"]} for x in infos]))
    try:
        holders = [_spawn_namespace(state_dir, x["index"]) for x in infos]
        cluster["servers"] = [_server_entry(state_dir, x, h) for x, h in zip(infos, holders)]
        _write_known_hosts(state_dir, cluster)
        _save_cluster(state_dir, cluster)
        for s in cluster["servers"]:
            if "unreachable" not in per_server.get(s["index"], {}):
                _wait_listening(s)
    except Exception:
        stop(state_dir)
        raise
    return cluster


def _stop_server(state_dir, i):
    p = _paths(state_dir, i)
    pids = _ns_pids(_read_int(p["holder"]))
    listener = _read_int(p["pid"])
    if listener and _alive(listener) and _cmdline(listener).startswith("sshd"):
        pids.append(listener)
    _kill(sorted(set(pids)))
    for proc in list(_CHILDREN):
        if proc.poll() is not None:
            _CHILDREN.remove(proc)


def stop(state_dir):
    """Stop every server of the cluster (idempotent)."""
    state_dir = os.path.realpath(state_dir)
    try:
        cluster = _load_cluster(state_dir)
    except SimError:
        return
    for s in cluster.get("servers", []):
        _stop_server(state_dir, s["index"])
    if cluster.get("bastion"):
        _stop_bastion(state_dir, cluster["bastion"])


def _update_entry(state_dir, i, holder=None):
    cluster = _load_cluster(state_dir)
    for n, s in enumerate(cluster["servers"]):
        if s["index"] == i:
            p = _paths(state_dir, i)
            s["sshd_pid"] = _read_int(p["pid"]) if _sshd_pids(state_dir, i)[0] else None
            s["host_key_fingerprint"] = _fingerprint(p["key"] + ".pub")
            if holder:
                s["ns_pid"] = holder
            _save_cluster(state_dir, cluster)
            return s
    raise SimError("no server %d in %s" % (i, state_dir))


def restart(state_dir, i, new_host_key=False):
    """Reboot one server: every process in it dies, state on its disk (overlays) is kept.
    With new_host_key the server gets a new host key; client/known_hosts keeps the OLD one."""
    state_dir = os.path.realpath(state_dir)
    _load_cluster(state_dir)
    _stop_server(state_dir, i)
    if new_host_key:
        _host_key(_paths(state_dir, i), True)
    holder = _spawn_namespace(state_dir, i)
    s = _update_entry(state_dir, i, holder)
    if s["sshd_pid"]:
        _wait_listening(s)
    return s


def drop(state_dir, i):
    """Kill the live SSH connections of server i; sshd keeps listening."""
    _, sessions = _sshd_pids(os.path.realpath(state_dir), i)
    _kill(sessions)
    return len(sessions)


def exec_in(state_dir, i, cmd, **kw):
    """Run cmd (list) inside server i's mount namespace; returns subprocess.CompletedProcess."""
    holder = _read_int(_paths(os.path.realpath(state_dir), i)["holder"])
    if not holder or not _alive(holder):
        raise SimError("server %d is not running" % i)
    return subprocess.run(["nsenter", "-t", str(holder), "-m", "-u", "--"] + list(cmd), **kw)


def _simctl(state_dir, i, args):
    res = exec_in(state_dir, i, [NS_PYTHON, "/usr/local/lib/ascend-sim/simctl.py"] + args,
                  capture_output=True, text=True)
    if res.returncode != 0:
        raise SimError((res.stderr or res.stdout).strip())


def fault(state_dir, i, knob, value=True):
    """Set a fault knob on server i (value True for flags)."""
    state_dir = os.path.realpath(state_dir)
    _simctl(state_dir, i, ["fault", knob if value is True else "%s=%s" % (knob, value)])
    if knob == "unreachable":
        listener, sessions = _sshd_pids(state_dir, i)
        _kill(sessions + ([listener] if listener else []))
        _update_entry(state_dir, i)


def clear_fault(state_dir, i, knob):
    state_dir = os.path.realpath(state_dir)
    _simctl(state_dir, i, ["clear", knob])
    if knob == "unreachable" and not _sshd_pids(state_dir, i)[0]:
        p = _paths(state_dir, i)
        exec_in(state_dir, i, [SSHD, "-f", p["cfg"], "-E", p["log"]], check=True, start_new_session=True)
        _wait(lambda: _read_int(p["pid"]) and _alive(_read_int(p["pid"])), 10, "sshd pid")
        _wait_listening(_update_entry(state_dir, i))


# ---------------------------------------------------------------- CLI
def main(argv=None):
    ap = argparse.ArgumentParser(prog="ascend_sim.py", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True, metavar="{start,stop,restart,drop,fault,exec}")
    sp = sub.add_parser("start", help="start N servers and print cluster.json")
    sp.add_argument("--servers", type=int, required=True)
    sp.add_argument("--first-ip", default="127.0.0.11")
    sp.add_argument("--port", type=int, default=22)
    sp.add_argument("--preset-ips", action="store_true", help="NPU n of server I gets 192.168.100.(10*I+n+10)/24")
    sp.add_argument("--fault", action="append", default=[], metavar="I:KNOB[=VALUE]")
    sp.add_argument("--login-user", metavar="NAME", help="log in as this non-root user, with a simulated sudo")
    sp.add_argument("--sudo-password", metavar="PW", help="what the simulated sudo asks for (default: none)")
    sp.add_argument("--bastion", action="store_true", help="servers reachable only through a bastion sshd")
    sub.add_parser("stop", help="stop every server (idempotent)")
    for name, text in (("restart", "reboot one server"), ("drop", "kill live SSH sessions of one server"),
                       ("fault", "set or clear a fault knob"), ("exec", "run CMD in a server's namespace"),
                       ("_ns", argparse.SUPPRESS)):
        sp = sub.add_parser(name, help=text)
        sp.add_argument("--server", type=int, required=True)
        if name == "restart":
            sp.add_argument("--new-host-key", action="store_true")
        if name == "fault":
            sp.add_argument("knob", nargs="?", metavar="KNOB[=VALUE]")
            sp.add_argument("--clear", metavar="KNOB")
        if name == "exec":
            sp.add_argument("command", nargs=argparse.REMAINDER)
    for sp in sub.choices.values():
        sp.add_argument("--state", required=True, metavar="DIR")
    a = ap.parse_args(argv)
    try:
        if a.cmd == "_ns":
            _ns_stage(os.path.realpath(a.state), a.server)
        elif a.cmd == "start":
            print(json.dumps(start(a.state, a.servers, a.first_ip, a.port, a.fault, a.preset_ips,
                                   a.login_user, a.sudo_password, a.bastion), indent=2))
        elif a.cmd == "stop":
            stop(a.state)
        elif a.cmd == "restart":
            print(json.dumps(restart(a.state, a.server, a.new_host_key), indent=2))
        elif a.cmd == "drop":
            print("dropped %d ssh connection process(es)" % drop(a.state, a.server))
        elif a.cmd == "fault":
            if a.clear:
                clear_fault(a.state, a.server, a.clear)
            elif a.knob:
                knob, eq, value = a.knob.partition("=")
                fault(a.state, a.server, knob, value if eq else True)
            else:
                ap.error("fault needs KNOB[=VALUE] or --clear KNOB")
        elif a.cmd == "exec":
            cmd = a.command[1:] if a.command[:1] == ["--"] else a.command
            return exec_in(a.state, a.server, cmd or ["sh"]).returncode
    except SimError as exc:
        print("ascend_sim: error: %s" % exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
