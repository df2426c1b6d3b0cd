"""Pictures that help action: the Raynaud's colour-change drawing that the
guide's Raynaud section names ("::: picture raynaud-colour-change") prints
with its caption in a plan (large print and normal) and in a packet; an
unknown picture name in a guide is an error at its file, line and column,
with no PDF written; and the warning boxes' titles start with a drawn sign,
not a "!" character. Checked with qpdf --check and pdftotext."""
import os
import shutil

import yaml

import e2e_util as u

CAPTION = ("Raynaud's: (1) warm fingers have their usual colour; (2) in the cold, fingers or toes "
           "can turn white or blue: warm your whole body, not just your hands;")
EMERGENCY = ("(3) get emergency help if a finger or toe stays white, blue or black and cold, even "
             "after you warm it.")
HAND_CAPTION = ("Finger stretches, every day, after warming your hands: (1) gently straighten "
                "your fingers as far as is comfortable; (2) bend them in, then straighten them "
                "again.")
SECTION = os.path.join("guides", "scleroderma-treatment-resistance", "sections",
                       "care-raynaud.md")


class PicturesTest(u.TempDirTestCase):
    def render_text(self, profile, name):
        pdf = self.path(name)
        u.render(profile, pdf, "--date", u.FIXED_DATE)
        code, report = u.qpdf_check(pdf)
        self.assertEqual(code, 0, report)
        return [u.normalise_space(page) for page in u.pdf_text_pages(pdf)]

    def with_large_print(self, example, large_print):
        with open(os.path.join(u.EXAMPLES, example), encoding="utf-8") as f:
            profile = yaml.safe_load(f)
        profile.setdefault("preferences", {})["large_print"] = large_print
        path = self.path(f"{large_print}-{example}")
        with open(path, "w", encoding="utf-8") as f:
            yaml.safe_dump(profile, f, allow_unicode=True, sort_keys=False)
        return path

    def assert_picture_in_raynaud_section(self, pages):
        text = " ".join(pages)
        section = text.find("Raynaud's and finger sores Raynaud's is when")
        self.assertGreaterEqual(section, 0)
        caption = text.find(CAPTION, section)
        self.assertGreater(caption, section, "the caption prints in the Raynaud section")
        self.assertLess(caption, text.find("Keep warm", section), "before its first sub-heading")
        self.assertIn(EMERGENCY, text[caption:])
        # Each stage's word and meaning, printed in the drawing.
        for words in ("Warm", "usual colour", "Cold", "white or blue", "Stays cold",
                      "get help now"):
            self.assertIn(words, text[section:caption])

    def test_a_plan_with_raynauds_prints_the_picture_in_normal_and_large_print(self):
        for example in ("tuyet-limited-raynaud.yaml", "olena-early-diffuse-kidney-prednisolone.yaml"):
            for large_print in (False, True):
                with self.subTest(example=example, large_print=large_print):
                    pages = self.render_text(self.with_large_print(example, large_print),
                                             f"{large_print}-{example}.pdf")
                    self.assert_picture_in_raynaud_section(pages)

    def test_a_packet_prints_the_picture(self):
        pages = self.render_text(os.path.join(u.EXAMPLES, "packet-support-group.yaml"),
                                 "packet.pdf")
        self.assert_picture_in_raynaud_section(pages)

    def test_the_hand_stretches_are_drawn_where_they_are_ticked_off_and_in_the_guide(self):
        pages = self.render_text(
            self.with_large_print("dimitris-overlap-pah-heart.yaml", False), "hands.pdf")
        week = self.week_pages(pages)
        for words in ("Straighten open your hand", "Bend curl your fingers in", HAND_CAPTION):
            self.assertIn(words, " ".join(week))
        self.assertLess(" ".join(week).find("Daily habit"), " ".join(week).find(HAND_CAPTION))
        guide = " ".join(pages)
        hands = guide.find("Keeping your hands moving Every day:")
        self.assertGreaterEqual(hands, 0)
        self.assertGreater(guide.find(HAND_CAPTION, hands), hands)

    def test_the_week_drawing_never_has_a_page_of_its_own(self):
        # Where it would (a long grid, large print) it is left out: Part 2 has it.
        for example in u.example_profiles():
            if "packet" in os.path.basename(example):
                continue
            for large_print in (False, True):
                name = f"{large_print}-{os.path.basename(example)}"
                with self.subTest(example=name):
                    pages = self.render_text(
                        self.with_large_print(os.path.basename(example), large_print),
                        name + ".pdf")
                    for page in self.week_pages(pages):
                        if HAND_CAPTION in page:
                            self.assertIn("Daily habit", page)

    @staticmethod
    def week_pages(pages):
        """The pages from the My week heading up to the next part."""
        first = next(i for i, p in enumerate(pages) if "My week How to use it" in p)
        end = next(i for i, p in enumerate(pages) if "Part 2: About my condition" in p)
        return pages[first:end]

    def test_warning_titles_start_with_a_drawn_sign_not_an_exclamation_mark(self):
        pages = self.render_text(self.with_large_print("tuyet-limited-raynaud.yaml", False),
                                 "tuyet.pdf")
        self.assertIn("Go to emergency care or call an ambulance (999) if", pages[0])
        self.assertIn("Call your care team the same day if", pages[0])
        self.assertNotIn("!", pages[0])
        self.assertIn("Who to call", pages[0])

    def test_an_unknown_picture_name_is_an_error_at_its_line_and_column(self):
        templates = self.path("templates")
        shutil.copytree(os.path.join(u.SOURCE_DIR, "templates"), templates)
        section = os.path.join(templates, SECTION)
        with open(section, encoding="utf-8") as f:
            lines = f.read().split("\n")
        line = lines.index("::: picture raynaud-colour-change")
        lines[line] = "::: picture raynaud-colours"
        with open(section, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        pdf = self.path("never.pdf")
        code, stdout, stderr = u.careplan(
            "render", os.path.join(u.EXAMPLES, "tuyet-limited-raynaud.yaml"), "-o", pdf,
            "--templates", templates)
        self.assertNotEqual(code, 0, stdout + stderr)
        self.assertIn(f"{section}:{line + 1}:13: error: unknown picture \"raynaud-colours\"",
                      stderr)
        self.assertIn("known pictures: raynaud-colour-change, hand-stretches", stderr)
        self.assertFalse(os.path.exists(pdf))


if __name__ == "__main__":
    u.main()
