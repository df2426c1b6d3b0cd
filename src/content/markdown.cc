#include "content/markdown.h"

#include <md4c.h>

#include <optional>
#include <string>

#include "content/picture_directive.h"

namespace careplan::content {
namespace {

// Collects md4c's callbacks into blocks. Nested lists are flattened into
// their parent list: printed handouts keep one list level.
class BlockCollector {
 public:
  BlockCollector(const SourceLoc& loc, Diagnostics* diagnostics)
      : loc_(loc), diagnostics_(diagnostics) {}

  std::vector<doc::Block> TakeBlocks() { return std::move(blocks_); }

  int EnterBlock(MD_BLOCKTYPE type, void* detail) {
    switch (type) {
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        if (list_depth_++ == 0) list_ = doc::List{type == MD_BLOCK_OL, {}};
        break;
      case MD_BLOCK_LI:
        list_->items.emplace_back();
        text_ = &list_->items.back();
        break;
      case MD_BLOCK_H:
        heading_level_ = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        heading_text_.clear();
        text_ = &heading_text_;
        break;
      case MD_BLOCK_P:
        if (!list_) {
          paragraph_ = doc::Paragraph{};
          text_ = &paragraph_->text;
        } else if (!list_->items.empty() && !list_->items.back().empty()) {
          Append("\n");  // a second paragraph inside a list item
        }
        break;
      case MD_BLOCK_TABLE:
      case MD_BLOCK_HTML:
      case MD_BLOCK_CODE:
      case MD_BLOCK_QUOTE:
        Unsupported(type == MD_BLOCK_TABLE  ? "tables"
                    : type == MD_BLOCK_HTML ? "HTML"
                    : type == MD_BLOCK_CODE ? "code blocks"
                                            : "block quotes");
        break;
      default:
        break;
    }
    return 0;
  }

  int LeaveBlock(MD_BLOCKTYPE type) {
    switch (type) {
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
        if (--list_depth_ == 0) {
          blocks_.push_back(std::move(*list_));
          list_.reset();
          text_ = nullptr;
        }
        break;
      case MD_BLOCK_H: {
        std::string text;
        for (const doc::Span& span : heading_text_) text += span.text;
        // The section title is the level-2 heading; body headings sit below it.
        blocks_.push_back(doc::Heading{3, text, false, false});
        text_ = nullptr;
        break;
      }
      case MD_BLOCK_P:
        if (paragraph_) {
          blocks_.push_back(std::move(*paragraph_));
          paragraph_.reset();
          text_ = nullptr;
        }
        break;
      default:
        break;
    }
    return 0;
  }

  int EnterSpan(MD_SPANTYPE type) {
    if (type == MD_SPAN_STRONG) ++bold_depth_;
    if (type == MD_SPAN_IMG) Unsupported("images");
    return 0;
  }

  int LeaveSpan(MD_SPANTYPE type) {
    if (type == MD_SPAN_STRONG) --bold_depth_;
    return 0;
  }

  int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size) {
    switch (type) {
      case MD_TEXT_NORMAL:
      case MD_TEXT_CODE:
        Append(std::string_view(text, size));
        break;
      case MD_TEXT_SOFTBR:
        Append(" ");
        break;
      case MD_TEXT_BR:
        Append("\n");
        break;
      case MD_TEXT_ENTITY:
        Append(DecodeEntity(std::string_view(text, size)));
        break;
      case MD_TEXT_NULLCHAR:
        Append("\uFFFD");
        break;
      default:
        break;
    }
    return 0;
  }

 private:
  void Append(std::string_view text) {
    if (!text_) return;
    const doc::TextStyle style = bold_depth_ > 0 ? doc::TextStyle::kBold : doc::TextStyle::kRegular;
    if (!text_->empty() && text_->back().style == style) {
      text_->back().text += text;
    } else {
      text_->push_back(doc::Span{std::string(text), style});
    }
  }

  static std::string DecodeEntity(std::string_view entity) {
    if (entity == "&amp;") return "&";
    if (entity == "&lt;") return "<";
    if (entity == "&gt;") return ">";
    if (entity == "&quot;") return "\"";
    if (entity == "&nbsp;") return "\u00A0";
    return std::string(entity);
  }

  void Unsupported(const char* what) {
    diagnostics_->Warning(loc_,
                          std::string(what) + " are not supported in guide sections; left out");
  }

  SourceLoc loc_;
  Diagnostics* diagnostics_;
  std::vector<doc::Block> blocks_;
  std::optional<doc::List> list_;
  int list_depth_ = 0;
  std::optional<doc::Paragraph> paragraph_;
  doc::RichText heading_text_;
  int heading_level_ = 3;
  doc::RichText* text_ = nullptr;
  int bold_depth_ = 0;
};

BlockCollector* Collector(void* userdata) { return static_cast<BlockCollector*>(userdata); }

std::vector<doc::Block> ConvertMarkdownText(std::string_view markdown, const SourceLoc& loc,
                                            Diagnostics* diagnostics) {
  BlockCollector collector(loc, diagnostics);
  MD_PARSER parser{};
  parser.abi_version = 0;
  parser.flags = MD_FLAG_NOHTML | MD_FLAG_PERMISSIVEAUTOLINKS;
  parser.enter_block = [](MD_BLOCKTYPE type, void* detail, void* data) {
    return Collector(data)->EnterBlock(type, detail);
  };
  parser.leave_block = [](MD_BLOCKTYPE type, void*, void* data) {
    return Collector(data)->LeaveBlock(type);
  };
  parser.enter_span = [](MD_SPANTYPE type, void*, void* data) {
    return Collector(data)->EnterSpan(type);
  };
  parser.leave_span = [](MD_SPANTYPE type, void*, void* data) {
    return Collector(data)->LeaveSpan(type);
  };
  parser.text = [](MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* data) {
    return Collector(data)->Text(type, text, size);
  };
  if (md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &collector) != 0) {
    diagnostics->Error(loc, "the Markdown could not be parsed");
  }
  return collector.TakeBlocks();
}

}  // namespace

// Picture lines cut the Markdown into pieces, each converted on its own, so
// that a picture sits exactly where its line is.
std::vector<doc::Block> ConvertMarkdown(std::string_view markdown, const SourceLoc& loc,
                                        Diagnostics* diagnostics) {
  std::vector<doc::Block> blocks;
  size_t piece_start = 0;
  size_t line_start = 0;
  int line_number = loc.line;
  while (line_start < markdown.size()) {
    const size_t newline = markdown.find('\n', line_start);
    const size_t line_end = newline == std::string_view::npos ? markdown.size() : newline + 1;
    const std::string_view line = markdown.substr(line_start, line_end - line_start);
    if (IsPictureLine(line)) {
      for (doc::Block& block : ConvertMarkdownText(
               markdown.substr(piece_start, line_start - piece_start), loc, diagnostics)) {
        blocks.push_back(std::move(block));
      }
      const SourceLoc line_loc{loc.file, line_number, 1};
      if (std::optional<doc::Picture> picture = ReadPictureLine(line, line_loc, diagnostics)) {
        blocks.push_back(*picture);
      }
      piece_start = line_end;
    }
    line_start = line_end;
    ++line_number;
  }
  for (doc::Block& block : ConvertMarkdownText(markdown.substr(piece_start), loc, diagnostics)) {
    blocks.push_back(std::move(block));
  }
  return blocks;
}

}  // namespace careplan::content
