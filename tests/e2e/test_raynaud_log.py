"""The Raynaud's log page: it is there when a checklist item asks for a log of
the attacks (Raynaud's or finger ulcers), among the log pages after Part 1; it
carries the colour-change drawing and page 1's own sign about a finger that
stays cold, word for word.
"""
import os
import re

import e2e_util as u

OLENA = os.path.join(u.EXAMPLES, "olena-early-diffuse-kidney-prednisolone.yaml")
STAYS_COLD = "A finger or toe stays white, blue or black and cold, even after you warm it"


def flat(page):
    """One line of text, without the bullets pdftotext -raw puts between lines."""
    return u.normalise_space(page.replace("\u2022", " "))


def page_headed(pages, heading):
    """The number (from 0) of the page that starts with the heading, or None."""
    for number, page in enumerate(pages):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if heading in lines[:3]:
            return number
    return None


class RaynaudLogTest(u.TempDirTestCase):
    def render_pages(self, profile, name):
        pdf = self.path(name + ".pdf")
        u.render(profile, pdf, "--date", u.FIXED_DATE)
        code, out = u.qpdf_check(pdf)
        self.assertEqual(code, 0, out)
        return u.pdf_text_pages(pdf)

    def test_the_log_follows_part_one_with_page_ones_sign(self):
        pages = self.render_pages(OLENA, "olena")
        log = page_headed(pages, "My Raynaud's log")
        self.assertIsNotNone(log)
        self.assertLess(page_headed(pages, "My treatment history") or 0, log)
        self.assertLess(log, page_headed(pages, "Part 2: About my condition"))
        text = flat(pages[log])
        self.assertIn(STAYS_COLD, flat(pages[0]))
        self.assertIn("When to act: go to emergency care or call an ambulance (999) if… " +
                      STAYS_COLD, text)
        self.assertIn("Warm usual colour", text)  # the drawing's labels
        self.assertIn("How to keep the log:", text)
        self.assertIn("Each time your fingers or toes turn white or blue, write the date.", text)
        self.assertIn("Date What set it off Colour How long Notes", text)

    def test_only_plans_whose_checklist_asks_for_it(self):
        seen = {True: 0, False: 0}
        patients = [p for p in u.example_profiles() if "packet" not in os.path.basename(p)]
        for profile in patients + [u.test_profile("one-treatment.yaml")]:
            name = os.path.basename(profile)
            with self.subTest(profile=name):
                code, out, err = u.careplan("explain", profile)
                self.assertEqual(code, 0, err)
                match = re.search(r"^Raynaud's log: (yes|no)$", out, re.M)
                self.assertIsNotNone(match, out)
                wanted = match.group(1) == "yes"
                asked = "because: checklist item avoid_raynaud_triggers" in out
                self.assertEqual(wanted, asked)
                pages = self.render_pages(profile, name)
                self.assertEqual(page_headed(pages, "My Raynaud's log") is not None, wanted)
                seen[wanted] += 1
        self.assertGreater(seen[True], 2)
        self.assertGreater(seen[False], 0)


if __name__ == "__main__":
    u.main()
