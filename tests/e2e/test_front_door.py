"""The front door: per-command help, `init` starters, `schema -o`, themes by
name and the default output beside the profile."""
import json
import os
import shutil

import e2e_util as u

COMMANDS = ("init", "validate", "render", "batch", "explain", "readability", "schema")
STARTERS = os.path.join(u.SOURCE_DIR, "templates", "starters")


class CommandHelpTest(u.TempDirTestCase):
    def test_every_command_has_its_own_help_with_an_example(self):
        overview = u.careplan("--help")[1]
        for command in COMMANDS:
            with self.subTest(command=command):
                code, out, err = u.careplan(command, "--help")
                self.assertEqual(code, 0, err)
                self.assertTrue(out.startswith(f"Usage: careplan {command}"), out)
                self.assertNotEqual(out, overview)
                self.assertIn("Example", out)
                self.assertIn(f"  careplan {command}", out.split("Example")[1])
                self.assertEqual(u.careplan("help", command)[1], out)

    def test_render_help_names_its_options_and_the_default_output(self):
        out = u.careplan("render", "--help")[1]
        for option in ("--output", "--date", "--theme", "--templates"):
            self.assertIn(option, out)
        self.assertIn("dir/anna.yaml writes dir/anna.pdf", out)

    def test_overview_stays_the_overview(self):
        code, out, _ = u.careplan("--help")
        self.assertEqual(code, 0)
        self.assertEqual(u.careplan("help")[1], out)
        for command in COMMANDS:
            self.assertIn(f"  {command}", out)
        self.assertIn("Exit codes:", out)

    def test_help_for_an_unknown_command_is_a_usage_error(self):
        code, _, err = u.careplan("help", "paint")
        self.assertEqual(code, 64)
        self.assertIn('unknown command "paint"', err)


class InitTest(u.TempDirTestCase):
    def test_the_starters_validate_as_shipped(self):
        starters = [os.path.join(STARTERS, name) for name in ("patient.yaml", "packet.yaml")]
        code, out, err = u.careplan("validate", *starters)
        self.assertEqual(code, 0, err)
        self.assertEqual(out.count(": ok"), 2, out)
        self.assertNotIn("warning", err)

    def test_init_validate_render_shows_the_placeholder_name(self):
        profile = self.path("anna.yaml")
        code, out, err = u.careplan("init", profile)
        self.assertEqual(code, 0, err)
        self.assertIn("anna.yaml: written", out)
        code, out, err = u.careplan("validate", profile)
        self.assertEqual(code, 0, err)
        self.assertNotIn("warning", err)
        code, out, err = u.careplan("render", profile, "--date", u.FIXED_DATE)
        self.assertEqual(code, 0, err)
        pdf = self.path("anna.pdf")  # beside the profile
        self.assertIn("ALEX SAMPLE", u.pdf_text_pages(pdf)[0])
        self.assertEqual(u.qpdf_check(pdf)[0], 0)

    def test_init_packet_renders_a_packet(self):
        profile = self.path("group.yaml")
        self.assertEqual(u.careplan("init", "--packet", profile)[0], 0)
        u.render(profile, self.path("group.pdf"), "--date", u.FIXED_DATE)
        text = u.normalise_space(" ".join(u.pdf_text_pages(self.path("group.pdf"))))
        self.assertIn("REPLACE with the packet's title", text)
        self.assertNotIn("ALEX SAMPLE", text)

    def test_init_without_a_file_writes_to_standard_output(self):
        code, out, err = u.careplan("init", cwd=self.tmp)
        self.assertEqual(code, 0, err)
        self.assertIn("format: careplan/v1", out)
        self.assertIn("name: ALEX SAMPLE", out)
        self.assertEqual(os.listdir(self.tmp), [])

    def test_init_never_overwrites_a_file(self):
        profile = self.path("mine.yaml")
        with open(profile, "w") as f:
            f.write("my own work\n")
        code, out, err = u.careplan("init", profile)
        self.assertEqual(code, 73)
        self.assertIn("mine.yaml: already exists; careplan init never overwrites a file", err)
        self.assertEqual(open(profile).read(), "my own work\n")
        self.assertEqual(os.listdir(self.tmp), ["mine.yaml"])

    def test_init_output_option_names_the_file_too(self):
        profile = self.path("o.yaml")
        code, _, err = u.careplan("init", "-o", profile)
        self.assertEqual(code, 0, err)
        self.assertIn("name: ALEX SAMPLE", open(profile).read())
        self.assertEqual(u.careplan("init", "a.yaml", "-o", profile, cwd=self.tmp)[0], 64)

    def test_init_into_a_missing_folder_exits_73(self):
        code, _, err = u.careplan("init", self.path("no-such-folder/a.yaml"))
        self.assertEqual(code, 73, err)
        self.assertEqual(os.listdir(self.tmp), [])

    def test_starter_schema_comment_points_at_a_real_schema(self):
        out = u.careplan("init")[1]
        first = out.splitlines()[0]
        prefix = "# yaml-language-server: $schema="
        self.assertTrue(first.startswith(prefix), first)
        schema = first[len(prefix):]
        self.assertTrue(os.path.isabs(schema), schema)
        with open(schema) as f:
            self.assertEqual(f.read(), u.careplan("schema")[1])

    def test_starter_says_how_to_get_a_schema_when_none_is_installed(self):
        templates = os.path.join(self.tmp, "t", "templates")
        shutil.copytree(os.path.join(u.SOURCE_DIR, "templates"), templates)
        code, out, err = u.careplan("init", "--templates", templates)
        self.assertEqual(code, 0, err)
        self.assertIn("careplan schema -o careplan-profile.schema.json", out)


