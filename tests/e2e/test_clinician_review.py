"""`careplan explain` lists what a clinician should review before handing a
plan over (issue 13, item 5): where the team's own levels replace the rules'
advice, missing baseline tests, interactions, prior toxicity and stem cell
transplant selection flags, with their sources. None of it is printed in the
patient's PDF. Profiles are written here so each flag can be switched on and
off by one field."""
import os
import re

import e2e_util as u

PROFILE = """format: careplan/v1
plan_date: 2026-11-24
emergency_number: "999"
patient:
  name: Review Person
  date_of_birth: {dob}
  sex: female
diagnosis:
  condition: systemic sclerosis
  subtype: diffuse cutaneous
  diagnosed_on: {diagnosed}
  organ_involvement: [skin, lungs, heart]
  treatment_resistant: true
care_team:
  - role: Nurse line
    name: Nurse advice line
    phone: "+44 20 7946 0012"
    out_of_hours: true
treatments:
  - name: methotrexate
    started: 2024-01
    stopped: 2024-06
    outcome: side effects
    notes: Raised ALT
  - name: nintedanib
    started: 2025-01
    outcome: ongoing
planned:
  - name: stem cell transplant
monitoring:
{monitoring}
home_monitoring:
  - measure: blood_pressure
    act_at: 150/95
    action: Check again after 15 minutes. If still high, call the nurse line the same day.
lifestyle:
  smoking: never
"""

PFT = """  - test: lung function
    last_done: 2026-09-01
    every: 2 years"""


class ClinicianReviewTest(u.TempDirTestCase):
    def explain(self, **fields):
        values = {"dob": "1970-05-01", "diagnosed": "2024-01", "monitoring": "  []"}
        values.update(fields)
        profile = self.path("review.yaml")
        with open(profile, "w", encoding="utf-8") as f:
            f.write(PROFILE.format(**values).replace("monitoring:\n  []", "monitoring: []"))
        code, out, err = u.careplan("explain", profile)
        self.assertEqual(code, 0, err)
        match = re.search(r"\nReview \(for the clinician, not printed in the plan\) \((\d+)\)\n"
                          r"((?:  .*\n)*)", out)
        self.assertIsNotNone(match, out)
        return profile, match.group(2)

    def test_every_kind_of_review_point_is_listed_with_its_source(self):
        _, review = self.explain()
        # The team's level replaced the rules' 140/90 emergency sign.
        self.assertRegex(review, r"team's word: Home blood pressure: the team's level replaces "
                                 r"the rules' sign \"Your blood pressure is 140/90[^\n]*\(emergency\)"
                                 r"[^\n]*\(same day\)")
        # Early diffuse disease with no lung function test recorded.
        self.assertIn("missing baseline: No lung function test recorded in early diffuse disease",
                      review)
        self.assertRegex(review, r"No HRCT chest recorded[^\n]*\[S7, S4\]")
        # Methotrexate stopped for a raised ALT; nintedanib needs liver tests.
        self.assertRegex(review, r"prior toxicity: methotrexate was stopped \(side effects: "
                                 r"\"Raised ALT\"\)\. Watch closely: Nintedanib \(current\) is "
                                 r"monitored with Liver blood tests")
        # Transplant planned for someone with heart involvement.
        self.assertRegex(review, r"stem cell transplant: Heart involvement or PAH[^\n]*\[S26\]")
        self.assertNotIn("Over 60", review)
        self.assertNotIn("5 years or more", review)

    def test_flags_follow_the_profile(self):
        # Recording a lung test removes the missing-baseline flag, and the
        # team's 2-yearly interval is flagged as longer than the rules'.
        _, review = self.explain(monitoring=PFT)
        self.assertNotIn("No lung function test recorded", review)
        # Older, and diagnosed 10 years ago: the selection flags appear.
        _, review = self.explain(dob="1955-01-01", diagnosed="2016-03")
        self.assertIn("stem cell transplant: Over 60", review)
        self.assertIn("stem cell transplant: Disease 5 years or more", review)
        # Later disease: the early-diffuse flag gives way to the general one.
        self.assertNotIn("in early diffuse disease", review)
        self.assertIn("missing baseline: No lung function test recorded. PFTs are part", review)

    def test_interval_longer_than_the_rules_is_flagged(self):
        _, review = self.explain(monitoring="""  - test: echo
    last_done: 2026-01-10
    every: 3 years""")
        self.assertRegex(review, r"team's word: \"echo\": the team's interval \(every 3 years\) is "
                                 r"less often than the rules ask \(yearly")

    def test_nothing_of_the_review_reaches_the_pdf(self):
        profile, review = self.explain()
        pdf = self.path("review.pdf")
        u.render(profile, pdf)
        text = u.normalise_space(" ".join(u.pdf_text_pages(pdf)))
        for phrase in ("EBMT 2025 selection", "for the clinician", "No HRCT chest recorded", "prior toxicity",
                       "Watch closely"):
            self.assertNotIn(phrase, text)


if __name__ == "__main__":
    u.main()
