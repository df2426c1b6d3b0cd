"""Hardening: the document limit on the stress profile of maximal lists (a
clear error, within seconds and bounded memory), interrupted renders that
leave neither a partial PDF nor a temporary file, outputs that never
overwrite a profile (render and batch), and unwritable outputs (exit 73)."""
import os
import re
import signal
import subprocess
import time

import e2e_util as u

PAGE_LIMIT = 500
MEDICINES = ["methotrexate", "mycophenolate mofetil", "cyclophosphamide", "rituximab",
             "tocilizumab", "nintedanib", "omeprazole", "nifedipine"]
TESTS = ["pulmonary function tests", "echo", "liver function tests", "blood count", "hrct",
         "home bp", "creatinine", "ecg"]
WORDS = ["the", "tablets", "made", "breathing", "easier", "but", "nausea", "came", "back",
         "every", "week", "so", "dose", "was", "lower", "after", "review", "nurse"]


def words(chars, seed):
    text, i = [], seed
    while len(" ".join(text)) < chars:
        text.append(WORDS[i % len(WORDS)])
        i = i * 7 + 3
    return " ".join(text)[:chars].rstrip() or "x"


def maximal_profile(entry_notes=2000, notes=20000, entries=1.0):
    """Every list at its limit (50 care team, 200 treatments, 200 monitoring
    entries, 50 goals), notes of `entry_notes` characters each and `notes`
    characters of top-level notes; `entries` scales the list lengths."""
    def count(limit):
        return max(1, int(limit * entries))

    lines = ["format: careplan/v1", "plan_date: 2026-11-24", "patient:", "  name: Ann Lee",
             "diagnosis:", "  condition: systemic sclerosis", "  subtype: diffuse cutaneous",
             "  diagnosed_on: 2004-11",
             "  organ_involvement: [skin, lungs, heart, pulmonary_hypertension, kidneys, "
             "gastrointestinal, raynaud, digital_ulcers, joints, muscles]",
             "care_team:"]
    for i in range(count(50)):
        lines += [f"  - role: Specialist {i}", f"    name: Dr. Person {i}",
                  f"    notes: {words(entry_notes, i)}"]
    lines.append("treatments:")
    for i in range(count(200)):
        year = 2005 + i % 20
        lines += [f"  - name: {MEDICINES[i % 8]}", f"    started: {year}-01",
                  f"    stopped: {year}-06", "    outcome: inadequate response",
                  f"    notes: {words(entry_notes, 100 + i)}"]
    lines.append("monitoring:")
    for i in range(count(200)):
        lines += [f"  - test: {TESTS[i % 8]}", "    last_done: 2026-09-10",
                  f"    every: {1 + i % 12} months", f"    notes: {words(entry_notes, 1000 + i)}"]
    lines += ["lifestyle:", "  goals:"] + [f"    - {words(200, 3000 + i)}" for i in range(count(50))]
    lines.append(f"notes: {words(notes, 42)}")
    return "\n".join(lines) + "\n"


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def run_measured(args):
    """Runs a command; returns (exit code, stderr, seconds, peak RSS in MiB)."""
    start = time.monotonic()
    process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = process.stderr.read().decode("utf-8")
    process.stderr.close()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, stderr, time.monotonic() - start, usage.ru_maxrss / 1024


class PageLimitTest(u.TempDirTestCase):
    def test_maximal_profile_is_refused_quickly_in_bounded_memory(self):
        profile = self.path("max.yaml")
        with open(profile, "w", encoding="utf-8") as f:
            f.write(maximal_profile())
        self.assertLess(os.path.getsize(profile), 1024 * 1024)
        self.assertGreater(os.path.getsize(profile), 900 * 1024)
        out = self.path("max.pdf")
        code, err, seconds, rss_mib = run_measured(
            [u.CAREPLAN, "render", profile, "-o", out, "--date", u.FIXED_DATE])
        print(f"\nmaximal profile: exit {code}, {seconds:.1f} s, peak RSS {rss_mib:.0f} MiB")
        self.assertEqual(code, 65, err)
        match = re.search(r"^" + re.escape(profile) +
                          r": error: the plan would have (\d+) pages; the limit is 500$", err, re.M)
        self.assertTrue(match, err)
        self.assertGreater(int(match.group(1)), 500)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["max.yaml"])
        # About 2 s and 60 MiB in an optimised build; the bounds leave room
        # for the sanitizer build (several times slower and larger).
        self.assertLess(seconds, 60)
        self.assertLess(rss_mib, 1024)

    def test_batch_reports_the_limit_and_renders_the_others(self):
        inputs = self.path("in")
        os.makedirs(inputs)
        with open(os.path.join(inputs, "max.yaml"), "w", encoding="utf-8") as f:
            f.write(maximal_profile())
        with open(u.test_profile("one-treatment.yaml")) as src, \
                open(os.path.join(inputs, "small.yaml"), "w") as dst:
            dst.write(src.read())
        out = self.path("out")
        code, _, err = u.careplan("batch", inputs, "-o", out, "--quiet", "--date", u.FIXED_DATE)
        self.assertEqual(code, 65, err)
        self.assertIn("pages; the limit is 500", err)
        self.assertIn("1 rendered, 1 failed", err)
        self.assertEqual(sorted(os.listdir(out)), ["small.pdf"])


