#include "shell/line_editor.hpp"

#include <fmt/format.h>
#include <histedit.h>
#include <langinfo.h>
#include <clocale>
#include <cstdio>

#include "core/utf8.hpp"

namespace presscheck {

namespace {

// libedit converts between bytes and characters with the locale: names with accents need
// a UTF-8 one, whatever the environment says.
void use_utf8_locale() {
  if (std::setlocale(LC_CTYPE, "") != nullptr && std::string_view(nl_langinfo(CODESET)) == "UTF-8")
    return;
  std::setlocale(LC_CTYPE, "C.UTF-8");
}

}  // namespace

struct LineEditor::Impl {
  std::string prompt;
  std::function<Completion(std::string_view)> complete;
  EditLine* editor = nullptr;
  History* history = nullptr;

  static Impl& of(EditLine* editor) {
    void* data = nullptr;
    el_get(editor, EL_CLIENTDATA, &data);
    return *static_cast<Impl*>(data);
  }

  static char* prompt_of(EditLine* editor) { return of(editor).prompt.data(); }

  static unsigned char on_tab(EditLine* editor, int) {
    const LineInfo* line = el_line(editor);
    const std::string_view before(line->buffer,
                                  static_cast<std::size_t>(line->cursor - line->buffer));
    const Completion completion = of(editor).complete(before);
    if (!completion.text.empty()) {
      // libedit counts characters, not bytes, when deleting.
      el_deletestr(editor,
                   static_cast<int>(utf8::count_code_points(before.substr(completion.from))));
      return el_insertstr(editor, completion.text.c_str()) == 0 ? CC_REFRESH : CC_ERROR;
    }
    if (completion.matches.empty())
      return CC_REFRESH_BEEP;
    std::string listing = "\n";
    for (const std::string& match : completion.matches)
      listing += match + "\n";
    std::fputs(listing.c_str(), stdout);
    std::fflush(stdout);
    return CC_REDISPLAY;
  }
};

LineEditor::LineEditor(std::string prompt, std::function<Completion(std::string_view)> complete)
    : impl_(std::make_unique<Impl>(Impl{std::move(prompt), std::move(complete)})) {
  use_utf8_locale();
  impl_->editor = el_init("presscheck", stdin, stdout, stderr);
  impl_->history = history_init();
  HistEvent event;
  history(impl_->history, &event, H_SETSIZE, 1000);
  history(impl_->history, &event, H_SETUNIQUE, 1);
  el_set(impl_->editor, EL_CLIENTDATA, impl_.get());
  el_set(impl_->editor, EL_EDITOR, "emacs");
  el_set(impl_->editor, EL_SIGNAL, 1);
  el_set(impl_->editor, EL_PROMPT, &Impl::prompt_of);
  el_set(impl_->editor, EL_HIST, history, impl_->history);
  el_set(impl_->editor, EL_ADDFN, "presscheck-complete", "Complete an entity name", &Impl::on_tab);
  el_set(impl_->editor, EL_BIND, "^I", "presscheck-complete", nullptr);
  // The user's ~/.editrc, as for any libedit program.
  el_source(impl_->editor, nullptr);
}

LineEditor::~LineEditor() {
  el_end(impl_->editor);
  history_end(impl_->history);
}

std::optional<std::string> LineEditor::read_line() {
  int count = 0;
  const char* read = el_gets(impl_->editor, &count);
  if (read == nullptr || count <= 0)
    return std::nullopt;
  std::string line(read, static_cast<std::size_t>(count));
  while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
    line.pop_back();
  if (line.find_first_not_of(' ') != std::string::npos) {
    HistEvent event;
    history(impl_->history, &event, H_ENTER, line.c_str());
  }
  return line;
}

}  // namespace presscheck
