"""OpenAI-compatible HTTP API (+ health, + Prometheus) shared by the simulated MindIE and vLLM.

Streams use HTTP/1.1 chunked transfer of `data: {...}\\n\\n` events in OpenAI's chunk shape, ending with
`data: [DONE]`. Every finished or aborted request is appended to requests.log (see simcommon).
"""
import hashlib
import json
import socket
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from scheduler import Request, render_metrics
from simcommon import log_request


def count_tokens(text):
    """Rough tokenizer: ~4 ASCII characters per token, one token per CJK character."""
    ascii_chars = sum(1 for ch in text if ord(ch) < 128)
    return max(1, (ascii_chars + 3) // 4 + (len(text) - ascii_chars))


def prompt_of(body, chat):
    if chat:
        parts = []
        for m in body.get("messages") or []:
            c = m.get("content")
            if isinstance(c, list):
                c = " ".join(p.get("text", "") for p in c if isinstance(p, dict))
            parts.append(str(c or ""))
        return sum(count_tokens(p) + 4 for p in parts) + 3
    p = body.get("prompt", "")
    if isinstance(p, list):
        return len(p) if p and isinstance(p[0], int) else sum(count_tokens(str(x)) for x in p)
    return count_tokens(str(p))


class Service:
    """What the handler needs to know about the engine it fronts."""

    def __init__(self, flavor, model, root, sched, max_len, server_name):
        self.flavor, self.model, self.root, self.sched = flavor, model, root, sched
        self.max_len, self.server_name = max_len, server_name
        self.ready = threading.Event()
        self.created = int(time.time())


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    svc = None            # set by make_server
    pending = None        # (id, endpoint, stream, Request) until logged
    metrics_only = False
    server_version = "uvicorn"
    sys_version = ""

    def log_message(self, *args):
        pass

    # ---- plumbing
    def send_json(self, code, obj):
        data = json.dumps(obj, separators=(",", ":"), ensure_ascii=False).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def send_text(self, code, text, ctype="text/plain; version=0.0.4; charset=utf-8"):
        data = text.encode()
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def error(self, code, msg, kind="BadRequestError"):
        self.send_json(code, {"object": "error", "message": msg, "type": kind, "param": None, "code": code})

    def chunk(self, obj):
        if not isinstance(obj, str):
            obj = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)
        data = ("data: %s\n\n" % obj).encode()
        self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
        self.wfile.flush()

    # ---- routes
    def do_GET(self):
        s, path = self.svc, self.path.split("?")[0]
        if path == "/metrics" and (self.metrics_only or s.flavor == "vllm"):
            return self.send_text(200, render_metrics(s.sched, s.model, s.flavor))
        if self.metrics_only:
            return self.error(404, "Not Found", "NotFoundError")
        if path in ("/health", "/v2/health/live"):
            return self.send_text(200, "", "application/json") if path == "/health" else self.send_json(200, {})
        if path == "/v2/health/ready":
            return self.send_json(200 if s.ready.is_set() else 503, {})
        if path == "/v1/models":
            return self.send_json(200, {"object": "list", "data": [{
                "id": s.model, "object": "model", "created": s.created,
                "owned_by": "vllm" if s.flavor == "vllm" else "MindIE Server", "root": s.root, "parent": None,
                "max_model_len": s.max_len, "permission": []}]})
        if path == "/version" and s.flavor == "vllm":
            return self.send_json(200, {"version": "0.9.1"})
        self.error(404, "Not Found", "NotFoundError")

    def do_POST(self):
        path = self.path.split("?")[0]
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if self.metrics_only or path not in ("/v1/chat/completions", "/v1/completions"):
            return self.error(404, "Not Found", "NotFoundError")
        try:
            body = json.loads(raw or b"{}")
        except ValueError as e:
            return self.error(400, "JSON decode error: %s" % e)
        self.complete(body, chat=path.endswith("chat/completions"), endpoint=path)

    def complete(self, body, chat, endpoint):
        s = self.svc
        if s.flavor == "vllm" and body.get("model") not in (None, s.model, s.root):
            return self.error(404, "The model `%s` does not exist." % body.get("model"), "NotFoundError")
        ptoks = prompt_of(body, chat)
        max_tokens = body.get("max_completion_tokens") or body.get("max_tokens")
        if max_tokens is not None and ptoks + int(max_tokens) > s.max_len:
            return self.error(400, "This model's maximum context length is %d tokens. However, you requested %d "
                              "tokens (%d in the messages, %d in the completion). Please reduce the length of the "
                              "messages or completion." % (s.max_len, ptoks + int(max_tokens), ptoks, int(max_tokens)))
        seed = hashlib.md5(json.dumps(body, sort_keys=True).encode()).digest()
        natural = 16 + seed[0] % 240
        if body.get("ignore_eos"):
            natural = 1 << 30
        req = Request(ptoks, int(max_tokens) if max_tokens else max(1, min(natural, s.max_len - ptoks)), natural)
        rid = ("chatcmpl-" if chat else "cmpl-") + uuid.uuid4().hex
        self.pending = (rid, endpoint, bool(body.get("stream")), req)
        s.sched.submit(req)
        try:
            if body.get("stream"):
                self.stream(req, rid, chat, body)
            else:
                self.whole(req, rid, chat)
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            s.sched.cancel(req)
            self.close_connection = True
            self.log_done("aborted")

    def log_done(self, status="ok"):
        """Append the request to requests.log; called before the last bytes go out, so a client that has
        seen the end of its response always finds its record."""
        if self.pending is None:
            return
        (rid, endpoint, stream, req), self.pending = self.pending, None
        end, s = time.time(), self.svc
        log_request({
            "id": rid, "engine": s.flavor, "server": s.server_name, "endpoint": endpoint, "model": s.model,
            "stream": stream, "prompt_tokens": req.prompt_tokens, "output_tokens": req.out,
            "ttft": round(req.t_first - req.t_arrive, 4) if req.t_first else None,
            "e2e": round(end - req.t_arrive, 4),
            "queue": round(req.t_admit - req.t_arrive, 4) if req.t_admit else None,
            "finish_reason": req.finish_reason if status == "ok" else "abort", "status": status,
            "start": round(req.t_arrive, 4), "end": round(end, 4)})

    def usage(self, req):
        return {"prompt_tokens": req.prompt_tokens, "completion_tokens": req.out,
                "total_tokens": req.prompt_tokens + req.out}

    def whole(self, req, rid, chat):
        toks, have = [], 0
        while True:
            new, done = req.next_tokens(have)
            toks += new
            have += len(new)
            if done:
                break
        text = "".join(toks)
        self.log_done()
        choice = {"index": 0, "logprobs": None, "finish_reason": req.finish_reason, "stop_reason": None}
        if chat:
            choice["message"] = {"role": "assistant", "content": text, "tool_calls": []}
        else:
            choice["text"] = text
        self.send_json(200, {"id": rid, "object": "chat.completion" if chat else "text_completion",
                             "created": int(req.t_arrive), "model": self.svc.model, "choices": [choice],
                             "usage": self.usage(req)})

    def stream(self, req, rid, chat, body):
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        obj = "chat.completion.chunk" if chat else "text_completion"
        base = {"id": rid, "object": obj, "created": int(req.t_arrive), "model": self.svc.model}

        def choice(text, finish=None, role=False):
            c = {"index": 0, "logprobs": None, "finish_reason": finish}
            if chat:
                c["delta"] = ({"role": "assistant", "content": text} if role else
                              ({"content": text} if text or finish is None else {}))
            else:
                c["text"] = text
                c["stop_reason"] = None
            return dict(base, choices=[c])

        if chat:
            self.chunk(choice("", role=True))
        have = 0
        while True:
            new, done = req.next_tokens(have)
            for i, tok in enumerate(new):
                last = done and have + i + 1 == req.out
                msg = choice(tok, req.finish_reason if last else None)
                if last and self.svc.flavor == "mindie":
                    msg["usage"] = self.usage(req)
                self.chunk(msg)
            have += len(new)
            if done:
                break
        opts = body.get("stream_options") or {}
        if opts.get("include_usage"):
            self.chunk(dict(base, choices=[], usage=self.usage(req)))
        self.log_done()
        self.chunk("[DONE]")
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256


def make_server(svc, host, port, metrics_only=False):
    """Bind (raises OSError like a real bind failure) and return a server to run in a thread."""
    handler = type("BoundHandler", (Handler,), {"svc": svc, "metrics_only": metrics_only})
    srv = Server((host, port), handler)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv
