"""Themes: --theme puts the clinic's logo, name and contact line on the
cover (and the logo nowhere else); the default theme adds no image; bad
themes, logos outside the theme's folder and damaged images are errors with
their location, exit code 65, and never reach the PDF library."""
import os
import re
import shutil
import zlib

import e2e_util as u

THEMES = os.path.join(u.SOURCE_DIR, "templates", "themes")
EXAMPLE_THEME = os.path.join(THEMES, "example-clinic.yaml")
LOGO = os.path.join(THEMES, "example-clinic-logo.png")
PROFILE = os.path.join(u.EXAMPLES, "maria-diffuse-ild.yaml")

# A tiny baseline JPEG (16 x 8, three components, flat grey): SOI, APP0,
# DQT, SOF0, DHT (one code per table), SOS, two bytes of scan data, EOI.
TINY_JPEG = bytes.fromhex(
    "ffd8ffe000104a46494600010100000100010000"
    "ffdb004300" + "01" * 64 +
    "ffc000110800080010030111000211000311 00".replace(" ", "") +
    "ffc4002600" + "01" + "00" * 15 + "00" + "10" + "01" + "00" * 15 + "00" +
    "ffda000c03010002000300003f00" +
    "000f" + "ffd9")


def with_width(png, width):
    """The PNG with another width in its header (and the header's CRC fixed)."""
    header = b"IHDR" + width.to_bytes(4, "big") + png[20:29]
    return png[:12] + header + zlib.crc32(header).to_bytes(4, "big") + png[33:]


def image_rows(pdf):
    """Rows of pdfimages -list: dicts with page and type (image, smask)."""
    code, stdout, stderr = u.run(["pdfimages", "-list", pdf])
    if code != 0:
        raise AssertionError(f"pdfimages failed: {stderr}")
    rows = []
    for line in stdout.splitlines()[2:]:
        parts = line.split()
        rows.append({"page": int(parts[0]), "type": parts[2], "width": int(parts[3]),
                     "height": int(parts[4]), "enc": parts[8]})
    return rows


