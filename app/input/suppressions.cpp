#include "input/suppressions.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cctype>
#include <optional>

namespace presscheck {
namespace {

constexpr std::string_view kPrefix = "presscheck-";

enum class Directive { disable, enable, disable_next_line };

struct Comment {
  Directive directive;
  std::vector<std::string> rules;
  std::string reason;
  Span span;
};

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
    s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
    s.remove_suffix(1);
  return s;
}

// Reads "presscheck-WORD RULE, RULE -- reason" from a comment's inside.
std::optional<Comment> parse_directive(std::string_view inside, Span span) {
  inside = trim(inside);
  if (inside.substr(0, kPrefix.size()) != kPrefix)
    return std::nullopt;
  inside.remove_prefix(kPrefix.size());
  std::size_t word_end = 0;
  while (word_end < inside.size() && !std::isspace(static_cast<unsigned char>(inside[word_end]))) {
    ++word_end;
  }
  const std::string_view word = inside.substr(0, word_end);
  Comment comment{Directive::disable, {}, {}, span};
  if (word == "disable-next-line") {
    comment.directive = Directive::disable_next_line;
  } else if (word == "enable") {
    comment.directive = Directive::enable;
  } else if (word != "disable") {
    return std::nullopt;
  }
  std::string_view rest = inside.substr(word_end);
  if (const std::size_t dashes = rest.find("--"); dashes != std::string_view::npos) {
    comment.reason = std::string(trim(rest.substr(dashes + 2)));
    rest = rest.substr(0, dashes);
  }
  std::string rule;
  for (const char c : rest) {
    if (c == ',' || std::isspace(static_cast<unsigned char>(c))) {
      if (!rule.empty())
        comment.rules.push_back(std::move(rule));
      rule.clear();
    } else {
      rule += c;
    }
  }
  if (!rule.empty())
    comment.rules.push_back(std::move(rule));
  return comment;
}

void html_comments(std::string_view text, std::vector<Comment>& out) {
  for (std::size_t open = text.find("<!--"); open != std::string_view::npos;
       open = text.find("<!--", open + 4)) {
    const std::size_t close = text.find("-->", open + 4);
    if (close == std::string_view::npos)
      return;
    const Span span{open, close + 3};
    if (auto comment = parse_directive(text.substr(open + 4, close - open - 4), span)) {
      out.push_back(std::move(*comment));
    }
    open = close;
  }
}

// `# presscheck-…` lines in YAML front matter (between `---` fences) or TOML front matter
// (between `+++` fences), where HTML comments cannot go.
void front_matter_comments(std::string_view text, std::vector<Comment>& out) {
  std::size_t pos = text.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  std::string_view fence;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos)
      end = text.size();
    const std::string_view line = trim(text.substr(pos, end - pos));
    const bool first = fence.empty();
    if (first && line != "---" && line != "+++")
      return;
    if (first)
      fence = line;
    else if (line == fence || (fence == "---" && line == "..."))
      return;
    if (!first && !line.empty() && line.front() == '#') {
      const auto begin = static_cast<std::size_t>(line.data() - text.data());
      if (auto comment = parse_directive(line.substr(1), {begin, begin + line.size()})) {
        out.push_back(std::move(*comment));
      }
    }
    pos = end + 1;
  }
}

bool names_any(const Suppression& suppression, const std::vector<std::string>& rules) {
  return std::any_of(rules.begin(), rules.end(), [&](const std::string& rule) {
    return std::find(suppression.rules.begin(), suppression.rules.end(), rule) !=
           suppression.rules.end();
  });
}

