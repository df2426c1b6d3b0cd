#include "yaml/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <sstream>
#include <unordered_map>
#include <utility>

#include "base/utf8.h"
#include "yaml/yaml_limits.h"
#include "yaml/yaml_syntax_help.h"

namespace careplan::yaml {
namespace {

constexpr std::string_view kStringTag = "tag:yaml.org,2002:str";
constexpr size_t kMaxQuotedChars = 60;

// Thrown from the event handler, after reporting, to stop yaml-cpp early.
struct StopParsing {};

// A collection being built, with what is needed to check its keys.
struct Frame {
  YamlNode node;
  std::optional<YamlNode> pending_key;               // maps: a key waiting for its value
  std::unordered_map<std::string, int> first_lines;  // maps: key -> line first written on
};

// Builds a YamlNode tree from yaml-cpp's events.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceText& source, const std::string& file, Diagnostics* diagnostics)
      : source_(source), file_(file), diagnostics_(diagnostics) {}

  std::optional<YamlNode> TakeRoot() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ == 1) return;
    Error(Position(mark),
          std::string(source_.kind().singular) +
              " is one YAML document, but a second one starts here",
          {"remove this \"---\" line and everything after it, or move it to a file of its own"});
    throw StopParsing{};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    Add(NewNode(mark, YamlKind::kNull));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    YamlNode node = NewNode(mark, YamlKind::kNull);
    node.reported = true;
    Error(node.position, "aliases (*name) are not supported in " +
                             std::string(source_.kind().plural) + "; write the value out");
    Add(std::move(node));
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                const std::string& value) override {
    YamlNode node = NewNode(mark, YamlKind::kScalar);
    node.plain = tag == "?";
    if (node.plain)
      node.trailing_comment = FindTrailingComment(source_, mark.line, mark.column, value);
    node.value = CheckScalarText(value, source_, source_.Offset(mark.line, mark.column), file_,
                                 diagnostics_);
    if (tag != "?" && tag != "!" && tag != kStringTag) UnsupportedTag(node, tag);
    Add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    Open(mark, YamlKind::kSequence, tag, "tag:yaml.org,2002:seq");
  }
  void OnSequenceEnd() override { Close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    Open(mark, YamlKind::kMapping, tag, "tag:yaml.org,2002:map");
  }
  void OnMapEnd() override { Close(); }

 private:
  TextPosition Position(const YAML::Mark& mark) const {
    return source_.Position(mark.line, mark.column);
  }

  YamlNode NewNode(const YAML::Mark& mark, YamlKind kind) {
    if (++values_ > kMaxYamlValues) {
      const std::string limit = std::to_string(kMaxYamlValues);
      Error(Position(mark), "the file has more than " + limit + " values; the limit is " + limit);
      throw StopParsing{};
    }
    YamlNode node;
    node.kind = kind;
    node.position = Position(mark);
    return node;
  }

  void Open(const YAML::Mark& mark, YamlKind kind, const std::string& tag,
            std::string_view standard_tag) {
    Frame frame;
    frame.node = NewNode(mark, kind);
    if (tag != "?" && tag != "!" && !tag.empty() && tag != standard_tag) {
      UnsupportedTag(frame.node, tag);
    }
    frames_.push_back(std::move(frame));
  }

  void Close() {
    YamlNode node = std::move(frames_.back().node);
    frames_.pop_back();
    Add(std::move(node));
  }

  // Adds a finished value to the collection being built, or makes it the root.
  void Add(YamlNode node) {
    if (frames_.empty()) {
      root_ = std::move(node);
      return;
    }
    Frame& frame = frames_.back();
    if (frame.node.is_sequence()) {
      frame.node.items.push_back(std::move(node));
    } else if (!frame.pending_key) {
      frame.pending_key = std::move(node);
    } else {
      YamlEntry entry{std::move(*frame.pending_key), std::move(node)};
      frame.pending_key.reset();
      AddEntry(frame, std::move(entry));
    }
  }

  void AddEntry(Frame& frame, YamlEntry entry) {
    // yaml-cpp places an empty value (`stopped:` and nothing else) at the
    // start of the next line; the key is where the reader will look.
    if (entry.value.is_null() && entry.value.position.line != entry.key.position.line)
      entry.value.position = entry.key.position;
    if (entry.key.is_scalar()) {
      if (entry.key.plain) RemoveNbspFromKey(&entry.key);
      const auto [it, inserted] =
          frame.first_lines.emplace(entry.key.value, entry.key.position.line);
      if (!inserted) {
        const std::string path = PathOfTop();
        Error(entry.key.position,
              (path.empty() ? "" : path + ": ") + "duplicate key " +
                  QuoteForMessage(entry.key.value) + " (first written on line " +
                  std::to_string(it->second) + ")",
              {"each key may appear once in a mapping; remove or merge one of them"});
        return;
      }
    }
    frame.node.entries.push_back(std::move(entry));
  }

  // `\u00A0 name: Ann` (a non-breaking space in the indentation) reads as
  // the key "\u00A0 name": reported here in plain words, and the key read
  // without it so that it is not reported a second time as unknown.
  void RemoveNbspFromKey(YamlNode* key) {
    constexpr std::string_view kNbsp = "\xC2\xA0";
    const size_t nbsp = key->value.find(kNbsp);
    if (nbsp == std::string::npos) return;
    TextPosition position = key->position;
    position.column += static_cast<int>(CountCodePoints(key->value.substr(0, nbsp)));
    Error(position, std::string(kNbspMessage), {std::string(kNbspHint)});
    std::string cleaned;
    for (size_t pos = 0; pos < key->value.size();) {
      if (key->value.compare(pos, kNbsp.size(), kNbsp) == 0) {
        pos += kNbsp.size();
      } else {
        cleaned += key->value[pos++];
      }
    }
    const size_t first = cleaned.find_first_not_of(' ');
    const size_t last = cleaned.find_last_not_of(' ');
    key->value = first == std::string::npos ? "" : cleaned.substr(first, last - first + 1);
  }

  // The field path of the collection on top of the stack, such as
  // "treatments[2]", for messages.
  std::string PathOfTop() const {
    std::string path;
    for (size_t i = 0; i + 1 < frames_.size(); ++i) {
      const Frame& frame = frames_[i];
      if (frame.node.is_sequence()) {
        // Appended piece by piece: GCC 12 at -O2 and above reports a false
        // -Wrestrict for "[" + std::to_string(...) (GCC bug 105329).
        path += '[';
        path += std::to_string(frame.node.items.size());
        path += ']';
      } else if (frame.pending_key && frame.pending_key->is_scalar()) {
        path += (path.empty() ? "" : ".") + frame.pending_key->value;
      }
    }
    return path;
  }

  void UnsupportedTag(const YamlNode& node, const std::string& tag) {
    Error(node.position,
          "the YAML tag " + QuoteForMessage(tag) + " is not supported in " +
              std::string(source_.kind().plural),
          {"remove the tag; write text in quotes if it must not be read as a number or date"});
  }

  void Error(TextPosition position, std::string message, std::vector<std::string> hints = {}) {
    diagnostics_->Error(MakeLoc(file_, position), std::move(message), std::move(hints));
  }

  const SourceText& source_;
  const std::string& file_;
  Diagnostics* diagnostics_;
  std::vector<Frame> frames_;
  std::optional<YamlNode> root_;
  int documents_ = 0;
  size_t values_ = 0;
};

}  // namespace

