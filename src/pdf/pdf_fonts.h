// The fonts of a PDF: the bundled regular and bold faces, embedded as
// subsets. Written here as plain PDF objects on libharu's document rather
// than through libharu's own TrueType support, for three reasons found by
// profiling and by looking at its output (libharu 2.3.0):
//  - speed: for every document, HPDF_GetFont with the UTF-8 encoder looks up
//    each of 65,535 code points in the font's cmap with a linear search over
//    its segments, about 2.5 ms a face, 40% of the time of a 30-page plan;
//  - size: its "subset" copies cmap, hmtx, loca, name and post whole, its
//    /W lists every character of the font, and its two-byte codes make the
//    text in the page streams twice as long as it needs to be;
//  - correctness: its /ToUnicode is an encoding CMap that poppler rejects.
//
// What is written instead: for each face, one or more Type0 fonts over a
// CIDFontType2, with one-byte codes. Each such font holds up to 255
// characters: in the first font of a face, printable ASCII has its own code
// (so "Page 1 of 3" reads as such in the page stream) and other characters
// get the remaining codes in the order the document first draws them; a
// document that draws more characters in one face gets further fonts. The
// encoding is an embedded CMap (one per document) mapping each one-byte code
// to the CID of the same number, the CIDToGIDMap maps CIDs to the glyphs of
// a real subset (font::TrueTypeSubsetter) holding only the glyphs drawn,
// /W covers only the codes used and a ToUnicode CMap maps each code back to
// its character. The subset tag (the "ABCDEF+" before the font name) is
// derived from the characters, so the bytes depend only on what is drawn.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "font/font_face.h"
#include "font/truetype_subset.h"
#include "pdf/hpdf_document.h"
#include "pdf/pdf_writer.h"

namespace careplan::pdf {

// Both faces' font files, read and checked once per writer.
class FontPrograms {
 public:
  // Reads and parses the files. On failure returns nullptr and sets
  // *status: NotFound "cannot open font file 'PATH'", or InvalidArgument
  // "cannot embed font file 'PATH': ..." for a file that is no usable
  // TrueType font.
  static std::unique_ptr<const FontPrograms> Load(const FontFiles& files, Status* status);

  const font::TrueTypeSubsetter& face(font::Face face) const {
    return face == font::Face::kBold ? *bold_ : *regular_;
  }

 private:
  FontPrograms() = default;
  std::unique_ptr<font::TrueTypeSubsetter> regular_;
  std::unique_ptr<font::TrueTypeSubsetter> bold_;
};

// The fonts of one document. Not thread-safe; one per document.
class PdfFonts {
 public:
  // A piece of encoded text that uses one font: bytes [begin, end) of the
  // output string, a PDF literal string with its parentheses.
  struct Run {
    int font = 0;
    size_t begin = 0;
    size_t end = 0;
  };

  // REQUIRES: doc and programs outlive this object.
  PdfFonts(const HpdfDocument& doc, const FontPrograms& programs)
      : doc_(doc), programs_(programs) {}
  PdfFonts(const PdfFonts&) = delete;
  PdfFonts& operator=(const PdfFonts&) = delete;

  // Encodes `text` (UTF-8) as drawn in `face`: appends one PDF literal
  // string per run of characters in the same font to *out, and the runs to
  // *runs. Invalid UTF-8, control characters and characters above U+FFFF
  // become U+FFFD.
  void Encode(font::Face face, std::string_view text, std::string* out, std::vector<Run>* runs);

  // The name of font `font` (from a Run) in a page's /Font resources: "F1"
  // and "F2" for the first regular and bold fonts, then "F3", "F4", ...
  static std::string ResourceName(int font);

  // The Type0 font dictionary of `font`, an indirect object.
  HPDF_Dict font(int font) const;

  // Writes the rest of every font used: descendant font, descriptor, widths,
  // CIDToGIDMap, ToUnicode, encoding and subset. Call once, after the last
  // Encode.
  void Finish();

 private:
  static constexpr int kFaces = 2;
  static constexpr int kCodes = 256;
  // One Type0 font: the character of each one-byte code (0: not used).
  struct Slot {
    HPDF_Dict type0 = nullptr;
    std::array<char16_t, kCodes> characters{};
    int next_code = 1;  // where to look for a free code
  };
  // Per face: where each character drawn went (slot * 256 + code + 1, 0 for
  // not yet), in blocks of 256 characters made on first use.
  struct Face {
    std::vector<Slot> slots;
    std::array<std::unique_ptr<std::array<uint16_t, kCodes>>, kCodes> placed;
  };

  // The (font, code) of a character, given a place on first use.
  std::pair<int, uint8_t> Place(int face, char16_t character);
  void NewSlot(int face);
  void FinishSlot(int face, const Slot& slot);
  HPDF_Dict NewStream(std::string_view data);

  const HpdfDocument& doc_;
  const FontPrograms& programs_;
  Face faces_[kFaces];
  HPDF_Dict encoding_ = nullptr;  // the one-byte CMap, shared by every font
};

}  // namespace careplan::pdf
