#include "lint/lint_runner.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <array>
#include <atomic>
#include <exception>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

#include "checks/input_rules.hpp"
#include "core/error.hpp"
#include "input/reader.hpp"
#include "lint/draft_file.hpp"

namespace presscheck {
namespace {

namespace fs = std::filesystem;

fs::path absolute_path(const std::string& path) {
  std::error_code error;
  return (fs::current_path(error) / path).lexically_normal();
}

/// The configurations with an `include` met in one folder walk, in the order met, and
/// whether that `include` matched a file there.
class IncludeCoverage {
 public:
  void note(const std::shared_ptr<const Config>& config, bool included) {
    if (config->include_globs.empty())
      return;
    for (auto& [seen, matched] : configs_) {
      if (seen == config) {
        matched = matched || included;
        return;
      }
    }
    configs_.emplace_back(config, included);
  }

  // A folder run whose `include` picks nothing would pass as clean while checking nothing.
  void report(const std::string& folder, std::vector<std::string>& problems) const {
    const std::string shown = folder.ends_with('/') ? folder : folder + "/";
    for (const auto& [config, matched] : configs_) {
      if (matched)
        continue;
      std::string patterns;
      for (const std::string& pattern : config->include.value)
        patterns += fmt::format("{}\"{}\"", patterns.empty() ? "" : ", ", pattern);
      problems.push_back(fmt::format("{}: `include` matches no file under {} (patterns: {})",
                                     config->include.origin.describe(), shown, patterns));
    }
  }

 private:
  std::vector<std::pair<std::shared_ptr<const Config>, bool>> configs_;
};

// A FIFO, socket or device met in a folder is no draft, and reading a FIFO would wait for
// a writer forever. A link that leads nowhere (dangling, or a loop) stays: it gets its
// finding, so that a draft linked wrongly is not passed over in silence.
bool is_special_file(const fs::directory_entry& entry) {
  std::error_code error;
  const fs::file_status status = entry.status(error);
  return !error && fs::exists(status) && !fs::is_regular_file(status);
}

void walk_folder(const std::string& folder, ConfigResolver& configs, Inputs& out) {
  std::vector<std::string> found;
  IncludeCoverage coverage;
  // The folder's own configuration counts even when the folder holds no file at all.
  coverage.note(configs.for_path((fs::path(folder) / kConfigFileName).string()), false);
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    std::error_code status_error;
    if (it->is_directory(status_error)) {
      if (name.size() > 1 && name[0] == '.')
        it.disable_recursion_pending();  // .git and co.
      continue;
    }
    if (is_special_file(*it))
      continue;
    const std::string file = path.generic_string();
    const std::shared_ptr<const Config> config = configs.for_path(file);
    const fs::path absolute = absolute_path(file);
    const bool included = config->includes(absolute);
    coverage.note(config, included);
    if (included && !config->excludes(absolute))
      found.push_back(file);
  }
  std::sort(found.begin(), found.end());
  out.files.insert(out.files.end(), found.begin(), found.end());
  coverage.report(folder, out.problems);
}

bool is_loop(const std::error_code& error) {
  return error == std::errc::too_many_symbolic_link_levels;
}

FileReport problem_report(const std::string& path, InputProblemKind kind, Lang lang) {
  FileReport report;
  report.path = path;
  report.lang = lang;  // the summary speaks the language of the message
  report.diagnostics.push_back(
      LocatedDiagnostic{path, input_problem_diagnostic({kind, {0, 0}}, lang), {}, {}, {}});
  return report;
}

// The language of a problem report, when the draft could not be read to tell.
Lang problem_lang(const LintSettings& settings, const Config& config) {
  return settings.lang.value_or(config.lang.value.value_or(Lang::en));
}

FileReport lint_stream(const std::string& path, std::istream& in, const LintSettings& settings,
                       const Config& config) {
  bool too_large = false;
  std::optional<std::string> bytes = read_bounded(in, too_large);
  if (!bytes)
    return problem_report(path, InputProblemKind::unreadable, problem_lang(settings, config));
  if (too_large)
    return problem_report(path, InputProblemKind::too_large, problem_lang(settings, config));
  return lint_text(path, std::move(*bytes), settings, config);
}

FileReport lint_path(const std::string& path, const LintSettings& settings, const Config& config) {
  if (path == "-") {
    const std::string& name = settings.stdin_name.empty() ? "<stdin>" : settings.stdin_name;
    return lint_stream(name, std::cin, settings, config);
  }
  DraftFile file = read_draft_file(path, kMaxDraftBytes);
  if (file.problem)
    return problem_report(path, *file.problem, problem_lang(settings, config));
  return lint_text(path, std::move(file.bytes), settings, config);
}

}  // namespace

bool reaches(const FileReport& report, Severity fail_level) {
  return std::any_of(
      report.diagnostics.begin(), report.diagnostics.end(),
      [&](const LocatedDiagnostic& d) { return d.diagnostic.severity >= fail_level; });
}

