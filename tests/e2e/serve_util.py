"""Starts and stops `careplan serve` for the print-station tests.

The server listens on port 0 (any free port) and prints the port it got,
so parallel test runs never collide. Its standard error (messages and the
access log) is collected for the tests to read.
"""
import http.client
import os
import re
import signal
import subprocess
import tempfile
import threading
import time

LISTENING = re.compile(r"listening on (https?)://([0-9.]+):(\d+)/")


class Server:
    """A running `careplan serve`; use as a context manager."""

    def __init__(self, careplan, *args, listen="127.0.0.1:0", env=None, cwd=None):
        self.args = [careplan, "serve", "--listen", listen, *args]
        self.env = dict(os.environ, **(env or {}))
        self.env.pop("SOURCE_DATE_EPOCH", None)
        self.cwd = cwd
        self.lines = []
        self.process = None
        self.port = None
        self.scheme = None

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def start(self, timeout=60):
        self.process = subprocess.Popen(self.args, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                        text=True, env=self.env, cwd=self.cwd)
        deadline = time.time() + timeout
        while time.time() < deadline:
            line = self.process.stderr.readline()
            if not line:
                raise AssertionError("careplan serve ended before listening:\n" + self.log())
            self.lines.append(line)
            match = LISTENING.search(line)
            if match:
                self.scheme, self.port = match.group(1), int(match.group(3))
                break
        else:
            raise AssertionError("careplan serve did not start:\n" + self.log())
        self.reader = threading.Thread(target=self._drain, daemon=True)
        self.reader.start()

    def _drain(self):
        for line in self.process.stderr:
            self.lines.append(line)

    def log(self):
        return "".join(self.lines)

    def terminate(self):
        self.process.send_signal(signal.SIGTERM)

    def wait(self, timeout=30):
        code = self.process.wait(timeout=timeout)
        if hasattr(self, "reader"):
            self.reader.join(timeout=5)
        self.process.stderr.close()
        return code

    def stop(self):
        if self.process and self.process.poll() is None:
            self.terminate()
            try:
                self.wait()
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def connection(self, timeout=60):
        return http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)

    def request(self, method, path, body=None, headers=None):
        """(status, headers as a dict with lower-case names, body bytes)."""
        connection = self.connection()
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            data = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, data
        finally:
            connection.close()


def pdf_text(pdf_bytes):
    """pdftotext of PDF bytes, via a private temporary folder removed at once."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "preview.pdf")
        with open(path, "wb") as out:
            out.write(pdf_bytes)
        result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"],
                                capture_output=True, text=True, check=True)
        return result.stdout
