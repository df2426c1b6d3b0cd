"""The weight log page: it is there when the care team gives a weight level
(home_monitoring) or a checklist item asks to write the weight down, and it
carries one level and one action, the same as page 1's.
"""
import os

import e2e_util as u

DIMITRIS = os.path.join(u.EXAMPLES, "dimitris-overlap-pah-heart.yaml")
GRACE = os.path.join(u.EXAMPLES, "grace-sine-scleroderma-gut.yaml")
LI = os.path.join(u.EXAMPLES, "li-renal-crisis-pah.yaml")
OLENA = os.path.join(u.EXAMPLES, "olena-early-diffuse-kidney-prednisolone.yaml")
TEAM_SIGN = ("Your weight changes by more than 2 kg in 3 days. With swollen ankles or more "
             "breathlessness, this can mean fluid build-up. Call the PH service the same day.")


def flat(page):
    """One line of text, without the bullets pdftotext -raw puts between lines."""
    return u.normalise_space(page.replace("\u2022", " "))


def weight_log_page(pages):
    """The text of the page that starts with the weight log's heading, or None."""
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if "My weight log" in lines[:3]:
            return flat(page)
    return None


class WeightLogTest(u.TempDirTestCase):
    def render_pages(self, profile, name):
        pdf = self.path(name + ".pdf")
        u.render(profile, pdf, "--date", u.FIXED_DATE)
        code, out = u.qpdf_check(pdf)
        self.assertEqual(code, 0, out)
        return u.pdf_text_pages(pdf)

    def test_the_care_teams_level_is_on_page_one_and_on_the_log(self):
        pages = self.render_pages(DIMITRIS, "dimitris")
        self.assertIn(TEAM_SIGN, flat(pages[0] + " " + pages[1]))  # page 1 may run over
        log = weight_log_page(pages)
        self.assertIsNotNone(log)
        self.assertIn("When to act (your care team's level)", log)
        self.assertIn(TEAM_SIGN, log)
        self.assertIn("How to keep the log: Weigh yourself daily.", log)
        self.assertIn("Date Time Weight Notes", log)
        # One level everywhere: the plan never gives another weight change.
        for page in pages:
            self.assertNotIn("2 kg in 3 days, swollen ankles", flat(page))

    def test_the_teams_weekly_weighing_and_whom_to_call(self):
        pages = self.render_pages(GRACE, "grace")
        log = weight_log_page(pages)
        self.assertIsNotNone(log)
        self.assertIn("How to keep the log: Weigh yourself weekly.", log)
        sign = ("Your weight changes by more than 2 kg in a month. If you have lost weight, call "
                "the dietitian. Call: Dietitian (Hannah Kowalczyk), +44 20 7946 0713.")
        self.assertIn(sign, log)
        self.assertIn(sign, flat(pages[0]))
        # The rules' own weight sign gave way to the team's level.
        self.assertNotIn("You are losing weight without trying", flat(" ".join(pages[:8])))

    def test_a_checklist_item_asks_for_it(self):
        log = weight_log_page(self.render_pages(LI, "li"))
        self.assertIsNotNone(log)
        self.assertIn("Why: Weigh yourself regularly and write it down.", log)
        self.assertIn("When to act: call your care team the same day if", log)
        self.assertIn("You are losing weight without trying", log)
        self.assertIn("My usual weight: ________ (ask your care team and write it here).", log)

    def test_no_weight_log_without_a_reason(self):
        self.assertIsNone(weight_log_page(self.render_pages(OLENA, "olena")))


if __name__ == "__main__":
    u.main()
