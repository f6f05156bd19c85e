"""Continuous-batching token scheduler and Prometheus metrics of the simulated engines.

One thread runs engine steps in real time. Each step every running request gets one token; newly
admitted requests pay their prefill in the same step (chunked-prefill style). Step time grows with the
batch, so the per-request rate falls and the aggregate throughput rises sublinearly:
    step = ITL * (1 + 0.045 * (batch - 1)) * slow + new_prompt_tokens / PREFILL_TPS
ITL defaults to 0.04 s (25 tok/s for a lone request); ASCEND_SIM_ITL and ASCEND_SIM_PREFILL_TPS move it.

Capacity, as a real engine's: at most max_batch sequences run (vLLM's --max-num-seqs, MindIE's
maxBatchSize); beyond that requests wait in FIFO order, so TTFT jumps by the time a running request needs
to finish. With kv_limit (vLLM's --num-gpu-blocks-override x --block-size) a request is admitted only
when its prompt plus its max tokens fit beside the running ones' (MindIE-style reservation, no
preemption), and it waits otherwise. Without it the KV cache only feeds the usage gauge.
"""
import collections
import itertools
import threading
import time

from simcommon import env_float

WORDS = ("The Ascend NPU cluster serves this answer token by token while the scheduler batches "
         "concurrent requests so that throughput grows and latency stays bounded across nodes").split()

TTFT_BUCKETS = (0.001, 0.005, 0.01, 0.02, 0.04, 0.06, 0.08, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
                20.0, 40.0, 80.0, 160.0, 640.0, 2560.0)
ITL_BUCKETS = (0.01, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0,
               20.0, 40.0, 80.0)
E2E_BUCKETS = (0.3, 0.5, 0.8, 1.0, 1.5, 2.0, 2.5, 5.0, 10.0, 15.0, 20.0, 30.0, 40.0, 50.0, 60.0,
               120.0, 240.0, 480.0, 960.0, 1920.0, 7680.0)


class Request:
    _ids = itertools.count(1)

    def __init__(self, prompt_tokens, max_tokens, natural_len):
        self.seq = next(self._ids)
        self.prompt_tokens, self.max_tokens = prompt_tokens, max_tokens
        self.target = min(max_tokens, natural_len)
        self.finish_reason = "length" if max_tokens < natural_len else "stop"
        self.out = 0
        self.t_arrive = time.time()
        self.t_admit = self.t_first = self.t_last = None
        self.cancelled = False
        self.done = False
        self.cond = threading.Condition()
        self.tokens = []

    def next_tokens(self, have, timeout=30.0):
        """Block until more than `have` tokens exist or the request is done; return the new ones."""
        with self.cond:
            self.cond.wait_for(lambda: len(self.tokens) > have or self.done, timeout)
            return self.tokens[have:], self.done


class Histogram:
    def __init__(self, buckets):
        self.buckets, self.counts, self.sum, self.n = buckets, [0] * len(buckets), 0.0, 0

    def observe(self, v):
        self.sum += v
        self.n += 1
        for i, b in enumerate(self.buckets):
            if v <= b:
                self.counts[i] += 1


