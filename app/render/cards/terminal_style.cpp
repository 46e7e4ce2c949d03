#include "render/cards/terminal_style.hpp"

#include <unistd.h>
#include <cstdlib>

namespace presscheck {

std::string Style::paint(std::string_view text, Tone tone) const {
  std::string_view code;
  switch (tone) {
    case Tone::plain:
      break;
    case Tone::strong:
      code = "\033[1m";
      break;
    case Tone::faint:
      code = "\033[2m";
      break;
    case Tone::good:
      code = "\033[1;32m";
      break;
    case Tone::bad:
      code = "\033[1;31m";
      break;
    case Tone::warn:
      code = "\033[1;33m";
      break;
    case Tone::accent:
      code = "\033[36m";
      break;
  }
  if (!color_ || code.empty() || text.empty())
    return std::string(text);
  return std::string(code) + std::string(text) + "\033[0m";
}

bool color_wanted(int fd) {
  const char* no_color = std::getenv("NO_COLOR");
  if (no_color != nullptr && *no_color != '\0')
    return false;
  return isatty(fd) != 0;
}

}  // namespace presscheck
