"""Accents really print: renders "Nguyễn Thị Ánh Tuyết" and the same name
without accents, rasterises both with pdftoppm, and compares the ink inside
each word's box (from pdftotext -bbox). Every accented word must carry more
ink than its plain twin: a mark that is lost (as libharu loses nested
composite glyphs) leaves the two equal, while pdftotext still shows it."""
import html
import re

import e2e_util as u

DPI = 150
WORDS = [("Nguyễn", "Nguyen"), ("Thị", "Thi"), ("Ánh", "Anh"), ("Tuyết", "Tuyet")]


def word_boxes(pdf):
    """(word, xMin, yMin, xMax, yMax) in points for every word of page 1."""
    code, out, err = u.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", pdf, "-"])
    assert code == 0, err
    boxes = []
    for match in re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">([^<]*)</word>', out):
        x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
        boxes.append((html.unescape(match.group(5)), x0, y0, x1, y1))
    return boxes


def read_pgm(path):
    data = open(path, "rb").read()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    width, height = int(header.group(1)), int(header.group(2))
    return width, height, data[header.end():]


def ink(image, box):
    """Sum of darkness (0..255 per pixel) inside a box given in points."""
    width, height, pixels = image
    scale = DPI / 72.0
    _, x0, y0, x1, y1 = box
    total = 0
    for y in range(int(y0 * scale), min(height, int(y1 * scale) + 1)):
        row = pixels[y * width:(y + 1) * width]
        total += sum(255 - p for p in row[int(x0 * scale):int(x1 * scale) + 1])
    return total


class AccentTest(u.TempDirTestCase):
    def rasterise(self, profile, name):
        pdf = self.path(name + ".pdf")
        u.render(profile, pdf, "--date", u.FIXED_DATE)
        code, _, err = u.run(["pdftoppm", "-r", str(DPI), "-gray", "-f", "1", "-l", "1",
                              "-singlefile", pdf, self.path(name)])
        self.assertEqual(code, 0, err)
        # .pgm comes out for -gray with no format flag
        return pdf, read_pgm(self.path(name + ".pgm"))

    def largest_box(self, boxes, word):
        matches = [box for box in boxes if box[0] == word]
        self.assertTrue(matches, f"{word!r} not found on page 1: {[b[0] for b in boxes]}")
        return max(matches, key=lambda box: box[4] - box[2])

    def test_accented_letters_carry_their_marks(self):
        plain_pdf, plain_image = self.rasterise(u.test_profile("accents-plain.yaml"), "plain")
        accented_pdf, accented_image = self.rasterise(u.test_profile("accents-vietnamese.yaml"),
                                                      "accented")
        plain_boxes, accented_boxes = word_boxes(plain_pdf), word_boxes(accented_pdf)
        for accented_word, plain_word in WORDS:
            with self.subTest(word=accented_word):
                accented_box = self.largest_box(accented_boxes, accented_word)
                plain_box = self.largest_box(plain_boxes, plain_word)
                # Measure both in the union of the two boxes, so the marks that
                # rise above or hang below are counted the same way.
                union = ("", min(accented_box[1], plain_box[1]), min(accented_box[2], plain_box[2]),
                         max(accented_box[3], plain_box[3]), max(accented_box[4], plain_box[4]))
                with_marks, without = ink(accented_image, union), ink(plain_image, union)
                self.assertGreater(with_marks, without * 1.03,
                                   f"{accented_word}: ink {with_marks} vs {without} for "
                                   f"{plain_word}: the accents did not print")

    def test_text_extraction_gives_back_the_same_characters(self):
        pdf = self.path("accented.pdf")
        u.render(u.test_profile("accents-vietnamese.yaml"), pdf, "--date", u.FIXED_DATE)
        text = u.normalise_space(" ".join(u.pdf_text_pages(pdf)))
        self.assertIn("Nguyễn Thị Ánh Tuyết", text)


if __name__ == "__main__":
    u.main()
