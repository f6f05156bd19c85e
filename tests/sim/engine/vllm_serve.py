"""Simulated `vllm serve` (vLLM V1 with vllm-ascend, multi-node data parallel).

Head: `vllm serve MODEL --data-parallel-size D --data-parallel-size-local d --data-parallel-address A
--data-parallel-rpc-port R ...` listens on A:R and waits for headless workers (`--headless
--data-parallel-start-rank K`) to cover ranks d..D-1, up to VLLM_ENGINE_READY_TIMEOUT_S (default 600 s).
Checks HCCL_IF_IP, HCCL/GLOO/TP_SOCKET_IFNAME against this server's NICs, the weights and HBM.
"""
import argparse
import json
import os
import signal
import sys
import threading
import time

import httpapi
import peerlink
import simcommon as sc
from scheduler import Scheduler

VERSION = "0.9.1"


def info(where, text, level="INFO"):
    sc.out("%s %s [%s] %s" % (level, sc.ts_vllm(), where, text))


def parse(argv):
    p = argparse.ArgumentParser(prog="vllm serve")
    p.add_argument("model", nargs="?")
    p.add_argument("--model", dest="model_opt")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--served-model-name", nargs="+")
    p.add_argument("--tensor-parallel-size", "-tp", type=int, default=1)
    p.add_argument("--data-parallel-size", "-dp", type=int, default=1)
    p.add_argument("--data-parallel-size-local", type=int)
    p.add_argument("--data-parallel-address")
    p.add_argument("--data-parallel-rpc-port", type=int, default=13345)
    p.add_argument("--data-parallel-start-rank", type=int, default=0)
    p.add_argument("--headless", action="store_true")
    p.add_argument("--enable-expert-parallel", action="store_true")
    p.add_argument("--quantization", "-q")
    p.add_argument("--max-model-len", type=int, default=32768)
    p.add_argument("--max-num-seqs", type=int, default=256)
    p.add_argument("--gpu-memory-utilization", type=float, default=0.9)
    p.add_argument("--num-gpu-blocks-override", type=int)
    p.add_argument("--block-size", type=int, default=128)
    p.add_argument("--additional-config")
    args, rest = p.parse_known_args(argv)
    args.model = args.model or args.model_opt or "Qwen/Qwen3-0.6B"
    args.dp_local = args.data_parallel_size_local or args.data_parallel_size
    args.name = (args.served_model_name or [args.model])[0]
    return args, rest


