"""Wording a patient can use, checked in the rendered example plans: no program
words for medicines the rules do not know, no label glued to a warning that
already says what to do, the steroid a person takes named, no double brackets
in the questions, care-team notes reflowed, and a plain citation of the guide."""
import os
import re

import e2e_util as u

OLENA = "olena-early-diffuse-kidney-prednisolone.yaml"  # ramipril, prednisolone
GRACE = "grace-sine-scleroderma-gut.yaml"  # prucalopride, which the rules do not describe
DIMITRIS = "dimitris-overlap-pah-heart.yaml"  # macitentan, tadalafil
MARIA = "maria-diffuse-ild.yaml"  # omeprazole, nintedanib, overdue echocardiogram
# A label in front of a sentence that already says what to do.
GLUED_LABEL = re.compile(r"(?:Call the same day|Emergency): (?:Tell|Call|Get|Go|Contact)")

NOTES_PROFILE = """format: careplan/v1
plan_date: 2026-11-24
patient:
  name: Ann Example
diagnosis:
  condition: systemic sclerosis
notes: |
  Keep your whole body warm,
  not just your hands.

  Your son has a copy.
"""


class WordingTest(u.TempDirTestCase):
    def text_of(self, profile):
        pdf = self.path(os.path.basename(profile).replace(".yaml", ".pdf"))
        u.render(profile, pdf, "--date", u.FIXED_DATE)
        return u.pdf_text_pages(pdf)

    def example(self, name):
        return u.normalise_space(" ".join(self.text_of(os.path.join(u.EXAMPLES, name))))

    def test_unknown_medicines_get_plain_honest_words(self):
        for name in (GRACE,):
            with self.subTest(name):
                text = self.example(name)
                self.assertNotIn("rules do not know", text)
                self.assertIn("This plan has no details about this medicine. Ask your care team "
                              "or pharmacist what it is for, what to watch for, and whether it "
                              "needs tests.", text)

    def test_no_label_is_glued_to_a_warning(self):
        for name in (OLENA, DIMITRIS, MARIA):
            with self.subTest(name):
                text = self.example(name)
                self.assertIsNone(GLUED_LABEL.search(text), GLUED_LABEL.search(text))
        # The sign itself is in page 1's same-day box, whole.
        self.assertIn("You have unusual bleeding or bruising", self.example(MARIA))

    def test_steroid_card_names_prednisolone(self):
        text = self.example(OLENA)
        self.assertIn("A dose of prednisolone or prednisone above 15 mg a day", text)
        self.assertNotIn("Calm inflammation", text)
        self.assertIn("Calms inflammation (swelling and pain caused by the immune system).", text)

    def test_overdue_question_has_no_double_brackets(self):
        text = self.example(MARIA)
        self.assertNotIn(") (overdue", text)
        self.assertIn("When can I have my heart ultrasound (echocardiogram), overdue since "
                      "14 Oct 2026?", text)

    def test_notes_are_reflowed_into_paragraphs(self):
        profile = self.path("notes.yaml")
        with open(profile, "w", encoding="utf-8") as f:
            f.write(NOTES_PROFILE)
        pages = self.text_of(profile)
        notes = [page for page in pages
                 if "Notes from my care team" in page and "Contents" not in page][0]
        lines = [line.strip() for line in notes.splitlines()]
        # -raw keeps each printed line: the YAML line break is gone, the blank
        # line's paragraph break is kept.
        self.assertIn("Keep your whole body warm, not just your hands.", lines)
        self.assertIn("Your son has a copy.", lines)

    def test_guide_is_cited_plainly(self):
        # A packet prints the citations (a plan names the ids only).
        text = self.example("packet-support-group.yaml")
        match = re.search(r"G1: (.*?)\. ", text)
        self.assertIsNotNone(match)
        self.assertIn("patient guide", match.group(1))
        for internal in ("careplan", "owner", "supplied"):
            self.assertNotIn(internal, match.group(1))


if __name__ == "__main__":
    u.main()