class Scheduler(threading.Thread):
    def __init__(self, max_batch, kv_tokens, slow=1.0, kv_limit=None):
        super().__init__(daemon=True)
        self.max_batch, self.kv_tokens, self.slow = max_batch, max(kv_tokens, 1), slow
        self.kv_limit = kv_limit
        self.itl = env_float("ASCEND_SIM_ITL", 0.04)
        self.prefill_tps = env_float("ASCEND_SIM_PREFILL_TPS", 6000)
        self.lock = threading.Condition()
        self.waiting, self.running = collections.deque(), []
        self.c = collections.Counter()           # prompt/generation/success/failed/received/preemptions
        self.h = {"ttft": Histogram(TTFT_BUCKETS), "itl": Histogram(ITL_BUCKETS), "e2e": Histogram(E2E_BUCKETS),
                  "tpot": Histogram(ITL_BUCKETS)}
        self.window = collections.deque()        # (time, prompt tokens, generated tokens) for avg throughput
        self.started = time.time()

    # ---- API used by the HTTP layer
    def submit(self, req):
        with self.lock:
            self.c["received"] += 1
            self.waiting.append(req)
            self.lock.notify()

    def cancel(self, req):
        with self.lock:
            req.cancelled = True

    def gauges(self):
        with self.lock:
            used = sum(r.prompt_tokens + r.out for r in self.running)
            return len(self.running), len(self.waiting), min(1.0, used / self.kv_tokens)

    def busy(self):
        """0..1 load used for the AI Core figure."""
        with self.lock:
            b = len(self.running)
        return 0.0 if b == 0 else min(0.95, 0.25 + 0.7 * b / self.max_batch)

    def throughput(self):
        now = time.time()
        with self.lock:
            while self.window and self.window[0][0] < now - 10:
                self.window.popleft()
            p = sum(w[1] for w in self.window)
            g = sum(w[2] for w in self.window)
        span = min(10.0, max(1.0, now - self.started))
        return p / span, g / span

    def _kv_fits(self, req):
        """Whether req's whole sequence fits in the KV cache beside the running ones (under self.lock).
        A request alone is always admitted, so one larger than the cache cannot block the queue."""
        if self.kv_limit is None or not self.running or req.cancelled:
            return True
        reserved = sum(r.prompt_tokens + r.target for r in self.running)
        return reserved + req.prompt_tokens + req.target <= self.kv_limit

    # ---- engine loop
    def run(self):
        while True:
            with self.lock:
                self.lock.wait_for(lambda: self.waiting or self.running)
                self.running = [r for r in self.running if not r.cancelled]
                new = []
                while self.waiting and len(self.running) < self.max_batch and self._kv_fits(self.waiting[0]):
                    r = self.waiting.popleft()
                    if not r.cancelled:
                        r.t_admit = time.time()
                        self.running.append(r)
                        new.append(r)
                b = len(self.running)
            if b == 0:
                continue
            step = self.itl * (1 + 0.045 * (b - 1)) * self.slow
            step += sum(r.prompt_tokens for r in new) / self.prefill_tps * self.slow
            time.sleep(step)
            self._emit(step, new)

    def _emit(self, step, new):
        now = time.time()
        finished = []
        with self.lock:
            gen = 0
            for r in self.running:
                if r.cancelled:
                    continue
                word = WORDS[(r.seq + r.out) % len(WORDS)]
                tok = (" " if r.out else "") + word
                with r.cond:
                    r.tokens.append(tok)
                    r.out += 1
                    gen += 1
                    if r.t_first is None:
                        r.t_first = now
                        self.h["ttft"].observe(now - r.t_arrive)
                    else:
                        self.h["itl"].observe(now - r.t_last)
                    r.t_last = now
                    if r.out >= r.target:
                        r.done = True
                        finished.append(r)
                    r.cond.notify_all()
            self.running = [r for r in self.running if not r.done and not r.cancelled]
            self.c["prompt"] += sum(r.prompt_tokens for r in new)
            self.c["generation"] += gen
            self.window.append((now, sum(r.prompt_tokens for r in new), gen))
            for r in finished:
                self.c["success_" + r.finish_reason] += 1
                self.h["e2e"].observe(now - r.t_arrive)
                if r.out > 1:
                    self.h["tpot"].observe((now - r.t_first) / (r.out - 1))


# ---- Prometheus exposition --------------------------------------------------------
def _labels(d):
    return "{" + ",".join('%s="%s"' % (k, d[k]) for k in sorted(d)) + "}"


def _fmt(v):
    return repr(float(v))


