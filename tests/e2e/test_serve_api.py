"""`careplan serve`: the print station's HTTP API, its limits and its security.

Plain HTTP with the standard library: every endpoint, every error status,
an oversized body, a wrong token, malformed HTTP, TLS, and SIGTERM with a
request in flight. The server runs in an empty folder with an empty TMPDIR,
and the test patient's name must appear in neither, nor in the access log.
"""
import http.client
import json
import os
import re
import shutil
import socket
import ssl
import subprocess
import tempfile
import threading
import time
import unittest

from e2e_util import CAREPLAN, EXAMPLES, PROFILES, careplan, main
from serve_util import Server, pdf_text

NAME = "Zebedee Quillfeather"
PROFILE = f"""format: careplan/v1
plan_date: 2026-11-24
emergency_number: "999"
patient:
  name: {NAME}
  date_of_birth: 1970-05-01
diagnosis:
  condition: systemic sclerosis
  subtype: diffuse cutaneous
  organ_involvement: [skin, lungs]
treatments:
  - name: mycophenolate mofetil
    dose: 1 g twice daily
    started: 2025-03-01
    outcome: ongoing
monitoring:
  - test: full blood count
    every: 3 months
    last_done: 2026-10-06
""".encode()
BAD_DATE = PROFILE.replace(b"started: 2025-03-01", b"started: 2025-02-30")


def raw_exchange(port, data, read_timeout=10):
    """Sends bytes on a fresh connection; returns all bytes answered."""
    with socket.create_connection(("127.0.0.1", port), timeout=read_timeout) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while True:
                chunk = sock.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except (socket.timeout, ConnectionResetError):
            pass
        return b"".join(chunks)


def status_of(answer):
    match = re.match(rb"HTTP/1\.[01] (\d{3})", answer)
    return int(match.group(1)) if match else None


class ServeApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.home = tempfile.mkdtemp(prefix="careplan-serve-cwd-")
        cls.tmp = tempfile.mkdtemp(prefix="careplan-serve-tmp-")
        cls.server = Server(CAREPLAN, "--jobs", "2", cwd=cls.home, env={"TMPDIR": cls.tmp})
        cls.server.start()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        try:
            # Nothing a request carried was written anywhere the server could write.
            assert os.listdir(cls.home) == [], os.listdir(cls.home)
            assert os.listdir(cls.tmp) == [], os.listdir(cls.tmp)
            assert NAME not in cls.server.log(), "the access log holds the patient's name"
        finally:
            shutil.rmtree(cls.home, ignore_errors=True)
            shutil.rmtree(cls.tmp, ignore_errors=True)

    def request(self, *args, **kwargs):
        return self.server.request(*args, **kwargs)

    def assert_security_headers(self, headers):
        csp = headers["content-security-policy"]
        self.assertIn("script-src 'self'", csp)
        self.assertNotIn("unsafe-inline", csp)
        self.assertNotIn("unsafe-eval", csp)
        self.assertIn("default-src 'none'", csp)
        self.assertEqual(headers["x-content-type-options"], "nosniff")
        self.assertEqual(headers["referrer-policy"], "no-referrer")
        self.assertEqual(headers["cache-control"], "no-store")

    def test_healthz(self):
        status, headers, body = self.request("GET", "/healthz")
        self.assertEqual((status, body), (200, b"ok\n"))
        self.assert_security_headers(headers)

    def test_schema_is_the_cli_schema(self):
        status, headers, body = self.request("GET", "/api/schema")
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("application/json"))
        code, cli_schema, _ = careplan("schema")
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(body), json.loads(cli_schema))

    def test_vocabulary_has_medicines_tests_and_organs(self):
        status, _, body = self.request("GET", "/api/vocabulary")
        self.assertEqual(status, 200)
        vocabulary = json.loads(body)
        medicines = {m["id"]: m for m in vocabulary["medicines"]}
        self.assertIn("mycophenolate", " ".join(m["name"].lower() for m in medicines.values()))
        self.assertTrue(any("cellcept" in m["aliases"] for m in medicines.values()))
        self.assertTrue(any(t["name"] for t in vocabulary["tests"]))
        self.assertIn("lungs", vocabulary["organs"])

    def test_clinic_defaults_come_from_the_theme(self):
        with Server(CAREPLAN, "--theme", "example-clinic") as themed:
            status, _, body = themed.request("GET", "/api/clinic")
        self.assertEqual(status, 200)
        clinic = json.loads(body)
        self.assertTrue(clinic["organisation"])
        self.assertTrue(clinic["emergency_number"])

    def test_validate_a_good_profile(self):
        status, headers, body = self.request("POST", "/api/validate", PROFILE)
        self.assertEqual(status, 200, body)
        self.assert_security_headers(headers)
        answer = json.loads(body)
        self.assertTrue(answer["ok"], answer)
        self.assertEqual(answer["errors"], 0)

    def test_validate_gives_the_cli_words_at_line_column_and_path(self):
        status, _, body = self.request("POST", "/api/validate", BAD_DATE)
        self.assertEqual(status, 200)
        answer = json.loads(body)
        self.assertFalse(answer["ok"])
        errors = [d for d in answer["diagnostics"] if d["severity"] == "error"]
        self.assertEqual(len(errors), 1, errors)
        error = errors[0]
        self.assertEqual(error["path"], "treatments[0].started")
        self.assertEqual(error["line"], 14)
        self.assertEqual(error["file"], "profile.yaml")
        # The very line `careplan validate` prints for the same text.
        with tempfile.TemporaryDirectory() as folder:
            with open(os.path.join(folder, "profile.yaml"), "wb") as out:
                out.write(BAD_DATE)
            code, _, stderr = careplan("validate", "profile.yaml", cwd=folder)
        self.assertEqual(code, 65)
        self.assertIn(error["text"], stderr)
        self.assertIn(error["message"], error["text"])
        self.assertTrue(error["text"].startswith("profile.yaml:14:"))

    def test_validate_reports_every_problem(self):
        broken = BAD_DATE.replace(b"every: 3 months", b"every: often")
        _, _, body = self.request("POST", "/api/validate", broken)
        paths = {d["path"] for d in json.loads(body)["diagnostics"] if d["severity"] == "error"}
        self.assertEqual(paths, {"treatments[0].started", "monitoring[0].every"})

    def test_render_gives_the_pdf(self):
        status, headers, body = self.request("POST", "/api/render", PROFILE)
        self.assertEqual(status, 200, body[:500])
        self.assertEqual(headers["content-type"], "application/pdf")
        self.assert_security_headers(headers)
        self.assertTrue(body.startswith(b"%PDF-"))
        text = pdf_text(body)
        self.assertIn(NAME, text)
        self.assertIn("6 Jan 2027", text)  # last done 6 Oct 2026, every 3 months

    def test_render_date_parameter_sets_the_plan_date(self):
        status, _, body = self.request("POST", "/api/render?date=2026-12-01", PROFILE)
        self.assertEqual(status, 200)
        self.assertIn("1 Dec 2026", pdf_text(body))

    def test_render_every_example(self):
        for name in sorted(os.listdir(EXAMPLES)):
            if not name.endswith(".yaml"):
                continue
            with open(os.path.join(EXAMPLES, name), "rb") as source:
                status, headers, body = self.request("POST", "/api/render", source.read())
            self.assertEqual(status, 200, f"{name}: {body[:300]}")
            self.assertTrue(body.startswith(b"%PDF-"), name)

    def test_render_a_bad_profile_is_422_with_diagnostics(self):
        status, headers, body = self.request("POST", "/api/render", BAD_DATE)
        self.assertEqual(status, 422)
        self.assert_security_headers(headers)
        answer = json.loads(body)
        self.assertEqual(answer["diagnostics"][0]["path"], "treatments[0].started")

    def test_bad_date_parameter_is_400(self):
        status, _, body = self.request("POST", "/api/validate?date=2026-02-30", PROFILE)
        self.assertEqual(status, 400)
        self.assertIn("YYYY-MM-DD", json.loads(body)["error"])

    def test_wrong_method_is_405_with_allow(self):
        status, headers, _ = self.request("GET", "/api/render")
        self.assertEqual(status, 405)
        self.assertEqual(headers["allow"], "POST")
        status, headers, _ = self.request("POST", "/api/schema", b"x")
        self.assertEqual(status, 405)

    def test_unknown_paths_are_404(self):
        for path in ["/nothing", "/static/../CMakeLists.txt", "/static/", "/api/"]:
            status, _, _ = self.request("GET", path)
            self.assertEqual(status, 404, path)

    def test_the_page_and_its_files_are_served(self):
        status, headers, body = self.request("GET", "/")
        self.assertEqual(status, 200)
        self.assertTrue(headers["content-type"].startswith("text/html"))
        self.assert_security_headers(headers)
        scripts = re.findall(rb'<script[^>]*>', body)
        sources = re.findall(rb'<script src="(/static/[^"]+)"></script>', body)
        self.assertEqual(len(scripts), len(sources), "an inline script: the CSP forbids it")
        self.assertNotIn(b" style=", body)  # nor inline styles
        self.assertIn(b"/static/yaml_lines.js", sources)
        self.assertIn(b"/static/yaml_comments.js", sources)
        for script in sources:
            status, headers, _ = self.request("GET", script.decode())
            self.assertEqual(status, 200, script)
            self.assertTrue(headers["content-type"].startswith("text/javascript"), script)

    def test_oversized_body_is_413_before_it_is_read(self):
        head = (b"POST /api/render HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1048577\r\n"
                b"Content-Type: application/yaml\r\n\r\n")
        answer = raw_exchange(self.server.port, head)
        self.assertEqual(status_of(answer), 413, answer[:200])

    def test_oversized_chunked_body_is_413(self):
        chunk = b"#" * 65536
        chunks = [chunk] * 16 + [b"#" * 10]  # 10 bytes over the limit
        body = b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n\r\n"
        head = b"POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
        answer = raw_exchange(self.server.port, head + body)
        self.assertEqual(status_of(answer), 413, answer[:200])

    def test_a_body_at_the_limit_is_read(self):
        body = PROFILE + b"#" * (1048576 - len(PROFILE) - 1) + b"\n"
        status, _, answer = self.request("POST", "/api/validate", body)
        self.assertEqual(status, 200, answer[:300])
        self.assertTrue(json.loads(answer)["ok"])

    def test_post_without_length_is_411(self):
        answer = raw_exchange(self.server.port,
                              b"POST /api/validate HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        self.assertEqual(status_of(answer), 411, answer[:200])

    def test_malformed_http_is_400(self):
        for garbage in [b"GARBAGE\r\n\r\n",
                        b"GET / HTTP/1.1\r\n" + b"X: y\r\n" * 200 + b"\r\n",
                        b"GET / HTTP/1.1\r\nX: " + b"y" * 9000 + b"\r\n\r\n",
                        b"GET /" + b"a" * 17000 + b" HTTP/1.1\r\n\r\n"]:
            answer = raw_exchange(self.server.port, garbage)
            self.assertEqual(status_of(answer), 400, garbage[:40])
        # Still answering after all that.
        self.assertEqual(self.request("GET", "/healthz")[0], 200)

    def test_cross_site_post_is_403(self):
        status, headers, _ = self.request("POST", "/api/validate", PROFILE,
                                          {"Origin": "https://elsewhere.example"})
        self.assertEqual(status, 403)
        # Its body was not read, so the connection cannot carry another request.
        self.assertEqual(headers["connection"].lower(), "close")

    def test_a_port_in_use_is_exit_69(self):
        code, _, err = careplan("serve", "--listen", f"127.0.0.1:{self.server.port}")
        self.assertEqual(code, 69, err)
        self.assertIn("cannot listen on 127.0.0.1:", err)

    def test_help_and_bad_options(self):
        code, out, _ = careplan("help", "serve")
        self.assertEqual(code, 0)
        for option in ["--listen", "--token-file", "--tls-cert", "--insecure-http", "--queue"]:
            self.assertIn(option, out)
        code, _, err = careplan("serve", "--jobs", "0")
        self.assertEqual(code, 64)
        self.assertIn("--jobs expects", err)
        code, _, err = careplan("serve", "--listen", "nowhere")
        self.assertEqual(code, 64)
        code, _, err = careplan("serve", "--tls-cert", "c.pem")
        self.assertEqual(code, 64)
        self.assertIn("--tls-key", err)

    def test_a_rebound_dns_name_is_refused(self):
        status, _, _ = self.request("POST", "/api/validate", PROFILE,
                                    {"Host": f"attacker.example:{self.server.port}"})
        self.assertEqual(status, 403)
        status, _, _ = self.request("GET", "/", headers={"Host": f"localhost:{self.server.port}"})
        self.assertEqual(status, 200)

    def test_access_log_has_method_path_status_bytes_and_time_only(self):
        self.request("POST", "/api/render?date=2026-12-01", PROFILE)
        self.request("GET", "/" + NAME.replace(" ", "%20"))
        time.sleep(0.3)
        log = self.server.log()
        self.assertRegex(log, r"POST /api/render 200 \d+ [0-9.]+ms")
        self.assertIn("GET (other) 404", log)
        self.assertNotIn("Quillfeather", log)
        self.assertNotIn("2026-12-01", log)


class ServeBusyTest(unittest.TestCase):
    def test_full_queue_is_503_with_retry_after(self):
        with open(os.path.join(PROFILES, "stress.yaml"), "rb") as source:
            heavy = source.read()
        with Server(CAREPLAN, "--jobs", "1", "--queue", "0") as server:
            results = []

            def render():
                status, headers, _ = server.request("POST", "/api/render", heavy)
                results.append((status, headers.get("retry-after")))

            threads = [threading.Thread(target=render) for _ in range(6)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        statuses = sorted(status for status, _ in results)
        self.assertIn(200, statuses)
        self.assertIn(503, statuses)
        self.assertTrue(set(statuses) <= {200, 503}, statuses)
        self.assertTrue(all(retry == "1" for status, retry in results if status == 503))


class ServeTokenTest(unittest.TestCase):
    TOKEN = "correct-horse-battery-staple-42"

    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="careplan-serve-token-")
        self.token_file = os.path.join(self.folder, "token.txt")
        with open(self.token_file, "w") as out:
            out.write(self.TOKEN + "\n")

    def tearDown(self):
        shutil.rmtree(self.folder, ignore_errors=True)

    def test_api_needs_the_bearer_token(self):
        with Server(CAREPLAN, "--token-file", self.token_file) as server:
            status, headers, _ = server.request("POST", "/api/validate", PROFILE)
            self.assertEqual(status, 401)
            self.assertEqual(headers["www-authenticate"], "Bearer")
            status, _, _ = server.request("POST", "/api/validate", PROFILE,
                                          {"Authorization": "Bearer wrong-token-wrong-token"})
            self.assertEqual(status, 401)
            status, _, _ = server.request("GET", "/api/schema",
                                          headers={"Authorization": "Bearer " + self.TOKEN[:-1]})
            self.assertEqual(status, 401)
            status, _, body = server.request("POST", "/api/validate", PROFILE,
                                             {"Authorization": "Bearer " + self.TOKEN})
            self.assertEqual(status, 200)
            self.assertTrue(json.loads(body)["ok"])
            self.assertEqual(server.request("GET", "/healthz")[0], 200)

    def test_login_page_sets_a_strict_http_only_cookie(self):
        with Server(CAREPLAN, "--token-file", self.token_file) as server:
            status, headers, _ = server.request("GET", "/")
            self.assertEqual((status, headers["location"]), (303, "/login"))
            status, _, body = server.request("GET", "/login")
            self.assertEqual(status, 200)
            self.assertIn(b'name="token"', body)
            self.assertEqual(server.request("GET", "/static/style.css")[0], 200)
            status, headers, _ = server.request("GET", "/static/app.js")
            self.assertEqual((status, headers["location"]), (303, "/login"))
            form = {"Content-Type": "application/x-www-form-urlencoded"}
            status, headers, _ = server.request("POST", "/login", b"token=wrong", form)
            self.assertEqual(status, 401)
            self.assertNotIn("set-cookie", headers)
            status, headers, _ = server.request("POST", "/login",
                                                ("token=" + self.TOKEN).encode(), form)
            self.assertEqual(status, 303)
            cookie = headers["set-cookie"]
            self.assertIn("HttpOnly", cookie)
            self.assertIn("SameSite=Strict", cookie)
            self.assertNotIn(self.TOKEN, cookie)
            session = cookie.split(";")[0]
            status, _, _ = server.request("GET", "/", headers={"Cookie": session})
            self.assertEqual(status, 200)
            status, _, _ = server.request("POST", "/api/validate", PROFILE, {"Cookie": session})
            self.assertEqual(status, 200)
            forged = session[:-4] + "0000"
            status, _, _ = server.request("POST", "/api/validate", PROFILE, {"Cookie": forged})
            self.assertEqual(status, 401)

    def test_beyond_loopback_needs_a_token_and_tls_or_insecure_http(self):
        code, _, err = careplan("serve", "--listen", "0.0.0.0:0")
        self.assertEqual(code, 64)
        self.assertIn("--token-file", err)
        code, _, err = careplan("serve", "--listen", "0.0.0.0:0", "--token-file", self.token_file)
        self.assertEqual(code, 64)
        self.assertIn("--tls-cert", err)
        with Server(CAREPLAN, "--token-file", self.token_file, "--insecure-http",
                    listen="0.0.0.0:0") as server:
            self.assertIn("warning: --insecure-http", server.log())
            self.assertEqual(server.request("GET", "/healthz")[0], 200)

    def test_short_token_is_refused(self):
        with open(self.token_file, "w") as out:
            out.write("short\n")
        code, _, err = careplan("serve", "--listen", "127.0.0.1:0", "--token-file",
                                self.token_file)
        self.assertEqual(code, 66)
        self.assertIn("at least 16 characters", err)

    @unittest.skipUnless(shutil.which("openssl"), "needs openssl to make a certificate")
    def test_tls(self):
        cert = os.path.join(self.folder, "cert.pem")
        key = os.path.join(self.folder, "key.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                        "-subj", "/CN=127.0.0.1", "-keyout", key, "-out", cert],
                       check=True, capture_output=True)
        with Server(CAREPLAN, "--token-file", self.token_file, "--tls-cert", cert,
                    "--tls-key", key, listen="0.0.0.0:0") as server:
            self.assertEqual(server.scheme, "https")
            context = ssl.create_default_context(cafile=cert)
            context.check_hostname = False
            connection = http.client.HTTPSConnection("127.0.0.1", server.port, context=context,
                                                     timeout=30)
            connection.request("POST", "/api/render", PROFILE,
                               {"Authorization": "Bearer " + self.TOKEN})
            response = connection.getresponse()
            body = response.read()
            connection.close()
            self.assertEqual(response.status, 200)
            self.assertIn(NAME, pdf_text(body))
            # Plain HTTP to the TLS port gets no answer in clear text.
            answer = raw_exchange(server.port, b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", 5)
            self.assertNotIn(b"200 OK", answer)


class ServeSigtermTest(unittest.TestCase):
    def test_sigterm_finishes_the_request_in_flight_and_exits_0(self):
        server = Server(CAREPLAN)
        server.start()
        try:
            idle = socket.create_connection(("127.0.0.1", server.port), timeout=10)
            in_flight = socket.create_connection(("127.0.0.1", server.port), timeout=20)
            head = (b"POST /api/render HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: %d\r\n\r\n"
                    % len(PROFILE))
            half = len(PROFILE) // 2
            in_flight.sendall(head + PROFILE[:half])
            time.sleep(0.5)
            server.terminate()
            time.sleep(0.5)
            # No longer accepting new connections ...
            with self.assertRaises(OSError):
                socket.create_connection(("127.0.0.1", server.port), timeout=2).recv(1)
            # ... but the request in flight is answered in full.
            in_flight.sendall(PROFILE[half:])
            answer = b""
            while True:
                chunk = in_flight.recv(65536)
                if not chunk:
                    break
                answer += chunk
            in_flight.close()
            self.assertEqual(status_of(answer), 200, answer[:300])
            header_end = answer.index(b"\r\n\r\n") + 4
            self.assertTrue(answer[header_end:].startswith(b"%PDF-"))
            self.assertEqual(server.wait(timeout=30), 0, server.log())
            self.assertEqual(idle.recv(1), b"")  # the idle connection was closed
            idle.close()
            self.assertIn("stopped", server.log())
        finally:
            server.stop()


if __name__ == "__main__":
    main()
