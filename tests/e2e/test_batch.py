"""Batch mode: many profiles, failures that do not stop the others, a
manifest, identical output whatever -j is, shards that cover every input
once, and interrupted runs that leave only complete PDFs."""
import json
import os
import signal
import subprocess
import sys
import time

import e2e_util as u

GENERATOR = os.path.join(u.SOURCE_DIR, "bench", "generate_profiles.py")


def generate(folder, count, bad=0):
    code, _, err = u.run([sys.executable, GENERATOR, folder, str(count), "--bad", str(bad)])
    assert code == 0, err


def pdfs(folder):
    return sorted(name for name in os.listdir(folder) if name.endswith(".pdf"))


class BatchTest(u.TempDirTestCase):
    def test_bad_profiles_do_not_stop_the_others(self):
        inputs = self.path("in")
        generate(inputs, 47, bad=3)
        out, manifest = self.path("out"), self.path("manifest.json")
        code, _, err = u.careplan("batch", inputs, "-o", out, "-j", "2", "--manifest", manifest,
                                  "--quiet")
        self.assertNotEqual(code, 0)
        self.assertIn("47 rendered, 3 failed", err)
        self.assertEqual(len(pdfs(out)), 47)
        data = json.load(open(manifest, encoding="utf-8"))
        self.assertEqual(len(data["entries"]), 50)
        failed = [e for e in data["entries"] if e["status"] == "failed"]
        self.assertEqual(len(failed), 3)
        for entry in failed:
            self.assertTrue(entry["errors"], entry)
            self.assertTrue(entry["errors"][0].startswith(entry["input"] + ":"), entry)
        for entry in data["entries"]:
            if entry["status"] == "rendered":
                self.assertEqual(os.path.getsize(entry["output"]), entry["bytes"])
                self.assertGreater(entry["pages"], 0)
                self.assertEqual(len(entry["sha256"]), 64)
        # each bad profile's diagnostics name its file
        for name in ("bad-00.yaml", "bad-01.yaml", "bad-02.yaml"):
            self.assertIn(name, err)

    def test_output_is_the_same_whatever_the_number_of_workers(self):
        inputs = self.path("in")
        generate(inputs, 12)
        one, four = self.path("one"), self.path("four")
        for folder, jobs in ((one, "1"), (four, "4")):
            code, _, err = u.careplan("batch", inputs, "-o", folder, "-j", jobs, "--quiet")
            self.assertEqual(code, 0, err)
        self.assertEqual(pdfs(one), pdfs(four))
        for name in pdfs(one):
            self.assertEqual(open(os.path.join(one, name), "rb").read(),
                             open(os.path.join(four, name), "rb").read(), name)
        # ... and the same bytes as `render` makes of the same profile
        single = self.path("single.pdf")
        u.render(os.path.join(inputs, "patient-00003.yaml"), single)
        self.assertEqual(open(single, "rb").read(),
                         open(os.path.join(one, "patient-00003.pdf"), "rb").read())

    def test_shards_cover_every_input_exactly_once(self):
        inputs = self.path("in")
        generate(inputs, 10)
        seen = []
        for k in (1, 2, 3):
            out = self.path(f"shard{k}")
            code, _, err = u.careplan("batch", inputs, "-o", out, "--shard", f"{k}/3", "--quiet")
            self.assertEqual(code, 0, err)
            seen += pdfs(out)
        self.assertEqual(sorted(seen), [f"patient-{i:05d}.pdf" for i in range(10)])

    def test_name_clashes_are_resolved_deterministically(self):
        for folder in ("a", "b"):
            os.makedirs(self.path(folder))
            with open(u.test_profile("one-treatment.yaml")) as src, \
                    open(self.path(f"{folder}/same.yaml"), "w") as dst:
                dst.write(src.read())
        code, _, err = u.careplan("batch", self.path("a"), self.path("b"), "-o", self.path("out"),
                                  "--quiet", "--date", u.FIXED_DATE)
        self.assertEqual(code, 0, err)
        self.assertEqual(pdfs(self.path("out")), ["same-2.pdf", "same.pdf"])

    def test_progress_lines_when_not_a_terminal(self):
        inputs = self.path("in")
        generate(inputs, 3)
        code, _, err = u.careplan("batch", inputs, "-o", self.path("out"), "-j", "1")
        self.assertEqual(code, 0, err)
        self.assertIn("3/3 done", err)

    def test_interrupted_run_leaves_only_complete_pdfs(self):
        inputs = self.path("in")
        generate(inputs, 400)
        out, manifest = self.path("out"), self.path("manifest.json")
        process = subprocess.Popen([u.CAREPLAN, "batch", inputs, "-o", out, "-j", "1",
                                    "--manifest", manifest, "--quiet"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # Wait until some PDFs exist, then interrupt.
        deadline = time.time() + 60
        while time.time() < deadline and (not os.path.isdir(out) or len(pdfs(out)) < 3):
            time.sleep(0.01)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=60)
        leftovers = [name for name in os.listdir(out) if not name.endswith(".pdf")]
        self.assertEqual(leftovers, [], "temporary files left behind")
        for name in pdfs(out):
            code, report = u.qpdf_check(os.path.join(out, name))
            self.assertEqual(code, 0, f"{name}: {report}")
        data = json.load(open(manifest, encoding="utf-8"))
        self.assertEqual(len(data["entries"]), 400)
        rendered = [e for e in data["entries"] if e["status"] == "rendered"]
        self.assertEqual(len(rendered), len(pdfs(out)))
        if len(rendered) < 400:
            self.assertTrue(data["interrupted"])
            self.assertEqual(process.returncode, 128 + signal.SIGINT)
            self.assertIn("not started (interrupted)", err)


if __name__ == "__main__":
    u.main()
