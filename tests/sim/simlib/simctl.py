"""Runs INSIDE a simulated server's mount namespace: provisioning and fault side effects.

Installed at /usr/local/lib/ascend-sim/simctl.py.  CLI (used by ascend_sim.py through nsenter):
    python3 simctl.py fault KNOB[=VALUE]      set a knob (and apply its side effects)
    python3 simctl.py clear KNOB              clear it
"""
import json
import os
import shutil
import subprocess
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import simstate  # noqa: E402

LIB = "/usr/local/lib/ascend-sim"
TOOLS = {"hccn_tool": "/usr/local/Ascend/driver/tools/hccn_tool", "npu-smi": "/usr/local/bin/npu-smi",
         "sim-argv": "/usr/local/bin/sim-argv", "systemctl": "/usr/local/bin/systemctl"}
DEFAULT_DRIVER = "24.1.rc2.2"
MODEL_DIR = "/data/models/DeepSeek-R1"
CACHE_DIR = "/root/.cache/huggingface/hub/DeepSeek-R1"
HW_USER = "HwHiAiUser"


def _write(path, text, mode=0o644):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(text)
    os.chmod(path, mode)


def _edit_lines(path, keep):
    with open(path) as fh:
        lines = fh.read().splitlines()
    _write(path, "".join(l + "\n" for l in lines if keep(l)), os.stat(path).st_mode & 0o7777)


def version_info(version):
    inner = {"23.0.7": "V100R001C15SPC012B220"}.get(version, "V100R001C18SPC001B233")
    return ("Version=%s\nascendhal_version=7.35.23\naicpu_version=1.0\ntdt_version=1.0\nlog_version=1.0\n"
            "prof_version=2.0\ndvppkernels_version=1.1\ntsfw_version=1.0\nInnerversion=%s\n"
            "compatible_version=[V100R001C30],[V100R001C13],[V100R001C15],[V100R001C17],[V100R001C18]\n"
            "compatible_version_fw=[7.0.0,7.2.99]\npackage_version=%s\n" % (version, inner, version))


def set_hwhiaiuser(present):
    for path in ("/etc/passwd", "/etc/group", "/etc/shadow"):
        _edit_lines(path, lambda l: not l.startswith(HW_USER + ":"))
    if not present:
        return
    used = set()
    with open("/etc/passwd") as fh:
        used = {int(l.split(":")[2]) for l in fh if l.count(":") >= 6}
    with open("/etc/group") as fh:
        used |= {int(l.split(":")[2]) for l in fh if l.count(":") >= 3}
    uid = next(i for i in range(1000, 60000) if i not in used)
    for path, line in (("/etc/passwd", "%s:x:%d:%d::/home/%s:/bin/bash" % (HW_USER, uid, uid, HW_USER)),
                       ("/etc/group", "%s:x:%d:" % (HW_USER, uid)),
                       ("/etc/shadow", "%s:!:20000:0:99999:7:::" % HW_USER)):
        with open(path, "a") as fh:
            fh.write(line + "\n")


def set_root_password(pw_hash):
    with open("/etc/shadow") as fh:
        lines = fh.read().splitlines()
    lines = ["root:%s:%s" % (pw_hash, l.split(":", 2)[2]) if l.startswith("root:") else l for l in lines]
    _write("/etc/shadow", "".join(l + "\n" for l in lines), 0o640)


def _safetensors(path, name):
    header = json.dumps({"__metadata__": {"format": "pt"},
                         name: {"dtype": "BF16", "shape": [4, 4], "data_offsets": [0, 32]}}).encode()
    header += b" " * (-len(header) % 8)
    with open(path, "wb") as fh:
        fh.write(struct.pack("<Q", len(header)) + header + bytes(32))


def make_model(root=MODEL_DIR, shards=4):
    """A tiny fake DeepSeek-R1 W8A8 folder (msModelSlim's config.json key "quantize"): config.json, index, a
    few valid (tiny) safetensors shards."""
    os.makedirs(root, exist_ok=True)
    config = {"architectures": ["DeepseekV3ForCausalLM"], "model_type": "deepseek_v3", "hidden_size": 7168,
              "num_hidden_layers": 61, "num_attention_heads": 128, "num_key_value_heads": 128,
              "vocab_size": 129280, "max_position_embeddings": 163840, "torch_dtype": "bfloat16",
              "n_routed_experts": 256, "num_experts_per_tok": 8, "quantize": "w8a8"}
    weight_map = {}
    # DeepSeek-R1 W8A8 is about 678 GB: too big for one 8 x 64 GB server, fits on two. The shards are
    # sparse files with that apparent size (a valid header, then a hole), so they cost no disk.
    shard_bytes = 678_000_000_000 // shards
    for i in range(1, shards + 1):
        fname = "model-%05d-of-%05d.safetensors" % (i, shards)
        tensor = "model.layers.%d.mlp.weight" % i
        _safetensors(os.path.join(root, fname), tensor)
        os.truncate(os.path.join(root, fname), shard_bytes)
        weight_map[tensor] = fname
    files = {"config.json": config, "generation_config.json": {"bos_token_id": 0, "eos_token_id": 1},
             "tokenizer_config.json": {"model_max_length": 16384},
             "model.safetensors.index.json": {"metadata": {"total_size": shard_bytes * shards}, "weight_map": weight_map}}
    for name, data in files.items():
        _write(os.path.join(root, name), json.dumps(data, indent=2) + "\n", 0o640)
    for name in os.listdir(root):
        os.chmod(os.path.join(root, name), 0o640)
    os.chmod(root, 0o750)


