#include "content/guide_audience.h"

#include <algorithm>

#include "content/condition_parser.h"
#include "content/markdown.h"
#include "content/picture_directive.h"
#include "yaml/yaml_tree.h"

namespace careplan::content {
namespace {

// kOther: a block with an unknown audience, open so that its ":::" is no
// second error.
enum class Open { kNone, kPlan, kPacket, kWhen, kOther };

constexpr std::string_view kFence = ":::";

std::string_view TrimRight(std::string_view text) {
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r' ||
                           text.back() == '\n')) {
    text.remove_suffix(1);
  }
  return text;
}

std::string_view TrimLeft(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  return text;
}

// Reads the fences and routes each line to the texts it belongs to.
class AudienceSplitter {
 public:
  AudienceSplitter(const SourceLoc& loc, Diagnostics* diagnostics)
      : loc_(loc), diagnostics_(diagnostics) {}

  void Line(std::string_view line) {
    const std::string_view content = TrimRight(line);
    // A picture line opens no block: it is text for ConvertMarkdown.
    if (content.substr(0, kFence.size()) == kFence && !IsPictureLine(content)) {
      const std::string_view rest = TrimLeft(content.substr(kFence.size()));
      Fence(rest, content.size() - rest.size());
      texts_.plan += '\n';
      texts_.packet += '\n';
    } else {
      texts_.plan += open_ == Open::kPacket ? std::string_view("\n") : line;
      const bool plan_only = open_ == Open::kPlan || (open_ == Open::kWhen && when_plan_only_);
      texts_.packet += plan_only ? std::string_view("\n") : line;
    }
    ++line_;
  }

  std::optional<AudienceTexts> Finish() {
    if (open_ != Open::kNone) {
      Error(open_line_,
            "the \"::: " + open_name_ + "\" block is not closed: end it with a line \":::\"");
    }
    if (failed_) return std::nullopt;
    return std::move(texts_);
  }

 private:
  // `column` is the 0-based byte offset of `audience` in the line.
  void Fence(std::string_view audience, size_t column) {
    if (audience.empty()) {
      if (open_ == Open::kNone) Error(line_, "\":::\" ends no block");
      if (open_ == Open::kWhen) texts_.when_blocks.back().end_line = line_ - loc_.line;
      open_ = Open::kNone;
      return;
    }
    if (open_ != Open::kNone) {
      Error(line_, "a \"::: " + std::string(audience) + "\" block cannot start inside the \"::: " +
                       open_name_ + "\" block of line " + std::to_string(open_line_) +
                       "; end that one first with a line \":::\"");
      return;
    }
    open_name_ = audience;
    open_line_ = line_;
    // "plan when COND": a when block that a packet leaves out.
    when_plan_only_ = audience.substr(0, 5) == "plan " && IsWhenFence(TrimLeft(audience.substr(5)));
    if (when_plan_only_) {
      const std::string_view when = TrimLeft(audience.substr(5));
      column += audience.size() - when.size();
      audience = when;
      texts_.differ = true;
    }
    if (IsWhenFence(audience)) {
      open_ = Open::kWhen;
      OpenWhen(audience.substr(4), column + 4);
      open_name_ = "when";
      return;
    }
    if (audience == "plan") {
      open_ = Open::kPlan;
    } else if (audience == "packet") {
      open_ = Open::kPacket;
    } else {
      Error(line_, "unknown block \"" + std::string(audience) +
                       "\"; expected plan, packet, when CONDITION or plan when CONDITION");
      open_ = Open::kOther;
    }
    texts_.differ = true;
  }

  static bool IsWhenFence(std::string_view audience) {
    return audience == "when" || audience.substr(0, 5) == "when " ||
           audience.substr(0, 5) == "when\t";
  }

  // Reads the condition after "when" (YAML flow, as in the rules) and opens
  // a when block from the next line. The text is indented by its column so
  // that locations point into the Markdown line.
  void OpenWhen(std::string_view text, size_t column) {
    WhenBlock block;
    block.first_line = line_ - loc_.line + 1;
    block.end_line = block.first_line;
    const std::string yaml = std::string(column, ' ') + std::string(text);
    if (TrimLeft(text).empty()) {
      Error(line_, "\"::: when\" needs a condition, for example \"::: when {sex: female}\"");
    } else {
      // The reader's own messages (a syntax error, a duplicate key) say
      // where they come from.
      Diagnostics read;
      const std::optional<yaml::YamlNode> node =
          yaml::ReadYamlText(yaml, loc_.file, &read, yaml::kTemplateFile, line_);
      for (Diagnostic diagnostic : read.items()) {
        diagnostic.message =
            (node ? "\"::: when\": " : "\"::: when\": the condition is not valid YAML: ") +
            diagnostic.message;
        diagnostics_->Add(std::move(diagnostic));
      }
      const int before = diagnostics_->error_count();
      if (node) block.when = ParseCondition(*node, loc_.file, diagnostics_);
      if (diagnostics_->error_count() > before || read.has_errors()) failed_ = true;
    }
    texts_.when_blocks.push_back(std::move(block));
  }

  void Error(int line, std::string message) {
    diagnostics_->Error(SourceLoc{loc_.file, line, 1}, std::move(message));
    failed_ = true;
  }

  SourceLoc loc_;
  Diagnostics* diagnostics_;
  AudienceTexts texts_;
  Open open_ = Open::kNone;
  int line_ = loc_.line;
  std::string open_name_;
  int open_line_ = 0;
  bool when_plan_only_ = false;  // the open when block is "plan when"
  bool failed_ = false;
};

bool SameDiagnostic(const Diagnostic& a, const Diagnostic& b) {
  return a.severity == b.severity && a.loc.file == b.loc.file && a.loc.line == b.loc.line &&
         a.loc.column == b.loc.column && a.message == b.message;
}

}  // namespace

std::optional<AudienceTexts> SplitAudiences(std::string_view markdown, const SourceLoc& loc,
                                            Diagnostics* diagnostics) {
  AudienceSplitter splitter(loc, diagnostics);
  while (!markdown.empty()) {
    const size_t end = markdown.find('\n');
    const size_t length = end == std::string_view::npos ? markdown.size() : end + 1;
    splitter.Line(markdown.substr(0, length));
    markdown.remove_prefix(length);
  }
  return splitter.Finish();
}

void ConvertSectionBody(std::string_view markdown, const SourceLoc& loc, Diagnostics* diagnostics,
                        GuideSection* section) {
  const std::optional<AudienceTexts> texts = SplitAudiences(markdown, loc, diagnostics);
  if (!texts) return;
  section->body_loc = loc;
  if (!texts->when_blocks.empty()) {
    section->when_blocks = texts->when_blocks;
    section->plan_markdown = texts->plan;
  }
  const size_t reported_before = diagnostics->items().size();
  section->body = ConvertMarkdown(texts->plan, loc, diagnostics);
  if (!texts->differ) return;
  // The shared text is converted twice: report its problems once.
  Diagnostics packet_diagnostics;
  section->packet_body = ConvertMarkdown(texts->packet, loc, &packet_diagnostics);
  const auto reported = diagnostics->items();
  for (const Diagnostic& item : packet_diagnostics.items()) {
    const bool seen =
        std::any_of(reported.begin() + static_cast<std::ptrdiff_t>(reported_before), reported.end(),
                    [&](const Diagnostic& old) { return SameDiagnostic(old, item); });
    if (!seen) diagnostics->Add(item);
  }
}

}  // namespace careplan::content