std::optional<std::string> read_bounded(std::istream& in, bool& too_large) {
  std::string bytes;
  std::array<char, 1 << 16> chunk{};
  while (in && bytes.size() <= kMaxDraftBytes) {
    in.read(chunk.data(), chunk.size());
    bytes.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
  }
  too_large = bytes.size() > kMaxDraftBytes;
  if (in.bad())
    return std::nullopt;
  return bytes;
}

Inputs collect_inputs(const std::vector<std::string>& args, ConfigResolver& configs,
                      const std::string& stdin_name) {
  Inputs inputs;
  auto excluded = [&](const std::string& path) {
    return configs.for_path(path)->excludes(absolute_path(path));
  };
  for (const std::string& arg : args) {
    std::error_code error;
    if (arg == "-") {
      if (stdin_name.empty() || !excluded(stdin_name))
        inputs.files.push_back(arg);
    } else if (fs::is_directory(arg, error)) {
      walk_folder(arg, configs, inputs);
    } else if (fs::exists(arg, error) || fs::is_symlink(arg, error) || is_loop(error)) {
      // A FIFO, socket or device named here is kept: it gets a finding saying why it is
      // not read, as a symbolic link loop does.
      if (!excluded(arg))
        inputs.files.push_back(arg);
    } else {
      inputs.problems.push_back(fmt::format("{}: no such file or folder", arg));
    }
  }
  return inputs;
}

Inputs collect_inputs(const std::vector<std::string>& args) {
  ConfigResolver configs(std::nullopt, is_known_rule);
  return collect_inputs(args, configs);
}

LintOutcome lint_all(const std::vector<std::string>& inputs, const LintSettings& settings,
                     ConfigResolver& configs, const ReportSink& sink) {
  // Configurations are read up front, on this thread: a bad one stops the run before any
  // output, and the workers share them read-only.
  std::vector<std::shared_ptr<const Config>> file_configs;
  for (const std::string& input : inputs) {
    const bool named_stdin = input == "-" && !settings.stdin_name.empty();
    file_configs.push_back(configs.for_path(named_stdin ? settings.stdin_name : input));
  }
  LintOutcome outcome;
  outcome.reports.resize(inputs.size());
  std::vector<bool> ready(inputs.size(), false);
  std::size_t next_out = 0;
  std::mutex mutex;
  std::atomic<std::size_t> next{0};
  // Reports finished in input order and not yet handed to the sink, and whether a worker
  // is handing them on; both under `mutex`.
  std::vector<std::size_t> to_hand_on;
  bool handing_on = false;
  // An error that stops the run (a rule that fails to compile when first needed, a fact
  // base that cannot be read) is carried to this thread and thrown once the workers stop.
  std::exception_ptr failure;
  auto lint_one = [&](std::size_t i) -> std::optional<FileReport> {
    try {
      return lint_path(inputs[i], settings, *file_configs[i]);
    } catch (...) {
      const std::lock_guard lock(mutex);
      if (!failure)
        failure = std::current_exception();
      next = inputs.size();
      return std::nullopt;
    }
  };
  // The sink (a renderer writing to stdout) runs outside the lock, so that workers that
  // finish a file meanwhile store it and go on to the next instead of waiting for the
  // output. One worker at a time hands reports on, and it hands on every one that becomes
  // due while it does, so the sink still sees input order.
  auto hand_on = [&](std::unique_lock<std::mutex>& lock) {
    if (handing_on)
      return;
    handing_on = true;
    while (!to_hand_on.empty()) {
      const std::vector<std::size_t> batch = std::exchange(to_hand_on, {});
      lock.unlock();
      for (const std::size_t i : batch)
        sink(outcome.reports[i]);
      lock.lock();
    }
    handing_on = false;
  };
  auto work = [&] {
    for (std::size_t i = next++; i < inputs.size(); i = next++) {
      std::optional<FileReport> linted = lint_one(i);
      if (!linted)
        return;
      FileReport report = std::move(*linted);
      std::unique_lock lock(mutex);
      outcome.reports[i] = std::move(report);
      ready[i] = true;
      // Whoever completes the oldest pending file queues every finished one after it.
      for (; next_out < inputs.size() && ready[next_out]; ++next_out) {
        const Severity fail_level =
            settings.fail_level.value_or(file_configs[next_out]->fail_level.value);
        if (reaches(outcome.reports[next_out], fail_level))
          outcome.failed = true;
        if (sink)
          to_hand_on.push_back(next_out);
      }
      hand_on(lock);
    }
  };
  const unsigned jobs = std::max(1u, std::min<unsigned>(settings.jobs, inputs.size()));
  std::vector<std::thread> workers;
  for (unsigned j = 1; j < jobs; ++j)
    workers.emplace_back(work);
  work();
  for (std::thread& worker : workers)
    worker.join();
  if (failure)
    std::rethrow_exception(failure);
  return outcome;
}

std::vector<FileReport> lint_inputs(const std::vector<std::string>& inputs,
                                    const LintSettings& settings) {
  ConfigResolver configs(settings.config_file, is_known_rule);
  return lint_all(inputs, settings, configs).reports;
}

}  // namespace presscheck
