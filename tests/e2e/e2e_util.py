"""Shared helpers for careplan's end-to-end tests.

Each test script is run by CTest as `python3 test_X.py CAREPLAN_BINARY SOURCE_DIR`
and checks real output with real tools (qpdf, pdftotext, pdfinfo, pdffonts).
"""
import os
import re
import subprocess
import sys
import tempfile
import unittest

CAREPLAN = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else "build/careplan"
SOURCE_DIR = os.path.abspath(sys.argv[2]) if len(sys.argv) > 2 else os.getcwd()
EXAMPLES = os.path.join(SOURCE_DIR, "examples")
PROFILES = os.path.join(SOURCE_DIR, "tests", "e2e", "profiles")
FIXED_DATE = "2026-11-24"


def example_profiles():
    return sorted(os.path.join(EXAMPLES, name) for name in os.listdir(EXAMPLES)
                  if name.endswith((".yaml", ".yml")))


def test_profile(name):
    return os.path.join(PROFILES, name)


def run(args, env=None, cwd=None):
    """Runs a command; returns (exit code, stdout, stderr) as text."""
    full_env = dict(os.environ)
    full_env.pop("SOURCE_DATE_EPOCH", None)
    if env:
        full_env.update(env)
    result = subprocess.run(args, capture_output=True, text=True, env=full_env, cwd=cwd,
                            timeout=120)
    return result.returncode, result.stdout, result.stderr


def careplan(*args, **kwargs):
    return run([CAREPLAN, *args], **kwargs)


def render(profile, out_pdf, *extra):
    code, stdout, stderr = careplan("render", profile, "-o", out_pdf, *extra)
    if code != 0:
        raise AssertionError(f"render {profile} failed ({code}):\n{stdout}\n{stderr}")
    return stderr


def pdf_text_pages(pdf):
    """The text of each page, as pdftotext -raw gives it (keeps word order)."""
    code, stdout, stderr = run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"])
    if code != 0:
        raise AssertionError(f"pdftotext failed: {stderr}")
    pages = stdout.split("\f")
    if pages and pages[-1].strip() == "":
        pages.pop()
    return pages


def pdf_info(pdf):
    code, stdout, stderr = run(["pdfinfo", pdf])
    if code != 0:
        raise AssertionError(f"pdfinfo failed: {stderr}")
    info = {}
    for line in stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def pdf_fonts(pdf):
    """Rows of pdffonts: dicts with name, type, emb, sub, uni."""
    code, stdout, stderr = run(["pdffonts", pdf])
    if code != 0:
        raise AssertionError(f"pdffonts failed: {stderr}")
    rows = []
    for line in stdout.splitlines()[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID
        rows.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return rows


def qpdf_check(pdf):
    code, stdout, stderr = run(["qpdf", "--check", pdf])
    return code, stdout + stderr


def normalise_space(text):
    return re.sub(r"\s+", " ", text)


class TempDirTestCase(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="careplan-e2e-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp, name)


def main():
    # unittest must not see the two positional arguments CTest passes.
    unittest.main(argv=[sys.argv[0], "-v"])
