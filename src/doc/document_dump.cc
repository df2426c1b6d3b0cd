#include "doc/document_dump.h"

#include <string>
#include <variant>

#include "base/dump_text.h"
#include "doc/picture_names.h"

namespace careplan::doc {
namespace {

const char* IconName(Icon icon) {
  switch (icon) {
    case Icon::kWarning:
      return "warning";
    case Icon::kPhone:
      return "phone";
    case Icon::kMedicine:
      return "medicine";
    case Icon::kCalendar:
      return "calendar";
    case Icon::kNone:
      break;
  }
  return "";
}

// Bold runs between ** as in Markdown, so a reviewer sees the emphasis.
std::string Text(const RichText& text) {
  std::string out;
  for (const Span& span : text) {
    if (span.style == TextStyle::kBold) {
      out += "**" + span.text + "**";
    } else {
      out += span.text;
    }
  }
  return DumpQuote(out);
}

std::string Cells(const std::vector<RichText>& cells) {
  std::string out;
  for (size_t i = 0; i < cells.size(); ++i) out += (i ? " | " : "") + Text(cells[i]);
  return out;
}

std::string Words(const std::vector<std::string>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) out += (i ? " | " : "") + DumpQuote(words[i]);
  return out;
}

struct BlockDumper {
  std::ostream& out;

  void operator()(const Heading& h) const {
    out << "heading " << h.level << (h.page_break_before ? " new-page" : "")
        << (h.in_contents ? "" : " not-in-contents")
        << (h.icon == Icon::kNone ? "" : std::string(" icon ") + IconName(h.icon)) << " "
        << DumpQuote(h.text) << "\n";
  }
  void operator()(const Paragraph& p) const {
    out << "paragraph" << (p.keep_with_next ? " keep-with-next" : "") << " " << Text(p.text)
        << "\n";
  }
  void operator()(const List& l) const {
    out << (l.numbered ? "numbered-list" : "list") << "\n";
    for (const RichText& item : l.items) out << "  - " << Text(item) << "\n";
  }
  void operator()(const Table& t) const {
    out << "table " << t.rows.size() << " rows"
        << (t.first_column_may_break ? ", first column may break" : "") << "\n";
    out << "  header " << Cells(t.header) << "\n";
    for (const auto& row : t.rows) out << "  row " << Cells(row) << "\n";
  }
  void operator()(const Checklist& c) const {
    out << "checklist\n";
    for (const ChecklistItem& item : c.items) {
      out << "  [ ] " << Text(item.text);
      if (item.write_lines > 0) out << " +" << item.write_lines << " lines";
      out << "\n";
    }
  }
  void operator()(const Callout& c) const {
    out << "callout " << (c.kind == CalloutKind::kWarning ? "warning" : "information") << " "
        << DumpQuote(c.title) << (c.may_split ? " may-split" : "") << "\n";
    for (const RichText& paragraph : c.paragraphs) out << "  paragraph " << Text(paragraph) << "\n";
    for (const RichText& item : c.items) out << "  - " << Text(item) << "\n";
  }
  void operator()(const LabelValueList& l) const {
    out << "label-values\n";
    for (const auto& [label, value] : l.rows) {
      out << "  " << DumpQuote(label) << ": " << Text(value) << "\n";
    }
  }
  void operator()(const WriteInLines& w) const {
    out << "write-in " << w.count << " lines" << (w.keep_with_next ? " keep-with-next" : "");
    if (!w.label.empty()) out << " " << DumpQuote(w.label);
    out << "\n";
  }
  void operator()(const FormGrid& f) const {
    out << "form " << f.blank_rows << " blank rows\n";
    out << "  header " << Words(f.header) << "\n";
    for (const std::vector<RichText>& row : f.filled_rows) out << "  filled " << Cells(row) << "\n";
    if (!f.first_column.empty()) out << "  first-column " << Words(f.first_column) << "\n";
  }
  // The words of a chart (labels, keys) matter to a reviewer; its shapes
  // are counted only: the layout dump has them.
  void operator()(const Chart& c) const {
    int shapes = 0;
    std::vector<std::string> words;
    for (const ChartItem& item : c.items) {
      if (const auto* text = std::get_if<ChartText>(&item)) {
        words.push_back(text->text);
      } else {
        ++shapes;
      }
    }
    out << "chart " << DumpNumber(c.width_pt) << " x " << DumpNumber(c.height_pt) << ", " << shapes
        << " shapes" << (c.optional ? ", optional " : " ") << DumpQuote(c.description) << "\n";
    if (!words.empty()) out << "  words " << Words(words) << "\n";
  }
  void operator()(const Contents& c) const { out << "contents " << DumpQuote(c.title) << "\n"; }
  void operator()(const PageBreak&) const { out << "page-break\n"; }
  void operator()(const Picture& p) const {
    out << "picture " << PictureName(p.kind) << (p.optional ? " optional" : "") << "\n";
  }
  void operator()(const Image& i) const {
    out << "image " << DumpNumber(i.width_pt) << " x " << DumpNumber(i.height_pt)
        << (i.image ? "" : " (none)") << "\n";
  }
};

}  // namespace

void DumpDocument(const Document& document, std::ostream& out) {
  const DocumentInfo& info = document.info;
  out << "title " << DumpQuote(info.title) << "\n";
  out << "subject " << DumpQuote(info.subject) << "\n";
  out << "author " << DumpQuote(info.author) << "\n";
  out << "keywords " << DumpQuote(info.keywords) << "\n";
  out << "language " << DumpQuote(info.language) << "\n";
  out << "created " << info.creation_date.Iso() << "\n";
  out << "header " << DumpQuote(info.header_left) << " | " << DumpQuote(info.header_right) << "\n";
  out << "footer " << DumpQuote(info.footer_left) << "\n";
  for (const Block& block : document.blocks) std::visit(BlockDumper{out}, block);
}

}  // namespace careplan::doc
