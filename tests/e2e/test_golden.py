"""Golden dumps: the `plan` and `doc` stages of every example and of a few
test profiles, compared with tests/golden/<profile>.<stage>.txt.

A change to what a plan says (a rule, a guide sentence, the order of the
blocks) shows up here as a readable unified diff. When the change is meant,
accept it and commit the new files with the change:

    CAREPLAN_ACCEPT=1 ctest --test-dir build -R golden
    git diff tests/golden/       # review what the plans now say
"""
import difflib
import os
import sys

import e2e_util as u

GOLDEN = os.path.join(u.SOURCE_DIR, "tests", "golden")
STAGES = ("plan", "doc")
TEST_PROFILES = ("one-treatment.yaml", "empty-minimal.yaml", "accents-plain.yaml")
ACCEPT = os.environ.get("CAREPLAN_ACCEPT") == "1"


def golden_profiles():
    """Paths relative to the source folder, so dumps name files the same way
    on every machine."""
    examples = [os.path.relpath(p, u.SOURCE_DIR) for p in u.example_profiles()]
    tests = [os.path.join("tests", "e2e", "profiles", name) for name in TEST_PROFILES]
    return examples + tests


def golden_path(profile, stage):
    name = os.path.splitext(os.path.basename(profile))[0]
    return os.path.join(GOLDEN, f"{name}.{stage}.txt")


def dump(profile, stage):
    code, out, err = u.careplan("render", profile, "--dump", stage, "-d", u.FIXED_DATE,
                                cwd=u.SOURCE_DIR)
    if code != 0:
        raise AssertionError(f"render {profile} --dump {stage} failed ({code}):\n{err}")
    return out


class GoldenTest(u.TempDirTestCase):
    def test_dumps_match_the_golden_files(self):
        mismatches = []
        for profile in golden_profiles():
            for stage in STAGES:
                actual = dump(profile, stage)
                path = golden_path(profile, stage)
                if ACCEPT:
                    os.makedirs(GOLDEN, exist_ok=True)
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(actual)
                    continue
                try:
                    with open(path, encoding="utf-8") as f:
                        expected = f.read()
                except FileNotFoundError:
                    expected = ""
                if actual != expected:
                    rel = os.path.relpath(path, u.SOURCE_DIR)
                    diff = difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                                fromfile=rel + " (golden)",
                                                tofile=f"{profile} --dump {stage}")
                    mismatches.append("".join(diff))
        if mismatches:
            self.fail("the dumps differ from tests/golden (if the change is meant: "
                      "CAREPLAN_ACCEPT=1 ctest --test-dir build -R golden):\n\n" +
                      "\n".join(mismatches))

    def test_no_stale_golden_files(self):
        expected = {os.path.basename(golden_path(p, s)) for p in golden_profiles() for s in STAGES}
        present = {n for n in os.listdir(GOLDEN) if n.endswith(".txt")}
        self.assertEqual(sorted(present - expected), [],
                         "golden files with no profile: delete them")

    def test_layout_dump_lists_every_page(self):
        profile = golden_profiles()[0]
        out = dump(profile, "layout")
        code, _, err = u.careplan("render", profile, "-o", self.path("p.pdf"), "-d", u.FIXED_DATE,
                                  cwd=u.SOURCE_DIR)
        self.assertEqual(code, 0, err)
        pages = int(u.run(["pdfinfo", self.path("p.pdf")])[1].split("Pages:")[1].split()[0])
        self.assertIn(f", {pages} pages\n", out.splitlines(True)[0])
        self.assertEqual(sum(1 for line in out.splitlines() if line.startswith("page ")), pages)

    def test_a_dump_writes_no_pdf(self):
        profile = os.path.join(u.SOURCE_DIR, golden_profiles()[0])
        code, out, _ = u.careplan("render", profile, "--dump", "doc", cwd=self.tmp)
        self.assertEqual(code, 0)
        self.assertTrue(out.startswith("title "))
        self.assertEqual(os.listdir(self.tmp), [])

    def test_unknown_stage_is_a_usage_error(self):
        code, _, err = u.careplan("render", golden_profiles()[0], "--dump", "pixels",
                                  cwd=u.SOURCE_DIR)
        self.assertEqual(code, 64)
        self.assertIn("--dump expects plan, doc or layout", err)


if __name__ == "__main__":
    u.main()
