#include "input/html_text.hpp"

#include <algorithm>
#include <string_view>
#include <vector>

#include "core/utf8.hpp"
#include "input/html_page.hpp"
#include "input/html_walk.hpp"

namespace presscheck {
namespace {

// Only the first few <h1> are compared with <title>: a real page has one or two, and the
// bound keeps nested headings on a hostile page from costing their text many times over.
constexpr std::size_t kMaxTitleMatches = 8;

/// What one pass over the page finds: the places a headline, standfirst and date may come
/// from. Each field holds the first in document order.
struct Survey {
  const GumboAttribute* og_title = nullptr;
  const GumboAttribute* description = nullptr;
  const GumboAttribute* og_description = nullptr;
  const GumboAttribute* published_time = nullptr;
  const GumboAttribute* date = nullptr;
  const GumboNode* title = nullptr;
  const GumboNode* word_title = nullptr;
  const GumboNode* word_subtitle = nullptr;
  const GumboNode* main = nullptr;
  const GumboNode* body = nullptr;
  std::vector<const GumboNode*> articles;
  std::vector<const GumboNode*> h1s;
  std::vector<const GumboNode*> standfirsts;
  std::vector<const GumboNode*> times;
};

void note_meta(const GumboNode& meta, Survey& survey) {
  const GumboAttribute* content = attribute(meta, "content");
  if (content == nullptr)
    return;
  const GumboAttribute* name = attribute(meta, "name");
  const GumboAttribute* property = attribute(meta, "property");
  const auto keep = [&](const GumboAttribute*& field, bool matches) {
    if (matches && field == nullptr)
      field = content;
  };
  keep(survey.og_title, value_is(property, "og:title"));
  keep(survey.description, value_is(name, "description"));
  keep(survey.og_description, value_is(property, "og:description"));
  keep(survey.published_time, value_is(property, "article:published_time"));
  keep(survey.date, value_is(name, "date"));
}

void note_element(const GumboNode& element, Survey& survey) {
  const auto first = [&](const GumboNode*& field) {
    if (field == nullptr)
      field = &element;
  };
  switch (element.v.element.tag) {
    case GUMBO_TAG_META:
      note_meta(element, survey);
      break;
    case GUMBO_TAG_TITLE:
      first(survey.title);
      break;
    case GUMBO_TAG_H1:
      survey.h1s.push_back(&element);
      break;
    case GUMBO_TAG_ARTICLE:
      survey.articles.push_back(&element);
      break;
    case GUMBO_TAG_MAIN:
      first(survey.main);
      break;
    case GUMBO_TAG_BODY:
      first(survey.body);
      break;
    case GUMBO_TAG_TIME:
      if (attribute(element, "datetime") != nullptr)
        survey.times.push_back(&element);
      break;
    default:
      break;
  }
  if (has_class(element, {"MsoTitle"}))
    first(survey.word_title);
  if (has_class(element, {"MsoSubtitle"}))
    first(survey.word_subtitle);
  if (has_class(element,
                {"standfirst", "chapo", "chapeau", "lead", "intro", "summary", "article-lead"}))
    survey.standfirsts.push_back(&element);
}

Survey survey_page(const HtmlPage& page) {
  Survey survey;
  std::vector<const GumboNode*> pending{page.root()};
  while (!pending.empty()) {
    const GumboNode* node = pending.back();
    pending.pop_back();
    if (node == nullptr || node->type != GUMBO_NODE_ELEMENT)
      continue;
    note_element(*node, survey);
    if (node->v.element.tag == GUMBO_TAG_HEAD || !is_not_text(*node)) {
      const GumboVector& children = node->v.element.children;
      for (unsigned int i = children.length; i-- > 0;)
        pending.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
  }
  return survey;
}

// The text without the spaces (no-break ones too) at its ends.
std::string_view trimmed(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && (text[begin] == ' ' || text.substr(begin).starts_with("\u00A0")))
    begin += text[begin] == ' ' ? 1 : 2;
  while (end > begin && (text[end - 1] == ' ' || text.substr(0, end).ends_with("\u00A0")))
    end -= text[end - 1] == ' ' ? 1 : 2;
  return text.substr(begin, end - begin);
}

// "Headline | Site", "Headline - Site", "Site : Headline" all name the article.
bool names_the_page(std::string_view heading, std::string_view title) {
  heading = trimmed(heading);
  title = trimmed(title);
  if (heading.empty())
    return false;
  if (heading == title)
    return true;
  constexpr std::string_view kSeparators[] = {" ",      "|",      "-",      ":",
                                              "\u00A0", "\u00B7", "\u2013", "\u2014"};
  const auto begins_with_separator = [&](std::string_view rest) {
    return std::any_of(std::begin(kSeparators), std::end(kSeparators),
                       [&](std::string_view separator) { return rest.starts_with(separator); });
  };
  const auto ends_with_separator = [&](std::string_view rest) {
    return std::any_of(std::begin(kSeparators), std::end(kSeparators),
                       [&](std::string_view separator) { return rest.ends_with(separator); });
  };
  return (title.starts_with(heading) && begins_with_separator(title.substr(heading.size()))) ||
         (title.ends_with(heading) &&
          ends_with_separator(title.substr(0, title.size() - heading.size())));
}

// The text without the spaces (no-break ones too) at its ends, with its map.
MappedText trimmed(const MappedText& text) {
  const std::string_view inner = trimmed(std::string_view(text.text()));
  const std::size_t from = static_cast<std::size_t>(inner.data() - text.text().data());
  MappedText out;
  out.append(text, from, from + inner.size());
  return out;
}

// The text with every kind of space as one ASCII space and typographic apostrophes as
// straight ones, to tell whether two texts say the same.
std::string comparable(std::string_view text) {
  std::string out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t from = pos;
    const char32_t cp = utf8::next(text, pos);
    if (utf8::is_space(cp)) {
      if (!out.empty() && out.back() != ' ')
        out.push_back(' ');
    } else if (utf8::is_apostrophe(cp)) {
      out.push_back('\'');
    } else {
      out.append(text.substr(from, pos - from));
    }
  }
  if (!out.empty() && out.back() == ' ')
    out.pop_back();
  return out;
}

/// The headline's text and the element it came from (none for a <meta>).
struct Headline {
  MappedText text;
  const GumboNode* element = nullptr;
};

class ArticleReader {
 public:
  explicit ArticleReader(const HtmlPage& page) : page_(page), survey_(survey_page(page)) {}

