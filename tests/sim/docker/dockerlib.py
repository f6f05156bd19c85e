"""Data, templates and objects of the simulated Docker CLI (see `docker` next to this file).

A "container" is a detached process group in the server's own namespace (host network, host paths: mounts
are identity-mapped). Containers live in $STATE_DIR/containers.json, logs in $STATE_DIR/docker/<id>.log,
where STATE_DIR is ASCEND_SIM_STATE_DIR or /etc/ascend-sim. The container env gets ASCEND_SIM_CONTAINER=<name>
so that the engines can tell which -v mounts they see.
"""
import contextlib
import datetime
import fcntl
import hashlib
import json
import os
import re
import sys
import tarfile
import time

STATE_DIR = os.environ.get("ASCEND_SIM_STATE_DIR", "/etc/ascend-sim")
DB, LOGS = os.path.join(STATE_DIR, "containers.json"), os.path.join(STATE_DIR, "docker")
IMAGES_DB = os.path.join(LOGS, "images.json")
BASE_ENV = ["PATH=/usr/local/Ascend/ascend-toolkit/latest/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "ASCEND_TOOLKIT_HOME=/usr/local/Ascend/ascend-toolkit/latest", "LANG=C.UTF-8"]
IMAGES = [
    {"repo": "swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie", "tag": "2.1.RC1-800I-A2-py311-openeuler24.03-lts",
     "cann": "8.2.RC1", "created": "2025-07-30T10:21:44Z", "size": 21474836480,
     "env": ["MIES_INSTALL_PATH=/usr/local/Ascend/mindie/latest/mindie-service"], "cmd": ["/bin/bash"]},
    {"repo": "quay.io/ascend/vllm-ascend", "tag": "v0.9.1", "cann": "8.1.RC1", "created": "2025-06-28T03:12:09Z",
     "size": 17179869184, "env": ["VLLM_USE_V1=1"], "cmd": ["/bin/bash"]},
]
VERSION = {"Client": {"Version": "24.0.7", "ApiVersion": "1.43", "GoVersion": "go1.20.10", "GitCommit": "afdd53b",
                      "Os": "linux", "Arch": "arm64"},
           "Server": {"Version": "24.0.7", "ApiVersion": "1.43", "MinAPIVersion": "1.12", "GoVersion": "go1.20.10",
                      "GitCommit": "311b9ff", "Os": "linux", "Arch": "arm64"}}


def die(msg, code=1):
    sys.stderr.write(msg + "\n")
    sys.exit(code)


@contextlib.contextmanager
def db(write=False):
    os.makedirs(LOGS, exist_ok=True)
    with open(DB + ".lock", "a+") as lk:
        fcntl.flock(lk, fcntl.LOCK_EX if write else fcntl.LOCK_SH)
        try:
            data = json.load(open(DB))
        except (OSError, ValueError):
            data = {}
        yield data
        if write:
            with open(DB + ".tmp", "w") as fh:
                json.dump(data, fh, indent=2)
            os.replace(DB + ".tmp", DB)


def images():
    out = []
    try:
        out = json.load(open(IMAGES_DB))
    except (OSError, ValueError):
        pass
    for im in IMAGES + out:
        im["id"] = "sha256:" + hashlib.sha256((im["repo"] + ":" + im["tag"]).encode()).hexdigest()
    return IMAGES + out


def find_image(ref):
    ref = ref if ":" in ref.rsplit("/", 1)[-1] or ref.startswith("sha256:") else ref + ":latest"
    for im in images():
        if ref in (im["repo"] + ":" + im["tag"], im["id"]) or im["id"][7:].startswith(ref.split(":")[0]):
            return im
    return None


def iso(t):
    return datetime.datetime.utcfromtimestamp(t).strftime("%Y-%m-%dT%H:%M:%S.%fZ") if t else "0001-01-01T00:00:00Z"


def ago(t):
    """Go's units.HumanDuration, as docker prints it."""
    s = max(0, time.time() - t)
    if s < 1:
        return "Less than a second"
    if s < 60:
        return "1 second" if int(s) == 1 else "%d seconds" % s
    m, h = s / 60, s / 3600
    if m < 2:
        return "About a minute"
    if m < 60:
        return "%d minutes" % m
    if h < 2:
        return "About an hour"
    if h < 48:
        return "%d hours" % h
    if h < 24 * 14:
        return "%d days" % (h // 24)
    if h < 24 * 60:
        return "%d weeks" % (h // 168)
    return "%d months" % (h // 730) if h < 24 * 365 * 2 else "%d years" % (h // 8760)


def alive(c):
    if c.get("status") != "running":
        return False
    try:
        os.kill(c["pid"], 0)
        return True
    except (OSError, KeyError, TypeError):
        return False


def status_text(c):
    if alive(c):
        return "Up " + ago(c["started"])
    if c.get("status") == "created":
        return "Created"
    return "Exited (%d) %s ago" % (c.get("exit_code", 0), ago(c.get("finished") or c["created"]))


def state_of(c):
    return "running" if alive(c) else ("created" if c.get("status") == "created" else "exited")


def get(name):
    with db() as d:
        for c in d.values():
            if name in (c["name"], c["id"]) or (len(name) >= 3 and c["id"].startswith(name)):
                return c
    return None


# ---- Go templates: {{.A.B}}, {{json .X}}, {{index .M "k"}}, "table" prefix ------------------------------
def gofmt(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "<no value>"
    if isinstance(v, list):
        return "[" + " ".join(gofmt(x) for x in v) + "]"
    if isinstance(v, dict):
        return "map[" + " ".join("%s:%s" % (k, gofmt(v[k])) for k in sorted(v)) + "]"
    return str(v)


def lookup(obj, path):
    for part in [p for p in path.strip().split(".") if p]:
        obj = obj.get(part) if isinstance(obj, dict) else None
    return obj


def render(tmpl, obj):
    def ev(m):
        expr = m.group(1).strip()
        j = re.match(r"json\s+(\S+)$", expr)
        if j:
            return json.dumps(lookup(obj, j.group(1)))
        i = re.match(r'index\s+(\S+)\s+"([^"]*)"$', expr)
        if i:
            return gofmt((lookup(obj, i.group(1)) or {}).get(i.group(2)))
        return gofmt(lookup(obj, expr))
    return re.sub(r"\{\{(.*?)\}\}", ev, tmpl.replace("\\t", "\t").replace("\\n", "\n"))


HEADERS = {"ID": "CONTAINER ID", "Names": "NAMES", "Image": "IMAGE", "Command": "COMMAND", "RunningFor": "CREATED",
           "CreatedSince": "CREATED", "Status": "STATUS", "Ports": "PORTS", "State": "STATE", "Size": "SIZE",
           "Repository": "REPOSITORY", "Tag": "TAG", "CreatedAt": "CREATED AT", "Digest": "DIGEST", "Mounts": "MOUNTS"}


def table(rows, fmt, default_cols, id_header="CONTAINER ID"):
    if fmt and not fmt.startswith("table"):
        for r in rows:
            print(render(fmt, r))
        return
    cols = re.findall(r"\{\{\s*\.(\w+)\s*\}\}", fmt) if fmt else default_cols
    head = [id_header if c == "ID" else HEADERS.get(c, c.upper()) for c in cols]
    lines = [head] + [[gofmt(r.get(c, "")) for c in cols] for r in rows]
    widths = [max(len(l[i]) for l in lines) for i in range(len(cols))]
    for l in lines:
        print("   ".join(v.ljust(w) for v, w in zip(l, widths)).rstrip())


# ---- objects -----------------------------------------------------------------------------------
def container_obj(c):
    im = find_image(c["image"]) or {"id": "sha256:" + "0" * 64, "cann": ""}
    run = alive(c)
    return {
        "Id": c["id"], "Created": iso(c["created"]), "Path": c["cmd"][0] if c["cmd"] else "", "Args": c["cmd"][1:],
        "State": {"Status": state_of(c), "Running": run, "Paused": False, "Restarting": False, "OOMKilled": False,
                  "Dead": False, "Pid": c["pid"] if run else 0, "ExitCode": c.get("exit_code", 0), "Error": "",
                  "StartedAt": iso(c.get("started")), "FinishedAt": iso(c.get("finished"))},
        "Image": im["id"], "Name": "/" + c["name"], "LogPath": c["log"],
        "HostConfig": {"Binds": ["%s:%s%s" % (m["src"], m["dst"], ":ro" if m["ro"] else "") for m in c["mounts"]],
                       "NetworkMode": c["network"], "Privileged": c["privileged"], "ShmSize": c["shm_size"],
                       "Devices": [{"PathOnHost": d, "PathInContainer": d, "CgroupPermissions": "rwm"}
                                   for d in c["devices"]]},
        "Mounts": [{"Type": "bind", "Source": m["src"], "Destination": m["dst"], "Mode": "ro" if m["ro"] else "",
                    "RW": not m["ro"], "Propagation": "rprivate"} for m in c["mounts"]],
        "Config": {"Hostname": os.uname().nodename, "Env": c["env"], "Cmd": c["cmd"], "Image": c["image"],
                   "WorkingDir": c.get("workdir", ""), "Labels": {"cann.version": im.get("cann", "")}}}


def image_obj(im):
    return {"Id": im["id"], "RepoTags": [im["repo"] + ":" + im["tag"]], "RepoDigests": [], "Created": im["created"],
            "Size": im["size"], "Architecture": "arm64", "Os": "linux",
            "Config": {"Env": BASE_ENV + ["CANN_VERSION=" + im["cann"]] + im.get("env", []), "Cmd": im.get("cmd"),
                       "WorkingDir": "/", "Labels": {"cann.version": im["cann"], "org.opencontainers.image.vendor":
                                                     "Huawei Ascend" if "ascendhub" in im["repo"] else "vllm-ascend"}}}


def human(n):
    return "%.1fGB" % (n / 1e9) if n >= 1e9 else "%.0fMB" % (n / 1e6)


# ---- option parsing and the simple commands -----------------------------------------------------
RUN_VALUES = {"--name", "-e", "--env", "-v", "--volume", "--device", "--shm-size", "--net", "--network", "-w",
              "--workdir", "--entrypoint", "-p", "--publish", "--ipc", "--pid", "-u", "--user", "-h", "--hostname",
              "--restart", "--ulimit", "--cap-add", "--security-opt", "--env-file", "-l", "--label", "-m", "--memory",
              "--cpus", "--mount", "--add-host", "--dns", "--platform", "--pull", "--log-driver", "--log-opt",
              "--cpuset-cpus"}
FORMAT = {"--format", "-f", "--filter", "--type"}


def parse(args, values=FORMAT, stop_at_positional=True):
    """Docker-style options (up to the first positional when stop_at_positional). Returns (opts, rest);
    positionals seen while not stopping are returned as ("_", value) options."""
    opts, i = [], 0
    while i < len(args):
        a = args[i]
        if a == "--":
            return opts, args[i + 1:]
        if not a.startswith("-") or a == "-":
            if stop_at_positional:
                return opts, args[i:]
            opts.append(("_", a))
        elif a.startswith("--") and "=" in a:
            opts.append(tuple(a.split("=", 1)))
        elif a in values:
            i += 1
            opts.append((a, args[i] if i < len(args) else ""))
        elif a.startswith("--"):
            opts.append((a, True))
        else:
            opts.extend(("-" + ch, True) for ch in a[1:])
        i += 1
    return opts, []


def opt(opts, *names, default=None):
    vals = [v for k, v in opts if k in names]
    return vals[-1] if vals else default


def opts_all(opts, *names):
    return [v for k, v in opts if k in names]


def daemon_up():
    try:
        st = json.load(open(os.path.join(STATE_DIR, "state.json")))
    except (OSError, ValueError):
        return True
    return st.get("services", {}).get("docker", "active") == "active"


def cmd_version(args):
    opts, _ = parse(args)
    fmt = opt(opts, "--format", "-f")
    if fmt:
        if "Server" in fmt and not daemon_up():
            die("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?")
        return print(render(fmt, VERSION))
    c, s = VERSION["Client"], VERSION["Server"]
    print("Client: Docker Engine - Community\n Version:           %s\n API version:       %s\n Go version:        %s\n"
          " Git commit:        %s\n Built:             Thu Oct 26 09:08:17 2023\n OS/Arch:           linux/arm64\n"
          " Context:           default\n" % (c["Version"], c["ApiVersion"], c["GoVersion"], c["GitCommit"]))
    if not daemon_up():
        die("Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?")
    print("Server: Docker Engine - Community\n Engine:\n  Version:          %s\n  API version:      %s (minimum version "
          "%s)\n  Go version:       %s\n  Git commit:       %s\n  Built:            Thu Oct 26 09:08:17 2023\n"
          "  OS/Arch:          linux/arm64\n  Experimental:     false\n containerd:\n  Version:          1.6.24\n"
          "  GitCommit:        61f9fd88f79f081d64d6fa3bb1a0dc71ec870523\n runc:\n  Version:          1.1.9\n"
          "  GitCommit:        v1.1.9-0-gccaecfc\n docker-init:\n  Version:          0.19.0\n  GitCommit:        de40ad0"
          % (s["Version"], s["ApiVersion"], s["MinAPIVersion"], s["GoVersion"], s["GitCommit"]))


def cmd_load(args):
    opts, _ = parse(args, {"-i", "--input"})
    path = opt(opts, "-i", "--input")
    try:
        with tarfile.open(path) as tf:
            manifest = json.load(tf.extractfile("manifest.json"))
    except (OSError, KeyError, tarfile.TarError, ValueError, TypeError):
        die("Error response from daemon: open %s: no such file or directory" % path)
    added = json.load(open(IMAGES_DB)) if os.path.exists(IMAGES_DB) else []
    for entry in manifest:
        for tag in entry.get("RepoTags") or []:
            repo, _, t = tag.rpartition(":")
            added.append({"repo": repo, "tag": t, "cann": "8.2.RC1", "created": "2025-07-30T10:21:44Z",
                          "size": os.path.getsize(path), "cmd": ["/bin/bash"]})
            print("Loaded image: " + tag)
    with open(IMAGES_DB, "w") as fh:
        json.dump(added, fh, indent=2)
