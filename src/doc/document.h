// Document: the semantic model of a printed care plan or packet, made of
// blocks (headings, paragraphs, lists, tables, checklists, call-outs, charts).
// Produced by the compose stage from a CarePlan; consumed by the layout stage.
// It knows nothing of pages, fonts files or PDF: only what is said, in what
// order, and how it is structured. Sizes inside charts are in points.
#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "base/color.h"
#include "base/date.h"
#include "base/image_info.h"

namespace careplan::doc {

enum class TextStyle { kRegular, kBold };

// A small solid symbol printed in the line of a heading or call-out title,
// sized to its text, so that a reader finds the kind of thing at a glance.
// The words next to it always say the same: an icon is never the only
// carrier of meaning (the PDF is not tagged, so it has no alternative text).
enum class Icon { kNone, kWarning, kPhone, kMedicine, kCalendar };

// A run of text in one style. Text is UTF-8 and printed exactly as given.
struct Span {
  std::string text;
  TextStyle style = TextStyle::kRegular;
};

// Inline content of a paragraph, list item or table cell.
using RichText = std::vector<Span>;

inline RichText Plain(std::string text) { return {Span{std::move(text), TextStyle::kRegular}}; }
inline RichText Strong(std::string text) { return {Span{std::move(text), TextStyle::kBold}}; }

// Level 1 starts a major part (and a new page when `page_break_before`),
// level 2 a section, level 3 a sub-heading. Levels 1 and 2 get PDF bookmarks
// and, when in_contents, an entry in the contents.
struct Heading {
  int level = 1;
  std::string text;
  bool in_contents = true;
  bool page_break_before = false;
  Icon icon = Icon::kNone;  // drawn before the first line
  // With page_break_before: no new page when what comes before it (since the
  // last page break) has already run onto a second page, so that a one-page
  // summary keeps its page, but its overflow does not leave a page nearly empty.
  bool unless_spilled = false;
};

// A paragraph that introduces what follows (a lead-in such as "What to watch
// for:", or the instructions above a form) is kept whole and on the same page
// as the first two lines of the next block, like a heading. A paragraph whose
// text ends with a colon is always such a lead-in.
struct Paragraph {
  RichText text;
  bool keep_with_next = false;
};

struct List {
  bool numbered = false;
  std::vector<RichText> items;
};

// A table whose header row is repeated, under "(continued)", on every page it
// reaches. A row of four lines or more may break between its lines, two at
// least on each side and no cell of three lines or fewer cut; the page it goes
// on names it in its first column ("ramipril (ACE inhibitor), continued").
struct Table {
  std::vector<RichText> header;
  std::vector<double> column_weights;  // relative widths, one per column
  std::vector<std::vector<RichText>> rows;
  // The first column names each row: by default it is never cut (a medicine
  // and its dose), and a row breaks only beside its other columns. A first
  // column of prose (a check's name, then why it matters) may be cut after
  // its bold name.
  bool first_column_may_break = false;
};

// A tick box with text, and optional blank lines below it to write on.
struct ChecklistItem {
  RichText text;
  int write_lines = 0;
};

struct Checklist {
  std::vector<ChecklistItem> items;
};

enum class CalloutKind { kWarning, kInformation };

// A framed box, not split across pages (unless may_split, or taller than half a page:
// layout/box_layout.cc): a title, then paragraphs, then
// bulleted items (e.g. "Call your care team now if…"). A warning's title
// starts with a drawn warning sign (Icon::kWarning).
struct Callout {
  CalloutKind kind = CalloutKind::kWarning;
  std::string title;
  std::vector<RichText> paragraphs;
  std::vector<RichText> items;
  // May run onto the next page between items (the title and two items stay
  // together): the frame closes at the foot of the page and opens again under
  // the title and "(continued)". For a long box that need not sit on one page
  // (the same-day signs), so that it does not leave most of a page empty.
  bool may_split = false;
};

// Label–value rows, e.g. the cover's "Date of birth: 12 Apr 1968".
struct LabelValueList {
  std::vector<std::pair<std::string, RichText>> rows;
};

// Blank ruled lines for handwriting, with an optional label above them;
// keep_with_next as for a paragraph (e.g. "Week starting" above a chart).
struct WriteInLines {
  std::string label;
  int count = 3;
  bool keep_with_next = false;
};

// A grid for filling in by hand: a header row, any rows printed already
// filled in, then `blank_rows` empty rows (e.g. a blood-pressure log). Header
// repeats like a table's. A filled row shows how to fill in the grid (a worked
// example); its own words say that it is one, so it reads the same in grey.
struct FormGrid {
  std::vector<std::string> header;
  std::vector<double> column_weights;
  std::vector<std::string> first_column;  // pre-filled first cells of the blank rows, may be empty
  int blank_rows = 10;
  std::vector<std::vector<RichText>> filled_rows;  // before the blank rows, may be empty
};

// Vector chart primitives; coordinates in points from the chart's top-left.
enum class Fill { kNone, kSolid, kHatched, kCrossHatched, kDotted };

struct ChartLine {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.75;
  Color color = kBlack;
  bool dashed = false;
};

struct ChartRect {
  double x = 0, y = 0, width = 0, height = 0;
  Fill fill = Fill::kNone;
  Color fill_color = kBlack;
  bool outline = true;
  bool dashed_outline = false;
  Color outline_color = kBlack;
};

struct ChartPolygon {
  std::vector<std::pair<double, double>> points;
  Color fill_color = kBlack;
};

enum class TextAnchor { kStart, kMiddle, kEnd };

struct ChartText {
  double x = 0, y_baseline = 0;
  std::string text;
  double size_pt = 9;
  TextStyle style = TextStyle::kRegular;
  TextAnchor anchor = TextAnchor::kStart;
  Color color = kBlack;
};

using ChartItem = std::variant<ChartLine, ChartRect, ChartPolygon, ChartText>;

// A chart is placed at the left margin; if it is wider than the text column
// it is scaled down to fit. It is never split across pages.
struct Chart {
  double width_pt = 0;
  double height_pt = 0;
  std::vector<ChartItem> items;
  std::string description;  // one plain sentence saying what it shows
  // Left out rather than be alone on the last page of its part (however
  // much of the page it would fill): a how-to drawing that Part 2 holds too.
  bool optional = false;
};

// Where the contents (headings of level 1 and 2 with page numbers) go.
struct Contents {
  std::string title = "Contents";
};

struct PageBreak {};

// A drawing that a guide section names ("::: picture NAME", content/
// picture_names.h). The compose stage replaces it with its Chart, drawn to
// the document's measures; layout never sees one.
enum class PictureKind { kRaynaudColourChange, kHandStretches };

struct Picture {
  PictureKind kind = PictureKind::kRaynaudColourChange;
  bool optional = false;  // as Chart::optional
};

// A picture (a clinic's logo) drawn width_pt x height_pt at the left margin,
// smaller if that is wider than the text column or taller than a page (its
// proportions kept), and never split. The image was checked when its file
// was read (base/image_info.h); a null image is left out. (No alt text: the
// PDF writer cannot tag it, and with one more string GCC 12 reports a false
// -Wmaybe-uninitialized, bug 107138, where a Block is built from a Chart.)
struct Image {
  std::shared_ptr<const CheckedImage> image;
  double width_pt = 0;
  double height_pt = 0;
};

using Block = std::variant<Heading, Paragraph, List, Table, Checklist, Callout, LabelValueList,
                           WriteInLines, FormGrid, Chart, Contents, PageBreak, Image, Picture>;

// Metadata and the running text printed on every page.
struct DocumentInfo {
  std::string title;
  std::string subject;
  std::string author;  // the organisation, or empty
  std::string keywords;
  std::string creator;  // "careplan 0.1.0"
  std::string language = "en";
  Date creation_date{1970, 1, 1};
  // Every page: header_left (name and identifier, or packet title) at the top
  // left, header_right (plan date, or organisation) at the top right, and
  // "Page X of Y" at the bottom right next to footer_left.
  std::string header_left;
  std::string header_right;
  std::string footer_left;
};

struct Document {
  DocumentInfo info;
  std::vector<Block> blocks;
};

}  // namespace careplan::doc