class Serve:
    def __init__(self, args):
        self.a, self.pid, self.st = args, os.getpid(), sc.load_state()
        self.links, self.load, self.sched = [], None, None

    def fail(self, lines, core=True):
        if core:
            where = "core.py:515"
            info(where, "EngineCore failed to start.", "ERROR")
            info(where, "Traceback (most recent call last):", "ERROR")
            info(where, '  File "/vllm-workspace/vllm/vllm/v1/engine/core.py", line 506, in run_engine_core',
                 "ERROR")
        for line in lines:
            sc.out(line)
        sc.out("RuntimeError: Engine core initialization failed. See root cause above. Failed core proc(s): "
               "{'EngineCore_DP%d': 1}" % self.a.data_parallel_start_rank)
        self.exit(1)

    def exit(self, code):
        if self.load:
            self.load.clear()
        sys.stdout.flush()
        os._exit(code)

    def check_network(self):
        names = sc.nic_names(self.st)
        for var in ("HCCL_SOCKET_IFNAME", "GLOO_SOCKET_IFNAME", "TP_SOCKET_IFNAME"):
            val = os.environ.get(var)
            if val is None and not sc.fault(self.st, "wrong_nic"):
                continue
            ifs = [v.lstrip("=^") for v in (val or "").split(",") if v] or ["eth0"]
            if sc.fault(self.st, "wrong_nic") or not all(i in names for i in ifs):
                self.nic_error(var, ifs[0], names)
        ip = os.environ.get("HCCL_IF_IP")
        if ip and ip not in sc.own_addrs(self.st):
            sc.out("[ERROR] HCCL(%d,python3):%s [config.cc:188] [%d][Init][HostIp]HCCL_IF_IP[%s] is not a valid ip "
                   "of this host." % (self.pid, sc.ts_hccl(), self.pid, ip))
            self.fail(["RuntimeError: createHCCLComm:build/CMakeFiles/torch_npu.dir/compiler_depend.ts:1479 HCCL "
                       "function error: HcclGetRootInfo(&hcclID), error code is 4"])

    def nic_error(self, var, ifname, names):
        if var == "GLOO_SOCKET_IFNAME":
            self.fail(["RuntimeError: [enforce fail at /pytorch/third_party/gloo/gloo/transport/tcp/device.cc:83] "
                       "ifa != nullptr. Unable to find address for: %s" % ifname])
        ts = sc.ts_hccl()
        self.fail([
            "[ERROR] HCCL(%d,python3):%s [adapter_hccp.cc:455] [%d][Get][HostSocketIfname]Failed to get socket ifname"
            "[%s] from %s, the host NICs are [%s]." % (self.pid, ts, self.pid, ifname, var, ", ".join(names)),
            "[ERROR] HCCL(%d,python3):%s [hccl_comm.cc:115] [%d][HcclComm][Init]errNo[0x0000000005000004] hccl "
            "initialize failed" % (self.pid, ts, self.pid),
            "[rank%d]: EJ0001: [PID: %d] %s Failed to initialize the HCCP process. Reason: Failed to get socket "
            "ifname %s." % (self.a.data_parallel_start_rank, self.pid, ts, ifname),
            "        Solution: Check whether %s is set to the name of a NIC that exists on this host." % var,
            "        TraceBack (most recent call last):",
            "        Failed to get socket ifname, ret[4][FUNC:GetHostSocketIfname][FILE:network_manager.cc]",
            "RuntimeError: createHCCLComm:build/CMakeFiles/torch_npu.dir/compiler_depend.ts:1479 HCCL function "
            "error: HcclGetRootInfo(&hcclID), error code is 4"])

    def devices(self):
        vis = os.environ.get("ASCEND_RT_VISIBLE_DEVICES")
        avail = [int(x) for x in vis.split(",") if x.strip()] if vis else [n["id"] for n in self.st.get("npus", [])]
        need = self.a.tensor_parallel_size * self.a.dp_local
        if need > len(avail):
            self.fail(["RuntimeError: The number of devices required (%d) is more than the number of available NPUs "
                       "(%d)." % (need, len(avail))])
        return avail[:need]

    def handshake(self):
        a = self.a
        deadline = time.time() + sc.env_float("VLLM_ENGINE_READY_TIMEOUT_S", 600)
        me = {"start_rank": a.data_parallel_start_rank, "local": a.dp_local, "dp": a.data_parallel_size,
              "tp": a.tensor_parallel_size, "ep": a.enable_expert_parallel}
        if a.headless:
            link = peerlink.connect(a.data_parallel_address, a.data_parallel_rpc_port, deadline)
            if link is None:
                self.fail(["TimeoutError: Timed out waiting for engines to send initial message on input socket."])
            link.send(me)
            self.links.append(link)
            return
        try:
            addr = sc.bind_addr(self.st, a.data_parallel_address)
            if addr not in sc.own_addrs(self.st) | {"127.0.0.1"}:      # another server's IP: EADDRNOTAVAIL
                raise OSError(99, "Cannot assign requested address")
            srv = peerlink.listen(addr, a.data_parallel_rpc_port)
        except OSError as e:
            self.fail(["OSError: [Errno %d] %s" % (e.errno or 99, e.strerror or e)], core=False)
        covered = set(range(0, a.dp_local))
        while len(covered) < a.data_parallel_size:
            link = peerlink.accept(srv, deadline)
            msg = link.recv(5) if link else None
            if msg is None:
                if time.time() >= deadline:
                    self.fail(["TimeoutError: Timed out waiting for engines to send initial message on input socket."],
                              core=False)
                continue
            if (msg["dp"], msg["tp"], msg["ep"]) != (a.data_parallel_size, a.tensor_parallel_size,
                                                     a.enable_expert_parallel):
                self.fail(["RuntimeError: Engine core DP rank %d was started with a different parallel config "
                           "%s." % (msg["start_rank"], json.dumps(msg))], core=False)
            covered |= set(range(msg["start_rank"], msg["start_rank"] + msg["local"]))
            self.links.append(link)
            info("core_client.py:1014", "Engine core DP ranks %d-%d connected from %s." % (
                msg["start_rank"], msg["start_rank"] + msg["local"] - 1, link.sock.getpeername()[0]))
        srv.close()

    def load_weights(self, devs):
        a = self.a
        ok, err, weight_bytes = sc.check_weights(a.model)
        if not ok and os.path.isabs(a.model):
            self.fail([err])
        shard = a.tensor_parallel_size * (a.data_parallel_size if a.enable_expert_parallel else 1)
        per_npu_mb = weight_bytes / shard / 2 ** 20
        total = sc.hbm_total_mb(self.st)
        idle = max([n.get("idle_hbm_mb", 3000) for n in self.st.get("npus", [])] or [3000])
        self.load = sc.NpuLoad(devs, "python3", per_npu_mb, total * a.gpu_memory_utilization - idle,
                               lambda: self.sched.busy() if self.sched else 0)
        self.load.start()
        secs = sc.env_float("ASCEND_SIM_LOAD_SECONDS", 3) * sc.slow_factor(self.st)
        for i in range(5):
            time.sleep(secs / 5)
            self.load.progress((i + 1) / 5.0)
        info("default_loader.py:272", "Loading weights took %.2f seconds" % secs)
        if sc.fault(self.st, "engine_oom") or per_npu_mb > total * a.gpu_memory_utilization - idle:
            self.fail(["torch.OutOfMemoryError: " + sc.oom_line(devs[0], self.st, 2048.0)])
        info("model_runner.py:1834", "Loading model weights took %.4f GB" % (per_npu_mb / 1024))
        self.load.progress(1.0, kv_ready=True)
        info("kv_cache_utils.py:716", "GPU KV cache size: %d tokens" % self.kv_tokens())

    def kv_tokens(self):
        """The KV cache of one DP rank, in tokens: the blocks override's when given (then it also limits
        admission, see scheduler.py), else a figure that grows with the TP size."""
        a = self.a
        if a.num_gpu_blocks_override:
            return a.num_gpu_blocks_override * a.block_size
        return 200000 * a.tensor_parallel_size

    def watch(self, link, who):
        while link.recv(None) is not None:
            pass
        if True:
            info("core_client.py:564", "Engine core proc %s died unexpectedly, shutting down client." % who, "ERROR")
            self.exit(1)

    def run(self):
        a = self.a
        signal.signal(signal.SIGTERM, lambda *x: (info("launcher.py:80", "Shutting down FastAPI HTTP server."),
                                                  self.exit(0)))
        info("__init__.py:239", "Automatically detected platform npu.")
        if not a.headless:
            info("api_server.py:1395", "vLLM API server version %s" % VERSION)
        info("config.py:793", "This model supports multiple tasks: {'generate'}. Defaulting to 'generate'.")
        self.check_network()
        devs = self.devices()
        self.handshake()
        self.load_weights(devs)
        for link in self.links:
            link.send({"loaded": True})
            if a.headless:
                continue
            if link.recv(sc.env_float("VLLM_ENGINE_READY_TIMEOUT_S", 600)) is None:
                self.fail(["RuntimeError: Engine core initialization failed on a remote DP rank."], core=False)
        for i, link in enumerate(self.links):
            threading.Thread(target=self.watch, args=(link, "EngineCore_DP%d" % (i + 1)), daemon=True).start()
        if a.headless:
            info("core.py:620", "Started DP Coordinator process in headless mode, DP ranks %d-%d."
                 % (a.data_parallel_start_rank, a.data_parallel_start_rank + a.dp_local - 1))
            while True:
                time.sleep(3600)
        limit = self.kv_tokens() * a.data_parallel_size if a.num_gpu_blocks_override else None
        self.sched = Scheduler(a.max_num_seqs * a.data_parallel_size, self.kv_tokens(), sc.slow_factor(self.st),
                               kv_limit=limit)
        self.sched.start()
        svc = httpapi.Service("vllm", a.name, a.model, self.sched, a.max_model_len, self.st.get("name"))
        host = a.host or "0.0.0.0"
        try:
            httpapi.make_server(svc, sc.bind_addr(self.st, host), a.port)
        except OSError as e:
            sc.out("ERROR:    [Errno %d] error while attempting to bind on address ('%s', %d): %s"
                   % (e.errno or 98, host, a.port, (e.strerror or str(e)).lower()))
            self.exit(1)
        info("api_server.py:1457", "Starting vLLM API server 0 on http://%s:%d" % (host, a.port))
        sc.out("INFO:     Started server process [%d]" % self.pid)
        sc.out("INFO:     Waiting for application startup.")
        sc.out("INFO:     Application startup complete.")
        sc.out("INFO:     Uvicorn running on http://%s:%d (Press CTRL+C to quit)" % (host, a.port))
        svc.ready.set()
        while True:
            time.sleep(3600)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] in (["--version"], ["-v"]):
        return sc.out(VERSION)
    if argv[:1] != ["serve"]:
        sys.stderr.write("usage: vllm [-h] [-v] {chat,complete,serve,bench,collect-env,run-batch} ...\n")
        sys.exit(2)
    args, _rest = parse(argv[1:])
    Serve(args).run()


if __name__ == "__main__":
    main()