  DecodedDraft read() {
    DecodedDraft draft;
    Headline headline = find_headline();
    headline_ = headline.element;
    headline_text_ = comparable(headline.text.text());
    draft.headline = std::move(headline.text);
    root_ = body_root();
    draft.standfirst = find_standfirst();
    draft.body = paragraphs();
    draft.lang = language();
    draft.date = date();
    return draft;
  }

 private:
  Headline find_headline() const {
    if (MappedText text = value_text(survey_.og_title); !text.empty())
      return {std::move(text), nullptr};
    for (const GumboNode* h1 : survey_.h1s) {
      if (inside(h1, GUMBO_TAG_ARTICLE) || inside(h1, GUMBO_TAG_MAIN)) {
        if (Headline found = from_element(h1); !found.text.empty())
          return found;
      }
    }
    if (Headline found = from_element(survey_.word_title); !found.text.empty())
      return found;
    if (Headline found = h1_named_by_title(); !found.text.empty())
      return found;
    for (const GumboNode* h1 : survey_.h1s) {
      if (!inside(h1, GUMBO_TAG_HEADER) && !inside(h1, GUMBO_TAG_NAV)) {
        if (Headline found = from_element(h1); !found.text.empty())
          return found;
      }
    }
    return from_element(survey_.title);
  }

  // The <h1> the title names; when both the site's name and the article's headline are
  // <h1>s ("Headline | Site"), the longer one.
  Headline h1_named_by_title() const {
    Headline best;
    if (survey_.title == nullptr)
      return best;
    const MappedText title = element_text(page_, *survey_.title);
    for (std::size_t i = 0; i < std::min(survey_.h1s.size(), kMaxTitleMatches); ++i) {
      Headline found = from_element(survey_.h1s[i]);
      if (names_the_page(found.text.text(), title.text()) && found.text.size() > best.text.size())
        best = std::move(found);
    }
    return best;
  }

  Headline from_element(const GumboNode* element) const {
    if (element == nullptr)
      return {};
    MappedText text = element_text(page_, *element);
    return trimmed(text.text()).empty() ? Headline{} : Headline{std::move(text), element};
  }

  MappedText value_text(const GumboAttribute* value) const {
    MappedText text;
    if (value != nullptr)
      page_.append_value(*value, text);
    return trimmed(text.text()).empty() ? MappedText() : text;
  }