def render_metrics(sched, model, flavor):
    """vLLM V1 names with prefix vllm: and labels engine/model_name, or MindIE names without prefix."""
    run, wait, kv = sched.gauges()
    lab = {"model_name": model}
    if flavor == "vllm":
        lab["engine"] = "0"
    pre = "vllm:" if flavor == "vllm" else ""
    out = []

    def metric(name, kind, help_, samples):
        out.append("# HELP %s%s %s" % (pre, name, help_))
        out.append("# TYPE %s%s %s" % (pre, name, kind))
        for suffix, extra, v in samples:
            out.append("%s%s%s%s %s" % (pre, name, suffix, _labels(dict(lab, **extra)), _fmt(v)))

    def hist(name, help_, h):
        s = [("_sum", {}, h.sum)]
        s += [("_bucket", {"le": _fmt(b)}, c) for b, c in zip(h.buckets, h.counts)]
        s += [("_bucket", {"le": "+Inf"}, h.n), ("_count", {}, h.n)]
        metric(name, "histogram", help_, s)

    c = sched.c
    p_tps, g_tps = sched.throughput()
    success = [(k[8:], v) for k, v in sorted(c.items()) if k.startswith("success_")] or [("stop", 0)]
    with sched.lock:
        if flavor == "vllm":
            metric("num_requests_running", "gauge", "Number of requests in model execution batches.",
                   [("", {}, run)])
            metric("num_requests_waiting", "gauge", "Number of requests waiting to be processed.", [("", {}, wait)])
            metric("kv_cache_usage_perc", "gauge", "KV-cache usage. 1 means 100 percent usage.", [("", {}, kv)])
            metric("num_preemptions_total", "counter", "Cumulative number of preemption from the engine.",
                   [("", {}, c["preemptions"])])
            metric("prompt_tokens_total", "counter", "Number of prefill tokens processed.", [("", {}, c["prompt"])])
            metric("generation_tokens_total", "counter", "Number of generation tokens processed.",
                   [("", {}, c["generation"])])
            metric("request_success_total", "counter", "Count of successfully processed requests.",
                   [("", {"finished_reason": k}, v) for k, v in success])
            hist("time_to_first_token_seconds", "Histogram of time to first token in seconds.", sched.h["ttft"])
            hist("inter_token_latency_seconds", "Histogram of inter-token latency in seconds.", sched.h["itl"])
            hist("e2e_request_latency_seconds", "Histogram of e2e request latency in seconds.", sched.h["e2e"])
        else:
            ok = sum(v for _, v in success)
            metric("request_received_total", "counter", "Count of received requests.", [("", {}, c["received"])])
            metric("request_success_total", "counter", "Count of successfully processed requests.", [("", {}, ok)])
            metric("request_failed_total", "counter", "Count of failed requests.", [("", {}, c["failed"])])
            metric("num_requests_running", "gauge", "Number of requests currently running on NPU.",
                   [("", {}, run)])
            metric("num_requests_waiting", "gauge", "Number of requests waiting to be processed.", [("", {}, wait)])
            metric("num_preemptions_total", "counter", "Cumulative number of preemption from the engine.",
                   [("", {}, c["preemptions"])])
            metric("prompt_tokens_total", "counter", "Number of prefill tokens processed.", [("", {}, c["prompt"])])
            metric("generation_tokens_total", "counter", "Number of generation tokens processed.",
                   [("", {}, c["generation"])])
            metric("npu_cache_usage_perc", "gauge", "NPU KV-cache usage. 1 means 100 percent usage.",
                   [("", {}, kv)])
            metric("avg_prompt_throughput_toks_per_s", "gauge", "Average prefill throughput in tokens/s.",
                   [("", {}, round(p_tps, 2))])
            metric("avg_generation_throughput_toks_per_s", "gauge", "Average generation throughput in tokens/s.",
                   [("", {}, round(g_tps, 2))])
            hist("time_to_first_token_seconds", "Histogram of time to first token in seconds.", sched.h["ttft"])
            hist("time_per_output_token_seconds", "Histogram of time per output token in seconds.", sched.h["tpot"])
            hist("e2e_request_latency_seconds", "Histogram of end to end request latency in seconds.",
                 sched.h["e2e"])
    return "\n".join(out) + "\n"
