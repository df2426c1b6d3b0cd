"""Profile text hygiene end to end: an accent typed as a combining mark
(NFD, as macOS saves it) prints on its letter; a direction control is warned
about and kept out of the PDF's Title; an escaped control character is an
error that `validate` prints escaped, never raw; an identifier cut at " #"
gets a warning."""
import e2e_util as u

HEAD = "format: careplan/v1\nplan_date: 2026-11-24\n"
DIAGNOSIS = "diagnosis:\n  condition: systemic sclerosis\n"


class TextHygieneTest(u.TempDirTestCase):
    def write(self, name, text):
        path = self.path(name)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def test_decomposed_accent_prints_on_its_letter(self):
        profile = self.write("zoe.yaml", HEAD + "patient:\n  name: Zoe\u0308 Smith\n" + DIAGNOSIS)
        pdf = self.path("zoe.pdf")
        u.render(profile, pdf)
        text = "".join(u.pdf_text_pages(pdf))
        self.assertIn("Zo\u00eb Smith", text)
        self.assertNotIn("Zoe\u0308", text)
        self.assertNotIn("\u0308", text)
        self.assertEqual(u.pdf_info(pdf)["Title"], "Care plan for Zo\u00eb Smith")

    def test_direction_control_is_warned_and_kept_out_of_the_title(self):
        profile = self.write("bidi.yaml",
                             HEAD + "patient:\n  name: Ann \u202eeeL\n" + DIAGNOSIS)
        pdf = self.path("bidi.pdf")
        stderr = u.render(profile, pdf)
        self.assertIn("bidi.yaml:4:13: warning: invisible direction control U+202E "
                      "(RIGHT-TO-LEFT OVERRIDE)", stderr)
        self.assertNotIn("\u202e", stderr)  # shown escaped in the message
        title = u.pdf_info(pdf)["Title"]
        self.assertEqual(title, "Care plan for Ann eeL")

    def test_escaped_control_is_an_error_shown_escaped(self):
        profile = self.write("esc.yaml", HEAD + 'patient:\n  name: "Ann\\e[2J\\0ok"\n' + DIAGNOSIS)
        code, stdout, stderr = u.careplan("validate", profile)
        self.assertEqual(code, 65, stderr)
        self.assertIn('esc.yaml:4:13: error: control character U+001B (written "\\e") is not '
                      "allowed in a profile", stderr)
        self.assertIn('esc.yaml:4:18: error: control character U+0000 (written "\\0")', stderr)
        self.assertNotIn("\x1b", stdout + stderr)
        self.assertNotIn("\x00", stdout + stderr)

    def test_unknown_key_with_escape_sequence_is_shown_escaped(self):
        # A key is not unescaped by validation, so its message quotes it.
        profile = self.write("key.yaml", HEAD + 'patient:\n  name: Ann\n  "\\e[32mok\\e[0m": 1\n'
                             + DIAGNOSIS)
        code, _, stderr = u.careplan("validate", profile)
        self.assertEqual(code, 65)
        self.assertNotIn("\x1b", stderr)
        self.assertIn("\\u001B[32mok", stderr)

    def test_identifier_cut_at_a_comment_is_a_warning(self):
        profile = self.write("mrn.yaml", HEAD + "patient:\n  name: Ann Lee\n"
                             "  identifier: MRN #0077123\n" + DIAGNOSIS)
        code, _, stderr = u.careplan("validate", profile)
        self.assertEqual(code, 0, stderr)
        self.assertIn("mrn.yaml:5:19: warning: patient.identifier: text after ' #' is a comment; "
                      "put the value in quotes if # is part of it", stderr)

    def test_lung_function_matches_the_breathing_tests(self):
        profile = self.write("lung.yaml", HEAD + "patient:\n  name: Ann Lee\n" + DIAGNOSIS +
                             "monitoring:\n  - test: lung function\n    last_done: 2026-09-01\n")
        code, stdout, stderr = u.careplan("explain", profile)
        self.assertEqual(code, 0, stderr)
        self.assertNotIn("renal function", stderr)
        self.assertNotIn("not in the test rules", stderr)
        self.assertIn("Breathing tests (lung function tests)", stdout)

    def test_liver_function_is_not_taken_for_lung_function(self):
        profile = self.write("liver.yaml", HEAD + "patient:\n  name: Ann Lee\n" + DIAGNOSIS +
                             "monitoring:\n  - test: liver function\n")
        code, _, stderr = u.careplan("validate", profile)
        self.assertEqual(code, 0, stderr)
        self.assertNotIn("lung function", stderr)
        self.assertNotIn("not in the test rules", stderr)


if __name__ == "__main__":
    u.main()
