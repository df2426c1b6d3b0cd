"""What the printed plan says, checked against the profiles: every treatment
with its outcome, the next-due dates the profile implies (computed here
independently, with month-end clamping), tables that carry their header on
every page they reach, packets with and without forms, warning signs said once, schedule rows
without clinicians' words, and the explain and readability commands."""
import calendar
import datetime
import os
import re
import tempfile

import yaml

import e2e_util as u

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
# How each outcome word of the profile format shows in the treatment table.
OUTCOME_TEXT = {
    "ongoing": "Still taking it",
    "effective": "Worked well",
    "partial response": "(partial response)",
    "inadequate response": "(inadequate response)",
    "intolerance": "(intolerance)",
    "side effects": "side effects",
    "completed": "completed",
}
WORDS = {"weekly": (1, "weeks"), "monthly": (1, "months"), "quarterly": (3, "months"),
         "yearly": (1, "years"), "annually": (1, "years"), "daily": (1, "days"),
         "fortnightly": (2, "weeks")}


def load(profile):
    with open(profile, encoding="utf-8") as f:
        return yaml.safe_load(f)


def as_date(value):
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value))


def add_interval(date, text):
    text = text.strip().lower()
    count, unit = WORDS.get(text, (None, None))
    if count is None:
        number, unit = text.split()
        count = int(number)
        unit = unit if unit.endswith("s") else unit + "s"
    if unit == "days":
        return date + datetime.timedelta(days=count)
    if unit == "weeks":
        return date + datetime.timedelta(weeks=count)
    months = count * (12 if unit == "years" else 1)
    total = date.year * 12 + date.month - 1 + months
    year, month = divmod(total, 12)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return datetime.date(year, month + 1, day)


def display(date):
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def parse_display(text):
    day, month, year = text.split()
    return datetime.date(int(year), MONTHS.index(month) + 1, int(day))


def example(name):
    return os.path.join(u.EXAMPLES, name)


def patient_examples():
    return [p for p in u.example_profiles() if "patient" in load(p)]


