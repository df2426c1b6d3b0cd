"""Renders every example and the test profiles, and checks the PDFs with
qpdf, pdftotext, pdffonts and pdfinfo: valid files, embedded fonts with
Unicode maps, the patient's name and "Page N of M" on every page, the right
page size, and byte-identical output run after run. PageFillTest checks how
pages are filled: no near-empty spill pages, the urgent signs on page 1, and
phone numbers never broken."""
import glob
import json
import os
import re

import e2e_util as u
import yaml_lite

PAGE_SIZES = {"A4": (595, 842), "letter": (612, 792)}


def expected_page_size(profile):
    text = open(profile, encoding="utf-8").read()
    return "letter" if re.search(r"^\s*page_size:\s*letter\s*$", text, re.M) else "A4"


class RenderTest(u.TempDirTestCase):
    def profiles(self):
        return u.example_profiles() + [u.test_profile(name) for name in
                                       ("stress.yaml", "empty-minimal.yaml",
                                        "one-treatment.yaml")]

    def check_pdf(self, profile, pdf):
        code, report = u.qpdf_check(pdf)
        self.assertEqual(code, 0, f"qpdf --check failed for {profile}:\n{report}")

        fonts = u.pdf_fonts(pdf)
        self.assertGreaterEqual(len(fonts), 1)
        for font in fonts:
            self.assertEqual((font["emb"], font["uni"]), ("yes", "yes"), f"{profile}: {font}")

        info = u.pdf_info(pdf)
        width, height = (float(x) for x in re.findall(r"[\d.]+", info["Page size"])[:2])
        expected = PAGE_SIZES[expected_page_size(profile)]
        self.assertEqual((round(width), round(height)), expected, profile)

        pages = u.pdf_text_pages(pdf)
        self.assertEqual(len(pages), int(info["Pages"]))
        header = yaml_lite.header_text(profile)
        for number, page in enumerate(pages, start=1):
            flat = u.normalise_space(page)
            self.assertIn(f"Page {number} of {len(pages)}", flat, f"{profile} page {number}")
            self.assertIn(u.normalise_space(header), flat, f"{profile} page {number}")

    def test_every_profile_renders_a_valid_pdf(self):
        for profile in self.profiles():
            with self.subTest(profile=os.path.basename(profile)):
                pdf = self.path(os.path.basename(profile) + ".pdf")
                u.render(profile, pdf, "--date", u.FIXED_DATE)
                self.check_pdf(profile, pdf)

    def test_same_input_gives_the_same_bytes(self):
        for profile in (u.example_profiles()[0], u.test_profile("stress.yaml")):
            first, second = self.path("a.pdf"), self.path("b.pdf")
            u.render(profile, first, "--date", u.FIXED_DATE)
            u.render(profile, second, "--date", u.FIXED_DATE)
            self.assertEqual(open(first, "rb").read(), open(second, "rb").read(), profile)

    def test_source_date_epoch_sets_the_creation_date(self):
        pdf = self.path("plan.pdf")
        code, _, err = u.careplan("render", u.test_profile("one-treatment.yaml"), "-o", pdf,
                                  "--date", u.FIXED_DATE, env={"SOURCE_DATE_EPOCH": "86400"})
        self.assertEqual(code, 0, err)
        self.assertIn("1970", u.pdf_info(pdf).get("CreationDate", ""))

    def test_metadata(self):
        pdf = self.path("plan.pdf")
        profile = os.path.join(u.EXAMPLES, "maria-diffuse-ild.yaml")
        u.render(profile, pdf)
        info = u.pdf_info(pdf)
        self.assertEqual(info["Title"], "Care plan for María José Álvarez-Núñez")
        self.assertRegex(info["Creator"], r"^careplan \d+\.\d+\.\d+$")
        self.assertIn("2026", info["CreationDate"])


def is_large_print(profile_text):
    return re.search(r"^\s*large_print:\s*true\s*$", profile_text, re.M) is not None


