"""The profile additions as printed: the emergency number in every "call an
ambulance" line (from the profile, else the theme) and no pointer to an
out-of-hours number that is not there; allergies and other medicines with
the medicines; the next appointment on page 1 and every one with the
contacts; booked tests; hours, out-of-hours, caregiver and interpreter;
pregnancy and sex; the care team's own home levels; what changed since the
last plan; guide_sections and --guide-sections; and validate's warnings."""
import os

import e2e_util as u

BASE = """format: careplan/v1
plan_date: 2026-11-24
patient:
  name: Ann Lee
{patient}
diagnosis:
  condition: systemic sclerosis
  organ_involvement: [skin, kidneys, lungs]
care_team:
  - role: Rheumatologist
    name: Dr. Amara Okafor
    phone: "020 7946 0011"
    hours: Weekdays 9am to 5pm
treatments:
  - name: methotrexate
    dose: 15 mg once a week
    started: 2026-01
    outcome: ongoing
    changed_on: 2026-10-01
  - name: mycophenolate mofetil
    started: 2024-01
    stopped: 2026-09-20
    outcome: side effects
monitoring:
  - test: pulmonary function tests
    last_done: 2025-01-10
    every: 3 months
    booked: 2026-12-10
planned:
  - name: nintedanib
{more}
"""


PREGNANCY_TEST = "Pregnancy test"


