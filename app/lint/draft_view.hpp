#pragma once

#include <vector>

#include "core/date.hpp"
#include "core/document.hpp"
#include "input/mapped_text.hpp"
#include "render/report.hpp"

namespace presscheck {

/// One headline, standfirst or body block, placed in the file as read.
struct PartPlace {
  Part part = Part::body;
  Location location;
};

/// What the server's page shows around a draft's findings: where its parts lie in the
/// file, and the language and date it was checked in and at.
struct DraftView {
  Lang lang = Lang::fr;
  Date date;
  bool dated = false;  // whether the date came from the draft (or the page), not today
  std::vector<PartPlace> parts;
};

/// The view of `doc`, whose blocks are placed in `located` (the file as read) through
/// `map` when the draft was decoded (HTML, ninjs), directly otherwise.
DraftView view_of(const Document& doc, const Document& located, const MappedText* map);

/// The name of a part as the API spells it: "headline", "standfirst" or "body".
std::string_view part_name(Part part);

}  // namespace presscheck
