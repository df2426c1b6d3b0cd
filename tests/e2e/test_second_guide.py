"""A whole second guide is data: the invented Quillon's disease guide in
tests/guides/quillon-disease (its own organs, subtypes, antibody, medicine
class, medicine, tests, sections, sources and rules folder) is installed
beside the bundled guide in a copy of templates/, and a profile that asks for
it validates, selects, schedules and renders end to end with no C++ change.
The PDF is checked with qpdf --check and read back with pdftotext."""
import os
import shutil

import e2e_util as u

GUIDE = "quillon-disease"
GUIDE_DIR = os.path.join(u.SOURCE_DIR, "tests", "guides", GUIDE)

PROFILE = """format: careplan/v1
plan_date: 2026-11-24
guide: quillon-disease
emergency_number: "999"
patient:
  name: Ada Quill
diagnosis:
  condition: Quillon's disease
  subtype: early quill
  diagnosed_on: 2025-06
  organ_involvement: [ears, elbows]
  antibodies: [AQA]
care_team:
  - role: Quill clinic
    name: Dr Spine
    phone: "0100 000 000"
  - role: Out-of-hours
    name: Night line
    phone: "0100 999 999"
    out_of_hours: true
treatments:
  - name: Zorbi
    started: 2026-10-01
    outcome: ongoing
monitoring:
  - test: quill check
    last_done: 2026-10-01
"""


class SecondGuideTest(u.TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.templates = self.path("templates")
        shutil.copytree(os.path.join(u.SOURCE_DIR, "templates"), self.templates)
        shutil.copytree(GUIDE_DIR, os.path.join(self.templates, "guides", GUIDE))
        with open(os.path.join(self.templates, "guides", "index.yaml"), "a",
                  encoding="utf-8") as index:
            index.write(f"  - id: {GUIDE}\n    title: \"Quillon's disease\"\n    language: en\n")

    def write(self, name, text):
        path = self.path(name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def careplan(self, *args):
        return u.careplan(*args, "--templates", self.templates)

    def test_renders_end_to_end(self):
        profile = self.write("ada.yaml", PROFILE)
        pdf = self.path("ada.pdf")
        code, stdout, stderr = self.careplan("render", profile, "-o", pdf)
        self.assertEqual(code, 0, stdout + stderr)
        code, report = u.qpdf_check(pdf)
        self.assertEqual(code, 0, report)
        pages = u.pdf_text_pages(pdf)
        text = u.normalise_space(" ".join(pages))
        # The organs in the guide's own plain words, on page 1.
        self.assertIn("ears (quills in the ear canal) and elbows", u.normalise_space(pages[0]))
        # Its sections, chosen by its own conditions.
        for title in ("What Quillon's disease is", "Looking after your ears",
                      "About your medicine: zorbitant"):
            self.assertIn(title, text)
        # Its medicine (matched through an alias) with its warning sign.
        self.assertIn("Zorbitant", text)
        self.assertIn("Your quills turn blue", text)
        self.assertNotIn("no details about this medicine", text)
        # Its tests, scheduled: the profile's quill count dates the row; the
        # ear check comes from the organ, the eye sign from the antibody.
        self.assertIn("Quill count at the clinic", text)
        self.assertIn("Ear check", text)
        self.assertIn("A quill grows into your eye", text)
        self.assertIn("You suddenly cannot hear", text)
        self.assertIn("Keep your ears dry after washing", text)
        # The guide's own name for the condition; nothing of the bundled guide.
        self.assertIn("Every caution for your medicines for Quillon's disease", text)
        self.assertNotIn("scleroderma", text.lower())
        self.assertIn("Quillon's disease", u.pdf_info(pdf).get("Keywords", ""))

    def test_explain_uses_the_guides_words(self):
        profile = self.write("ada.yaml", PROFILE)
        code, stdout, stderr = self.careplan("explain", profile)
        self.assertEqual(code, 0, stdout + stderr)
        self.assertIn("Quill count at the clinic [quill_count]", stdout)
        self.assertIn("because: everyone with Quillon's disease (yearly) [S1]", stdout)
        self.assertIn("because: antibody: anti_quill [S1]", stdout)
        self.assertIn("Blood-pressure log: no", stdout)

    def test_the_bundled_guide_still_renders_from_the_same_templates(self):
        example = os.path.join(u.EXAMPLES, "maria-diffuse-ild.yaml")
        if not os.path.exists(example):
            example = u.example_profiles()[0]
        pdf = self.path("example.pdf")
        code, stdout, stderr = self.careplan("render", example, "-o", pdf)
        self.assertEqual(code, 0, stdout + stderr)
        self.assertIn("scleroderma", " ".join(u.pdf_text_pages(pdf)).lower())

    def test_the_other_guides_words_are_errors_with_a_hint(self):
        profile = self.write("bad.yaml", PROFILE.replace("[ears, elbows]", "[ears, lungs, elbow]"))
        code, stdout, stderr = self.careplan("validate", profile)
        self.assertNotEqual(code, 0)
        self.assertIn(f"{profile}:11:29: error: diagnosis.organ_involvement[1]: expected one of "
                      "elbows or ears, got \"lungs\"", stderr)
        self.assertIn(f"{profile}:11:36: error: diagnosis.organ_involvement[2]: expected one of "
                      "elbows or ears, got \"elbow\"\n  hint: did you mean \"elbows\"?", stderr)


if __name__ == "__main__":
    u.main()
