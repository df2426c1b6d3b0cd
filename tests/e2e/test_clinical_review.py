"""A clinician's fresh-eyes read of the example plans (docs/clinical-review-2026-12.md),
pinned: no generic sentence that contradicts the profile. Each check names the
example where a reviewer found the contradiction, rendered on the review's date."""
import os
import re
import tempfile
import unittest

import e2e_util as u
import yaml

REVIEW_DATE = "2026-12-07"
OLENA = "olena-early-diffuse-kidney-prednisolone.yaml"  # mycophenolate, FBC every 2 weeks
GRACE = "grace-sine-scleroderma-gut.yaml"  # rifaximin, not ciprofloxacin or metronidazole
MARIA = "maria-diffuse-ild.yaml"  # past cyclophosphamide, nintedanib, pregnancy not possible
MARCUS = "marcus-diffuse-tocilizumab-smoker.yaml"  # current smoker, home BP weekly
JAMES = "james-three-failed-hsct-planned.yaml"  # early diffuse, kidneys not involved
DIMITRIS = "dimitris-overlap-pah-heart.yaml"  # a man on methotrexate
TUYET = "tuyet-limited-raynaud.yaml"  # no medicine that weakens the immune system
LI = "li-renal-crisis-pah.yaml"  # bosentan: liver signs

_TMP = tempfile.TemporaryDirectory(prefix="careplan-e2e-review-")
_TEXT = {}
_STDERR = {}


def render_example(name):
    if name not in _TEXT:
        pdf = os.path.join(_TMP.name, name.replace(".yaml", ".pdf"))
        _STDERR[name] = u.render(os.path.join(u.EXAMPLES, name), pdf, "--date", REVIEW_DATE)
        # pdftotext -raw puts a list item's bullet after its first line.
        _TEXT[name] = u.normalise_space(" ".join(u.pdf_text_pages(pdf)).replace("\u2022", " "))
    return _TEXT[name]


def render_edited(name, tag, edit):
    """The example with its YAML text changed by `edit`, as text."""
    with open(os.path.join(u.EXAMPLES, name), encoding="utf-8") as handle:
        original = handle.read()
    changed = edit(original)
    assert changed != original, tag
    profile = os.path.join(_TMP.name, f"{tag}-{name}")
    with open(profile, "w", encoding="utf-8") as handle:
        handle.write(changed)
    pdf = profile.replace(".yaml", ".pdf")
    u.render(profile, pdf, "--date", REVIEW_DATE)
    return u.normalise_space(" ".join(u.pdf_text_pages(pdf)).replace("\u2022", " "))


