"""An installed careplan works with no checkout in sight: `cmake --install` to
a temporary prefix, then init, validate and render (with a bundled theme by
name) from another folder, and the PDF checked with pdftotext."""
import os

import e2e_util as u


class InstalledCopyTest(u.TempDirTestCase):
    def setUp(self):
        super().setUp()
        self.prefix = self.path("prefix")
        build_dir = os.path.dirname(u.CAREPLAN)
        code, out, err = u.run(["cmake", "--install", build_dir, "--prefix", self.prefix])
        self.assertEqual(code, 0, out + err)
        self.share = os.path.join(self.prefix, "share", "careplan")
        self.installed = os.path.join(self.prefix, "bin", "careplan")
        self.work = self.path("work")  # the user's folder: no templates, no checkout
        os.mkdir(self.work)

    def careplan(self, *args):
        return u.run([self.installed, *args], cwd=self.work)

    def test_init_validate_render_with_a_bundled_theme(self):
        code, _, err = self.careplan("init", "anna.yaml")
        self.assertEqual(code, 0, err)
        with open(os.path.join(self.work, "anna.yaml"), encoding="utf-8") as f:
            first_line = f.readline().strip()
        # The starter came from the prefix, and points at the schema installed there.
        self.assertEqual(first_line, "# yaml-language-server: $schema=" +
                         os.path.join(os.path.realpath(self.share), "schema",
                                      "careplan-profile.schema.json"))
        code, out, err = self.careplan("validate", "anna.yaml")
        self.assertEqual(code, 0, err)
        self.assertEqual(out, "anna.yaml: ok\n")
        code, out, err = self.careplan("render", "anna.yaml", "--theme", "example-clinic",
                                       "--date", u.FIXED_DATE)
        self.assertEqual(code, 0, err)
        pdf = os.path.join(self.work, "anna.pdf")
        first_page = u.normalise_space(u.pdf_text_pages(pdf)[0])
        self.assertIn("ALEX SAMPLE", first_page)
        self.assertIn("Riverside Scleroderma Clinic", first_page)
        self.assertEqual(sorted(os.listdir(self.work)), ["anna.pdf", "anna.yaml"])

    def test_installed_data_is_what_the_binary_reads(self):
        # Change the installed theme: the installed binary must see the change,
        # so it reads the prefix, not the source tree it was built from.
        theme = os.path.join(self.share, "templates", "themes", "example-clinic.yaml")
        with open(theme, encoding="utf-8") as f:
            text = f.read()
        with open(theme, "w", encoding="utf-8") as f:
            f.write(text.replace("Riverside Scleroderma Clinic", "Installed Prefix Clinic"))
        profile = os.path.join(self.share, "examples", "maria-diffuse-ild.yaml")
        code, _, err = self.careplan("render", profile, "-o", "m.pdf", "--theme", "example-clinic")
        self.assertEqual(code, 0, err)
        self.assertIn("Installed Prefix Clinic",
                      u.normalise_space(u.pdf_text_pages(os.path.join(self.work, "m.pdf"))[0]))

    def test_the_print_station_serves_its_installed_page(self):
        from serve_util import Server
        # Marked in the installed copy only: the page served must be that one.
        index = os.path.join(self.share, "templates", "web", "index.html")
        with open(index, encoding="utf-8") as f:
            text = f.read()
        with open(index, "w", encoding="utf-8") as f:
            f.write(text.replace("careplan print station</title>",
                                "careplan print station (installed)</title>"))
        with Server(self.installed, cwd=self.work) as server:
            status, _, body = server.request("GET", "/")
            self.assertEqual(status, 200)
            self.assertIn(b"(installed)</title>", body)
            for name in ["app.js", "js-yaml.min.js", "style.css", "js-yaml.LICENSE.txt"]:
                self.assertEqual(server.request("GET", "/static/" + name)[0], 200, name)
        self.assertEqual(os.listdir(self.work), [])

    def test_examples_and_schema_are_installed(self):
        schema = os.path.join(self.share, "schema", "careplan-profile.schema.json")
        with open(schema) as f:
            self.assertEqual(f.read(), self.careplan("schema")[1])
        examples = sorted(os.path.join(self.share, "examples", name)
                          for name in os.listdir(os.path.join(self.share, "examples"))
                          if name.endswith(".yaml"))
        self.assertEqual([os.path.basename(e) for e in examples],
                         [os.path.basename(e) for e in u.example_profiles()])
        # Their `$schema=../schema/...` comment resolves in the prefix too.
        with open(examples[0], encoding="utf-8") as f:
            relative = f.readline().strip().split("$schema=")[1]
        self.assertTrue(os.path.isfile(os.path.join(self.share, "examples", relative)))
        code, out, err = self.careplan("validate", *examples)
        self.assertEqual(code, 0, err)


if __name__ == "__main__":
    u.main()
