#!/usr/bin/env python3
"""Load and faults for `careplan serve` (issue 15).

- 8 clients (--clients) render a typical plan (the 7-page waiting-room
  packet, as bench/run.py's "short plan") over keep-alive connections for 30 s
  (--seconds): renders per second, p50/p99/max latency, errors;
- the server's resident memory sampled every second (start, peak, end);
- 200 idle keep-alive connections (--idle) held open meanwhile (each sends
  /healthz every 5 s so the server's 10 s idle timeout does not close it),
  while a probe asks /healthz on a fresh connection every 0.25 s;
- clients killed mid-upload (headers and part of a body, then a reset);
- at the end SIGTERM under load: every request that got an answer got all
  of it, and the server exits 0.

    python3 bench/serve.py --binary build/careplan
"""
import argparse
import http.client
import os
import signal
import socket
import statistics
import struct
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(HERE)
sys.path.insert(0, os.path.join(SOURCE, "tests", "e2e"))
from serve_util import Server  # noqa: E402


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def percentile(values, fraction):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = []
        self.errors = []
        self.truncated = 0      # an answer begun but not finished: must stay 0
        self.after_stop = 0     # refused after SIGTERM (no answer begun): expected


def render_client(port, body, stop, stopping, results):
    connection = None
    while not stop.is_set():
        if connection is None:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        start = time.perf_counter()
        response = None
        try:
            connection.request("POST", "/api/render", body, {"Content-Type": "application/yaml"})
            response = connection.getresponse()
            data = response.read()
            elapsed = (time.perf_counter() - start) * 1000
            with results.lock:
                if response.status == 200 and data.startswith(b"%PDF-") and \
                        len(data) == int(response.getheader("Content-Length")):
                    results.latencies.append(elapsed)
                else:
                    results.errors.append(f"status {response.status}")
        except (OSError, http.client.HTTPException) as error:
            with results.lock:
                if response is not None:
                    results.truncated += 1
                elif stopping.is_set():
                    results.after_stop += 1
                else:
                    results.errors.append(repr(error))
            connection.close()
            connection = None
            if stopping.is_set():
                return
    if connection:
        connection.close()


def idle_client(port, stop, failures):
    try:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while not stop.is_set():
            connection.request("GET", "/healthz")
            response = connection.getresponse()
            if response.read() != b"ok\n":
                failures.append("bad healthz")
            stop.wait(5)
        connection.close()
    except (OSError, http.client.HTTPException) as error:
        if not stop.is_set():
            failures.append(repr(error))


def health_probe(port, stop, latencies, failures):
    while not stop.is_set():
        start = time.perf_counter()
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            connection.request("GET", "/healthz")
            ok = connection.getresponse().read() == b"ok\n"
            connection.close()
            latencies.append((time.perf_counter() - start) * 1000)
            if not ok:
                failures.append("bad answer")
        except (OSError, http.client.HTTPException) as error:
            failures.append(repr(error))
        stop.wait(0.25)


def killed_uploads(port, count):
    """Clients that vanish mid-upload; the server must shrug them off."""
    for _ in range(count):
        sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        sock.sendall(b"POST /api/render HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100000\r\n\r\n"
                     + b"format: careplan/v1\n" * 50)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()  # a reset, as a killed client's kernel sends


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=os.path.join(SOURCE, "build", "careplan"))
    parser.add_argument("--profile",
                        default=os.path.join(SOURCE, "examples", "packet-lungs-waiting-room.yaml"))
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--idle", type=int, default=200)
    parser.add_argument("--jobs", type=int, default=0, help="render workers (default: cores)")
    args = parser.parse_args()
    with open(args.profile, "rb") as source:
        body = source.read()

    extra = ["--jobs", str(args.jobs)] if args.jobs else []
    server = Server(args.binary, *extra)
    server.start()
    pid = server.process.pid
    port = server.port
    results = Results()
    stop, stopping, idle_stop = threading.Event(), threading.Event(), threading.Event()
    idle_failures, probe_latencies, probe_failures = [], [], []

    idle_threads = [threading.Thread(target=idle_client, args=(port, idle_stop, idle_failures))
                    for _ in range(args.idle)]
    for thread in idle_threads:
        thread.start()
    time.sleep(1)
    probe = threading.Thread(target=health_probe,
                             args=(port, idle_stop, probe_latencies, probe_failures))
    probe.start()

    memory = [rss_kib(pid)]
    clients = [threading.Thread(target=render_client, args=(port, body, stop, stopping, results))
               for _ in range(args.clients)]
    started = time.perf_counter()
    for thread in clients:
        thread.start()
    kills_done = 0
    while time.perf_counter() - started < args.seconds:
        time.sleep(1)
        memory.append(rss_kib(pid))
        if kills_done < 20:
            killed_uploads(port, 2)
            kills_done += 2
    elapsed = time.perf_counter() - started
    with results.lock:
        measured = list(results.latencies)
        measured_errors = list(results.errors)

    # SIGTERM under load: the render clients keep going meanwhile.
    idle_stop.set()
    probe.join()
    for thread in idle_threads:
        thread.join()
    stopping.set()
    server.terminate()
    code = server.wait(timeout=60)
    stop.set()
    for thread in clients:
        thread.join()

    renders = len(measured)
    print("| measure | value |")
    print("|---|---|")
    print(f"| profile | `{os.path.relpath(args.profile, SOURCE)}` ({len(body)} bytes) |")
    print(f"| render clients, duration | {args.clients}, {elapsed:.1f} s |")
    print(f"| renders | {renders} ({renders / elapsed:.1f} per second) |")
    print(f"| latency p50 / p99 / max | {percentile(measured, 0.5):.1f} / "
          f"{percentile(measured, 0.99):.1f} / {max(measured or [0]):.1f} ms |")
    print(f"| errors during the run | {len(measured_errors)} |")
    warm = memory[min(5, len(memory) - 1)]
    print(f"| resident memory before / after 5 s / peak / end | {memory[0] / 1024:.1f} / "
          f"{warm / 1024:.1f} / {max(memory) / 1024:.1f} / {memory[-1] / 1024:.1f} MiB |")
    print(f"| idle keep-alive connections held | {args.idle}, failures {len(idle_failures)} |")
    print(f"| /healthz on a fresh connection meanwhile | {len(probe_latencies)} probes, p50 "
          f"{percentile(probe_latencies, 0.5):.1f} ms, max {max(probe_latencies or [0]):.1f} ms, "
          f"failures {len(probe_failures)} |")
    print(f"| clients killed mid-upload | {kills_done} |")
    print(f"| SIGTERM under load | exit {code}; answers cut short {results.truncated}; "
          f"requests refused after the signal {results.after_stop} |")
    print(f"| load average (1 min) at the end | {os.getloadavg()[0]:.2f} |")
    failed = (measured_errors or idle_failures or probe_failures or results.truncated
              or code != 0)
    if measured_errors or idle_failures or probe_failures:
        print("\nerrors:", (measured_errors + idle_failures + probe_failures)[:10],
              file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
