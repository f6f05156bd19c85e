"""Unit tests of the simulated docker and inference engines, without ssh or namespaces.

Each simulated node is a plain process bound to its own loopback address (127.0.0.61 / .62) with its own
state dir (ASCEND_SIM_STATE_DIR) and MindIE install dir (MIES_INSTALL_PATH). Run:
    python3 -m unittest tests/sim/test_engine.py -v
"""
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ENGINE = os.path.join(HERE, "engine")
DOCKER = os.path.join(HERE, "docker", "docker")
sys.path.insert(0, os.path.join(HERE, "simlib"))
import simstate  # noqa: E402

IPS = ["127.0.0.61", "127.0.0.62"]


class Proc:
    """A started engine with its output collected line by line."""

    def __init__(self, argv, env):
        self.p = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        self.lines = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        try:
            for line in self.p.stdout:
                self.lines.append(line.rstrip("\n"))
        except ValueError:                                 # closed by stop()
            pass

    def text(self):
        return "\n".join(self.lines)

    def wait_for(self, needle, timeout=15):
        end = time.time() + timeout
        while time.time() < end:
            if needle in self.text():
                return True
            if self.p.poll() is not None:
                time.sleep(0.2)
                return needle in self.text()
            time.sleep(0.05)
        return False

    def stop(self):
        if self.p.poll() is None:
            self.p.terminate()
        self.p.wait(5)
        self.p.stdout.close()


class EngineTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="ascend-engine-test-")
        self.procs = []
        self.model = os.path.join(self.tmp, "models", "Qwen3-8B")
        os.makedirs(self.model)
        with open(os.path.join(self.model, "config.json"), "w") as fh:
            json.dump({"architectures": ["Qwen3ForCausalLM"]}, fh)
        with open(os.path.join(self.model, "model-00001-of-00001.safetensors"), "wb") as fh:
            fh.truncate(16 * 2 ** 30)                    # sparse: 16 GiB apparent size
        for name in os.listdir(self.model):
            os.chmod(os.path.join(self.model, name), 0o640)   # MindIE refuses weights files above 640
        os.chmod(self.model, 0o750)
        self.nodes = [self.make_node(i, ip) for i, ip in enumerate(IPS)]

    def tearDown(self):
        for p in self.procs:
            p.stop()
        shutil.rmtree(self.tmp, ignore_errors=True)

    def make_node(self, index, ip):
        root = os.path.join(self.tmp, "node%d" % index)
        state = simstate.default_state(index, "sim-%02d" % (index + 1), ip, 22, preset_ips=True)
        os.makedirs(os.path.join(root, "state"))
        os.makedirs(os.path.join(root, "mindie", "conf"))
        with open(os.path.join(root, "state", "state.json"), "w") as fh:
            json.dump(state, fh)
        return {"root": root, "ip": ip, "state": state}

    def env(self, node, **extra):
        env = dict(os.environ, ASCEND_SIM_STATE_DIR=os.path.join(node["root"], "state"),
                   ASCEND_SIM_FABRIC_DIR=os.path.join(self.tmp, "no-fabric"), ASCEND_SIM_ENGINE_DIR=ENGINE,
                   ASCEND_SIM_DOCKER_DIR=os.path.dirname(DOCKER),
                   MIES_INSTALL_PATH=os.path.join(node["root"], "mindie"), ASCEND_SIM_LOAD_SECONDS="0.5",
                   HCCL_CONNECT_TIMEOUT="5", VLLM_ENGINE_READY_TIMEOUT_S="5", PYTHONUNBUFFERED="1")
        env.update(extra)
        return env

    def set_fault(self, node, knob, value=True):
        node["state"]["faults"][knob] = value
        with open(os.path.join(node["root"], "state", "state.json"), "w") as fh:
            json.dump(node["state"], fh)

    # ---- MindIE helpers
    def write_mindie(self, node, multi, mode=0o640):
        with open(os.path.join(ENGINE, "conf", "config.json")) as fh:
            cfg = json.load(fh)
        s, b = cfg["ServerConfig"], cfg["BackendConfig"]
        s.update(ipAddress=node["ip"], managementIpAddress=node["ip"], httpsEnabled=False, interCommTLSEnabled=False)
        b.update(multiNodesInferEnabled=multi, interNodeTLSEnabled=False, npuDeviceIds=[list(range(8))])
        b["ModelDeployConfig"]["ModelConfig"][0].update(modelName="qwen3", modelWeightPath=self.model, worldSize=8)
        path = os.path.join(node["root"], "mindie", "conf", "config.json")
        with open(path, "w") as fh:
            json.dump(cfg, fh, indent=4)
        os.chmod(path, 0o640)
        rt = {"version": "1.0", "server_count": str(len(self.nodes)), "status": "completed", "server_list": [
            {"server_id": n["ip"], "container_ip": n["ip"], "device": [
                {"device_id": str(d["id"]), "device_ip": d["ip"], "rank_id": str(8 * i + d["id"])}
                for d in n["state"]["npus"]]} for i, n in enumerate(self.nodes)]}
        rt_path = os.path.join(self.tmp, "ranktable.json")
        with open(rt_path, "w") as fh:
            json.dump(rt, fh, indent=4)
        os.chmod(rt_path, mode)
        return rt_path

    def start_mindie(self, node, rt_path, **extra):
        env = self.env(node, RANK_TABLE_FILE=rt_path, RANKTABLEFILE=rt_path, MIES_CONTAINER_IP=node["ip"],
                       MIES_SERVICE_MONITOR_MODE="1", **extra)
        p = Proc([sys.executable, os.path.join(ENGINE, "mindieservice_daemon")], env)
        self.procs.append(p)
        return p

    def start_vllm(self, node, *args, **extra):
        p = Proc([sys.executable, os.path.join(ENGINE, "vllm"), "serve", self.model, "--served-model-name", "qwen3",
                  "--tensor-parallel-size", "8"] + list(args), self.env(node, **extra))
        self.procs.append(p)
        return p

    def post(self, host, port, path, body):
        """(status, body text) of a POST."""
        conn = http.client.HTTPConnection(host, port, timeout=20)
        try:
            conn.request("POST", path, json.dumps(body), {"Content-Type": "application/json"})
            r = conn.getresponse()
            return r.status, r.read().decode()
        finally:
            conn.close()

    def get(self, host, port, path):
        conn = http.client.HTTPConnection(host, port, timeout=5)
        try:
            conn.request("GET", path)
            r = conn.getresponse()
            return r.status, r.read().decode()
        finally:
            conn.close()

    # ---- tests
    def test_mindie_two_nodes_reach_success_and_stream(self):
        rt = self.write_mindie(self.nodes[0], True)
        self.write_mindie(self.nodes[1], True)
        slave = self.start_mindie(self.nodes[1], rt)
        master = self.start_mindie(self.nodes[0], rt)
        self.assertTrue(master.wait_for("Daemon start success!"), master.text())
        self.assertTrue(slave.wait_for("Daemon start success!"), slave.text())
        self.assertIn("Finished parsing ranktable file.", master.text())
        status, text = self.post(IPS[0], 1025, "/v1/chat/completions", {
            "model": "qwen3", "stream": True, "max_tokens": 12, "messages": [{"role": "user", "content": "hello"}]})
        self.assertEqual(status, 200)
        events = [line[6:] for line in text.splitlines() if line.startswith("data: ")]
        self.assertEqual(events[-1], "[DONE]")
        chunks = [json.loads(e) for e in events[:-1]]
        self.assertEqual(chunks[0]["object"], "chat.completion.chunk")
        self.assertEqual(chunks[0]["choices"][0]["delta"]["role"], "assistant")
        self.assertEqual(chunks[-1]["choices"][0]["finish_reason"], "length")
        self.assertEqual(chunks[-1]["usage"]["completion_tokens"], 12)
        self.assertEqual(sum(1 for c in chunks if c["choices"][0]["delta"].get("content")), 12)
        with open(os.path.join(self.nodes[0]["root"], "state", "requests.log")) as fh:   # one JSON line per request
            rec = json.loads(fh.read().splitlines()[-1])
        self.assertEqual((rec["output_tokens"], rec["status"]), (12, "ok"))
        self.assertGreater(rec["e2e"], 11 * 0.03)        # tokens take real time
        status, metrics = self.get(IPS[0], 1027, "/metrics")
        self.assertIn('request_success_total{model_name="qwen3"} 1.0', metrics)
        self.assertIn("# TYPE time_to_first_token_seconds histogram", metrics)
        self.assertEqual(self.get(IPS[0], 1025, "/v2/health/ready")[0], 200)
        with open(os.path.join(self.nodes[0]["root"], "state", "npu-load.json")) as fh:
            load = json.load(fh)
        self.assertGreater(load["0"]["hbm_used_mb"], 40000)
        slave.stop()                                      # the master notices the lost node
        self.assertTrue(master.wait_for("Daemon is killing..."), master.text())

    def test_mindie_refuses_ranktable_mode_644(self):
        rt = self.write_mindie(self.nodes[0], True, mode=0o644)
        p = self.start_mindie(self.nodes[0], rt)
        p.p.wait(10)
        self.assertNotEqual(p.p.returncode, 0)
        self.assertIn("Check Other group permission failed", p.text())
        self.assertIn("Required permisssion is 640, but got permission is 644", p.text())
        self.assertNotIn("Daemon start success!", p.text())

    def test_mindie_oom_fault(self):
        self.write_mindie(self.nodes[0], False)
        self.set_fault(self.nodes[0], "engine_oom")
        p = self.start_mindie(self.nodes[0], "")
        p.p.wait(10)
        self.assertIn("RuntimeError: NPU out of memory.", p.text())
        self.assertIn("Daemon wait pid with", p.text())
        with open(os.path.join(self.nodes[0]["root"], "state", "npu-load.json")) as fh:
            self.assertEqual(json.load(fh), {})           # load cleared when the engine dies

    def test_vllm_wrong_nic_fails_with_hccl_error(self):
        p = self.start_vllm(self.nodes[0], "--port", "8000", "--host", IPS[0], HCCL_SOCKET_IFNAME="eth0",
                            HCCL_IF_IP=IPS[0])
        p.p.wait(10)
        self.assertEqual(p.p.returncode, 1)
        self.assertIn("Failed to get socket ifname[eth0]", p.text())
        self.assertIn("EJ0001", p.text())
        self.assertIn("Engine core initialization failed", p.text())

    def test_vllm_oom_when_weights_exceed_hbm(self):
        with open(os.path.join(self.model, "model.safetensors.index.json"), "w") as fh:
            json.dump({"metadata": {"total_size": 700 * 10 ** 9}, "weight_map": {}}, fh)   # ~700 GB over 8 NPUs
        p = self.start_vllm(self.nodes[0], "--port", "8004", "--host", IPS[0])
        p.p.wait(10)
        self.assertEqual(p.p.returncode, 1)
        self.assertIn("torch.OutOfMemoryError: NPU out of memory.", p.text())

    def test_vllm_two_nodes_data_parallel(self):
        common = ["--data-parallel-size", "2", "--data-parallel-size-local", "1", "--data-parallel-address", IPS[0],
                  "--data-parallel-rpc-port", "13389", "--enable-expert-parallel", "--quantization", "ascend"]
        nic = {"HCCL_SOCKET_IFNAME": "enp189s0f0", "GLOO_SOCKET_IFNAME": "enp189s0f0"}
        head = self.start_vllm(self.nodes[0], "--host", IPS[0], "--port", "8000", *common, HCCL_IF_IP=IPS[0], **nic)
        worker = self.start_vllm(self.nodes[1], "--headless", "--data-parallel-start-rank", "1", *common,
                                 HCCL_IF_IP=IPS[1], **nic)
        self.assertTrue(head.wait_for("Uvicorn running on http://%s:8000" % IPS[0]), head.text())
        self.assertIn("Application startup complete.", head.text())
        body = json.loads(self.post(IPS[0], 8000, "/v1/completions",
                                    {"model": "qwen3", "prompt": "Hi there", "max_tokens": 5})[1])
        self.assertEqual(body["usage"]["completion_tokens"], 5)
        self.assertEqual(body["object"], "text_completion")
        metrics = self.get(IPS[0], 8000, "/metrics")[1]
        self.assertIn('vllm:generation_tokens_total{engine="0",model_name="qwen3"} 5.0', metrics)
        self.assertIn("vllm:e2e_request_latency_seconds_bucket", metrics)
        worker.stop()
        self.assertTrue(head.wait_for("died unexpectedly"), head.text())

    def test_vllm_head_times_out_without_workers(self):
        p = self.start_vllm(self.nodes[0], "--host", IPS[0], "--port", "8001", "--data-parallel-size", "2",
                            "--data-parallel-size-local", "1", "--data-parallel-address", IPS[0],
                            "--data-parallel-rpc-port", "13390", VLLM_ENGINE_READY_TIMEOUT_S="1")
        p.p.wait(10)
        self.assertIn("Timed out waiting for engines to send initial message", p.text())

    def test_docker_runs_vllm_and_sees_only_mounted_weights(self):
        env = self.env(self.nodes[0])
        image = "quay.io/ascend/vllm-ascend:v0.9.1"

        def docker(*args):
            return subprocess.run([sys.executable, DOCKER] + list(args), env=env, capture_output=True, text=True)
        self.assertEqual(docker("image", "inspect", "--format", '{{index .Config.Labels "cann.version"}}',
                                image).stdout.strip(), "8.1.RC1")
        cmd = [sys.executable, os.path.join(ENGINE, "vllm"), "serve", self.model, "--host", IPS[0], "--port", "8002",
               "--tensor-parallel-size", "8"]
        self.assertEqual(docker("run", "-d", "--name", "ok", "--net=host", "--privileged", "-v",
                                "%s:%s" % (self.tmp, self.tmp), image, *cmd).returncode, 0)
        docker("run", "-d", "--name", "nomount", "--net=host", image, *cmd[:-4], "--port", "8003")
        end = time.time() + 10
        while time.time() < end and "Uvicorn running" not in docker("logs", "ok").stdout:
            time.sleep(0.1)
        self.assertIn("Uvicorn running on http://%s:8002" % IPS[0], docker("logs", "ok").stdout)
        self.assertIn("No such file or directory", docker("logs", "-f", "nomount").stdout)
        self.assertIn("Exited (1)", docker("ps", "-a", "--format", "{{.Names}} {{.Status}}").stdout)
        self.assertEqual(docker("stop", "-t", "2", "ok").returncode, 0)
        self.assertEqual(docker("inspect", "-f", "{{.State.Status}}", "ok").stdout.strip(), "exited")
        docker("rm", "ok", "nomount")

    def test_docker_mindie_reads_the_config_json_mounted_over_the_images(self):
        node = self.nodes[0]
        self.write_mindie(node, False)
        home = os.path.join(node["root"], "mindie")
        generated = os.path.join(self.tmp, "etc", "mindie-config.json")   # not the image's path
        os.makedirs(os.path.dirname(generated))
        shutil.move(os.path.join(home, "conf", "config.json"), generated)
        shutil.copy(os.path.join(ENGINE, "conf", "config.json"), os.path.join(home, "conf", "config.json"))
        os.chmod(os.path.join(home, "conf", "config.json"), 0o640)         # the image's own default
        env = self.env(node)
        image = "swr.cn-south-1.myhuaweicloud.com/ascendhub/mindie:2.1.RC1-800I-A2-py311-openeuler24.03-lts"

        def docker(*args):
            return subprocess.run([sys.executable, DOCKER] + list(args), env=env, capture_output=True, text=True)

        def run(name, *mounts):
            argv = ["run", "-d", "--name", name, "--net=host", "-e", "MIES_INSTALL_PATH=" + home,
                    "-v", "%s:%s" % (self.model, self.model)]
            for m in mounts:
                argv += ["-v", m]
            self.assertEqual(docker(*argv, image, sys.executable, os.path.join(ENGINE, "mindieservice_daemon"))
                             .returncode, 0)

        run("without-mount")
        logs = docker("logs", "-f", "without-mount").stdout
        self.assertIn("No such file or directory: '/data/atb_testdata/weights/llama1-65b-safetensors'", logs)
        run("with-mount", "%s:%s/conf/config.json" % (generated, home))
        end = time.time() + 15
        while time.time() < end and "Daemon start success!" not in docker("logs", "with-mount").stdout:
            time.sleep(0.1)
        self.assertIn("Daemon start success!", docker("logs", "with-mount").stdout)
        self.assertEqual(docker("stop", "-t", "2", "with-mount").returncode, 0)
        docker("rm", "with-mount", "without-mount")


