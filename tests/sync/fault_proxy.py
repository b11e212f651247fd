"""A seeded, fault-injecting HTTP proxy on loopback, for sync tests against a live server.

Every request (auth, push, pull, poke, anything) is forwarded to `upstream`; per request, in
arrival order, a `random.Random(seed)` picks what goes wrong:

- `drop_request`: the connection is closed without forwarding (the server never sees it);
- `drop_response`: the request is forwarded and answered by the server, then the connection is
  closed without passing the answer on (the server did the work, the client does not know);
- `duplicate`: the request is forwarded twice, one after the other; the client gets the second
  answer (a retransmission the server must recognise);
- `pass`: forwarded once, answered normally;

`script(path, answers)` overrides the plan: the next requests to `path` get these answers in
turn, as an overloaded server or a misbehaving proxy would: a status code (answered by the proxy
itself, with an HTML body), `("answer", status, body)` (a JSON body of the test's choosing), or
"drop" (the connection is closed);

and, independently, whether it is first held back by `uniform(0, max_delay)` seconds. Each
request draws the same three numbers whatever it becomes, so the plan of faults depends only on
the seed and the order of requests: a single-threaded client replays the same run for the same
seed. `log` records `(method, path, action, delay)` per request. With `paths` set, only requests
whose path starts with one of them meet faults (and draw from the plan); the rest pass.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

ACTIONS = ("drop_request", "drop_response", "duplicate", "pass")
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "trailers",
    "transfer-encoding",
    "upgrade",
    "host",
    "content-length",
    "accept-encoding",  # ask the server for plain bodies: we pass bytes through unchanged
}


# What a proxy or load balancer sends: HTML, no `{"error": {"code": ...}}` of ours.
SCRIPTED_BODY = b"<html><body><h1>Service unavailable</h1></body></html>"
Scripted = int | str | tuple[str, int, bytes]


@dataclass(frozen=True)
class Faults:
    """Probabilities per request; the three drop/duplicate ones are exclusive (their sum <= 1)."""

    drop_request: float = 0.0
    drop_response: float = 0.0
    duplicate: float = 0.0
    delay: float = 0.0  # probability of a delay, on top of any of the above
    max_delay: float = 0.2  # seconds

    def __post_init__(self) -> None:
        if self.drop_request + self.drop_response + self.duplicate > 1.0:
            raise ValueError("drop_request + drop_response + duplicate must not exceed 1")


@dataclass(frozen=True)
class Decision:
    action: str
    delay: float


class FaultPlan:
    """The seeded stream of decisions, one per request; thread-safe."""

    def __init__(self, seed: int, faults: Faults) -> None:
        self.faults = faults
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def next(self) -> Decision:
        f = self.faults
        with self._lock:
            pick, delayed, amount = self._rng.random(), self._rng.random(), self._rng.random()
        bounds = (
            f.drop_request,
            f.drop_request + f.drop_response,
            f.drop_request + f.drop_response + f.duplicate,
        )
        action = next((a for a, bound in zip(ACTIONS, bounds, strict=False) if pick < bound), "pass")
        delay = amount * f.max_delay if delayed < f.delay else 0.0
        return Decision(action, delay)


class FaultProxy:
    """`with FaultProxy(upstream, seed=..., faults=...) as proxy:` then talk to `proxy.url`."""

    def __init__(
        self,
        upstream: str,
        *,
        seed: int,
        faults: Faults,
        paths: tuple[str, ...] | None = None,
        timeout: float = 60.0,
    ) -> None:
        self.upstream = upstream.rstrip("/")
        self.seed = seed
        self.plan = FaultPlan(seed, faults)
        self.paths = paths
        self.log: list[tuple[str, str, str, float]] = []
        self.forwarded = 0  # requests that reached the server (a duplicate counts twice)
        self.enabled = True  # False: pass everything straight through (set-up, checks)
        self._lock = threading.Lock()
        self._http = httpx.Client(base_url=self.upstream, timeout=timeout)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.daemon_threads = True
        self._server.proxy = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None
        self._script: list[tuple[str, list[Scripted]]] = []

    def script(self, path: str, answers: list[Scripted]) -> None:
        """The next requests whose path starts with `path` get `answers` in turn (see above)."""
        with self._lock:
            self._script.append((path, list(answers)))

    def scripted(self, path: str) -> Scripted | None:
        with self._lock:
            for prefix, answers in self._script:
                if path.startswith(prefix) and answers:
                    return answers.pop(0)
        return None

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FaultProxy:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._http.close()
        if self._thread is not None:
            self._thread.join(5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- what happened ----------------------------------------------------------------------------
    def counts(self) -> Counter[str]:
        with self._lock:
            counts = Counter(action for _m, _p, action, _d in self.log)
            counts["delayed"] = sum(1 for *_rest, delay in self.log if delay > 0)
        return counts

    def digest(self) -> str:
        """A short fingerprint of the faults dealt (same seed + same client => same digest)."""
        with self._lock:
            text = "\n".join(f"{m} {p.split('?')[0]} {a}" for m, p, a, _d in self.log)
        return hashlib.sha256(text.encode()).hexdigest()[:12]

    # --- the work ---------------------------------------------------------------------------------
    def decide(self, method: str, path: str) -> Decision:
        faulty = self.enabled and (self.paths is None or path.startswith(self.paths))
        decision = self.plan.next() if faulty else Decision("pass", 0.0)
        with self._lock:
            self.log.append((method, path, decision.action, decision.delay))
        return decision

    def forward(self, method: str, path: str, headers: dict[str, str], body: bytes) -> httpx.Response:
        with self._lock:
            self.forwarded += 1
        return self._http.request(method, path, headers=headers, content=body)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like the real client talking to the real server

    def do_GET(self) -> None:
        self._proxy()

    def do_POST(self) -> None:
        self._proxy()

    def do_PUT(self) -> None:
        self._proxy()

    def do_PATCH(self) -> None:
        self._proxy()

    def do_DELETE(self) -> None:
        self._proxy()

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _proxy(self) -> None:
        proxy: FaultProxy = self.server.proxy  # type: ignore[attr-defined]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
        answer = proxy.scripted(self.path)
        if answer == "drop":
            self.close_connection = True
            return
        if isinstance(answer, int):
            self.close_connection = True
            extra = [("Retry-After", "1")] if answer in (429, 503) else []
            self._answer(answer, [("Content-Type", "text/html"), *extra], SCRIPTED_BODY)
            return
        if isinstance(answer, tuple):
            _kind, status, content = answer
            self.close_connection = True
            self._answer(status, [("Content-Type", "application/json")], content)
            return
        decision = proxy.decide(self.command, self.path)
        if decision.delay:
            time.sleep(decision.delay)
        if decision.action == "drop_request":
            self.close_connection = True
            return
        try:
            response = proxy.forward(self.command, self.path, headers, body)
            if decision.action == "duplicate":
                response = proxy.forward(self.command, self.path, headers, body)
        except httpx.HTTPError as exc:
            self._answer(502, [("Content-Type", "text/plain")], f"upstream: {exc}".encode())
            return
        if decision.action == "drop_response":
            self.close_connection = True
            return
        passed = [
            (k, v)
            for k, v in response.headers.multi_items()
            if k.lower() not in HOP_BY_HOP | {"content-encoding", "date", "server"}
        ]
        self._answer(response.status_code, passed, response.content)

    def _answer(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
