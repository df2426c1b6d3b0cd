"""The blood-pressure log page says which readings to write down and where
the level to act on is, and shows one filled-in example row that is marked
"Example" in words and never reaches the level the page tells the person to
act on (one reading, one action: no second set of numbers).
"""
import os
import re
import unittest

import e2e_util as u

READING = re.compile(r"(?<![\d/])(\d{2,3})/(\d{2,3})(?![\d/])")
OLENA = os.path.join(u.EXAMPLES, "olena-early-diffuse-kidney-prednisolone.yaml")


def log_section(dump):
    """The lines of the doc dump from the log's heading to the next part."""
    lines = dump.splitlines()
    start = next((i for i, line in enumerate(lines)
                  if line.startswith("heading 1") and "My blood-pressure log" in line), None)
    if start is None:
        return []
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("heading 1")),
               len(lines))
    return lines[start:end]


def readings(text):
    return [(int(a), int(b)) for a, b in READING.findall(text)]


class BloodPressureLogTest(u.TempDirTestCase):
    def test_olenas_log_page_says_what_to_write_and_shows_an_example(self):
        pdf = self.path("olena.pdf")
        u.render(OLENA, pdf, "--date", u.FIXED_DATE)
        pages = u.pdf_text_pages(pdf)
        first = next(i for i, page in enumerate(pages) if page.startswith("My blood-pressure log"))
        log = u.normalise_space(" ".join(pages[first:first + 2]).split("My week")[0])
        # pdftotext -raw puts a step's number after its first line.
        steps = re.sub(r" \d+\. ", " ", log)
        self.assertIn("Write both readings in the log, with the date and time.", steps)
        self.assertIn('If either reading is at or above the level in the box "When to act" '
                      "above, do what it says. A reading is at that level when its top number, or "
                      "its bottom number, is as high as the box's or higher.", steps)
        self.assertIn("When to act (your care team's level)", log)
        self.assertIn("the first row is an example", log)
        # The example row reads as one: its first word says so.
        self.assertRegex(log, r"Example 3 Mar 8:15 am 125/80 123/78 72 Felt fine")
        # One set of numbers: the team's usual (also the example's first
        # reading), its level to act, and the example's second reading.
        self.assertEqual(set(READING.findall(log)),
                         {("125", "80"), ("140", "90"), ("123", "78")})

    def test_no_example_reaches_the_level_its_page_acts_on(self):
        checked = 0
        for profile in u.example_profiles():
            with self.subTest(profile=os.path.basename(profile)):
                code, dump, err = u.careplan("render", profile, "--dump", "doc", "-d",
                                             u.FIXED_DATE)
                self.assertEqual(code, 0, err)
                section = log_section(dump)
                filled = [line for line in section if line.startswith("  filled ")]
                if not section or "form " not in "\n".join(section):
                    continue
                self.assertEqual(len(filled), 1, section)
                self.assertIn('"**Example**\\n3 Mar"', filled[0])
                example = readings(filled[0])
                self.assertEqual(len(example), 2, filled[0])
                box = []
                in_box = False
                for line in section:
                    if line.startswith("callout "):
                        in_box = True
                    elif not line.startswith("  "):
                        in_box = False
                    elif in_box:
                        box += readings(line)
                self.assertTrue(box, section)
                for top, bottom in example:
                    self.assertLess(top, min(level[0] for level in box), filled[0])
                    self.assertLess(bottom, min(level[1] for level in box), filled[0])
                checked += 1
        self.assertGreaterEqual(checked, 3)


if __name__ == "__main__":
    u.main()
