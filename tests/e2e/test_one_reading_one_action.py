"""One reading, one action: wherever a personal plan speaks of a home
blood-pressure threshold, it gives the same numbers and the same action, the
care team's own (home_monitoring) where the profile gives one; and it never
says "above your usual" without the usual or a space to write it in.

Read from the `doc` dump, where every call-out prints its title and then its
items, so each threshold sentence is seen with the box that says how fast to
act.
"""
import re
import unittest

import e2e_util as u
import yaml

THRESHOLD = re.compile(r"[Bb]lood pressure is (\d{2,3}/\d{2,3}) or higher")


def patient_examples():
    found = []
    for profile in u.example_profiles():
        with open(profile, encoding="utf-8") as f:
            if "patient:" in f.read():
                found.append(profile)
    return found


def threshold_sentences(dump):
    """(threshold, the box it is in, the sentence) for each item or paragraph
    that states a blood-pressure threshold."""
    found = []
    box = ""
    for line in dump.splitlines():
        if line.startswith("callout "):
            box = line
        elif not line.startswith("  "):
            box = ""
        for match in THRESHOLD.finditer(line):
            found.append((match.group(1), box, line.strip()))
    return found


def team_threshold(profile):
    with open(profile, encoding="utf-8") as f:
        data = yaml.safe_load(f)
    for entry in data.get("home_monitoring") or []:
        if entry.get("measure") == "blood_pressure":
            for key in ("act_at",):
                value = entry.get(key)
                if isinstance(value, str):
                    match = re.search(r"\d{2,3}/\d{2,3}", value)
                    if match:
                        return match.group(0)
    return None


class OneReadingOneActionTest(unittest.TestCase):
    def test_each_plan_has_one_blood_pressure_threshold_and_action(self):
        checked = 0
        for profile in patient_examples():
            with self.subTest(profile=profile):
                code, dump, err = u.careplan("render", profile, "--dump", "doc", "-d",
                                             u.FIXED_DATE)
                self.assertEqual(code, 0, err)
                sentences = threshold_sentences(dump)
                # The care team's notes are their own words, quoted as written.
                printed = [s for s in sentences if not s[2].startswith("paragraph")]
                if not printed:
                    continue
                checked += 1
                self.assertEqual(len({s[0] for s in printed}), 1, printed)
                # Only in a box that says how fast to act: never in a guide
                # list under its own, generic lead-in.
                self.assertTrue(all(s[1] for s in printed), printed)
                boxes = {s[1] for s in printed if s[1]}
                urgent = {b for b in boxes if "When to act" not in b}
                self.assertLessEqual(len(urgent), 1, printed)
                team = team_threshold(profile)
                if team:
                    self.assertEqual(printed[0][0], team, printed)
                for _, _, sentence in printed:
                    if "above your usual" in sentence:
                        self.assertRegex(sentence, r"above your usual \((\d|write it here)")
        self.assertGreaterEqual(checked, 3)


if __name__ == "__main__":
    u.main()
