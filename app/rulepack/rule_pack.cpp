#include "rulepack/rule_pack.hpp"

#include <fmt/format.h>
#include <re2/re2.h>
#include <toml++/toml.h>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/utf8.hpp"
#include "rulepack/builtin_macros.hpp"
#include "rulepack/macro_expander.hpp"
#include "rulepack/rule_kind.hpp"

namespace presscheck {
namespace {

const std::set<std::string_view> kRuleKeys = {"id",   "kind",   "pattern",        "description",
                                              "fire", "silent", "case_sensitive", "tolerance",
                                              "value"};

/// Collects errors for one file, each with the line it points at.
class ErrorSink {
 public:
  ErrorSink(std::string file, std::string source, std::vector<std::string>& errors)
      : file_(std::move(file)), errors_(errors) {
    std::istringstream stream(source);
    for (std::string line; std::getline(stream, line);)
      lines_.push_back(line);
  }

  void add(const toml::source_region& where, std::string_view message) {
    add(static_cast<int>(where.begin.line), static_cast<int>(where.begin.column), message);
  }

  void add(int line, int column, std::string_view message) {
    std::string text = fmt::format("{}:{}:{}: error: {}", file_, line, column, message);
    if (line >= 1 && static_cast<std::size_t>(line) <= lines_.size()) {
      text += fmt::format("\n  {:>4} | {}", line, lines_[line - 1]);
    }
    errors_.push_back(std::move(text));
    ++count_;
  }

  int count() const { return count_; }

