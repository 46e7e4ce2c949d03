// YAML front matter, parsed by yaml-cpp; each value is then mapped back to its source.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "input/front_matter_parsers.hpp"
#include "input/yaml_scalar_source.hpp"

namespace presscheck::front_matter {
namespace {

// Aliases can repeat a long anchored value under many keys. Reading stops past this many
// decoded bytes per byte of the block, so that hostile front matter stays cheap.
constexpr std::size_t kAliasGrowth = 4;
constexpr std::size_t kAliasSlack = 4096;
// yaml-cpp reads under a megabyte a second on many short keys; real front matter is a few
// kilobytes, so a block this large is hostile or a mistake, and is not worth seconds.
constexpr std::size_t kMaxYamlBytes = 256 * 1024;

std::size_t offset_in_block(const Block& block, const YAML::Mark& mark) {
  if (mark.is_null() || mark.pos < 0)
    return 0;
  return std::min(static_cast<std::size_t>(mark.pos), block.content.size());
}

std::size_t line_of(const Block& block, const YAML::Mark& mark) {
  return block.first_line + static_cast<std::size_t>(std::max(mark.line, 0));
}

void set_error(FrontMatter& matter, const Block& block, std::size_t offset, std::string reason) {
  if (!matter.error)
    matter.error = error_at(block.file, block.content.begin + offset, std::move(reason));
}

// The value of a scalar node, each byte mapped to the source it came from. Should the walk
// of the source not give yaml-cpp's value, each byte stands for the whole scalar instead:
// coarse, never wrong.
FrontMatterValue decode_scalar(const Block& block, const YAML::Node& node, YamlScalarPlace place,
                               FrontMatter& matter) {
  const YAML::Mark mark = node.Mark();
  const std::size_t start = offset_in_block(block, mark);
  FrontMatterValue value;
  value.line = line_of(block, mark);
  const auto source = map_yaml_scalar(block.text(), start,
                                      static_cast<std::size_t>(std::max(mark.column, 0)), place);
  if (source && !source->closed) {
    set_error(matter, block, source->begin,
              "this quoted value has no closing quote, so it runs to the end of the front "
              "matter");
  }
  if (source && same_as_yaml_cpp(source->value.text(), node.Scalar(), source->nbsp_like)) {
    value.text = source->value.finish(block.content.begin);
    value.line += source->line_breaks_before;
    return value;
  }
  std::size_t end = source ? std::max(source->end, start) : block.text().find('\n', start);
  end = std::min(end, block.content.size());
  value.text.put(node.Scalar(), block.content.begin + start, block.content.begin + end);
  return value;
}

// Reads the top-level scalars of a map; nested maps and lists are left alone.
void read_map(const Block& block, const YAML::Node& root, FrontMatter& matter) {
  // The map's own mark may be its anchor; its first key tells where its keys are.
  const int indent = root.begin() == root.end() ? 0 : root.begin()->first.Mark().column;
  const YamlScalarPlace place{std::max(indent, 0), root.Style() == YAML::EmitterStyle::Flow};
  std::set<std::string_view> keys;
  std::size_t budget = kAliasGrowth * block.content.size() + kAliasSlack;
  for (const auto& entry : root) {
    const YAML::Node& key = entry.first;
    const YAML::Node& node = entry.second;
    if (!key.IsScalar())
      continue;
    const std::string& name = key.Scalar();
    if (!keys.insert(name).second) {
      set_error(matter, block, offset_in_block(block, key.Mark()),
                fmt::format("duplicate key \"{}\"", name));
      continue;
    }
    if (node.IsNull()) {
      FrontMatterValue empty;
      empty.line = line_of(block, key.Mark());
      matter.values.emplace(name, std::move(empty));
    } else if (node.IsScalar()) {
      if (node.Scalar().size() > budget) {
        set_error(matter, block, offset_in_block(block, key.Mark()),
                  "aliases repeat more text than the front matter holds; reading stopped here");
        return;
      }
      budget -= node.Scalar().size();
      matter.values.emplace(name, decode_scalar(block, node, place, matter));
    }
  }
}

}  // namespace

void read_yaml(const Block& fenced, FrontMatter& matter) {
  // yaml-cpp skips a byte-order mark at the start without counting it in its positions.
  Block block = fenced;
  if (block.text().rfind("\xEF\xBB\xBF", 0) == 0)
    block.content.begin += 3;
  if (block.content.size() > kMaxYamlBytes) {
    set_error(matter, block, 0,
              fmt::format("the front matter holds {} KiB; presscheck reads up to {} KiB of YAML",
                          block.content.size() / 1024, kMaxYamlBytes / 1024));
    return;
  }
  YAML::Node root;
  try {
    root = YAML::Load(std::string(block.text()));
  } catch (const YAML::Exception& error) {
    set_error(matter, block, offset_in_block(block, error.mark), error.msg);
    return;
  }
  if (root.IsNull())
    return;  // an empty block
  if (!root.IsMap()) {
    set_error(matter, block, offset_in_block(block, root.Mark()),
              "expected `key: value` lines, found a lone value or a list");
    return;
  }
  read_map(block, root, matter);
}

}  // namespace presscheck::front_matter