class BrandingTest(u.TempDirTestCase):
    def write_theme(self, text, folder="theme"):
        directory = self.path(folder)
        os.makedirs(directory, exist_ok=True)
        theme = os.path.join(directory, "clinic.yaml")
        with open(theme, "w", encoding="utf-8") as f:
            f.write(text)
        return theme

    def render_error(self, theme):
        code, _, err = u.careplan("render", PROFILE, "-o", self.path("out.pdf"),
                                  "--date", u.FIXED_DATE, "--theme", theme)
        self.assertFalse(os.path.exists(self.path("out.pdf")))
        return code, err

    def test_example_theme_puts_logo_and_name_on_the_cover(self):
        pdf = self.path("clinic.pdf")
        u.render(PROFILE, pdf, "--date", u.FIXED_DATE, "--theme", EXAMPLE_THEME)
        code, report = u.qpdf_check(pdf)
        self.assertEqual(code, 0, report)

        rows = image_rows(pdf)
        images = [row for row in rows if row["type"] == "image"]
        self.assertEqual(len(images), 1, rows)
        self.assertEqual((images[0]["page"], images[0]["width"], images[0]["height"]),
                         (1, 480, 240))
        self.assertTrue(all(row["page"] == 1 for row in rows), rows)  # the logo's alpha too

        pages = u.pdf_text_pages(pdf)
        first = u.normalise_space(pages[0])
        self.assertIn("Riverside Scleroderma Clinic", first)
        self.assertIn("Nurse helpline 020 7946 0958 (Monday to Friday, 9am to 5pm)", first)
        self.assertLess(first.index("Riverside Scleroderma Clinic"), first.index("My plan at a glance"))
        for page in pages[1:]:
            self.assertNotIn("Nurse helpline", page)
        self.assertEqual(u.pdf_info(pdf)["Author"], "Riverside Scleroderma Clinic")

    def test_default_theme_gives_no_image(self):
        plain = self.path("plain.pdf")
        u.render(PROFILE, plain, "--date", u.FIXED_DATE)
        self.assertEqual(image_rows(plain), [])
        explicit = self.path("explicit.pdf")
        u.render(PROFILE, explicit, "--date", u.FIXED_DATE, "--theme",
                 os.path.join(THEMES, "default.yaml"))
        with open(plain, "rb") as a, open(explicit, "rb") as b:
            self.assertEqual(a.read(), b.read())

    def test_branded_output_is_reproducible(self):
        first, second = self.path("a.pdf"), self.path("b.pdf")
        for pdf in (first, second):
            u.render(PROFILE, pdf, "--date", u.FIXED_DATE, "--theme", EXAMPLE_THEME)
        with open(first, "rb") as a, open(second, "rb") as b:
            self.assertEqual(a.read(), b.read())

    def test_jpeg_logo(self):
        theme = self.write_theme('organisation: "JPEG Clinic"\nlogo: "logo.jpg"\n')
        with open(os.path.join(os.path.dirname(theme), "logo.jpg"), "wb") as f:
            f.write(TINY_JPEG)
        pdf = self.path("jpeg.pdf")
        u.render(PROFILE, pdf, "--date", u.FIXED_DATE, "--theme", theme)
        code, report = u.qpdf_check(pdf)
        self.assertEqual(code, 0, report)
        rows = image_rows(pdf)
        self.assertEqual([(r["page"], r["type"], r["enc"], r["width"]) for r in rows],
                         [(1, "image", "jpeg", 16)])
        code, _, err = u.run(["pdftoppm", "-r", "30", "-png", "-f", "1", "-l", "1", pdf,
                              self.path("page")])
        self.assertEqual((code, err), (0, ""))

    def test_batch_uses_the_theme(self):
        out = self.path("batch")
        code, _, err = u.careplan("batch", PROFILE, "-o", out, "--date", u.FIXED_DATE, "-q",
                                  "--theme", EXAMPLE_THEME)
        self.assertEqual(code, 0, err)
        pdfs = [name for name in os.listdir(out) if name.endswith(".pdf")]
        self.assertEqual(len(pdfs), 1)
        self.assertEqual(len([r for r in image_rows(os.path.join(out, pdfs[0]))
                              if r["type"] == "image"]), 1)

    def test_every_theme_problem_is_reported_with_its_place(self):
        theme = self.write_theme('organization: "Riverside"\n'
                                 'logo: "../../etc/passwd"\n'
                                 'accent_colour: "#aaaaaa"\n')
        code, err = self.render_error(theme)
        self.assertEqual(code, 65)
        self.assertEqual(
            err,
            f'{theme}:1:1: error: unknown key "organization"; expected organisation, contact, '
            'logo, accent_colour, emergency_number or out_of_hours\n'
            '  hint: did you mean "organisation"?\n'
            f'{theme}:2:7: error: logo: "../../etc/passwd" is outside the theme\'s folder\n'
            "  hint: put the logo in the theme's folder (or a folder inside it) and name it "
            "from there\n"
            f'{theme}:3:16: error: accent_colour: "#aaaaaa" is too light to read as text on '
            'white: its contrast ratio is 2.32:1 and must be at least 4.5:1\n'
            '  hint: choose a darker shade, e.g. "#1f4e79" (8.66:1)\n')

    def test_logo_outside_the_folder(self):
        outside = self.path("outside.png")
        shutil.copy(LOGO, outside)
        for name in (outside, "../outside.png"):
            theme = self.write_theme(f'logo: "{name}"\n')
            code, err = self.render_error(theme)
            self.assertEqual(code, 65)
            self.assertIn(f'{theme}:1:7: error: logo: "{name}" is outside the theme\'s folder\n',
                          err)
        # A symbolic link in the folder that points out of it.
        theme = self.write_theme('logo: "logo.png"\n')
        os.symlink(outside, os.path.join(os.path.dirname(theme), "logo.png"))
        code, err = self.render_error(theme)
        self.assertEqual(code, 65)
        self.assertIn(f'{theme}:1:7: error: logo: "logo.png" is outside the theme\'s folder\n',
                      err)

    def test_damaged_logos_are_errors_not_crashes(self):
        with open(LOGO, "rb") as f:
            good = f.read()
        idat = good.index(b"IDAT")
        bad_crc = bytearray(good)
        bad_crc[idat + 10] ^= 0x55
        cases = {
            "cut.png": (good[:len(good) // 2],
                        'is a damaged PNG: it ends inside the IDAT chunk (is it cut short?)'),
            "crc.png": (bytes(bad_crc),
                        "is a damaged PNG: the IDAT chunk's checksum (CRC) is wrong"),
            "empty.png": (b"", "is empty"),
            "text.png": (b"not an image at all\n", "is not a PNG or JPEG image"),
            "cut.jpg": (TINY_JPEG[:-3],
                        "is a damaged JPEG: it ends inside its image data (is it cut short?)"),
            "huge.png": (with_width(good, 5000),
                         "is 5000 x 240 pixels; the limit is 4000 x 4000"),
            "wide.png": (good[:16] + (5000).to_bytes(4, "big") + good[20:],
                         "is a damaged PNG: the IHDR chunk's checksum (CRC) is wrong"),
        }
        for name, (data, message) in cases.items():
            with self.subTest(logo=name):
                theme = self.write_theme(f'logo: "{name}"\n', folder=name + ".d")
                with open(os.path.join(os.path.dirname(theme), name), "wb") as f:
                    f.write(data)
                code, err = self.render_error(theme)
                self.assertEqual(code, 65, err)
                self.assertEqual(err, f'{theme}:1:7: error: logo: "{name}" {message}\n')

    def test_character_missing_from_the_fonts_is_a_warning(self):
        theme = self.write_theme('organisation: "Clinic \U0001F3E5"\n')
        code, _, err = u.careplan("render", PROFILE, "-o", self.path("out.pdf"),
                                  "--date", u.FIXED_DATE, "--theme", theme)
        self.assertEqual(code, 0, err)
        self.assertIn(f'{theme}: warning: organisation: the character "\U0001F3E5" (U+1F3E5) is '
                      'not in the bundled fonts and will print as a box\n', err)

    def test_missing_theme_file_exits_66(self):
        code, _, err = u.careplan("render", PROFILE, "-o", self.path("out.pdf"),
                                  "--theme", self.path("nope.yaml"))
        self.assertEqual(code, 66)
        self.assertIn("nope.yaml: no such file", err)

    def test_validate_checks_the_theme_too(self):
        theme = self.write_theme('accent_colour: "#ffffff"\n')
        code, _, err = u.careplan("validate", PROFILE, "--theme", theme)
        self.assertEqual(code, 65)
        self.assertRegex(err, re.escape(theme) + r":1:16: error: accent_colour")


if __name__ == "__main__":
    u.main()