 private:
  std::string file_;
  std::vector<std::string> lines_;
  std::vector<std::string>& errors_;
  int count_ = 0;
};

bool is_rule_id(std::string_view id) {
  static const RE2 kId(R"([a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+)");
  return RE2::FullMatch(id, kId);
}

std::vector<RuleExample> read_examples(const toml::table& rule, std::string_view key,
                                       bool must_mark, ErrorSink& sink) {
  std::vector<RuleExample> examples;
  const toml::array* array = rule[key].as_array();
  if (array == nullptr || array->empty()) {
    sink.add(rule.source(), fmt::format("rule needs a non-empty `{}` list of examples", key));
    return examples;
  }
  for (const toml::node& node : *array) {
    const auto* text = node.as_string();
    if (text == nullptr) {
      sink.add(node.source(), fmt::format("`{}` examples must be strings", key));
      continue;
    }
    RuleExample example;
    example.line = static_cast<int>(node.source().begin.line);
    if (!parse_marked_example(text->get(), example.text, example.expected)) {
      sink.add(node.source(), "unbalanced [ ] in example (write \\[ for a literal bracket)");
    } else if (must_mark && !example.expected) {
      sink.add(node.source(), "a `fire` example must mark the expected span with [ ]");
    } else if (!must_mark && example.expected) {
      sink.add(node.source(), "a `silent` example marks no span");
    } else {
      examples.push_back(std::move(example));
    }
  }
  return examples;
}

std::optional<PatternRule> read_rule(const toml::table& rule, Lang lang,
                                     const std::map<std::string, std::string>& macros,
                                     const std::string& file, ErrorSink& sink) {
  const int errors_before = sink.count();
  for (const auto& [key, node] : rule) {
    if (!kRuleKeys.contains(key.str())) {
      sink.add(node.source(), fmt::format("unknown key `{}` in rule", key.str()));
    }
  }
  PatternRule out;
  out.lang = lang;
  out.file = file;
  out.line = static_cast<int>(rule.source().begin.line);
  auto required = [&](std::string_view key) -> std::string {
    const auto value = rule[key].value<std::string>();
    if (!value || value->empty())
      sink.add(rule.source(), fmt::format("rule needs `{}`", key));
    return value.value_or("");
  };
  out.id = required("id");
  const std::string kind_name = required("kind");
  out.description = required("description");
  const std::string pattern = required("pattern");
  if (!out.id.empty() && !is_rule_id(out.id)) {
    sink.add(
        rule["id"].node()->source(),
        fmt::format("rule id `{}` is not dotted kebab-case (e.g. fr.negation.ne-pas)", out.id));
  }
  const RuleKind* kind = find_rule_kind(kind_name);
  if (kind != nullptr)
    out.kind = kind->id;
  else if (!kind_name.empty())
    sink.add(rule["kind"].node()->source(), fmt::format("unknown rule kind `{}`", kind_name));
  if (kind != nullptr && kind->takes_tolerance) {
    const auto tolerance = rule["tolerance"].value<double>();
    if (!tolerance || *tolerance < 0 || *tolerance > 1) {
      sink.add(rule.source(), "an approximator needs `tolerance`, a fraction from 0 to 1");
    }
    out.tolerance = tolerance.value_or(0);
  } else if (kind != nullptr && rule.contains("tolerance")) {
    sink.add(rule["tolerance"].node()->source(), "only approximators take `tolerance`");
  }
  if (kind != nullptr && kind->takes_value) {
    out.value = required("value");
    if (!out.value.empty() && !kind->value_syntax.empty() &&
        !RE2::FullMatch(out.value, RE2(std::string(kind->value_syntax)))) {
      sink.add(rule["value"].node()->source(),
               fmt::format("`value` of a `{}` rule must match {}", kind_name, kind->value_syntax));
    }
  } else if (kind != nullptr && rule.contains("value")) {  // an unknown kind is error enough
    sink.add(rule["value"].node()->source(),
             fmt::format("rules of kind `{}` take no `value`", kind_name));
  }
  if (!pattern.empty()) {
    std::string error;
    const auto expanded = expand_macros(pattern, macros, error);
    const auto& where = rule["pattern"].node()->source();
    if (!expanded) {
      sink.add(where, error);
    } else {
      out.pattern = *expanded;
      const bool case_sensitive = rule["case_sensitive"].value_or(false);
      if (const auto error = out.prepare(case_sensitive)) {
        sink.add(where, fmt::format("pattern does not compile: {}", *error));
      }
    }
  }
  out.fire = read_examples(rule, "fire", true, sink);
  out.silent = read_examples(rule, "silent", false, sink);
  if (sink.count() != errors_before)
    return std::nullopt;
  return out;
}

}  // namespace

bool parse_marked_example(std::string_view marked, std::string& text, std::optional<Span>& span) {
  text.clear();
  span.reset();
  std::optional<std::size_t> open;
  for (std::size_t i = 0; i < marked.size(); ++i) {
    const char c = marked[i];
    if (c == '\\' && i + 1 < marked.size() && (marked[i + 1] == '[' || marked[i + 1] == ']')) {
      text += marked[++i];
    } else if (c == '[') {
      if (open || span)
        return false;
      open = text.size();
    } else if (c == ']') {
      if (!open)
        return false;
      span = Span{*open, text.size()};
      open.reset();
    } else {
      text += c;
    }
  }
  return !open;
}

RulePack load_rule_pack(const std::filesystem::path& file, Lang lang,
                        std::vector<std::string>& errors) {
  RulePack pack;
  pack.file = file.generic_string();
  pack.lang = lang;
  std::ifstream stream(file, std::ios::binary);
  std::string source((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  ErrorSink sink(pack.file, source, errors);
  if (!stream.good() && !stream.eof()) {
    sink.add(1, 1, "cannot read the rule pack");
    return pack;
  }
  toml::table root;
  try {
    root = toml::parse(source, pack.file);
  } catch (const toml::parse_error& error) {
    sink.add(error.source(), error.description());
    return pack;
  }
  std::map<std::string, std::string> macros = builtin_macros();
  for (const auto& [key, node] : root) {
    const std::string_view name = key.str();
    if (name == "lang") {
      if (node.value<std::string>() != std::string(lang_code(lang))) {
        sink.add(node.source(),
                 fmt::format("`lang` must be \"{}\" for a pack in this folder", lang_code(lang)));
      }
    } else if (name == "macros") {
      if (const auto* table = node.as_table()) {
        for (const auto& [macro, text] : *table) {
          if (const auto value = text.value<std::string>()) {
            macros[std::string(macro.str())] = "(?:" + *value + ")";
          } else {
            sink.add(text.source(), "a macro must be a string");
          }
        }
      }
    } else if (name != "rule") {
      sink.add(node.source(), fmt::format("unknown key `{}` (expected lang, macros, rule)", name));
    }
  }
  if (const auto* rules = root["rule"].as_array()) {
    for (const toml::node& node : *rules) {
      if (const auto* table = node.as_table()) {
        if (auto rule = read_rule(*table, lang, macros, pack.file, sink)) {
          pack.rules.push_back(std::move(*rule));
        }
      }
    }
  } else {
    sink.add(1, 1, "a rule pack needs at least one [[rule]]");
  }
  return pack;
}

}  // namespace presscheck