class SchemaTest(u.TempDirTestCase):
    def test_schema_output_writes_the_schema_to_a_file(self):
        target = self.path("profile.schema.json")
        code, out, err = u.careplan("schema", "-o", target)
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "")
        with open(target) as f:
            text = f.read()
        self.assertEqual(text, u.careplan("schema")[1])
        self.assertIn("properties", json.dumps(json.loads(text)))


class ThemeByNameTest(u.TempDirTestCase):
    def test_bundled_theme_by_name_is_found_from_any_folder(self):
        pdf = self.path("m.pdf")
        code, _, err = u.careplan("render", os.path.join(u.EXAMPLES, "maria-diffuse-ild.yaml"),
                                  "-o", pdf, "--theme", "example-clinic", cwd=self.tmp)
        self.assertEqual(code, 0, err)
        self.assertIn("Riverside Scleroderma Clinic", u.pdf_text_pages(pdf)[0])

    def test_unknown_theme_name_lists_the_bundled_ones(self):
        code, _, err = u.careplan("render", os.path.join(u.EXAMPLES, "maria-diffuse-ild.yaml"),
                                  "-o", self.path("m.pdf"), "--theme", "nope", cwd=self.tmp)
        self.assertEqual(code, 66)
        self.assertIn("--theme nope: no such file, and no bundled theme of that name "
                      "(bundled: default, example-clinic)", err)

    def test_theme_path_still_works(self):
        theme = os.path.join(u.SOURCE_DIR, "templates", "themes", "example-clinic.yaml")
        pdf = self.path("m.pdf")
        u.render(os.path.join(u.EXAMPLES, "maria-diffuse-ild.yaml"), pdf, "--theme", theme)
        self.assertIn("Riverside Scleroderma Clinic", u.pdf_text_pages(pdf)[0])


class DefaultOutputTest(u.TempDirTestCase):
    def test_render_writes_beside_the_profile(self):
        folder = self.path("dir")
        os.mkdir(folder)
        shutil.copy(u.test_profile("one-treatment.yaml"), os.path.join(folder, "anna.yaml"))
        elsewhere = self.path("elsewhere")
        os.mkdir(elsewhere)
        code, out, err = u.careplan("render", os.path.join("..", "dir", "anna.yaml"),
                                    "--date", u.FIXED_DATE, cwd=elsewhere)
        self.assertEqual(code, 0, err)
        self.assertEqual(sorted(os.listdir(folder)), ["anna.pdf", "anna.yaml"])
        self.assertEqual(os.listdir(elsewhere), [])
        self.assertIn(os.path.join("..", "dir", "anna.pdf"), out)


if __name__ == "__main__":
    u.main()
