#pragma once

#include <string>
#include <string_view>

namespace presscheck {

/// What a piece of output means to a reader, which colour then shows.
enum class Tone { plain, strong, faint, good, bad, warn, accent };

/// Paints text for a terminal, or leaves it alone when colour is off.
class Style {
 public:
  explicit Style(bool color) : color_(color) {}
  bool color() const { return color_; }
  std::string paint(std::string_view text, Tone tone) const;

 private:
  bool color_ = false;
};

/// Colour only on a terminal, never when NO_COLOR is set (to anything but empty).
bool color_wanted(int fd);

}  // namespace presscheck
