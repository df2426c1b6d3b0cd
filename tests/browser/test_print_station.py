"""The print station in a real browser: Debian's chromium, headless, driven by
python3-selenium (all installed by scripts/setup.sh), against `careplan serve`.

Run by CTest as `/usr/bin/python3 test_print_station.py CAREPLAN SOURCE_DIR`.
A new patient typed in, a wrong date shown at its field and fixed, the
preview's PDF text; an example opened from disk and edited in the YAML view;
saved; a packet; a name that looks like HTML shown as characters; the form by
keyboard alone; axe-core (vendored) finds no violations. The YAML view: a
wrong date marked at its line in the gutter with the words of `careplan
validate`, its entry moving the caret there in a long file, the mark gone
once fixed; an entry in the list of problems focusing its field; comments
kept when the form changes the YAML. The server, the
browser's profile and its downloads live in private folders that are
searched for the test patient's name, then removed.
CAREPLAN_SCREENSHOT=FILE saves the README's screenshot there.
"""
import base64
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import unittest
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "e2e"))

from serve_util import Server, pdf_text  # noqa: E402

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.remote.file_detector import UselessFileDetector  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CAREPLAN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "build/careplan"
SOURCE_DIR = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.getcwd()
EXAMPLES = os.path.join(SOURCE_DIR, "examples")
AXE = os.path.join(HERE, "vendor", "axe.min.js")
NAME = "Philippa Quenby-Tarrant"
XSS_NAME = "<img src=x onerror=alert(1)>"


def find_chromedriver():
    for path in ["/usr/bin/chromedriver", shutil.which("chromedriver") or ""]:
        if path and os.path.exists(path):
            return path
    raise AssertionError("chromedriver is missing: run scripts/setup.sh (chromium-driver)")