std::optional<YamlNode> ReadYamlTree(const SourceText& source, const std::string& file,
                                     Diagnostics* diagnostics) {
  std::istringstream input(source.text());
  TreeBuilder builder(source, file, diagnostics);
  try {
    YAML::Parser parser(input);
    if (!parser.HandleNextDocument(builder)) return YamlNode{};  // no document at all
    parser.HandleNextDocument(builder);  // the handler reports a second document
  } catch (const StopParsing&) {
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    SyntaxProblem problem = ExplainSyntaxError(source, e.mark.line, e.mark.column, e.msg);
    const SourceLoc loc = MakeLoc(file, problem.position);
    // A non-breaking space in a key may already be reported (RemoveNbspFromKey).
    const bool said = std::any_of(diagnostics->items().begin(), diagnostics->items().end(),
                                  [&](const Diagnostic& d) {
                                    return d.loc.line == loc.line && d.loc.column == loc.column &&
                                           d.message == problem.message;
                                  });
    if (!said) diagnostics->Error(loc, std::move(problem.message), std::move(problem.hints));
    return std::nullopt;
  } catch (const std::exception& e) {
    diagnostics->Error(SourceLoc{file, 0, 0}, std::string("cannot read the YAML: ") + e.what());
    return std::nullopt;
  }
  std::optional<YamlNode> root = builder.TakeRoot();
  return root ? std::move(root) : YamlNode{};
}

std::optional<YamlNode> ReadYamlText(std::string_view raw, const std::string& file,
                                     Diagnostics* diagnostics, FileKind kind, int first_line) {
  // Blank lines before the YAML put it on its own lines without changing
  // what it says.
  std::string text(static_cast<size_t>(std::max(first_line - 1, 0)), '\n');
  text += raw;
  const std::optional<SourceText> source = PrepareSourceText(text, file, diagnostics, kind);
  if (!source) return std::nullopt;
  return ReadYamlTree(*source, file, diagnostics);
}

std::string DescribeYamlValue(const YamlNode& node) {
  switch (node.kind) {
    case YamlKind::kNull:
      return "nothing";
    case YamlKind::kScalar:
      return QuoteForMessage(node.value);
    case YamlKind::kSequence:
      return "a list";
    case YamlKind::kMapping:
      return "a mapping";
  }
  return "";
}

std::string QuoteForMessage(std::string_view text) {
  // Only the start is shown, so only the start is decoded (4 bytes at most each).
  const std::u32string code_points = DecodeUtf8(text.substr(0, 4 * (kMaxQuotedChars + 1)));
  std::string out = "\"";
  for (size_t i = 0; i < code_points.size(); ++i) {
    if (i == kMaxQuotedChars) {
      out += "...";
      break;
    }
    const char32_t c = code_points[i];
    if (c == '\n') {
      out += "\\n";
    } else if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out + "\"";
}

}  // namespace careplan::yaml
