"""The command line: help, version, exit codes, errors, and no partial output."""
import os

import e2e_util as u


class CliTest(u.TempDirTestCase):
    def test_help_lists_the_commands(self):
        code, out, _ = u.careplan("--help")
        self.assertEqual(code, 0)
        for command in ("validate", "render", "schema"):
            self.assertIn(command, out)

    def test_version(self):
        code, out, _ = u.careplan("--version")
        self.assertEqual(code, 0)
        self.assertRegex(out, r"^careplan \d+\.\d+\.\d+\n$")

    def test_unknown_command_is_a_usage_error(self):
        code, _, err = u.careplan("paint", "x.yaml")
        self.assertEqual(code, 64)
        self.assertIn('unknown command "paint"', err)

    def test_unknown_option_is_a_usage_error(self):
        code, _, _ = u.careplan("validate", "--colour", "x.yaml")
        self.assertEqual(code, 64)

    def test_missing_file_exits_66(self):
        code, _, err = u.careplan("validate", self.path("nope.yaml"))
        self.assertEqual(code, 66)
        self.assertIn("nope.yaml", err)

    def test_every_example_validates(self):
        code, out, err = u.careplan("validate", *u.example_profiles())
        self.assertEqual(code, 0, err)
        self.assertEqual(out.count(": ok"), len(u.example_profiles()))

    def test_bad_profile_reports_every_problem_with_location(self):
        bad = self.path("bad.yaml")
        with open(bad, "w") as f:
            f.write("format: careplan/v1\n"
                    "patient:\n"
                    "  name: Ann Lee\n"
                    "  date_of_birth: 1970-02-30\n"
                    "diagnosis:\n"
                    "  condition: systemic sclerosis\n"
                    "  subtype: difuse cutaneous\n")
        code, _, err = u.careplan("validate", bad)
        self.assertEqual(code, 65)
        lines = [line for line in err.splitlines() if ": error: " in line]
        self.assertEqual(len(lines), 2, err)
        self.assertTrue(lines[0].startswith(bad + ":4:18: error: "), err)
        self.assertTrue(lines[1].startswith(bad + ":7:12: error: "), err)
        self.assertIn('did you mean "diffuse cutaneous"?', err)

    def test_bad_profile_leaves_no_pdf(self):
        bad = self.path("bad.yaml")
        with open(bad, "w") as f:
            f.write("format: careplan/v1\npatient: {name: Ann}\n")
        out = self.path("bad.pdf")
        code, _, _ = u.careplan("render", bad, "-o", out)
        self.assertEqual(code, 65)
        self.assertEqual(os.listdir(self.tmp), ["bad.yaml"])

    def test_unwritable_output_exits_73_and_leaves_nothing(self):
        out = self.path("missing-folder/plan.pdf")
        code, _, err = u.careplan("render", u.test_profile("one-treatment.yaml"), "-o", out,
                                  "--date", u.FIXED_DATE)
        self.assertEqual(code, 73, err)
        self.assertFalse(os.path.exists(out))

    def test_render_never_overwrites_the_profile(self):
        profile = self.path("me.yaml")
        with open(u.test_profile("one-treatment.yaml")) as src, open(profile, "w") as dst:
            dst.write(src.read())
        before = open(profile).read()
        code, _, _ = u.careplan("render", profile, "-o", profile, "--date", u.FIXED_DATE)
        self.assertNotEqual(code, 0)
        self.assertEqual(open(profile).read(), before)

    def test_default_output_is_named_after_the_profile(self):
        profile = self.path("one-treatment.yaml")
        with open(u.test_profile("one-treatment.yaml")) as src, open(profile, "w") as dst:
            dst.write(src.read())
        code, out, err = u.careplan("render", "one-treatment.yaml", "--date", u.FIXED_DATE,
                                    cwd=self.tmp)
        self.assertEqual(code, 0, err)
        self.assertEqual(sorted(os.listdir(self.tmp)), ["one-treatment.pdf", "one-treatment.yaml"])

    def test_bad_date_option_is_a_usage_error(self):
        code, _, err = u.careplan("render", u.test_profile("one-treatment.yaml"),
                                  "--date", "2026-02-30")
        self.assertEqual(code, 64)
        self.assertIn("--date", err)

    def test_character_the_fonts_lack_is_a_warning_naming_the_field(self):
        profile = self.path("cjk.yaml")
        with open(profile, "w", encoding="utf-8") as f:
            f.write("format: careplan/v1\nplan_date: 2026-11-24\npatient:\n  name: Ann Lee\n"
                    "diagnosis:\n  condition: systemic sclerosis\nnotes: Call 王 first\n")
        code, _, err = u.careplan("render", profile, "-o", self.path("cjk.pdf"))
        self.assertEqual(code, 0, err)
        self.assertIn(profile + ':7:8: warning: notes: the character "王" (U+738B) is not in the '
                      "bundled fonts and will print as a box", err)

    def test_installed_copy_uses_its_installed_data(self):
        prefix = self.path("prefix")
        build_dir = os.path.dirname(u.CAREPLAN)
        code, _, err = u.run(["cmake", "--install", build_dir, "--prefix", prefix])
        self.assertEqual(code, 0, err)
        installed = os.path.join(prefix, "bin", "careplan")
        guide = os.path.join(prefix, "share", "careplan", "templates", "guides",
                             "scleroderma-treatment-resistance", "guide.yaml")
        with open(guide, encoding="utf-8") as f:
            text = f.read()
        with open(guide, "w", encoding="utf-8") as f:
            f.write(text.replace('title: "Living with', 'title: "Installed copy of living with'))
        pdf = self.path("installed.pdf")
        code, _, err = u.run([installed, "render", u.test_profile("one-treatment.yaml"), "-o", pdf,
                              "--date", u.FIXED_DATE], cwd=self.tmp)
        self.assertEqual(code, 0, err)
        self.assertIn("Installed copy of living with",
                      u.normalise_space(" ".join(u.pdf_text_pages(pdf))))

    def test_source_date_epoch_out_of_range_is_a_usage_error(self):
        for value in ("99999999999999999", "253402300800", "-1", "soon"):
            code, _, err = u.careplan("render", u.test_profile("one-treatment.yaml"), "-o",
                                      self.path("x.pdf"), env={"SOURCE_DATE_EPOCH": value})
            self.assertEqual(code, 64, value)
            self.assertIn("SOURCE_DATE_EPOCH", err)
        self.assertFalse(os.path.exists(self.path("x.pdf")))

    def test_schema_is_json(self):
        import json
        code, out, _ = u.careplan("schema")
        self.assertEqual(code, 0)
        schema = json.loads(out)
        self.assertIn("properties", json.dumps(schema))


if __name__ == "__main__":
    u.main()
