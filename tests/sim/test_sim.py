#!/usr/bin/env python3
"""Self-test of the simulated Ascend servers (run as root): python3 tests/sim/test_sim.py"""
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ascend_sim  # noqa: E402

HOSTS = ("127.0.0.51", "127.0.0.52")
PORT = 2222
HCCN = "/usr/local/Ascend/driver/tools/hccn_tool"


@unittest.skipUnless(os.geteuid() == 0, "needs root (mount namespaces, overlayfs)")
class SimTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.host_hccn_existed = os.path.exists("/etc/hccn.conf")
        cls.tmp = tempfile.TemporaryDirectory(prefix="ascend-sim-test-")
        cls.dir = cls.tmp.name
        cls.cluster = ascend_sim.start(cls.dir, 2, first_ip=HOSTS[0], port=PORT)

    @classmethod
    def tearDownClass(cls):
        ascend_sim.stop(cls.dir)
        cls.tmp.cleanup()

    def ssh(self, i, cmd, check=True):
        c = self.cluster
        res = subprocess.run(["ssh", "-o", "UserKnownHostsFile=" + c["known_hosts"], "-o", "BatchMode=yes",
                              "-o", "IdentitiesOnly=yes", "-i", c["identity"], "-p", str(PORT),
                              "root@" + HOSTS[i], cmd], capture_output=True, text=True, timeout=20)
        if check:
            self.assertEqual(res.returncode, 0, res.stderr)
        return res

    def test_cluster_json(self):
        with open(os.path.join(self.dir, "cluster.json")) as fh:
            c = json.load(fh)
        self.assertEqual([s["host"] for s in c["servers"]], list(HOSTS))
        self.assertTrue(c["servers"][0]["host_key_fingerprint"].startswith("SHA256:"))
        with open(c["known_hosts"]) as fh:
            self.assertIn("[127.0.0.51]:2222 ssh-ed25519 ", fh.read())

    def test_npu_smi_info(self):
        out = self.ssh(0, "npu-smi info").stdout.splitlines()
        self.assertEqual(out[1].split()[1:4], ["npu-smi", "24.1.rc2.2", "Version:"])
        self.assertEqual(len(out[0]), 98)
        self.assertIn("| 7     910B3               | OK            |", "\n".join(out))
        self.assertIn("No running processes found in NPU 7", out[-2])

    def test_hccn_ip_ping_isolation(self):
        for i, ip in ((0, "192.168.7.10"), (1, "192.168.7.20")):
            r = self.ssh(i, "%s -i 0 -ip -s address %s netmask 255.255.255.0" % (HCCN, ip))
            self.assertEqual(r.stdout, "Cmd executed successfully!\n")
        self.assertEqual(self.ssh(0, HCCN + " -i 0 -ip -g").stdout, "ipaddr:192.168.7.10\nnetmask:255.255.255.0\n")
        conf = self.ssh(0, "cat /etc/hccn.conf").stdout
        self.assertIn("address_0=192.168.7.10\nnetmask_0=255.255.255.0\n", conf)
        ping = self.ssh(0, HCCN + " -i 0 -ping -g address 192.168.7.20").stdout
        self.assertIn("3 packets transmitted, 3 received, 0.00% packet loss", ping)
        ping = self.ssh(0, HCCN + " -i 0 -ping -g address 192.168.7.99").stdout
        self.assertIn("3 packets transmitted, 0 received, 100.00% packet loss", ping)
        self.ssh(0, HCCN + " -i 0 -netdetect -s address 192.168.7.20")
        self.assertEqual(self.ssh(0, HCCN + " -i 0 -net_health -g").stdout, "net health status: Success\n")
        self.assertNotIn("192.168.7.10", self.ssh(1, "cat /etc/hccn.conf").stdout)
        self.assertEqual(self.ssh(1, HCCN + " -i 1 -ip -g").stdout, "")
        bad = self.ssh(0, HCCN + " -i 0 -ip -s address 1.2.3 netmask 255.255.255.0", check=False)
        self.assertNotEqual(bad.returncode, 0)
        self.assertEqual(os.path.exists("/etc/hccn.conf"), self.host_hccn_existed)
        self.assertFalse(os.path.exists("/etc/ascend-sim"))

    def test_argv_and_faults(self):
        r = self.ssh(1, "sim-argv 'a b' '$(reboot)' ';' \"it's\" 'ü'")
        self.assertEqual(json.loads(r.stdout), ["a b", "$(reboot)", ";", "it's", "ü"])
        ascend_sim.fault(self.dir, 1, "link_down", "2")
        self.assertEqual(self.ssh(1, HCCN + " -i 2 -link -g").stdout, "link status: DOWN\n")
        ascend_sim.clear_fault(self.dir, 1, "link_down")
        self.assertEqual(self.ssh(1, HCCN + " -i 2 -link -g").stdout, "link status: UP\n")


if __name__ == "__main__":
    unittest.main(verbosity=2)
