#include "render/renderer.hpp"

namespace presscheck {

void Renderer::write_now(const std::string& text) {
  out_.write(text.data(), static_cast<std::streamsize>(text.size()));
  out_.flush();
}

void DocumentRenderer::end() {
  write_now(document(files_, run_));
}

void PathOrderedRenderer::file(const FileReport& report) {
  if (run_.sorted)
    write_now(one_file(report));
  else
    held_.push_back(report);
}

void PathOrderedRenderer::end() {
  write_now(run_.sorted ? closing() : all_files(held_));
}

}  // namespace presscheck
