#include "render/fact_note.hpp"

#include <fmt/format.h>

namespace presscheck {

std::string fact_note(const FactEvidence& fact, bool fr) {
  std::string validity = fact.point_in_time;
  if (!fact.valid_from.empty() || !fact.valid_to.empty()) {
    validity = fmt::format("{} → {}", fact.valid_from.empty() ? "…" : fact.valid_from,
                           fact.valid_to.empty() ? "…" : fact.valid_to);
  }
  std::string note = fmt::format("{} {} = {}", fr ? "fait" : "fact", fact.id, fact.value);
  if (!validity.empty())
    note += fmt::format(" [{}]", validity);
  const std::string& source = fact.source_url.empty() ? fact.source_title : fact.source_url;
  if (!source.empty())
    note += fmt::format(fmt::runtime(fr ? " ; source : {}" : "; source: {}"), source);
  return note;
}

}  // namespace presscheck