class PlanContentTest(u.TempDirTestCase):
    def render_text(self, profile, *extra):
        pdf = self.path(os.path.basename(profile) + ".pdf")
        u.render(profile, pdf, *extra)
        return pdf, u.normalise_space(" ".join(u.pdf_text_pages(pdf)))

    def test_every_treatment_is_printed_with_its_outcome(self):
        for profile in patient_examples() + [u.test_profile("forty-treatments.yaml")]:
            with self.subTest(profile=os.path.basename(profile)):
                _, text = self.render_text(profile, "--date", u.FIXED_DATE)
                for treatment in load(profile).get("treatments") or []:
                    self.assertIn(u.normalise_space(treatment["name"]), text)
                    self.assertIn(OUTCOME_TEXT[treatment["outcome"]], text, treatment)

    def test_next_due_dates_follow_from_last_done_and_interval(self):
        # explain lists each test once, merged over every reason that asks for
        # it (profile entries for the same test keep the latest date and the
        # shortest interval). The next-due date is recomputed here
        # independently and must be what the PDF prints.
        checked = 0
        for profile in patient_examples():
            plan_date = as_date(load(profile)["plan_date"])
            code, out, err = u.careplan("explain", profile)
            self.assertEqual(code, 0, err)
            _, text = self.render_text(profile)
            for interval, last, due_text in re.findall(
                    r"interval: ([^;]+); last done: (\d+ \w+ \d{4})(?: \([^)]*\))?; ([^\n]*)",
                    out):
                # A check done at home has no due date ("Keep going").
                if interval == "none" or due_text.startswith("at home"):
                    continue
                due = add_interval(parse_display(last), interval.replace("every ", ""))
                expected = f"Overdue since {display(due)}" if due < plan_date else display(due)
                with self.subTest(profile=os.path.basename(profile), last=last, every=interval):
                    self.assertIn(expected, text)
                    checked += 1
            # Every last-done date the profile gives is used, unless a later
            # date for the same test superseded it.
            for entry in load(profile).get("monitoring") or []:
                if "last_done" in entry:
                    done = as_date(entry["last_done"])
                    dates = [parse_display(d) for d in re.findall(
                        r"last done: (\d+ \w+ \d{4})", out)]
                    self.assertTrue(any(d >= done for d in dates), entry)
        self.assertGreater(checked, 10)

    def test_overdue_since_is_one_line_in_the_checks_table(self):
        # "Overdue since" never breaks between its words: the "Next due" column
        # is fitted to it and the date goes whole on the next line (three-line
        # cells made every overdue row taller).
        overdue_plans = 0
        for profile in patient_examples():
            with self.subTest(profile=os.path.basename(profile)):
                code, dump, err = u.careplan("render", profile, "--date", u.FIXED_DATE,
                                             "--dump", "layout")
                self.assertEqual(code, 0, err)
                lines = re.findall(r' bold 12\.00 #000000 "(Overdue[^"]*)"', dump)
                if not lines:
                    continue
                overdue_plans += 1
                for line in lines:
                    self.assertRegex(u.normalise_space(line), r"^Overdue since( \d+ \w+ \d{4})?$")
        self.assertGreater(overdue_plans, 4)

    def test_one_test_never_has_two_different_next_due_dates(self):
        # A test is in one row only. Where two rows name the same test (a
        # blood count, and "blood count, kidney and liver blood tests"), they
        # must agree on when it is next due.
        def parts(name):
            name = re.sub(r"\s*\([^)]*\)", "", name.lower())
            return {p.strip() for p in re.split(r",| and ", name) if p.strip()}

        for profile in patient_examples():
            code, out, err = u.careplan("explain", profile)
            self.assertEqual(code, 0, err)
            rows = re.findall(
                r"^  (\S[^\n]*?)(?: \[\w+\]| \(not in the rules\))\n"
                r"    interval: [^;]+; last done: [^;]+; ([^\n]*)$", out, re.M)
            self.assertGreater(len(rows), 3, profile)
            names = [name for name, _ in rows]
            self.assertEqual(len(names), len(set(names)), profile)
            seen = {}
            for name, due in rows:
                for part in parts(name):
                    with self.subTest(profile=os.path.basename(profile), test=part):
                        if part in seen:
                            self.assertEqual(seen[part][1], due, (seen[part][0], name))
                        seen.setdefault(part, (name, due))

    def test_profile_tests_that_belong_to_a_rule_test_use_its_row(self):
        # james: the heart MRI and the right heart catheter test are part of
        # the transplant work-up row, which shows the MRI's date and the
        # catheter test's booked date; maria's blood count dates the
        # mycophenolate bloods.
        _, out, _ = u.careplan("explain", example("james-three-failed-hsct-planned.yaml"))
        self.assertNotIn("(not in the rules)", out)
        self.assertIn("last done: 30 Oct 2026 (cardiac MRI); next due 19 Jan 2027", out)
        _, text = self.render_text(example("james-three-failed-hsct-planned.yaml"))
        self.assertIn("Right heart catheterisation: booked by the transplant centre", text)
        self.assertIn("booked for 19 Jan 2027", text)
        _, out, _ = u.careplan("explain", example("maria-diffuse-ild.yaml"))
        self.assertIn("last done: 6 Oct 2026 (full blood count); next due 6 Jan 2027", out)
        self.assertNotIn("Blood count [blood_count]", out)

    def test_home_checks_have_no_visit_date_and_agree_with_the_checklist(self):
        for name in ("james-three-failed-hsct-planned.yaml",
                     "marcus-diffuse-tocilizumab-smoker.yaml"):
            _, text = self.render_text(example(name))
            with self.subTest(profile=name):
                self.assertIn("Start now", text)
                self.assertNotIn("at least 3 times a week with a validated monitor", text)
                self.assertNotIn("blood pressure log", text.lower())
        _, text = self.render_text(example("james-three-failed-hsct-planned.yaml"))
        self.assertIn("Every 2 days", text)
        # The note words the printed interval only, never a looser choice.
        self.assertIn("Every other day. Most important", text)
        self.assertNotIn("Every other day, or at least 3 times a week", text)
        self.assertNotIn("Ask your care team for yours", text)
        self.assertIn("\"My checks\" in Part 1 lists each test", text)
        # maria's diffuse disease was diagnosed over 5 years ago, with no
        # kidney involvement, steroids or anti-RNA polymerase III: outside the
        # renal-crisis window, so no home blood-pressure check is asked for.
        _, text = self.render_text(example("maria-diffuse-ild.yaml"))
        self.assertNotIn("Blood pressure check at home", text)

    def test_lung_tests_know_the_years_since_diagnosis(self):
        # Every 3 to 6 months in the first year of lung disease (S4), judged
        # from the long end; years later the source gives no number, so the
        # plan invents none and prints no false "overdue".
        template = """format: careplan/v1
plan_date: 2026-11-24
emergency_number: "999"
patient:
  name: Lung Person
diagnosis:
  condition: systemic sclerosis
  subtype: limited cutaneous
{diagnosed}  organ_involvement: [lungs]
care_team:
  - role: Nurse
    name: Nurse line
    phone: "+44 20 7946 0012"
    out_of_hours: true
monitoring:
  - test: PFTs
    last_done: 2026-01-10
"""
        rows = {}
        for name, diagnosed in (("early", "  diagnosed_on: 2026-05\n"),
                                ("late", "  diagnosed_on: 2018-05\n"), ("unknown", "")):
            path = self.path(name + ".yaml")
            with open(path, "w", encoding="utf-8") as f:
                f.write(template.format(diagnosed=diagnosed))
            code, out, err = u.careplan("explain", path)
            self.assertEqual(code, 0, err)
            rows[name] = out.split("Breathing tests (lung function tests)", 1)[1].split("\n")[1]
        self.assertIn("every 3 to 6 months; last done: 10 Jan 2026; OVERDUE since 10 Jul 2026",
                      rows["early"])
        self.assertIn("interval: none; last done: 10 Jan 2026; when needed", rows["late"])
        # No date of diagnosis: the modest choice keeps the first-year checks.
        self.assertIn("every 3 to 6 months", rows["unknown"])

    def test_no_treatments_is_said_in_words(self):
        _, text = self.render_text(u.test_profile("empty-minimal.yaml"), "--date", u.FIXED_DATE)
        self.assertIn("No medicines are recorded now.", text)
        self.assertNotIn("My treatment history", text)

    def continued_headers(self, pdf):
        """For each "(continued)" line, the words of the next few lines."""
        found = []
        for number, page in enumerate(u.pdf_text_pages(pdf), start=1):
            lines = [u.normalise_space(line).strip() for line in page.splitlines()]
            for i, line in enumerate(lines):
                if line == "(continued)":
                    found.append((number, " ".join(lines[i + 1:i + 12])))
        return found

    def test_stress_tables_carry_their_header_on_every_page(self):
        pdf, _ = self.render_text(u.test_profile("stress.yaml"), "--date", u.FIXED_DATE)
        headers = ["Medicine Dose From To Outcome Notes", "Test Why How often Last done Next due",
                   "Medicine and dose What it is for Keep safe",
                   "Check, and why How often Last done Next due", "Check Why, and notes",
                   "Who Name Phone", "Daily habit Mon Tue Wed Thu Fri Sat Sun", "Test Nov 2026",
                   "Test May 2027"]
        continued = self.continued_headers(pdf)
        self.assertGreater(len(continued), 3, "the stress profile's tables should span pages")
        for number, following in continued:
            # A continued table restates its header right away; a continued
            # chart heading is followed by the chart, not a table.
            if following.startswith(("Medicine", "Test", "Who", "Daily", "Check")):
                self.assertTrue(any(following.startswith(h) for h in headers),
                                f"page {number}: {following[:80]!r}")

    def test_treatment_table_spans_pages_with_its_header(self):
        pdf, _ = self.render_text(u.test_profile("forty-treatments.yaml"), "--date", u.FIXED_DATE)
        pages = [u.normalise_space(page) for page in u.pdf_text_pages(pdf)]
        with_header = [p for p in pages if "Medicine Dose From To Outcome Notes" in p]
        self.assertGreaterEqual(len(with_header), 2)
        continued = [f for _, f in self.continued_headers(pdf) if f.startswith("Medicine")]
        self.assertEqual(len(continued), len(with_header) - 1)

    def test_packets_with_and_without_forms(self):
        _, with_forms = self.render_text(os.path.join(u.EXAMPLES, "packet-support-group.yaml"))
        _, without = self.render_text(os.path.join(u.EXAMPLES, "packet-lungs-waiting-room.yaml"))
        for form in ("Forms to fill in", "blood pressure"):
            self.assertIn(form, with_forms)
        self.assertNotIn("Forms to fill in", without)
        self.assertIn("Northside Scleroderma Support Group", with_forms)

    def test_explain_gives_a_reason_for_every_section(self):
        for profile in u.example_profiles():
            with self.subTest(profile=os.path.basename(profile)):
                code, out, err = u.careplan("explain", profile)
                self.assertEqual(code, 0, err)
                match = re.search(r"^Sections \((\d+)\)\n((?:  .*\n)+)", out, re.M)
                self.assertIsNotNone(match, out[:500])
                lines = match.group(2).splitlines()
                self.assertEqual(len(lines), int(match.group(1)))
                for line in lines:
                    self.assertRegex(line, r"^  [a-z0-9_-]+: \S")

    def test_explain_lists_the_printed_sources_with_what_was_read(self):
        # The PDF's Sources list gives citations only; explain gives the same
        # ids, each with the `read` note of templates/rules/sources.yaml.
        with tempfile.TemporaryDirectory() as tmp:
            for name in ("maria-diffuse-ild.yaml", "packet-lungs-waiting-room.yaml"):
                with self.subTest(profile=name):
                    profile = os.path.join(u.EXAMPLES, name)
                    code, out, err = u.careplan("explain", profile)
                    self.assertEqual(code, 0, err)
                    match = re.search(r"^Sources \((\d+)\)\n((?:  .*\n)+)", out, re.M)
                    self.assertIsNotNone(match, out[-800:])
                    ids = re.findall(r"^  (\S+): ", match.group(2), re.M)
                    self.assertEqual(len(ids), int(match.group(1)))
                    self.assertEqual(len(re.findall(r"^    read: \S", match.group(2), re.M)),
                                     len(ids))
                    pdf = os.path.join(tmp, name + ".pdf")
                    u.render(profile, pdf)
                    printed = u.normalise_space(" ".join(u.pdf_text_pages(pdf)))
                    if name.startswith("packet"):
                        # A packet cites each source in full.
                        sources = printed[printed.rindex("Sources"):]
                        for source_id in ids:
                            self.assertIn(source_id + ":", sources)
                    else:
                        # A plan names the ids, said to be for the care team.
                        sources = printed[printed.rindex("Sources (for your care team)"):]
                        listed = re.search(r"\): ([^.]*)\.", sources).group(1).split(", ")
                        self.assertEqual(listed, ids)

    def part_text(self, pdf, start, ends):
        """The text from `start` to the first of `ends` after it, bullets
        removed and spaces normalised (wrapped lines join up again)."""
        text = u.normalise_space(" ".join(u.pdf_text_pages(pdf)).replace("•", " "))
        begin = text.index(start)
        stop = min((i for i in (text.find(end, begin) for end in ends) if i >= 0),
                   default=len(text))
        return text[begin:stop]

    def test_warning_page_says_each_sign_once(self):
        # The signs explain lists, each printed once on the warning-signs
        # page, as the end of its box's sentence ("Call your care team the
        # same day if…"), never as a medicine's instruction repeated there.
        for profile in patient_examples():
            with self.subTest(profile=os.path.basename(profile)):
                code, out, err = u.careplan("explain", profile)
                self.assertEqual(code, 0, err)
                block = re.search(r"^Warning signs \(\d+\)\n((?:  .*\n)+)", out, re.M).group(1)
                signs = re.findall(r"^  (?:emergency|same day): (.*)$", block, re.M)
                self.assertEqual(len(signs), len(set(signs)), signs)
                pdf, _ = self.render_text(profile)
                page = self.part_text(pdf, "My plan at a glance", ["My condition:"])
                for sign in signs:
                    self.assertEqual(page.count(u.normalise_space(sign)), 1, sign)
                for lead in ("Call your care team the same day if you", "Get emergency help if"):
                    self.assertNotIn(lead, page)

    def test_schedule_rows_carry_no_words_meant_for_clinicians(self):
        details = []
        for name in ("general.yaml", "organs.yaml", "medicines.yaml"):
            with open(os.path.join(u.SOURCE_DIR, "templates", "rules", name),
                      encoding="utf-8") as f:
                details += re.findall(r'^\s+detail: "(.*)"$', f.read(), re.M)
        self.assertGreater(len(details), 3)
        for profile in patient_examples():
            with self.subTest(profile=os.path.basename(profile)):
                pdf, _ = self.render_text(profile)
                schedule = self.part_text(pdf, "My checks How to read",
                                          ["Looking after myself and my next visit"])
                for word in ("maintenance", "interval set by", "For: your care team",
                             "For: everyone", "scleroderma, once", "first months ("):
                    self.assertNotIn(word, schedule)
                for detail in details:
                    self.assertNotIn(u.normalise_space(detail)[:40], schedule)

    def test_readability_is_grade_nine_or_below_on_average(self):
        code, out, err = u.careplan("readability")
        self.assertEqual(code, 0, err)
        match = re.search(r"^average grade \(\d+ sections\): (\d+(?:\.\d+)?)$", out, re.M)
        self.assertIsNotNone(match, out)
        self.assertLessEqual(float(match.group(1)), 9.0)


if __name__ == "__main__":
    u.main()