class ClinicalReviewTest(unittest.TestCase):
    def test_one_row_for_the_blood_count_the_team_takes_more_often(self):
        # Olena's team takes a full blood count every 2 weeks; the rules'
        # mycophenolate default is monthly. One row, the team's interval.
        text = render_example(OLENA)
        self.assertRegex(text, r"Blood count, kidney and liver blood tests: Spots early[^.]*\. "
                               r"For: mycophenolate mofetil\. Every 2 weeks 10 Nov 2026 "
                               r"\(full blood count\) Overdue since 24 Nov 2026")
        self.assertNotIn("Full blood count Some medicines", text)
        self.assertNotIn("For: mycophenolate mofetil. Monthly", text)
        self.assertNotIn("Tests: Full blood count;", text)

    def test_a_blood_test_row_is_named_after_the_part_that_dates_it(self):
        # Li's team takes liver tests monthly (bosentan) and a full blood count
        # every 3 months: the monthly row is the liver tests, not "Blood count,
        # kidney and liver blood tests" beside the 3-monthly blood count.
        text = render_example(LI)
        self.assertRegex(text, r"Liver blood tests: Spots early if a medicine affects your liver\. "
                               r"For: mycophenolate mofetil and bosentan\. Monthly 3 Nov 2026 "
                               r"Overdue since 3 Dec 2026")
        self.assertIn("Full blood count: Some medicines", text)
        self.assertNotIn("Blood count, kidney and liver blood tests", text)
        # María's blood count fills the mycophenolate row; no part has a row
        # of its own there, so the row keeps the whole test's name.
        self.assertRegex(render_example(MARIA),
                         r"Blood count, kidney and liver blood tests: Spots early[^.]*\. "
                         r"For: mycophenolate mofetil\. Every 3 months 6 Oct 2026 "
                         r"\(full blood count\)")

    def test_the_guide_title_says_treatment_resistant_only_to_those_who_are(self):
        # A newly diagnosed reader must not be told by the guide's title that
        # their disease resists treatment; James (treatment_resistant) keeps it.
        for name in (OLENA, GRACE, LI, TUYET, DIMITRIS, MARCUS):
            with self.subTest(name):
                text = render_example(name)
                self.assertIn('from the guide "Living with scleroderma: a patient guide"', text)
                self.assertNotIn("treatment-resistant scleroderma", text)
        self.assertIn('from the guide "Living with treatment-resistant scleroderma"',
                      render_example(JAMES))

    def test_rifaximin_keep_safe_is_a_safety_rule(self):
        # Grace's rifaximin had no keep_safe of its own, so its "Keep safe"
        # cell showed two information lines; now its sourced rules (S63, S58,
        # S62). The pregnancy question stays on page 1 and the medicine page.
        text = render_example(GRACE)
        self.assertRegex(text, r"Call your team the same day about watery or bloody diarrhoea "
                               r"that lasts\. Tell your team how you feel after each course\.")
        # Page 1's pregnancy box names it among the medicines to ask about.
        self.assertIn("rifaximin (antibiotic for gut bacteria), prucalopride and abatacept: "
                      "ask whether each is safe for you now.", text)
        self.assertIn("If you are planning a pregnancy, ask your care team about this "
                      "antibiotic.", text)  # its medicine page

    def test_mycophenolate_keep_safe_says_contraception_to_who_could_become_pregnant(self):
        # Olena (pregnancy possible) takes mycophenolate, which harms an unborn
        # baby (S23): Part 1's medicines table says contraception. María
        # (pregnancy not possible) keeps the sun and vaccine rules.
        olena = render_example(OLENA)
        part1 = olena[:olena.index("Part 2")]
        self.assertIn("If you could become pregnant, use reliable contraception, two kinds if you "
                      "can, until 6 weeks after you stop.", part1)
        maria = render_example(MARIA)
        self.assertNotIn("use reliable contraception, two kinds", maria)
        self.assertIn("Do not have a live vaccine unless your care team agrees.", maria)

    def test_notes_agree_with_the_usual_blood_pressure(self):
        # A usual reading written in the notes is the one in home_monitoring.
        for path in u.example_profiles():
            with open(path, encoding="utf-8") as handle:
                profile = yaml.safe_load(handle)
            usual = {entry.get("usual") for entry in profile.get("home_monitoring") or []
                     if entry.get("measure") == "blood_pressure" and entry.get("usual")}
            for found in re.findall(r"usual blood pressure is about (\d+/\d+)",
                                    profile.get("notes") or ""):
                with self.subTest(os.path.basename(path)):
                    self.assertIn(found, usual)

    def test_no_warning_for_an_antibiotic_not_taken(self):
        text = render_example(GRACE)
        self.assertNotIn("while you take ciprofloxacin or norfloxacin", text)
        self.assertNotIn("With metronidazole", text)
        self.assertNotIn("With ciprofloxacin or norfloxacin", text)
        # Her own antibiotic's advice stays.
        self.assertIn("watery or bloody loose stools that do not stop", text)

    def test_warning_signs_name_only_the_persons_medicines(self):
        for name in (OLENA, GRACE, LI):
            with self.subTest(name):
                self.assertNotIn("you take methotrexate, mycophenolate, cyclophosphamide",
                                 render_example(name))
        olena = render_example(OLENA)
        self.assertIn("Pregnancy: you might be pregnant and you take a medicine that can harm "
                      "an unborn baby", olena)
        self.assertNotIn("Bladder:", olena)
        self.assertNotIn("Liver:", olena)
        self.assertIn("Bladder: you have had cyclophosphamide", render_example(MARIA))
        self.assertIn("Liver: you take a medicine that can affect the liver", render_example(LI))
        self.assertNotIn("Pregnancy: you might be pregnant", render_example(GRACE))

    def test_infection_sign_only_with_a_medicine_that_weakens_immunity(self):
        self.assertNotIn("Infection: your medicine weakens", render_example(TUYET))
        self.assertIn("Infection: your medicine weakens", render_example(MARIA))

    def test_no_pregnancy_checks_for_people_who_cannot_become_pregnant(self):
        for name in (DIMITRIS, JAMES, MARCUS, MARIA, TUYET):
            with self.subTest(name):
                self.assertNotIn("If you could become pregnant", render_example(name))
        # Olena has taken mycophenolate since September: the tests before the
        # first dose are behind her (third PEMAT read: "before you start"
        # steps for a medicine taken for months distract). Planned, they print.
        olena = render_example(OLENA)
        self.assertNotIn("two negative pregnancy tests", olena)
        self.assertNotIn("Before you start, you have blood tests", olena)
        self.assertIn("While you take it, you have blood tests for your blood count", olena)
        planned = render_edited(OLENA, "planned-mmf", lambda text: text.replace(
            "  - name: mycophenolate mofetil\n    dose: 1 g twice a day\n    started: 2026-09-01\n",
            "  - name: sulfasalazine\n    dose: 1 g twice a day\n    started: 2026-09-01\n").replace(
            "\nmonitoring:\n", "\nplanned:\n  - name: mycophenolate mofetil\n    target: 2027-01\n"
            "\nmonitoring:\n"))
        self.assertIn("If you could become pregnant, you need two negative pregnancy tests", planned)
        self.assertIn("Before you start, you have blood tests for your blood count", planned)

    def test_page_one_blood_pressure_sentence_only_where_page_one_has_none(self):
        # Olena's page 1 has her team's level: Part 2 does not wonder whether it does.
        olena = render_example(OLENA)
        self.assertIn("For your blood pressure, follow the level and what to do on page 1", olena)
        self.assertNotIn("If page 1 of this plan gives a blood pressure level", olena)
        self.assertNotIn("If page 1 gives no blood pressure level", olena)
        self.assertNotIn("no proof that taking one before a crisis", olena)

    def test_smoking_words_follow_the_smoking_status(self):
        self.assertNotIn("If you used to smoke", render_example(MARCUS))
        self.assertIn("If you used to smoke, keep it that way", render_example(MARIA))

    def test_kidney_checks_for_a_risk_do_not_say_the_kidneys_are_involved(self):
        for name in (JAMES, MARCUS):
            with self.subTest(name):
                text = render_example(name)
                self.assertNotIn("For: your kidneys", text)
                self.assertIn("For: the risk to your kidneys", text)
        self.assertIn("For: your kidneys", render_example(OLENA))

    def test_home_blood_pressure_follows_the_teams_interval(self):
        # Marcus's team asks for weekly readings: Part 2 gives the experts'
        # advice and points at the team's interval, not a rule of its own.
        text = render_example(MARCUS)
        self.assertNotIn("check your blood pressure at home at least 3 times a week", text)
        self.assertIn("check your blood pressure at home, as often as your care team says", text)

    def test_walk_test_with_oxygen_is_the_oxygen_walk_check(self):
        text = render_example(MARIA)
        self.assertNotIn("not in the test rules", _STDERR[MARIA])
        self.assertNotIn("Six-minute walk test with oxygen saturation Your care team", text)
        self.assertRegex(text, r"Oxygen check while walking: Shows[^0-9]*Every 6 months 3 Jun 2026")

    def test_reflux_advice_has_no_if_for_someone_taking_a_ppi(self):
        for example in (TUYET, GRACE):  # both take omeprazole
            with self.subTest(example=example):
                text = render_example(example)
                self.assertNotIn("If you have reflux medicine", text)
                self.assertIn("Take your reflux medicine (a proton pump inhibitor) as prescribed.",
                              text)


if __name__ == "__main__":
    u.main()
