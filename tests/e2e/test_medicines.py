"""The medicines people with scleroderma take beside the immune treatments
(ACE inhibitors, calcium channel blockers, PDE5 inhibitors, ERAs, PPIs, ...):
every example renders a card with details for each medicine the rules
describe, and "no details" only for names that medicines.yaml does not know
(read from the data, not pinned). The renal-crisis/PAH example gets the
kidney-team advice for ramipril and the emergency warning that GTN never
meets sildenafil, on the cards, the warning signs and in `careplan explain`."""
import os
import re

import yaml

import e2e_util as u

LI = os.path.join(u.EXAMPLES, "li-renal-crisis-pah.yaml")
NO_DETAILS = "This plan has no details about this medicine."
# The medicines of the issue, as the new example writes them.
NEW_MEDICINES = ("ramipril", "sildenafil", "bosentan", "omeprazole", "nifedipine", "GTN spray")


def normalised(name):
    return re.sub(r"\s+", " ", str(name).strip().lower())


def known_spellings():
    """Every spelling medicines.yaml accepts (aliases, ids, names), lowercase."""
    path = os.path.join(u.SOURCE_DIR, "templates", "rules", "medicines.yaml")
    with open(path, encoding="utf-8") as f:
        rules = yaml.safe_load(f)
    spellings = set()
    for medicine in rules["medicines"]:
        spellings.update(medicine["aliases"])
        spellings.add(medicine["id"])
        spellings.add(normalised(medicine["name"]))
    return spellings


def card_names(profile_path):
    """Names that get a card: treatments not stopped and planned therapies."""
    with open(profile_path, encoding="utf-8") as f:
        profile = yaml.safe_load(f)
    names = [t["name"] for t in profile.get("treatments") or [] if not t.get("stopped")]
    names += [p["name"] for p in profile.get("planned") or []]
    unique = []
    for name in names:
        if normalised(name) not in [normalised(n) for n in unique]:
            unique.append(name)
    return unique


class MedicinesTest(u.TempDirTestCase):
    def text(self, profile):
        pdf = self.path(os.path.basename(profile).replace(".yaml", ".pdf"))
        u.render(profile, pdf, "--date", u.FIXED_DATE)
        # pdftotext -raw puts list bullets at the ends of lines: drop them.
        return u.normalise_space(" ".join(u.pdf_text_pages(pdf)).replace("•", " "))

    def test_no_details_only_for_names_the_rules_do_not_know(self):
        spellings = known_spellings()
        for profile in u.example_profiles():
            with open(profile, encoding="utf-8") as f:
                if "packet" in yaml.safe_load(f):
                    continue
            with self.subTest(os.path.basename(profile)):
                unknown = [n for n in card_names(profile) if normalised(n) not in spellings]
                self.assertEqual(self.text(profile).count(NO_DETAILS), len(unknown), unknown)

    def test_each_new_medicine_has_a_card_with_details(self):
        text = self.text(LI)
        self.assertNotIn(NO_DETAILS, text)
        for name in NEW_MEDICINES:
            with self.subTest(name):
                # The card heading names the medicine as written (then the rules'
                # name), and the card says what it is for.
                self.assertRegex(text, re.escape(name) + r"(?: \([a-zA-Z0-9 ]+\))? Status You take "
                                 r"it now Dose [^:]*? What it is for [A-Z]")

    def test_ace_inhibitor_after_renal_crisis_is_never_stopped_without_the_kidney_team(self):
        self.assertIn("never stop it or lower the dose without talking to your kidney team",
                      self.text(LI))

    def test_gtn_with_sildenafil_is_an_emergency_warning(self):
        text = self.text(LI)
        self.assertIn("Emergency: you take a nitrate (such as GTN spray) and sildenafil or "
                      "tadalafil. Never use them together", text)
        # On both cards: the sildenafil card and the GTN spray card.
        self.assertEqual(text.count("Emergency: you take a nitrate (such as GTN spray)"), 2)
        # And first in both rows of the medicines table, in its short words, and
        # only once in each: sildenafil's own nitrate rule is left out.
        self.assertEqual(text.count("Never use GTN, any other nitrate or poppers with sildenafil or "
                                    "tadalafil."), 2)
        self.assertNotIn("Never use GTN, any other nitrate or poppers while you take it.", text)
        # One line on the warning signs for the medicine's own sign and the interaction.
        sign = ("Your chest hurts or feels tight while you take sildenafil or tadalafil: do not use "
                "GTN or any other nitrate, and tell the ambulance crew that you take it")
        self.assertEqual(text.count(sign), 1)

    def test_mycophenolate_contraception_follows_the_2018_advice(self):
        text = self.text(LI)
        self.assertIn("use at least one reliable kind of contraception", text)
        self.assertIn("Men: you or your partner should use reliable contraception", text)
        self.assertNotIn("Men should use condoms", text)

    def test_explain_lists_the_interactions(self):
        code, out, err = u.careplan("explain", LI, "--date", u.FIXED_DATE)
        self.assertEqual(code, 0, err)
        self.assertIn("Interactions (2)\n  emergency: sildenafil with GTN spray "
                      "[pde5_with_nitrate]", out)
        self.assertIn("  info: omeprazole with mycophenolate mofetil [ppi_with_mycophenolate]",
                      out)

    def test_a_nitrate_among_other_medicines_meets_the_pde5_inhibitor(self):
        # Dimitris lists his GTN spray under other_medicines, not treatments.
        code, out, err = u.careplan("explain", os.path.join(u.EXAMPLES,
                                                            "dimitris-overlap-pah-heart.yaml"),
                                    "--date", u.FIXED_DATE)
        self.assertEqual(code, 0, err)
        self.assertIn("Interactions (1)\n  emergency: tadalafil with glyceryl trinitrate spray "
                      "[pde5_with_nitrate]", out)

    def test_no_interaction_without_the_other_medicine(self):
        code, out, err = u.careplan("explain", os.path.join(u.EXAMPLES, "tuyet-limited-raynaud.yaml"),
                                    "--date", u.FIXED_DATE)
        self.assertEqual(code, 0, err)
        self.assertIn("Interactions (0)\n", out)


if __name__ == "__main__":
    u.main()