def body_fills(pdf, large_print):
    """How far down the body each page is inked, from 0 (blank) to 1 (to the
    bottom margin), from a 20 dpi greyscale rendering: text, rules, form rows
    and frames all count."""
    margin_pt = (25 if large_print else 20) * 72 / 25.4
    out_dir = os.path.dirname(pdf)
    prefix = os.path.join(out_dir, "fill")
    code, _, err = u.run(["pdftoppm", "-gray", "-r", "20", pdf, prefix])
    if code != 0:
        raise AssertionError(f"pdftoppm failed: {err}")
    files = glob.glob(prefix + "-*.pgm")
    files.sort(key=lambda name: int(re.search(r"-(\d+)\.pgm$", name).group(1)))
    fills = []
    for name in files:
        with open(name, "rb") as f:
            magic, size, _, pixels = f.read().split(b"\n", 3)
        os.remove(name)
        assert magic == b"P5"
        width, height = map(int, size.split())
        margin = margin_pt * 20 / 72
        top, bottom = int(margin) + 1, height - int(margin) - 1
        last = top
        for y in range(top, bottom):
            if min(pixels[y * width:(y + 1) * width]) < 160:
                last = y
        fills.append((last - top) / (bottom - top))
    return fills


def body_lines(pdf):
    """The text lines of each page without the running header's first line
    and the footer (the line with "Page N of M"), from pdftotext -layout."""
    code, stdout, err = u.run(["pdftotext", "-layout", pdf, "-"])
    if code != 0:
        raise AssertionError(f"pdftotext failed: {err}")
    pages = []
    for text in stdout.split("\f")[:-1]:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        pages.append([line for line in lines[1:]
                      if not re.search(r"Page \d+ of \d+", line)])
    return pages


def part_start_pages(pdf):
    """The pages (1-based) on which a top-level part begins, from the
    bookmarks."""
    code, stdout, err = u.run(["qpdf", "--json", "--json-key=outlines", pdf])
    if code != 0:
        raise AssertionError(f"qpdf --json failed: {err}")
    return {entry["destpageposfrom1"] for entry in json.loads(stdout)["outlines"]}