class ProfileAdditionsTest(u.TempDirTestCase):
    def write(self, name, patient="", more=""):
        path = self.path(name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(BASE.format(patient=patient, more=more))
        return path

    def text(self, profile, *extra):
        pdf = self.path(os.path.basename(profile) + ".pdf")
        u.render(profile, pdf, *extra)
        # pdftotext puts a list's bullet at the end of the item's first line.
        return [u.normalise_space(page.replace(" \u2022\n", " ").replace("\u2022", ""))
                for page in u.pdf_text_pages(pdf)]

    def test_emergency_number_in_every_ambulance_line(self):
        pages = self.text(self.write("a.yaml", more='emergency_number: "999"'))
        text = " ".join(pages)
        self.assertIn("Go to emergency care or call an ambulance (999) if", pages[0])
        self.assertNotIn("call an ambulance if", text)
        self.assertIn("Emergency 999", pages[0])
        self.assertNotIn("out-of-hours number on the first page", text)

    def test_theme_gives_the_number_and_out_of_hours(self):
        theme = self.path("theme.yaml")
        with open(theme, "w") as f:
            f.write('emergency_number: "112"\nout_of_hours: "Ward 7 on call, 020 7946 0999"\n')
        pages = self.text(self.write("b.yaml"), "--theme", theme)
        text = " ".join(pages)
        self.assertIn("call an ambulance (112) if", pages[0])
        self.assertIn("Ward 7 on call, 020 7946 0999", pages[0])
        self.assertIn("Out of hours Ward 7 on call, 020 7946 0999", pages[0])

    def test_without_number_no_pointer_to_a_missing_number(self):
        text = " ".join(self.text(self.write("c.yaml")))
        self.assertNotIn("out-of-hours number on the first page", text)
        self.assertIn("Go to emergency care or call an ambulance if", text)

    def test_allergies_and_other_medicines(self):
        absent = " ".join(self.text(self.write("d1.yaml")))
        self.assertIn("Allergies: not recorded", absent)
        none = " ".join(self.text(self.write("d2.yaml", more="allergies: none")))
        self.assertIn("No known allergies", none)
        listed = " ".join(self.text(self.write("d3.yaml", more=(
            "allergies:\n  - substance: penicillin\n    reaction: rash\n"
            "other_medicines:\n  - name: glyceryl trinitrate spray\n"
            "    dose: as needed for chest pain\n    notes: For angina\n"))))
        self.assertIn("penicillin: rash", listed)
        # One table of every medicine taken now, those for other conditions too.
        self.assertIn("glyceryl trinitrate spray as needed for chest pain For angina", listed)

    def test_appointments_booked_tests_and_contacts(self):
        pages = self.text(self.write("e.yaml", patient=(
            "  interpreter: Vietnamese\n"
            "  caregiver:\n    name: Minh Tran\n    relation: son\n    phone: \"07700 900123\""),
            more=("appointments:\n"
                  "  - date: 2026-11-01\n    with: Old visit\n"
                  "  - date: 2027-01-20\n    with: Lung clinic\n"
                  "  - date: 2026-12-15\n    time: \"10:30\"\n    with: Rheumatology clinic\n"
                  "    place: Outpatients, Level 2\n")))
        first = pages[0]
        text = " ".join(pages)
        self.assertIn("needs an interpreter: Vietnamese", first)
        self.assertIn("Next appointment: 15 Dec 2026 at 10:30, Rheumatology clinic.", first)
        self.assertIn("15 Dec 2026 at 10:30: Rheumatology clinic, Outpatients, Level 2", text)
        self.assertIn("Helps me at home Minh Tran (son): 07700 900123", first)
        self.assertIn("Weekdays 9am to 5pm", pages[-4] + " ".join(pages))
        self.assertIn("My appointments", text)
        self.assertIn("20 Jan 2027: Lung clinic", text)
        self.assertIn("Booked for 10 Dec 2026", text)
        self.assertIn("(lung function tests): booked for 10 Dec 2026", first)
        self.assertNotIn("Overdue since", text)

    def test_changes_since_last_plan(self):
        first = self.text(self.write("f.yaml", more="previous_plan_date: 2026-08-12"))[0]
        self.assertIn("What changed since your last plan (12 Aug 2026)", first)
        self.assertIn("changed methotrexate (1 Oct 2026): now 15 mg once a week", first)
        self.assertIn("stopped mycophenolate mofetil (20 Sep 2026)", first)

    def test_pregnancy_words(self):
        # The plan's own lines (warning sign, baseline test, medicine card);
        # the guide's prose is not tailored (see README).
        # The sign names the medicine it means (methotrexate, taken now; not
        # nintedanib, planned) and says to stop none on one's own.
        sign = ("You might be pregnant while you take methotrexate, which can harm an unborn "
                "baby (do not stop any medicine without advice)")
        unknown = " ".join(self.text(self.write("g1.yaml")))
        self.assertIn(sign, unknown)
        self.assertIn(PREGNANCY_TEST, unknown)
        not_possible = " ".join(self.text(self.write("g2.yaml", patient="  pregnancy: not_possible")))
        self.assertNotIn(sign, not_possible)
        self.assertNotIn(PREGNANCY_TEST, not_possible)
        male = " ".join(self.text(self.write("g3.yaml", patient="  sex: male")))
        self.assertNotIn(PREGNANCY_TEST, male)
        self.assertNotIn(sign, male)
        self.assertIn("Men can usually keep taking it", male)
        planning = self.text(self.write("g4.yaml", patient="  sex: female\n  pregnancy: planning"))
        self.assertIn("You are planning a pregnancy: tell your care team now", planning[0])
        self.assertIn("It can harm an unborn baby", planning[0])

    def test_mens_lines_are_left_out_for_women(self):
        # Tuyết takes sildenafil: the medicine's page in Part 2 keeps its
        # warnings but not the one about erections; a man's plan has it.
        tuyet = os.path.join(u.EXAMPLES, "tuyet-limited-raynaud.yaml")
        woman = " ".join(self.text(tuyet, "--date", u.FIXED_DATE))
        self.assertIn("About your medicine: sildenafil", woman)
        self.assertIn("suddenly lose sight in one or both eyes", woman)
        self.assertNotIn("erection", woman.lower())
        dimitris = os.path.join(u.EXAMPLES, "dimitris-overlap-pah-heart.yaml")
        man = " ".join(self.text(dimitris, "--date", u.FIXED_DATE))
        self.assertIn("An erection that lasts more than 4 hours needs emergency care.", man)

    def test_home_levels_replace_the_generic_advice(self):
        pages = self.text(self.write("h.yaml", more=(
            "home_monitoring:\n  - measure: blood_pressure\n    usual: 125/80\n"
            "    act_at: 150/95\n    action: Check again after 15 minutes.\n"
            "    call: Rheumatologist\n")))
        text = " ".join(pages)
        self.assertIn("Your blood pressure is 150/95 or higher. Check again after 15 minutes. "
                      "Call: Rheumatologist (Dr. Amara Okafor), 020 7946 0011.", text)
        self.assertNotIn("Your blood pressure is 140/90 or higher, or 20 points", text)
        self.assertIn("My usual reading: 125/80", text)

    def test_guide_sections_none_and_option(self):
        with_guide = self.text(self.write("i1.yaml"))
        without = self.text(self.write("i2.yaml", more="preferences:\n  guide_sections: none"))
        self.assertLess(len(without), len(with_guide))
        again = self.text(self.write("i3.yaml", more="preferences:\n  guide_sections: none"),
                          "--guide-sections", "relevant")
        self.assertEqual(len(again), len(with_guide))
        code, _, err = u.careplan("render", self.write("i4.yaml"), "-o", self.path("x.pdf"),
                                  "--guide-sections", "some")
        self.assertEqual(code, 64, err)

    def test_validate_warns_about_missing_routes_and_pregnancy(self):
        code, out, err = u.careplan("validate", self.write("j.yaml"))
        self.assertEqual(code, 0, err)
        self.assertIn("warning: no emergency number", err)
        self.assertIn("warning: no out-of-hours route", err)
        self.assertIn("patient.pregnancy is not given, and methotrexate", err)
        theme = self.path("routes.yaml")
        with open(theme, "w") as f:
            f.write('emergency_number: "999"\nout_of_hours: "NHS 111"\n')
        code, out, err = u.careplan("validate", self.write("k.yaml", patient="  sex: male"),
                                    "--theme", theme)
        self.assertEqual(code, 0, err)
        self.assertNotIn("warning", err)

    def test_render_warns_about_missing_routes_too(self):
        # Whoever prints a single plan sees it, not only whoever validates.
        out_pdf = self.path("routes.pdf")
        code, out, err = u.careplan("render", self.write("m.yaml"), "-o", out_pdf)
        self.assertEqual(code, 0, err)
        self.assertIn("warning: no emergency number", err)
        self.assertIn("warning: no out-of-hours route", err)
        self.assertEqual(err.count("warning: no emergency number"), 1)
        self.assertTrue(os.path.getsize(out_pdf) > 0)


if __name__ == "__main__":
    u.main()
