#include "cli/lint_runner.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <iostream>
#include <iterator>
#include <thread>

#include "checks/input_rules.hpp"
#include "checks/registry.hpp"
#include "core/error.hpp"
#include "input/reader.hpp"
#include "text/analysis.hpp"
#include "text/language_id.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;

// Drafts are a few kilobytes; past this a file is not a draft, and reading it whole would
// cost memory for nothing.
constexpr std::uintmax_t kMaxDraftBytes = 16u << 20;

bool is_draft_file(const fs::path& path) {
  const std::string extension = path.extension().string();
  return extension == ".md" || extension == ".markdown" || extension == ".txt";
}

void walk_folder(const fs::path& folder, std::vector<std::string>& out) {
  std::vector<std::string> found;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    std::error_code status_error;
    if (it->is_directory(status_error) && name.size() > 1 && name[0] == '.') {
      it.disable_recursion_pending();  // .git and other hidden folders
      continue;
    }
    if (!it->is_directory(status_error) && is_draft_file(path)) found.push_back(path.generic_string());
  }
  std::sort(found.begin(), found.end());
  out.insert(out.end(), found.begin(), found.end());
}

FileReport problem_report(const std::string& path, InputProblemKind kind,
                          const LintSettings& settings) {
  FileReport report;
  report.path = path;
  report.diagnostics.push_back(
      LocatedDiagnostic{path, input_problem_diagnostic({kind, {0, 0}}, settings.lang.value_or(Lang::en)), {}, {}, {}});
  return report;
}

FileReport lint_path(const std::string& path, const LintSettings& settings) {
  if (path == "-") {
    std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return lint_text("<stdin>", std::move(bytes), settings);
  }
  std::error_code error;
  const auto size = fs::file_size(path, error);
  if (!error && size > kMaxDraftBytes) {
    return problem_report(path, InputProblemKind::too_large, settings);
  }
  std::ifstream stream(path, std::ios::binary);
  if (!stream) {
    return problem_report(path, InputProblemKind::unreadable, settings);
  }
  std::string bytes((std::istreambuf_iterator<char>(stream)), std::istreambuf_iterator<char>());
  if (stream.bad()) return problem_report(path, InputProblemKind::unreadable, settings);
  return lint_text(path, std::move(bytes), settings);
}

}  // namespace

std::vector<std::string> collect_inputs(const std::vector<std::string>& args) {
  std::vector<std::string> inputs;
  for (const std::string& arg : args) {
    std::error_code error;
    if (arg == "-") {
      inputs.push_back(arg);
    } else if (fs::is_directory(arg, error)) {
      walk_folder(arg, inputs);
    } else if (fs::exists(arg, error) || fs::is_symlink(arg, error)) {
      inputs.push_back(arg);
    } else {
      throw UserError(fmt::format("{}: no such file or folder", arg));
    }
  }
  return inputs;
}

FileReport lint_text(const std::string& path, std::string bytes, const LintSettings& settings) {
  ReadResult read = read_document(path, std::move(bytes), format_for_path(path));
  Document& doc = read.document;
  const Lang fallback = settings.lang.value_or(Lang::en);
  doc.lang = read.declared_lang.value_or(settings.lang.value_or(detect_language(doc.text, fallback)));
  FileReport report;
  report.path = doc.path;
  report.lang = doc.lang;
  if (const Block* headline = doc.headline()) report.headline = std::string(doc.slice(headline->span));
  std::vector<Diagnostic> diagnostics;
  for (const InputProblem& problem : read.problems) {
    diagnostics.push_back(input_problem_diagnostic(problem, doc.lang));
  }
  if (read.lintable) {
    const Analysis analysis = analyze(doc, *settings.rules);
    const CheckContext context{doc, analysis, *settings.rules};
    for (const auto& check : all_checks()) check->run(context, diagnostics);
  }
  for (Diagnostic& diagnostic : diagnostics) {
    report.diagnostics.push_back(locate(doc, std::move(diagnostic)));
  }
  sort_diagnostics(report.diagnostics);
  return report;
}

std::vector<FileReport> lint_inputs(const std::vector<std::string>& inputs,
                                    const LintSettings& settings) {
  std::vector<FileReport> reports(inputs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      reports[i] = lint_path(inputs[i], settings);
    }
  };
  const unsigned jobs = std::max(1u, std::min<unsigned>(settings.jobs, inputs.size()));
  std::vector<std::thread> workers;
  for (unsigned j = 1; j < jobs; ++j) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();
  return reports;
}

}  // namespace presscheck
