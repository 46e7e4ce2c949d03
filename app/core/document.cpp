#include "core/document.hpp"

namespace presscheck {

const Block* Document::headline() const {
  for (const Block& block : blocks) {
    if (block.part == Part::headline)
      return &block;
  }
  return nullptr;
}

bool Document::has_body() const {
  for (const Block& block : blocks) {
    if (block.part == Part::body)
      return true;
  }
  return false;
}

}  // namespace presscheck