def set_weights_symlink(on):
    if not os.path.isdir(MODEL_DIR):
        return
    os.makedirs(CACHE_DIR, exist_ok=True)
    for name in sorted(os.listdir(MODEL_DIR)):
        path, cached = os.path.join(MODEL_DIR, name), os.path.join(CACHE_DIR, name)
        if on and name.endswith(".safetensors") and not os.path.islink(path):
            _move_sparse(path, cached)
            os.symlink(cached, path)
        elif not on and os.path.islink(path):
            os.unlink(path)
            _move_sparse(cached, path)


def _move_sparse(src, dst):
    """Moves a (sparse) weight shard between mounts: a plain copy would write every hole (170 GB each)."""
    try:
        os.rename(src, dst)
    except OSError:
        subprocess.run(["cp", "--sparse=always", "--preserve=mode", src, dst], check=True)
        os.unlink(src)


def install_tools(src_dir):
    """(Re)install the simulated tools and this library; called on every namespace start."""
    os.makedirs(LIB, exist_ok=True)
    for mod in ("simstate.py", "simctl.py"):
        shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), mod), os.path.join(LIB, mod))
    for name, dest in TOOLS.items():
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        shutil.copy(os.path.join(src_dir, name), dest)
        os.chmod(dest, 0o755)
    # The docker / engine simulations (written separately) live beside tools/ when present.
    for sub in ("docker", "engine"):
        src = os.path.join(os.path.dirname(src_dir), sub)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(LIB, sub), dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    # Entry points of the docker and engine simulations (tests/sim/engine/INSTALL.md).
    mindie = "/usr/local/Ascend/mindie/latest/mindie-service"
    for src, dest in ((("docker", "docker"), "/usr/local/bin/docker"),
                      (("engine", "vllm"), "/usr/local/bin/vllm"),
                      (("engine", "ip"), "/usr/local/bin/ip"),
                      (("engine", "mindieservice_daemon"), mindie + "/bin/mindieservice_daemon")):
        path = os.path.join(LIB, *src)
        if os.path.exists(path):
            os.makedirs(os.path.dirname(dest), exist_ok=True)
            shutil.copy(path, dest)
            os.chmod(dest, 0o755)
    # The image's default config.json, only if absent: the console's edits survive a restart.
    default_conf = os.path.join(LIB, "engine", "conf", "config.json")
    if os.path.exists(default_conf) and not os.path.exists(mindie + "/conf/config.json"):
        os.makedirs(mindie + "/conf", exist_ok=True)
        shutil.copy(default_conf, mindie + "/conf/config.json")
        os.chmod(mindie + "/conf/config.json", 0o640)
    os.makedirs("/usr/local/sbin", exist_ok=True)
    if not os.path.lexists("/usr/local/sbin/npu-smi"):
        os.symlink("/usr/local/bin/npu-smi", "/usr/local/sbin/npu-smi")


def provision(info):
    """First start of a server: state, users, version files, toolkit info, weights."""
    st = simstate.default_state(info["index"], info["name"], info["host"], info["port"],
                                info.get("preset_ips", False))
    simstate.save(st)
    set_hwhiaiuser(True)
    _write("/usr/local/Ascend/driver/version.info", version_info(DEFAULT_DRIVER))
    _write("/usr/local/Ascend/firmware/version.info",
           "Version=7.3.0.1.231\nfirmware_version=1.0\npackage_version=24.1.rc2.2\n"
           "compatible_version_drv=[23.0.rc3,23.0.rc3.],[23.0.0,23.0.0.],[24.1,24.1.]\n")
    tk = "/usr/local/Ascend/ascend-toolkit"
    _write(tk + "/8.0.0/aarch64-linux/ascend_toolkit_install.info",
           "package_name=Ascend-cann-toolkit\nversion=8.0.0\ninnerversion=V100R001C20SPC001B251\n"
           "compatible_version=[V100R001C15],[V100R001C18],[V100R001C19],[V100R001C20]\narch=aarch64\n"
           "os=linux\npath=%s/8.0.0/aarch64-linux\n" % tk)
    if not os.path.lexists(tk + "/latest"):
        os.symlink("8.0.0", tk + "/latest")
    make_model()
    if info.get("preset_ips"):
        simstate.write_hccn_conf(st)
    for knob, value in info.get("faults", {}).items():
        set_fault(knob, value)


def set_fault(knob, value=True):
    if knob not in simstate.KNOBS:
        raise SystemExit("unknown fault knob %r (known: %s)" % (knob, ", ".join(simstate.KNOBS)))
    with simstate.update() as st:
        st.setdefault("faults", {})[knob] = value
        if knob == "driver_version":
            st["driver_version"] = st["npu_smi_version"] = value
    _side_effect(knob, value, True)


def clear_fault(knob):
    with simstate.update() as st:
        st.setdefault("faults", {}).pop(knob, None)
        if knob == "driver_version":
            st["driver_version"] = st["npu_smi_version"] = DEFAULT_DRIVER
    _side_effect(knob, None, False)


def _side_effect(knob, value, on):
    if knob == "driver_version":
        _write("/usr/local/Ascend/driver/version.info", version_info(value if on else DEFAULT_DRIVER))
    elif knob == "no_hwhiaiuser":
        set_hwhiaiuser(not on)
    elif knob == "weights_symlink":
        set_weights_symlink(on)


def main(argv):
    if len(argv) == 2 and argv[0] == "fault":
        knob, eq, value = argv[1].partition("=")
        set_fault(knob, value if eq else True)
    elif len(argv) == 2 and argv[0] == "clear":
        clear_fault(argv[1])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