def free_loopback_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ChromeDriver:
    """chromedriver on 127.0.0.1, reached by address, never by the name
    "localhost": selenium's own Service looks that name up, and a bare CI root
    (a fresh debootstrap has no /etc/hosts) cannot resolve it."""

    def __init__(self, log_path):
        self.port = free_loopback_port()
        self.log = open(log_path, "wb")
        self.process = subprocess.Popen(
            [find_chromedriver(), f"--port={self.port}", "--allowed-ips=127.0.0.1"],
            stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        self._wait_until_ready()

    def _wait_until_ready(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            try:
                direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
                with direct.open(self.url + "/status", timeout=2) as reply:
                    if reply.status == 200:
                        return
            except OSError:
                time.sleep(0.2)
        self.stop()
        with open(self.log.name, "rb") as log:
            raise AssertionError("chromedriver did not start:\n" + log.read().decode(errors="replace"))

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


class PrintStationTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.private = tempfile.mkdtemp(prefix="careplan-browser-")
        cls.server_home = os.path.join(cls.private, "server-cwd")
        cls.server_tmp = os.path.join(cls.private, "server-tmp")
        cls.downloads = os.path.join(cls.private, "downloads")
        cls.browser_profile = os.path.join(cls.private, "chromium-profile")
        for folder in [cls.server_home, cls.server_tmp, cls.downloads, cls.browser_profile]:
            os.makedirs(folder)
        cls.server = Server(CAREPLAN, "--theme", "example-clinic", cwd=cls.server_home,
                            env={"TMPDIR": cls.server_tmp})
        cls.server.start()
        options = Options()
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                         "--window-size=1400,1000", "--user-data-dir=" + cls.browser_profile,
                         "--no-first-run", "--disable-extensions",
                         # The driver speaks to Chromium over a pipe: its TCP
                         # route asks for "localhost" too (see ChromeDriver).
                         "--remote-debugging-pipe"]:
            options.add_argument(argument)
        options.binary_location = "/usr/bin/chromium"
        options.add_experimental_option("prefs", {
            "download.default_directory": cls.downloads,
            "download.prompt_for_download": False,
        })
        cls.chromedriver = ChromeDriver(os.path.join(cls.private, "chromedriver.log"))
        cls.driver = webdriver.Remote(command_executor=cls.chromedriver.url, options=options)
        # The driver runs on this machine: a file input gets the path, not an upload.
        cls.driver.file_detector = UselessFileDetector()
        cls.driver.set_script_timeout(60)
        cls.url = f"http://127.0.0.1:{cls.server.port}/"

    @classmethod
    def tearDownClass(cls):
        try:
            cls.driver.quit()
        finally:
            cls.chromedriver.stop()
            cls.server.stop()
        try:
            # The server wrote nothing; no test patient's name in its log.
            assert os.listdir(cls.server_home) == [], os.listdir(cls.server_home)
            assert os.listdir(cls.server_tmp) == [], os.listdir(cls.server_tmp)
            for name in [NAME, "Quenby"]:
                assert name not in cls.server.log(), "the access log holds a name"
            # Nor did the browser keep it: its profile, cache and downloads.
            for folder, _, files in os.walk(cls.private):
                for file in files:
                    path = os.path.join(folder, file)
                    try:
                        with open(path, "rb") as data:
                            assert b"Quenby" not in data.read(), f"{path} holds the name"
                    except OSError:
                        pass  # a socket or a file gone meanwhile
        finally:
            shutil.rmtree(cls.private, ignore_errors=True)
        assert not os.path.exists(cls.private)

    # ---- helpers -----------------------------------------------------------

    def setUp(self):
        self.driver.get(self.url)
        self.wait_for(lambda: self.driver.find_element(By.TAG_NAME, "body")
                      .get_attribute("data-ready") == "true")

    def wait_for(self, condition, timeout=20, message=""):
        return WebDriverWait(self.driver, timeout).until(lambda _: condition(), message)

    def by_id(self, element_id):
        return self.driver.find_element(By.ID, element_id)

    def type_into(self, element_id, text):
        field = self.by_id(element_id)
        field.clear()
        field.send_keys(text)
        return field

    def yaml(self):
        return self.by_id("yaml").get_attribute("value")

    def set_yaml(self, text):
        self.driver.execute_script(
            "const t = document.getElementById('yaml'); t.value = arguments[0];"
            "t.dispatchEvent(new Event('input'));", text)

    def checked(self):
        """Waits for the check of the current text; returns the status line."""
        self.wait_for(lambda: self.by_id("check-status").text not in ("", "Checking…"))
        return self.by_id("check-status").text

    def set_yaml_and_check(self, text, field_id, value):
        """Sets the YAML view, waits for the form to follow (FIELD_ID shows
        VALUE) and for the check of that text; returns the status line."""
        self.set_yaml(text)
        self.wait_for(lambda: self.driver.execute_script(  # the form may be rebuilt meanwhile
            "const f = document.getElementById(arguments[0]); return f && f.value;", field_id)
            == value)
        return self.checked()

    def caret(self):
        """The YAML view's caret line (from 1) and whether it has the focus."""
        return self.driver.execute_script(
            "const t = document.getElementById('yaml');"
            "return [t.value.slice(0, t.selectionStart).split('\\n').length,"
            " document.activeElement === t];")

    def gutter_marks(self):
        """{line: text} of the marked lines in the YAML view's gutter."""
        return {int(mark.get_attribute("data-line")): mark.get_attribute("textContent") for mark in
                self.driver.find_elements(By.CSS_SELECTOR, "#yaml-gutter .gutter-line.error,"
                                          " #yaml-gutter .gutter-line.warning")}

    def cli_messages(self, text):
        """What `careplan validate` says about this profile, without FILE:LINE:COLUMN."""
        path = os.path.join(self.private, "cli-check.yaml")
        with open(path, "w", encoding="utf-8") as file:
            file.write(text)
        try:
            result = subprocess.run([CAREPLAN, "validate", path], capture_output=True, text=True,
                                    cwd=self.server_home)
        finally:
            os.remove(path)
        return [line.split(": ", 1)[1] for line in (result.stdout + result.stderr).splitlines()
                if line.startswith(path + ":")]

    def messages_at(self, element_id):
        return self.by_id(element_id + "-messages").text

    def preview_pdf_text(self):
        self.by_id("preview-button").click()
        self.wait_for(lambda: self.by_id("download-pdf").is_displayed(), 60,
                      "no preview: " + self.by_id("preview-status").text)
        encoded = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "fetch(document.getElementById('download-pdf').href).then(r => r.arrayBuffer())"
            ".then(b => { let s = ''; const a = new Uint8Array(b);"
            " for (let i = 0; i < a.length; i++) s += String.fromCharCode(a[i]);"
            " done(btoa(s)); }).catch(e => done('failed: ' + e));")
        self.assertFalse(encoded.startswith("failed"), encoded)
        pdf = base64.b64decode(encoded)
        self.assertTrue(pdf.startswith(b"%PDF-"))
        return pdf_text(pdf)

    def fill_new_patient(self, name):
        self.by_id("new-patient").click()
        self.type_into("f-plan_date", "2026-11-24")
        self.type_into("f-emergency_number", "999")
        self.type_into("f-patient-name", name)
        self.type_into("f-patient-date_of_birth", "1968-04-12")
        Select(self.by_id("f-diagnosis-subtype")).select_by_value("diffuse cutaneous")
        self.by_id("f-diagnosis-organ_involvement-lungs").click()
        self.by_id("f-treatments-add").click()
        self.type_into("f-treatments-0-name", "mycophenolate mofetil")
        self.type_into("f-treatments-0-dose", "1 g twice daily")
        Select(self.by_id("f-treatments-0-outcome")).select_by_value("ongoing")
        self.by_id("f-monitoring-add").click()
        self.type_into("f-monitoring-0-test", "full blood count")
        self.type_into("f-monitoring-0-every", "3 months")
        self.type_into("f-monitoring-0-last_done", "2026-10-06")

    # ---- the tests -----------------------------------------------------------

    def test_new_patient_error_at_its_field_fixed_and_previewed(self):
        self.fill_new_patient(NAME)
        started = self.type_into("f-treatments-0-started", "2025-02-30")
        self.assertIn("1 error(s)", self.checked())
        self.wait_for(lambda: "not a real date" in self.messages_at("f-treatments-0-started"))
        self.assertEqual(started.get_attribute("aria-invalid"), "true")
        # ... and in the YAML view, at its line.
        line = self.yaml().splitlines().index("    started: 2025-02-30") + 1
        self.assertIn(f"Line {line},", self.by_id("yaml-problems").text)
        self.type_into("f-treatments-0-started", "2025-03-01")
        self.wait_for(lambda: self.checked().startswith("No"), message=self.by_id("problems").text)
        self.assertEqual(self.messages_at("f-treatments-0-started"), "")
        self.assertIsNone(started.get_attribute("aria-invalid"))
        text = self.preview_pdf_text()
        self.assertIn(NAME, text)
        self.assertIn("6 Jan 2027", text)  # last done 6 Oct 2026, every 3 months
        # Download PDF saves the same plan.
        self.by_id("download-pdf").click()
        target = os.path.join(self.downloads, "careplan.pdf")
        self.wait_for(lambda: os.path.exists(target) and os.path.getsize(target) > 0)
        with open(target, "rb") as pdf:
            self.assertIn(NAME, pdf_text(pdf.read()))
        os.remove(target)

    def test_example_opened_edited_in_yaml_form_follows_and_back(self):
        example = os.path.join(EXAMPLES, "maria-diffuse-ild.yaml")
        self.by_id("open-file").send_keys(example)
        self.wait_for(lambda: self.by_id("f-patient-name").get_attribute("value")
                      == "María José Álvarez-Núñez")
        self.assertEqual(self.checked()[:2], "No", self.by_id("problems").text)
        with open(example, encoding="utf-8") as source:
            original = source.read()
        self.assertEqual(self.yaml(), original)  # opened as written, comments and all
        self.set_yaml(original.replace("María José Álvarez-Núñez", "María José Edited"))
        self.wait_for(lambda: self.by_id("f-patient-name").get_attribute("value")
                      == "María José Edited")
        care_team = self.driver.find_elements(By.CSS_SELECTOR, "[data-path^='care_team[']")
        self.assertGreater(len(care_team), 2)
        self.type_into("f-patient-name", "María José Back")
        self.wait_for(lambda: "name: María José Back" in self.yaml())
        self.assertIn("María José Back", self.preview_pdf_text())
        # Save profile downloads the YAML as it stands: the record between visits.
        self.by_id("save-profile").click()
        saved = os.path.join(self.downloads, "profile.yaml")
        self.wait_for(lambda: os.path.exists(saved) and os.path.getsize(saved) > 0)
        with open(saved, encoding="utf-8") as f:
            self.assertEqual(f.read(), self.yaml())
        os.remove(saved)

    def test_packet(self):
        self.by_id("new-packet").click()
        self.assertTrue(self.by_id("mode-packet").is_selected())
        self.assertEqual(self.driver.find_elements(By.ID, "f-patient-name"), [])
        self.type_into("f-packet-title", "Scleroderma and you: a packet")
        self.type_into("f-emergency_number", "999")
        self.wait_for(lambda: self.checked().startswith("No"), message=self.by_id("problems").text)
        self.assertIn("packet:", self.yaml())
        self.assertNotIn("patient:", self.yaml())
        self.assertIn("Scleroderma and you: a packet", self.preview_pdf_text())

    def test_a_name_that_looks_like_html_is_shown_as_characters(self):
        self.fill_new_patient(XSS_NAME)
        self.type_into("f-treatments-0-started", "2025-03-01")
        self.type_into("f-patient-date_of_birth", "1968-02-30")  # an error that quotes nothing
        self.type_into("f-patient-preferred_name", XSS_NAME)
        self.checked()
        with self.assertRaises(NoAlertPresentException):
            self.driver.switch_to.alert.text
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, "img"), [])
        self.assertEqual(self.by_id("f-patient-name").get_attribute("value"), XSS_NAME)
        self.assertIn(XSS_NAME, self.yaml())
        # Reopened from the YAML view, the form shows the same characters.
        self.set_yaml(self.yaml().replace("1968-02-30", "1968-02-03"))
        self.wait_for(lambda: self.checked().startswith("No"), message=self.by_id("problems").text)
        self.assertEqual(self.by_id("f-patient-preferred_name").get_attribute("value"), XSS_NAME)
        self.assertEqual(self.driver.find_elements(By.CSS_SELECTOR, "img"), [])
        self.assertIn(XSS_NAME, self.preview_pdf_text())
        with self.assertRaises(NoAlertPresentException):
            self.driver.switch_to.alert.text

    def tab_to(self, element_id, limit=200):
        for _ in range(limit):
            active = self.driver.switch_to.active_element
            if active.get_attribute("id") == element_id:
                return active
            ActionChains(self.driver).send_keys(Keys.TAB).perform()
        self.fail(f"Tab never reached #{element_id}")

    def test_keyboard_only(self):
        self.tab_to("new-patient").send_keys(Keys.ENTER)
        self.tab_to("f-plan_date").send_keys("2026-11-24")
        self.tab_to("f-emergency_number").send_keys("999")
        name = self.tab_to("f-patient-name")
        name.send_keys(NAME)
        # The focus can be seen.
        self.assertNotEqual(name.value_of_css_property("outline-style"), "none")
        self.tab_to("f-patient-date_of_birth").send_keys("1968-04-12")
        self.tab_to("f-diagnosis-organ_involvement-skin").send_keys(Keys.SPACE)
        self.tab_to("f-treatments-add").send_keys(Keys.ENTER)
        # Adding a treatment moves the focus to its first field, which completes medicines.
        self.wait_for(lambda: self.driver.switch_to.active_element.get_attribute("id")
                      == "f-treatments-0-name")
        medicine = self.driver.switch_to.active_element
        self.assertEqual(medicine.get_attribute("list"), "medicine-names")
        options = [o.get_attribute("value") for o in
                   self.driver.find_elements(By.CSS_SELECTOR, "#medicine-names option")]
        self.assertIn("methotrexate", [o.lower() for o in options])
        medicine.send_keys("methotrexate")
        self.tab_to("f-treatments-0-started").send_keys("2024-01")
        outcome = self.tab_to("f-treatments-0-outcome")
        outcome.send_keys("ongoing")
        self.wait_for(lambda: self.checked().startswith("No"), message=self.by_id("problems").text)
        self.assertIn("name: methotrexate", self.yaml())
        self.assertIn("outcome: ongoing", self.yaml())
        self.tab_to("preview-button", 400).send_keys(Keys.ENTER)
        self.wait_for(lambda: self.by_id("download-pdf").is_displayed(), 60)
        self.assertTrue(self.by_id("print-button").is_enabled())

    def test_wrong_date_in_the_yaml_marked_at_its_line_and_reached(self):
        with open(os.path.join(EXAMPLES, "maria-diffuse-ild.yaml"), encoding="utf-8") as source:
            original = source.read()
        # A long file: the wrong date is far below the textarea's first screen.
        padding = "".join(f"# visit note {n}\n" for n in range(150))
        long_text = original.replace("\npatient:\n", "\n" + padding + "patient:\n")
        wrong = long_text.replace("date_of_birth: 1968-04-12", "date_of_birth: 1968-02-30")
        line = wrong.splitlines().index("  date_of_birth: 1968-02-30") + 1
        self.assertGreater(line, 150)
        [cli] = self.cli_messages(wrong)  # "error: ... not a real date ..."
        self.assertIn("not a real date", cli)
        self.assertIn("1 error(s)", self.set_yaml_and_check(wrong, "f-patient-date_of_birth", "1968-02-30"))
        # The gutter marks that line with a symbol, the message is its tooltip.
        self.wait_for(lambda: list(self.gutter_marks()) == [line], message=str(self.gutter_marks()))
        self.assertTrue(self.gutter_marks()[line].startswith("✖"), self.gutter_marks())
        self.assertTrue(self.gutter_marks()[line].endswith(str(line)), self.gutter_marks())
        mark = self.driver.find_element(By.CSS_SELECTOR, f"#yaml-gutter [data-line='{line}']")
        self.assertIn(cli, mark.get_attribute("title"))
        # The list under the editor says it in the CLI's words, by line ...
        entry = self.driver.find_element(By.CSS_SELECTOR, f"#yaml-problems li[data-line='{line}'] button")
        self.assertTrue(entry.text.startswith(f"Line {line}, column "), entry.text)
        self.assertIn(cli, entry.text)
        self.assertIn("yaml-problems", self.by_id("yaml").get_attribute("aria-describedby").split())
        # ... and, used from the keyboard, moves the caret to the line and
        # scrolls it into view, the gutter with it.
        self.assertEqual(self.driver.execute_script(
            "return document.getElementById('yaml').scrollTop"), 0)
        entry.send_keys(Keys.ENTER)
        self.wait_for(lambda: self.caret() == [line, True], message=str(self.caret()))
        geometry = self.driver.execute_script(
            "const t = document.getElementById('yaml'), g = document.getElementById('yaml-gutter');"
            "const m = g.querySelector(`[data-line='${arguments[0]}']`);"
            "const s = getComputedStyle(t);"
            "const expected = t.getBoundingClientRect().top + t.clientTop + parseFloat(s.paddingTop)"
            " + (arguments[0] - 1) * parseFloat(s.lineHeight) - t.scrollTop;"
            "return {scroll: t.scrollTop, gutter: g.scrollTop, mark: m.getBoundingClientRect().top,"
            " expected: expected, top: t.getBoundingClientRect().top, line: parseFloat(s.lineHeight),"
            " window: window.innerHeight,"
            " bottom: t.getBoundingClientRect().top + t.clientHeight};", line)
        self.assertGreater(geometry["scroll"], 0, geometry)
        self.assertEqual(geometry["gutter"], geometry["scroll"], geometry)
        # The mark beside its line (Chrome may snap the text's scrolling by
        # a few pixels), both in the textarea's visible part and on the screen.
        self.assertLess(abs(geometry["mark"] - geometry["expected"]), geometry["line"] / 3, geometry)
        self.assertTrue(geometry["top"] <= geometry["mark"] < geometry["bottom"], geometry)
        self.assertTrue(0 <= geometry["mark"] < geometry["window"] - geometry["line"], geometry)
        # Under the editor, the problem of the caret's line.
        self.assertIn(cli, self.by_id("yaml-here").text)
        # Fixed, the mark and the entry go.
        status = self.set_yaml_and_check(wrong.replace("1968-02-30", "1968-02-03"),
                                         "f-patient-date_of_birth", "1968-02-03")
        self.assertTrue(status.startswith("No"), self.by_id("problems").text)
        # (a warning elsewhere may stay: the example's overdue test)
        self.wait_for(lambda: not any(mark.startswith("✖") for mark in self.gutter_marks().values()),
                      message=str(self.gutter_marks()))
        self.assertNotIn(line, self.gutter_marks())
        self.assertNotIn("error", self.by_id("yaml-problems").text)
        self.assertEqual(self.by_id("yaml-here").text, "")

    def problem_entry(self, words):
        """The entry of the list of problems (under Check) that has WORDS."""
        entries = [button for button in self.driver.find_elements(By.CSS_SELECTOR, "#problems button")
                   if words in button.text]
        self.assertEqual(len(entries), 1, self.by_id("problems").text)
        return entries[0]

    def test_an_entry_in_the_list_of_problems_focuses_its_field(self):
        self.fill_new_patient(NAME)
        self.type_into("f-treatments-0-started", "2025-02-30")
        self.assertIn("1 error(s)", self.checked())
        entry = self.problem_entry("treatments[0].started")
        self.assertTrue(entry.text.startswith("error: "), entry.text)  # as the CLI says it
        self.by_id("f-patient-name").click()  # the focus elsewhere first
        entry.send_keys(Keys.ENTER)
        self.wait_for(lambda: self.driver.switch_to.active_element.get_attribute("id")
                      == "f-treatments-0-started")
        # An edit in the YAML view builds the form again; the entry used at
        # once, before the new check answers, still reaches the new field.
        self.set_yaml(self.yaml().replace("dose: 1 g twice daily", "dose: 1.5 g twice daily"))
        focused = self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            const doseField = () => document.getElementById('f-treatments-0-dose');
            (function wait() {
              const dose = doseField();
              if (!dose || dose.value !== '1.5 g twice daily') { requestAnimationFrame(wait); return; }
              const entry = [...document.querySelectorAll('#problems button')]
                .find((button) => button.textContent.includes('treatments[0].started'));
              if (!entry) { done('no entry'); return; }
              entry.click();
              done([document.activeElement.id, document.getElementById('check-status').textContent]);
            })();""")
        self.assertEqual(focused, ["f-treatments-0-started", "Checking…"])
        self.checked()
        # A problem with no field in the form (an unknown key) goes to its YAML line.
        text = self.yaml().replace("\npatient:\n", "\nfavourite_colour: blue\npatient:\n")
        self.set_yaml_and_check(text.replace("1.5 g", "2 g"), "f-treatments-0-dose", "2 g twice daily")
        line = self.yaml().splitlines().index("favourite_colour: blue") + 1
        self.assertIn("favourite_colour", self.by_id("problems").text)
        self.problem_entry("favourite_colour").click()
        self.wait_for(lambda: self.caret() == [line, True], message=str(self.caret()))

    def test_comments_kept_when_the_form_changes_the_yaml(self):
        self.by_id("open-file").send_keys(os.path.join(EXAMPLES, "maria-diffuse-ild.yaml"))
        self.wait_for(lambda: self.by_id("f-patient-name").get_attribute("value")
                      == "María José Álvarez-Núñez")
        header = [line for line in self.yaml().splitlines()[:2] if line.startswith("#")]
        self.assertEqual(len(header), 2)
        text = self.yaml()
        text = text.replace("\ncare_team:\n  - role: Rheumatologist\n",
                            "\ncare_team:\n  # Dr Okafor retires in March\n  - role: Rheumatologist\n")
        text = text.replace("\n  - role: Respiratory physician\n",
                            "\n  # lung clinic moved to Wing B\n  - role: Respiratory physician\n")
        text = text.replace("  identifier: MRN 004512\n", "  identifier: MRN 004512  # checked 24 Nov\n")
        text += "# end of Maria's record\n"
        text = text.replace("MRN 004512", "MRN 004513")
        status = self.set_yaml_and_check(text, "f-patient-identifier", "MRN 004513")
        self.assertTrue(status.startswith("No"), self.by_id("problems").text)
        self.assertEqual(self.by_id("yaml-status").text, "")  # no warning that comments go
        self.type_into("f-patient-preferred_name", "Majo")
        self.wait_for(lambda: "preferred_name: Majo" in self.yaml())
        lines = self.yaml().splitlines()
        self.assertEqual(lines[:2], header)
        self.assertIn("  identifier: MRN 004513 # checked 24 Nov", lines)
        okafor = lines.index("  # Dr Okafor retires in March")
        self.assertEqual(lines[okafor + 1], "  - role: Rheumatologist")
        wing_b = lines.index("  # lung clinic moved to Wing B")
        self.assertEqual(lines[wing_b + 1], "  - role: Respiratory physician")
        self.assertEqual(lines[-1], "# end of Maria's record")
        # A removed item takes its comment with it; the others stay at theirs.
        self.driver.find_element(By.XPATH, "//button[text()='Remove care team 1']").click()
        self.wait_for(lambda: "Dr Okafor" not in self.yaml())
        lines = self.yaml().splitlines()
        wing_b = lines.index("  # lung clinic moved to Wing B")
        self.assertEqual(lines[wing_b + 1], "  - role: Respiratory physician")
        self.assertEqual(lines[:2], header)
        self.wait_for(lambda: self.checked().startswith("No"), message=self.by_id("problems").text)

    def test_comment_reading_keeps_values_safe(self):
        """The comment reader in the page itself: a '#' inside a value is no comment."""
        result = self.driver.execute_script("""
            const C = window.careplanYamlComments;
            const load = (t) => jsyaml.load(t, {schema: jsyaml.CORE_SCHEMA});
            const dump = (v) => jsyaml.dump(v, {schema: jsyaml.CORE_SCHEMA, lineWidth: -1});
            const text = 'patient:\\n  name: "Ann # Bee"  # quoted\\n  notes: |\\n    # a line of the note\\n'
              + '    more\\n# before treatments\\ntreatments:\\n  - name: x\\n';
            const read = C.read(text, load);
            const model = load(text);
            model.patient.name = 'Ann';
            const written = C.apply(dump(model), read, load);
            const unsafe = C.read('patient: {name: "Ann\\n  # not a comment"}\\n', load);
            return {count: read.count, written: written, unsafe: unsafe,
                    same: C.sameData(load(written), model)};
        """)
        self.assertEqual(result["count"], 2, result)
        self.assertTrue(result["same"], result)
        self.assertIn("  name: Ann # quoted\n", result["written"])
        self.assertIn("    # a line of the note\n", result["written"])
        self.assertIn("# before treatments\ntreatments:\n", result["written"])
        self.assertIsNone(result["unsafe"])

    def test_axe_finds_no_violations(self):
        self.fill_new_patient(NAME)
        self.type_into("f-treatments-0-started", "2025-02-30")  # messages on the page too
        self.wait_for(lambda: "not a real date" in self.messages_at("f-treatments-0-started"))
        Select(self.by_id("f-allergies-choice-kind")).select_by_value("list")
        with open(AXE, encoding="utf-8") as source:
            self.driver.execute_script(source.read())
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document).then(r => done({passes: r.passes.length, violations:"
            " r.violations.map(v => v.id + ': ' + v.help + ' at ' +"
            "  v.nodes.map(n => n.target.join(' ')).join(', '))}))"
            ".catch(e => done({passes: 0, violations: ['axe failed: ' + e]}));")
        self.assertEqual(result["violations"], [])
        self.assertGreater(result["passes"], 10)  # axe did look
        screenshot = os.environ.get("CAREPLAN_SCREENSHOT")
        if screenshot:
            self.by_id("open-file").send_keys(os.path.join(EXAMPLES, "maria-diffuse-ild.yaml"))
            self.wait_for(lambda: self.by_id("f-patient-name").get_attribute("value")
                          == "María José Álvarez-Núñez")
            self.type_into("f-patient-date_of_birth", "1961-02-30")
            self.checked()
            self.driver.execute_script("window.scrollTo(0, 0)")
            self.driver.save_screenshot(screenshot)


def main():
    unittest.main(argv=[sys.argv[0], "-v"])


if __name__ == "__main__":
    main()