class PageFillTest(u.TempDirTestCase):
    # A page inked less than this far down its body is nearly empty. The
    # paginator fills the last page of a run (the pages between two forced
    # breaks) to at least 0.3 of the body in box heights, or pulls it back
    # onto the page before; ink stops up to a line's spacing and a gap above
    # that, so 0.2 leaves room for that and still catches the spill pages it
    # prevents (two or three lines: 0.03 to 0.15).
    NEARLY_EMPTY = 0.2

    def variant(self, example, name, edit):
        text = open(os.path.join(u.EXAMPLES, example), encoding="utf-8").read()
        path = self.path(name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(edit(text))
        return path

    def large_print_letter(self, text):
        # The large-print example on letter paper (shorter pages than A4).
        return re.sub(r"^(\s*)page_size:\s*A4\s*$", r"\1page_size: letter", text, flags=re.M)

    def test_no_page_is_nearly_empty(self):
        # Every example, one with the clinic theme, and large print on letter.
        # Deliberately short: the page a part begins on (a short part, such
        # as the questions page or a form, is as long as it is) and the last.
        renders = [(p, ()) for p in u.example_profiles()]
        renders.append((os.path.join(u.EXAMPLES, "maria-diffuse-ild.yaml"),
                        ("--theme", os.path.join(u.SOURCE_DIR, "templates", "themes",
                                                 "example-clinic.yaml"))))
        renders.append((self.variant("tuyet-limited-raynaud.yaml", "tuyet-letter.yaml",
                                     self.large_print_letter), ()))
        for profile, extra in renders:
            name = os.path.basename(profile) + ("-theme" if extra else "")
            with self.subTest(profile=name):
                pdf = self.path(name + ".pdf")
                u.render(profile, pdf, "--date", u.FIXED_DATE, *extra)
                large = is_large_print(open(profile, encoding="utf-8").read())
                fills = body_fills(pdf, large)
                exempt = part_start_pages(pdf) | {len(fills)}
                for number, fill in enumerate(fills, start=1):
                    if number not in exempt:
                        self.assertGreaterEqual(fill, self.NEARLY_EMPTY,
                                                f"{name}: page {number} of {len(fills)}")
                self.check_nothing_stranded(name, body_lines(pdf))

    def check_nothing_stranded(self, name, pages):
        # A lead-in ("What to watch for:") never ends a page; the weekly
        # tracker's heading is on its chart's page; a form never carries only
        # blank rows, under its repeated header, onto a page.
        for number, lines in enumerate(pages, start=1):
            where = f"{name}: page {number} of {len(pages)}"
            if number < len(pages) and lines:
                self.assertFalse(lines[-1].endswith(":"), f"{where} ends with {lines[-1]!r}")
            if "My week" in lines:
                self.assertTrue(any(line.startswith("Daily habit") for line in lines), where)
            # (A running header of two lines leaves one before "(continued)".)
            if "(continued)" in lines[:2] and number > 1:
                rest = lines[lines.index("(continued)") + 1:]
                before = set(pages[number - 2])
                self.assertFalse(all(line in before for line in rest),
                                 f"{where} holds only a repeated header and blank rows")

    def test_first_page_has_the_urgent_signs(self):
        theme = os.path.join(u.SOURCE_DIR, "templates", "themes", "example-clinic.yaml")
        renders = [(p, ()) for p in u.example_profiles()
                   if "patient:" in open(p, encoding="utf-8").read()]
        renders.append((self.variant("tuyet-limited-raynaud.yaml", "tuyet-letter.yaml",
                                     self.large_print_letter), ()))
        renders.append((os.path.join(u.EXAMPLES, "maria-diffuse-ild.yaml"), ("--theme", theme)))
        for profile, extra in renders:
            name = os.path.basename(profile) + ("-theme" if extra else "")
            with self.subTest(profile=name):
                pdf = self.path(name + ".pdf")
                u.render(profile, pdf, "--date", u.FIXED_DATE, *extra)
                pages = [u.normalise_space(page.replace("\u2022", " "))
                         for page in u.pdf_text_pages(pdf)]
                self.assertIn("My plan at a glance", pages[0])
                # Every emergency sign the rules select is on page 1, whole,
                # and on no other page (page 1 is its one place).
                code, out, err = u.careplan("explain", profile, "--date", u.FIXED_DATE)
                self.assertEqual(code, 0, err)
                block = re.search(r"^Warning signs \(\d+\)\n((?:  .*\n)+)", out, re.M).group(1)
                signs = re.findall(r"^  emergency: (.*)$", block, re.M)
                self.assertTrue(signs)
                for sign in signs:
                    self.assertIn(u.normalise_space(sign), pages[0], sign)
                    for page in pages[1:]:
                        # The log page prints the action level it is kept for.
                        if not page.startswith(("My blood-pressure log", "My Raynaud's log")):
                            self.assertNotIn(u.normalise_space(sign), page, sign)

        # Normal print with the clinic's logo: who to call out of hours is on
        # page 1 with the emergency signs; with María's many same-day signs
        # the next checks follow on page 2.
        pages = u.pdf_text_pages(self.path("maria-diffuse-ild.yaml-theme.pdf"))
        self.assertIn("Out of hours", u.normalise_space(pages[0]))
        self.assertIn("My next checks", u.normalise_space(pages[0] + pages[1]))

    def test_phone_numbers_are_never_broken(self):
        def international(text):
            return (text.replace('"020 7946 0321"', '"+44 20 7946 0321"')
                    .replace('"020 7946 0000"', '"+44 20 7946 0000"'))
        phones = ["+44 20 7946 0321", "020 7946 0322", "020 7946 0323", "+44 7700 900123",
                  "+44 20 7946 0000"]
        emails = ["h.carter@example.org", "hand.therapy@example.org",
                  "wound.clinic@example.org"]
        profiles = [
            self.variant("tuyet-limited-raynaud.yaml", "intl-a4.yaml", international),
            self.variant("tuyet-limited-raynaud.yaml", "intl-letter.yaml",
                         lambda text: self.large_print_letter(international(text))),
        ]
        for profile in profiles:
            with self.subTest(profile=os.path.basename(profile)):
                pdf = self.path(os.path.basename(profile) + ".pdf")
                u.render(profile, pdf, "--date", u.FIXED_DATE)
                code, text, err = u.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf, "-"])
                self.assertEqual(code, 0, err)
                lines = [re.sub(r"[ \u00a0]+", " ", line) for line in text.splitlines()]
                for phone in phones:
                    # Whole on one line wherever it is (page 1's "Who to call"
                    # and the full care-team list).
                    whole = sum(phone in line for line in lines)
                    self.assertGreaterEqual(whole, 1, phone)
                for email in emails:
                    self.assertTrue(any(email in line for line in lines), email)


if __name__ == "__main__":
    u.main()
