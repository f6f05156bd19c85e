"""Tiny JSON-lines TCP links between simulated nodes (MindIE multi-node, vLLM data-parallel RPC).

Real TCP between loopback addresses, so a node that is not started, started on the wrong address, or
blocked by a wrong port is unreachable exactly as on a real network.
"""
import json
import socket
import time


class Link:
    def __init__(self, sock):
        self.sock = sock
        self.buf = b""

    def send(self, obj):
        self.sock.sendall((json.dumps(obj) + "\n").encode())

    def recv(self, timeout=None):
        """Next message, or None when the peer closed the link or the timeout passed."""
        self.sock.settimeout(timeout)
        try:
            while b"\n" not in self.buf:
                data = self.sock.recv(65536)
                if not data:
                    return None
                self.buf += data
        except (socket.timeout, OSError):
            return None
        line, self.buf = self.buf.split(b"\n", 1)
        return json.loads(line)

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def listen(host, port):
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, int(port)))
    srv.listen(64)
    return srv


def accept(srv, deadline):
    """Accept one link before the deadline (epoch seconds), else None."""
    srv.settimeout(max(0.05, deadline - time.time()))
    try:
        sock, _ = srv.accept()
        return Link(sock)
    except (socket.timeout, OSError):
        return None


def connect(host, port, deadline, retry=0.2):
    """Keep trying to connect until the deadline, as HCCL/vLLM do while peers are still starting."""
    while True:
        try:
            sock = socket.create_connection((host, int(port)), timeout=min(2.0, max(0.1, deadline - time.time())))
            return Link(sock)
        except OSError:
            if time.time() + retry > deadline:
                return None
            time.sleep(retry)
