"""Page budget of Part 1 ("My plan"): the pages before the first log page or
Part 2, for every patient example, in normal print on A4 and in large print.

Issue 14 aims at 4 pages (8 in large print). Today 5 of the 8 examples take 4 pages and
three take 5 (Dimitris, Li, Marcus; 8 to 14 in large print, Li's 14 since its page-1
pregnancy sign names her three medicines): these bounds keep Part 1 from growing back while
that work goes on, and the test prints each example's count so the progress is visible in
CI logs. The examples already at 4 are held there.
"""
import os
import re

import e2e_util as u

NORMAL_BUDGET = 5
# Examples whose Part 1 fits the aim already: a change that pushes one back to 5 fails.
AT_AIM = {"grace-sine-scleroderma-gut.yaml", "james-three-failed-hsct-planned.yaml",
          "maria-diffuse-ild.yaml", "olena-early-diffuse-kidney-prednisolone.yaml",
          "tuyet-limited-raynaud.yaml"}
AIM = 4
LARGE_PRINT_BUDGET = 14
PART_ONE_ENDS = ("My blood-pressure log", "My weight log", "My Raynaud's log", "My week", "My 12-month planner",
                 "Part 2: About my condition")


def patient_examples():
    found = []
    for profile in u.example_profiles():
        with open(profile, encoding="utf-8") as f:
            if "patient:" in f.read():
                found.append(profile)
    return found


def with_large_print(text, large):
    """The profile with preferences.large_print set as asked."""
    text = re.sub(r"^\s+large_print:.*\n", "", text, flags=re.M)
    value = "true" if large else "false"
    return re.sub(r"^preferences:\n", f"preferences:\n  large_print: {value}\n", text, count=1,
                  flags=re.M)


def part_one_pages(pdf):
    pages = u.pdf_text_pages(pdf)
    for number, page in enumerate(pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        # The running header comes first; a part's heading follows it.
        if any(line in PART_ONE_ENDS for line in lines[:4]):
            return number - 1
    return len(pages)


class PageBudgetTest(u.TempDirTestCase):
    def check(self, large, budget):
        for example in patient_examples():
            name = os.path.basename(example) + ("-large" if large else "")
            with self.subTest(profile=name):
                with open(example, encoding="utf-8") as f:
                    text = with_large_print(f.read(), large)
                self.assertIn(f"large_print: {'true' if large else 'false'}", text)
                profile = self.path(name + ".yaml")
                with open(profile, "w", encoding="utf-8") as f:
                    f.write(text)
                pdf = self.path(name + ".pdf")
                u.render(profile, pdf, "--date", u.FIXED_DATE)
                pages = part_one_pages(pdf)
                print(f"{name}: Part 1 has {pages} pages", flush=True)
                self.assertGreaterEqual(pages, 1)
                self.assertLess(pages, len(u.pdf_text_pages(pdf)))  # the end was found
                self.assertLessEqual(pages, budget)
                if not large and os.path.basename(example) in AT_AIM:
                    self.assertLessEqual(pages, AIM)

    def test_normal_print(self):
        self.check(False, NORMAL_BUDGET)

    def test_large_print(self):
        self.check(True, LARGE_PRINT_BUDGET)


if __name__ == "__main__":
    u.main()
