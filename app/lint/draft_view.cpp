#include "lint/draft_view.hpp"

#include "analysis/fact_time.hpp"

namespace presscheck {

DraftView view_of(const Document& doc, const Document& located, const MappedText* map) {
  DraftView view;
  view.lang = doc.lang;
  view.date = article_date(doc);
  view.dated = doc.date.has_value();
  for (const Block& block : doc.blocks) {
    const Span span = map ? map->to_source(block.span) : block.span;
    const Position begin = located.lines.position(located.text, span.begin);
    const Position end = located.lines.position(located.text, span.end);
    view.parts.push_back({block.part, {begin.line, begin.column, end.line, end.column}});
  }
  return view;
}

std::string_view part_name(Part part) {
  switch (part) {
    case Part::headline:
      return "headline";
    case Part::standfirst:
      return "standfirst";
    case Part::body:
      break;
  }
  return "body";
}

}  // namespace presscheck