  // The article holding the headline, else the first article, <main>, <body>.
  const GumboNode* body_root() const {
    for (const GumboNode* article : survey_.articles) {
      if (headline_ != nullptr && inside(headline_, GUMBO_TAG_ARTICLE) &&
          is_ancestor(article, headline_))
        return article;
    }
    if (!survey_.articles.empty())
      return survey_.articles.front();
    if (survey_.main != nullptr)
      return survey_.main;
    return survey_.body != nullptr ? survey_.body : page_.root();
  }

  static bool is_ancestor(const GumboNode* ancestor, const GumboNode* node) {
    for (const GumboNode* up = node->parent; up != nullptr; up = up->parent) {
      if (up == ancestor)
        return true;
    }
    return false;
  }

  // An element of the page marked as the standfirst (in the article first), Word's
  // subtitle, then the page's description.
  MappedText find_standfirst() {
    for (const bool in_root : {true, false}) {
      for (const GumboNode* element : survey_.standfirsts) {
        if ((in_root && !is_ancestor(root_, element)) || skipped_on_page(*element))
          continue;
        if (MappedText text = element_text(page_, *element); !trimmed(text.text()).empty()) {
          standfirst_ = element;
          return text;
        }
      }
    }
    if (survey_.word_subtitle != nullptr) {
      standfirst_ = survey_.word_subtitle;
      return element_text(page_, *survey_.word_subtitle);
    }
    if (MappedText text = value_text(survey_.description); !text.empty())
      return text;
    return value_text(survey_.og_description);
  }

  // Whether the element sits where the page keeps no article text (a menu, a footer…).
  bool skipped_on_page(const GumboNode& element) const {
    for (const GumboNode* up = &element; up != nullptr; up = up->parent) {
      if (up->type == GUMBO_NODE_ELEMENT && (is_not_text(*up) || is_page_header(*up)))
        return true;
    }
    return false;
  }

  std::vector<MappedText> paragraphs() const;
  std::optional<Lang> language() const;
  std::optional<Date> date() const;

  const HtmlPage& page_;
  Survey survey_;
  const GumboNode* headline_ = nullptr;
  std::string headline_text_;
  const GumboNode* root_ = nullptr;
  const GumboNode* standfirst_ = nullptr;
};

// One paragraph per block; the headline and standfirst elements, and an <h1> that repeats
// the headline, are not read again.
std::vector<MappedText> ArticleReader::paragraphs() const {
  std::vector<MappedText> body;
  MappedText current;
  const auto skip = [&](const GumboNode& node) {
    return &node == headline_ || &node == standfirst_ || is_page_header(node);
  };
  const auto block = [&](const GumboNode& node, bool leaving) {
    const std::string_view text = trimmed(current.text());
    const bool repeats_headline = leaving && is_element(&node, GUMBO_TAG_H1) &&
                                  !headline_text_.empty() && comparable(text) == headline_text_;
    if (!text.empty() && !repeats_headline)
      body.push_back(trimmed(current));
    current = MappedText();
  };
  TextWalk(page_, {skip, block}).run(*root_, current);
  block(*root_, false);
  return body;
}

std::optional<Lang> ArticleReader::language() const {
  const GumboAttribute* lang = page_.root() ? attribute(*page_.root(), "lang") : nullptr;
  return lang != nullptr ? lang_of_code(lang->value) : std::nullopt;
}

// The publication time the page declares, else the first <time> of the article, else
// <meta name="date">.
std::optional<Date> ArticleReader::date() const {
  if (survey_.published_time != nullptr)
    return Date::parse_iso(survey_.published_time->value);
  for (const GumboNode* time : survey_.times) {
    if (is_ancestor(root_, time))
      return Date::parse_iso(attribute(*time, "datetime")->value);
  }
  if (survey_.date != nullptr)
    return Date::parse_iso(survey_.date->value);
  return std::nullopt;
}

}  // namespace

void decode_html_text(const MappedText& html, std::size_t from, std::size_t to, MappedText& out) {
  const HtmlPage page(html, from, to);
  if (page.root() != nullptr)
    out.append(element_text(page, *page.root()));
}

DecodedDraft read_html_parts(const MappedText& html) {
  const HtmlPage page(html, 0, html.size());
  DecodedDraft draft = ArticleReader(page).read();
  draft.format = InputFormat::html;
  if (const auto stop = page.unread_from())
    draft.unread_from = html.source_begin(*stop);
  return draft;
}

}  // namespace presscheck
