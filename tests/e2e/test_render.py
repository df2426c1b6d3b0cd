"""Renders every example and the test profiles, and checks the PDFs with
qpdf, pdftotext, pdffonts and pdfinfo: valid files, embedded fonts with
Unicode maps, the patient's name and "Page N of M" on every page, the right
page size, and byte-identical output run after run."""
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


if __name__ == "__main__":
    u.main()