class InterruptTest(u.TempDirTestCase):
    def big_profile(self):
        """A profile of a few hundred pages: a PDF large enough to catch."""
        profile = self.path("big.yaml")
        with open(profile, "w", encoding="utf-8") as f:
            f.write(maximal_profile(entry_notes=300, notes=2000))
        return profile

    def assert_clean(self, folder, pdf):
        names = os.listdir(folder)
        self.assertEqual([n for n in names if n.startswith(".careplan-tmp-")], [],
                         "a temporary file was left")
        if os.path.exists(pdf):  # finished before the signal: a complete file
            code, report = u.qpdf_check(pdf)
            self.assertEqual(code, 0, report)

    def test_sigterm_while_writing_leaves_no_partial_pdf_nor_temp_file(self):
        profile = self.big_profile()
        out_dir = self.path("out")
        caught = 0
        for attempt in range(5):
            os.makedirs(out_dir, exist_ok=True)
            pdf = os.path.join(out_dir, "plan.pdf")
            process = subprocess.Popen([u.CAREPLAN, "render", profile, "-o", pdf, "--date",
                                        u.FIXED_DATE],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Signal as soon as the temporary file appears: mid-write.
            while process.poll() is None:
                if any(name.startswith(".careplan-tmp-") for name in os.listdir(out_dir)):
                    process.send_signal(signal.SIGTERM)
                    caught += 1
                    break
            process.wait(timeout=120)
            self.assert_clean(out_dir, pdf)
            for name in os.listdir(out_dir):
                os.remove(os.path.join(out_dir, name))
        self.assertGreater(caught, 0, "never saw the temporary file: the test proved nothing")

    def test_sigterm_at_any_time_leaves_nothing_partial(self):
        profile = self.big_profile()
        pdf = self.path("plan.pdf")
        for delay in (0.0, 0.05, 0.1, 0.2, 0.4, 0.8):
            process = subprocess.Popen([u.CAREPLAN, "render", profile, "-o", pdf, "--date",
                                        u.FIXED_DATE],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=120)
            self.assert_clean(self.tmp, pdf)
            if os.path.exists(pdf):
                os.remove(pdf)


class OutputSafetyTest(u.TempDirTestCase):
    def copy_profile(self, name):
        path = self.path(name)
        with open(u.test_profile("one-treatment.yaml")) as src, open(path, "w") as dst:
            dst.write(src.read())
        return path

    def test_batch_never_overwrites_a_profile_named_like_its_output(self):
        profile = self.copy_profile("plan.pdf")  # a profile, whatever its name says
        before = read_bytes(profile)
        code, _, err = u.careplan("batch", profile, "-o", self.tmp, "--quiet",
                                  "--date", u.FIXED_DATE)
        self.assertEqual(code, 65, err)
        self.assertIn(f"{profile}: error: the output {profile} would overwrite the profile", err)
        self.assertEqual(read_bytes(profile), before)
        self.assertEqual(os.listdir(self.tmp), ["plan.pdf"])

    def test_render_never_overwrites_a_profile_named_pdf(self):
        profile = self.copy_profile("plan.pdf")
        before = read_bytes(profile)
        code, _, err = u.careplan("render", profile, "--date", u.FIXED_DATE, cwd=self.tmp)
        self.assertEqual(code, 73, err)
        self.assertIn("would overwrite the profile", err)
        self.assertEqual(read_bytes(profile), before)

    def test_output_under_a_regular_file_exits_73(self):
        # CI runs as root, where a read-only folder does not stop writes.
        blocker = self.copy_profile("a-file")
        for out in (os.path.join(blocker, "plan.pdf"), "/etc/hostname/plan.pdf",
                    self.path("no-such-folder/plan.pdf")):
            code, _, err = u.careplan("render", u.test_profile("one-treatment.yaml"), "-o", out,
                                      "--date", u.FIXED_DATE)
            self.assertEqual(code, 73, err)
            folder = os.path.dirname(out)
            self.assertIn(f"careplan: error: {out}: cannot create a file in {folder}: ", err)
            self.assertFalse(os.path.exists(out))
        self.assertEqual(sorted(os.listdir(self.tmp)), ["a-file"])

    def test_batch_output_folder_or_manifest_under_a_regular_file_exits_73(self):
        blocker = self.copy_profile("a-file")
        code, _, err = u.careplan("batch", u.test_profile("one-treatment.yaml"), "-o",
                                  os.path.join(blocker, "out"), "--quiet")
        self.assertEqual(code, 73, err)
        self.assertIn(f"careplan: error: {blocker}/out: Not a directory", err)
        code, _, err = u.careplan("batch", u.test_profile("one-treatment.yaml"), "-o",
                                  self.path("out"), "--manifest",
                                  os.path.join(blocker, "manifest.json"), "--quiet")
        self.assertEqual(code, 73, err)
        self.assertIn(f"{blocker}/manifest.json: cannot create a file in {blocker}", err)


if __name__ == "__main__":
    u.main()
