"""Simulated `mindieservice_daemon` (MindIE Service 2.x).

Reads $MIES_INSTALL_PATH/conf/config.json (default /usr/local/Ascend/mindie/latest/mindie-service),
the rank table from RANK_TABLE_FILE / RANKTABLEFILE and MIES_CONTAINER_IP. Multi-node: every node
listens on its container IP at multiNodesInferPort; the master (rank 0) connects to the others and waits
up to HCCL_CONNECT_TIMEOUT (default 120 s). Prints "Daemon start success!" when ready, or one of the real
failure lines. Weight loading lasts ASCEND_SIM_LOAD_SECONDS (default 3 s).
"""
import json
import os
import signal
import sys
import threading
import time

import httpapi
import peerlink
import ranktable
import simcommon as sc
from scheduler import Scheduler

DEFAULT_HOME = "/usr/local/Ascend/mindie/latest/mindie-service"


class Daemon:
    def __init__(self):
        self.pid = os.getpid()
        self.st = sc.load_state()
        self.workers = []
        self.links = []
        self.load = None

    # ---- log helpers
    def log(self, text, level=None, where="llm_daemon.cpp:76", code=""):
        if level is None:
            sc.out("%s [%d] [%d] [mindie-server] %s" % (sc.ts_mindie(), self.pid, self.pid + 2, text))
        else:
            sc.out("%s [%d] [%d] [mindie-server] [%s] [%s] : %s%s" % (
                sc.ts_mindie(), self.pid, self.pid + 2, level, where, "[%s] " % code if code else "", text))

    def die(self, lines=(), worker_exit=True):
        for line in lines:
            sc.out(line)
        if worker_exit:
            for w in (self.workers or [self.pid + 15])[:4]:
                self.log("[daemon] Daemon wait pid with %d exit, Please check the service log or python log." % w,
                         "ERROR", code="MIE04E010109")
            for _ in range(len(self.workers) or 1):
                sc.out("[ERROR] TBE Subprocess[task_distribute] raise error[], main process disappeared!")
        sc.out("Daemon is killing...")
        self.shutdown(1)

    def shutdown(self, code):
        if self.load:
            self.load.clear()
        for link in self.links:
            link.close()
        sys.stdout.flush()
        os._exit(code)

    def hccl_error(self, peer, timeout):
        sc.out("EI0006: [PID: %d] %s Getting socket times out. Reason: 1. The remote does not initiate a connect "
               "request. some NPUs in the cluster are abnormal. 2. The remote does not initiate a connect request "
               "because the collective communication operator is started too late or is not started by some NPU "
               "in the cluster. 3. The communication link is disconnected. (For example, the IP addresses are not "
               "on the same network segment or the TLS configurations are inconsistent.)" % (self.pid, sc.ts_hccl()))
        sc.out("        Solution: 1. Check the rank service processes with other errors or no errors in the cluster."
               "2. If this error is reported for all NPUs, check whether the time difference between the earliest "
               "and latest errors is greater than the connect timeout interval (%ds by default). If so, adjust the "
               "timeout interval by using the HCCL_CONNECT_TIMEOUT environment variable.3. Check the connectivity "
               "of the communication link between nodes." % 120)
        sc.out("        TraceBack (most recent call last):")
        sc.out("        [Wait][LinkEstablish]wait socket establish timeout, role[0] rank[0] timeout[%d s], peer[%s]"
               % (timeout, peer))

    # ---- startup
    def run(self):
        signal.signal(signal.SIGTERM, lambda *a: (sc.out("Daemon is killing..."), self.shutdown(0)))
        self.log("===init log===")
        sc.out("%s [%d] ===init log===" % (sc.ts_mindie(), self.pid))
        home = install_path()
        # Inside a container the -v mounts decide which file that is: the generated one when the console
        # mounted it there, else the image's own default (llama1-65b weights that do not exist).
        cfg_path = sc.host_path(os.path.join(home, "conf", "config.json"))
        if not os.path.isfile(cfg_path):
            self.die(["The input file is not a regular file or not exists", "ERR: Failed to init config!"], False)
        err = ranktable.check_file(cfg_path)
        if err:
            self.die([err, "ERR: Failed to init config!"], False)
        try:
            with open(cfg_path) as fh:
                cfg = json.load(fh)
            srv_cfg, be = cfg["ServerConfig"], cfg["BackendConfig"]
            model = be["ModelDeployConfig"]["ModelConfig"][0]
        except (ValueError, KeyError, IndexError) as e:
            self.die(["Failed to load json config file %s: %s" % (cfg_path, e), "ERR: Failed to init config!"], False)
        me_ip = os.environ.get("MIES_CONTAINER_IP") or srv_cfg.get("ipAddress", "127.0.0.1")
        multi = bool(be.get("multiNodesInferEnabled"))
        rt = me = None
        if multi:
            rt, me = self.parse_ranktable(me_ip)
            devices = [int(d["device_id"]) for d in me["device"]]
            world = sum(len(s["device"]) for s in rt["server_list"])
        else:
            devices = list((be.get("npuDeviceIds") or [[0]])[0])
            world = int(model.get("worldSize", len(devices)))
            if world != len(devices):
                self.die(["The worldSize %d is not equal to the size of npuDeviceIds %d." % (world, len(devices)),
                          "ERR: Failed to init config!"], False)
        self.workers = [self.pid + 15 + 2 * i for i in range(len(devices))]
        time.sleep(0.3)
        for w in self.workers:
            sc.out("%s [%d] [%d] [mindie-server] ===init log===" % (sc.ts_mindie(), w, w))
            sc.out("%s [%d] ===init log===" % (sc.ts_mindie(), w))
        ok, err, weight_bytes = sc.check_weights(model.get("modelWeightPath", ""))
        if ok:
            err = ranktable.check_file(sc.host_path(os.path.join(model["modelWeightPath"], "config.json"))) or \
                ranktable.check_file(sc.host_path(model["modelWeightPath"]), 0o750)
            ok = not err
        if not ok:
            self.die(["%s [%d] [%d] [mindie-server] [ERROR] [model.py:40] : [Model]\t>>> Exception:%s"
                      % (sc.ts_mindie(), self.workers[0], self.pid, err), err])
        if multi:
            self.connect_nodes(rt, me, be, srv_cfg)
        self.load_weights(devices, world, weight_bytes)
        if multi:
            self.barrier()
        self.serve(srv_cfg, be, model, me_ip, rt is None or ranktable.master_of(rt) is me, devices)

    def parse_ranktable(self, me_ip):
        path = sc.host_path(os.environ.get("RANK_TABLE_FILE") or os.environ.get("RANKTABLEFILE") or "")
        sc.out("Start to parse ranktable file")
        if not path or not os.path.isfile(path):
            self.die(["Ranktable file is not exist", "ERR: Failed to init config!"], False)
        err = ranktable.check_file(path)
        if err:
            self.die([err, "Ranktable file is not exist", "ERR: Failed to init config!"], False)
        rt, err = ranktable.parse(path)
        if err:
            self.die([err, "ERR: Failed to init config!"], False)
        if not os.environ.get("MIES_CONTAINER_IP"):
            self.die(["The environment variable MIES_CONTAINER_IP is not set.", "ERR: Failed to init config!"], False)
        me = ranktable.find_self(rt, me_ip)
        if me is None or me_ip not in sc.own_addrs(self.st) and not me_ip.startswith("127.0.0.1"):
            self.die(["The MIES_CONTAINER_IP %s is not found in ranktable file or not an address of this host."
                      % me_ip, "ERR: Failed to init config!"], False)
        sc.out("Finished parsing ranktable file.")
        sc.out("Update worldSize and npuDeviceIds of backend config successfully for Multi Nodes Inference.")
        return rt, me

    def connect_nodes(self, rt, me, be, srv_cfg):
        """Every node listens; the master connects to all others and exchanges TLS settings and NPU IPs."""
        timeout = sc.env_float("HCCL_CONNECT_TIMEOUT", 120)
        deadline = time.time() + timeout
        port = int(be.get("multiNodesInferPort", 1120))
        hello = {"server_id": me["server_id"], "interNodeTLSEnabled": bool(be.get("interNodeTLSEnabled")),
                 "interCommTLSEnabled": bool(srv_cfg.get("interCommTLSEnabled")),
                 "device_ips_ok": self.device_ips_ok(me)}
        try:
            srv = peerlink.listen(me["container_ip"], port)
        except OSError as e:
            self.die(["[ERROR] HCCL(%d,):%s [hccl_socket.cc:106] [%d][HcclSocket][Listen] socket type[0], listen on "
                      "ip[%s] and specific port[%d] fail. %s" % (self.pid, sc.ts_hccl(), self.pid,
                                                              me["container_ip"], port, e)])
        master = ranktable.master_of(rt)
        if master is me:
            for peer in rt["server_list"]:
                if peer is me:
                    continue
                link = peerlink.connect(peer["container_ip"], port, deadline)
                if link is None:
                    self.hccl_error(peer["container_ip"], timeout)
                    self.die()
                link.send(hello)
                self.check_peer(link.recv(max(1.0, deadline - time.time())), hello, peer["container_ip"], timeout)
                self.links.append(link)
        else:
            link = peerlink.accept(srv, deadline)
            if link is None:
                self.hccl_error(master["container_ip"], timeout)
                self.die()
            link.send(hello)
            self.check_peer(link.recv(max(1.0, deadline - time.time())), hello, master["container_ip"], timeout)
            self.links.append(link)
        srv.close()

    def device_ips_ok(self, me):
        own = sc.npu_ips(self.st)
        down = {str(n) for n in sc.simstate.faulted_npus(self.st, "link_down")}
        return all(own.get(str(d["device_id"])) == d.get("device_ip") and str(d["device_id"]) not in down
                   for d in me["device"])

    def check_peer(self, peer_hello, hello, peer, timeout):
        if peer_hello is None or not peer_hello.get("device_ips_ok", True) or not hello["device_ips_ok"]:
            self.hccl_error(peer, timeout)
            self.die()
        for key in ("interNodeTLSEnabled", "interCommTLSEnabled"):
            if peer_hello.get(key) != hello[key]:
                self.log("[grpc] Inter node handshake with %s failed: %s is %s here but %s on the peer, TLS settings "
                         "must be the same on every node." % (peer, key, hello[key], peer_hello.get(key)),
                         "ERROR", "multi_node_infer.cpp:212", "MIE04E020310")
                self.die()

    def load_weights(self, devices, world, weight_bytes):
        total_mb = sc.hbm_total_mb(self.st)
        frac = sc.env_float("NPU_MEMORY_FRACTION", 0.8)
        per_npu_mb = weight_bytes / world / 2 ** 20
        idle = max([n.get("idle_hbm_mb", 3000) for n in self.st.get("npus", [])] or [3000])
        self.load = sc.NpuLoad(devices, "mindieservice_d", per_npu_mb, total_mb * frac - idle,
                               lambda: self.sched.busy() if getattr(self, "sched", None) else 0.0)
        self.load.start()
        secs = sc.env_float("ASCEND_SIM_LOAD_SECONDS", 3) * sc.slow_factor(self.st)
        oom = sc.fault(self.st, "engine_oom") or per_npu_mb > total_mb * frac - idle
        steps = 10
        for i in range(steps):
            time.sleep(secs / steps)
            self.load.progress((i + 1) / steps)
            if oom and i == steps // 2:
                self.oom(devices)
        self.load.progress(1.0, kv_ready=True)

    def oom(self, devices):
        for w, d in list(zip(self.workers, devices))[:2]:
            msg = sc.oom_line(d, self.st, 450.0)
            sc.out("%s [%d] [%d] [mindie-server] [ERROR] [model.py:40] : [Model]\t>>> Exception:%s" % (
                sc.ts_mindie(), w, 281464462176608 + w, msg))
            sc.out("Traceback (most recent call last):")
            sc.out('  File "/usr/local/Ascend/atb-models/atb_llm/runner/model_runner.py", line 179, in load_weights')
            sc.out("    self.model.to(weights.device)")
            sc.out("RuntimeError: %s" % msg)
            sc.out("%s [%d] [%d] [mindie-server] [ERROR] [model.py:43] : [MIE04E13030A] [Model]\t>>> return "
                   "initialize error result: {'status': 'error', 'npuBlockNum': '0', 'cpuBlockNum': '0'}"
                   % (sc.ts_mindie(), w, 281464462176608 + w))
        self.die()

    def barrier(self):
        """Tell the peers we loaded; wait for theirs; afterwards a dropped link means a peer died."""
        for link in self.links:
            link.send({"loaded": True})
        for link in self.links:
            if link.recv(sc.env_float("HCCL_CONNECT_TIMEOUT", 120) + 60) is None:
                self.die()

        def watch(link):
            while link.recv(None) is not None:
                pass
            if True:
                self.log("[daemon] Lost connection with a node of the multi-node inference, exiting.", "ERROR",
                         "llm_daemon.cpp:91", "MIE04E010110")
                self.die()
        for link in self.links:
            threading.Thread(target=watch, args=(link,), daemon=True).start()

    def serve(self, srv_cfg, be, model, me_ip, is_master, devices):
        sched_cfg = be.get("ScheduleConfig", {})
        max_len = int(be["ModelDeployConfig"].get("maxSeqLen", 2560))
        self.sched = Scheduler(int(sched_cfg.get("maxBatchSize", 200)), 2000 * len(devices) * 16,
                               sc.slow_factor(self.st))
        self.sched.start()
        name = model.get("modelName", "model")
        svc = httpapi.Service("mindie", name, model.get("modelWeightPath"), self.sched, max_len, self.st.get("name"))
        if is_master:
            if srv_cfg.get("httpsEnabled") and not os.path.isfile(os.path.join(
                    install_path(), srv_cfg.get("tlsCert", "security/certs/server.pem"))):
                self.log("[endpoint] Failed to load tls cert, please check the https config or set httpsEnabled to "
                         "false.", "ERROR", "https_server.cpp:96", "MIE04E070301")
                self.die(["ERR: Failed to init endpoint!"], False)
            mgmt_ip = os.environ.get("MIES_CONTAINER_MANAGEMENT_IP") or srv_cfg.get("managementIpAddress", "127.0.0.2")
            binds = [(me_ip if os.environ.get("MIES_CONTAINER_IP") else srv_cfg.get("ipAddress"),
                      srv_cfg.get("port", 1025), False),
                     (mgmt_ip, srv_cfg.get("managementPort", 1026), False)]
            if os.environ.get("MIES_SERVICE_MONITOR_MODE") == "1":
                binds.append((mgmt_ip, srv_cfg.get("metricsPort", 1027), True))
            for host, port, metrics in binds:
                if host == "0.0.0.0" and not srv_cfg.get("allowAllZeroIpListening"):
                    self.die(["ERR: Failed to init endpoint!"], False)
                try:
                    httpapi.make_server(svc, sc.bind_addr(self.st, host), int(port), metrics_only=metrics)
                except (OSError, TypeError, ValueError) as e:
                    self.log("[endpoint] Failed to listen on %s:%s, %s" % (host, port, e), "ERROR",
                             "http_server.cpp:121", "MIE04E070102")
                    self.die(["ERR: Failed to init endpoint!"], False)
        svc.ready.set()
        sc.out("Daemon start success!")
        while True:
            time.sleep(3600)


def install_path():
    """MIES_INSTALL_PATH, else the folder above the bin/ the daemon was started from (as the real one)."""
    if os.environ.get("MIES_INSTALL_PATH"):
        return os.environ["MIES_INSTALL_PATH"]
    exe_dir = os.path.dirname(os.path.realpath(sys.argv[0]))
    return os.path.dirname(exe_dir) if os.path.basename(exe_dir) == "bin" else DEFAULT_HOME


def main():
    Daemon().run()


if __name__ == "__main__":
    main()