if __name__ == "__main__":
    unittest.main()


class SchedulerCapacityTest(unittest.TestCase):
    """The scheduler's capacity model in-process (no HTTP): slots, then the KV limit, hold requests back."""

    def scheduler(self, **kw):
        sys.path.insert(0, ENGINE)
        from scheduler import Request, Scheduler
        os.environ["ASCEND_SIM_ITL"] = "0.01"
        try:
            sched = Scheduler(**kw)
        finally:
            del os.environ["ASCEND_SIM_ITL"]
        sched.start()
        return sched, Request

    def wait_running(self, sched, count):
        deadline = time.time() + 5
        while time.time() < deadline and sched.gauges()[0] != count:
            time.sleep(0.005)
        return sched.gauges()

    def test_requests_beyond_the_slots_wait(self):
        sched, Request = self.scheduler(max_batch=2, kv_tokens=100000)
        for _ in range(3):
            sched.submit(Request(10, 200, 1 << 30))
        running, waiting, _ = self.wait_running(sched, 2)
        self.assertEqual((running, waiting), (2, 1))

    def test_kv_limit_admits_only_what_fits(self):
        # Each request reserves 10 + 90 = 100 tokens: a limit of 250 fits two of four slots.
        sched, Request = self.scheduler(max_batch=4, kv_tokens=250, kv_limit=250)
        for _ in range(3):
            sched.submit(Request(10, 90, 1 << 30))
        running, waiting, _ = self.wait_running(sched, 2)
        self.assertEqual((running, waiting), (2, 1))