Diagnostic unused(const Suppression& suppression, std::string_view rule, Lang lang,
                  KnownRule is_known_rule) {
  Diagnostic d;
  d.rule = "suppression.unused";
  d.severity = Severity::warning;
  d.span = suppression.comment;
  if (rule.empty()) {
    d.message = std::string(pick(lang, "cette suppression ne masque aucun constat : retirez-la",
                                 "this suppression hides no finding: remove it"));
  } else if (!is_known_rule(rule)) {
    d.message = fmt::format(fmt::runtime(pick(lang,
                                              "règle inconnue « {} » : cette suppression ne "
                                              "masque rien (voir `presscheck rules list`)",
                                              "unknown rule `{}`: this suppression hides nothing "
                                              "(see `presscheck rules list`)")),
                            rule);
  } else {
    d.message = fmt::format(
        fmt::runtime(pick(lang, "la suppression de {} ne masque aucun constat : retirez-la",
                          "the suppression of {} hides no finding: remove it")),
        rule);
  }
  return d;
}

}  // namespace

std::vector<Suppression> find_suppressions(std::string_view text, const LineIndex& lines) {
  std::vector<Comment> comments;
  front_matter_comments(text, comments);
  html_comments(text, comments);
  std::sort(comments.begin(), comments.end(),
            [](const Comment& a, const Comment& b) { return a.span.begin < b.span.begin; });
  std::vector<Suppression> done;
  std::vector<Suppression> open;
  for (Comment& comment : comments) {
    switch (comment.directive) {
      case Directive::disable_next_line: {
        const std::size_t line = lines.position(text, comment.span.end).line + 1;
        const std::string_view next = lines.line_text(text, line);
        const std::size_t begin = line <= lines.line_count()
                                      ? static_cast<std::size_t>(next.data() - text.data())
                                      : text.size();
        done.push_back({std::move(comment.rules),
                        std::move(comment.reason),
                        comment.span,
                        {begin, begin + next.size() + 1}});
        break;
      }
      case Directive::disable:
        open.push_back({std::move(comment.rules),
                        std::move(comment.reason),
                        comment.span,
                        {comment.span.end, text.size()}});
        break;
      case Directive::enable:
        // A bare enable ends every open region; a named one ends the regions naming one of
        // its rules.
        for (auto it = open.begin(); it != open.end();) {
          if (comment.rules.empty() || names_any(*it, comment.rules)) {
            it->covers.end = comment.span.begin;
            done.push_back(std::move(*it));
            it = open.erase(it);
          } else {
            ++it;
          }
        }
        break;
    }
  }
  for (Suppression& suppression : open)
    done.push_back(std::move(suppression));
  std::sort(done.begin(), done.end(), [](const Suppression& a, const Suppression& b) {
    return a.comment.begin < b.comment.begin;
  });
  return done;
}

void apply_suppressions(const std::vector<Suppression>& suppressions, Lang lang,
                        KnownRule is_known_rule, std::vector<Diagnostic>& diagnostics) {
  // used[i][r]: whether rule r of suppression i hid something (r = 0 for "every rule").
  std::vector<std::vector<bool>> used(suppressions.size());
  for (std::size_t i = 0; i < suppressions.size(); ++i) {
    used[i].assign(std::max<std::size_t>(1, suppressions[i].rules.size()), false);
  }
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    bool hidden = false;
    for (std::size_t i = 0; i < suppressions.size(); ++i) {
      const Suppression& s = suppressions[i];
      if (d.span.begin < s.covers.begin || d.span.begin >= s.covers.end)
        continue;
      if (s.rules.empty()) {
        used[i][0] = hidden = true;
        continue;
      }
      for (std::size_t r = 0; r < s.rules.size(); ++r) {
        if (s.rules[r] == d.rule)
          used[i][r] = hidden = true;
      }
    }
    return hidden;
  });
  for (std::size_t i = 0; i < suppressions.size(); ++i) {
    const Suppression& s = suppressions[i];
    if (s.rules.empty()) {
      if (!used[i][0])
        diagnostics.push_back(unused(s, {}, lang, is_known_rule));
      continue;
    }
    for (std::size_t r = 0; r < s.rules.size(); ++r) {
      if (!used[i][r])
        diagnostics.push_back(unused(s, s.rules[r], lang, is_known_rule));
    }
  }
}

}  // namespace presscheck
