#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "render/report.hpp"
#include "render/tool_info.hpp"

namespace presscheck {

/// What a renderer knows of the run before the first file arrives.
struct RunInfo {
  ToolInfo tool;       // the program and its rules, which SARIF and rdjson describe
  bool color = false;  // paint the text format for a terminal
  /// The files will arrive sorted by path, each path once. Formats that order findings by
  /// path may then write each file as it comes; otherwise they hold the files to the end,
  /// so that the output is the same whatever order the paths were named in.
  bool sorted = false;
};

/// One output format. A run calls begin once, file once per linted file in the order the
/// files are reported, then end; the renderer writes to the stream it was made with.
/// Streaming formats write as each file arrives; whole-document formats write at end.
/// Findings are handed over a file at a time, not one by one: every format needs the
/// file's findings together to order them.
class Renderer {
 public:
  explicit Renderer(std::ostream& out) : out_(out) {}
  virtual ~Renderer() = default;
  Renderer(const Renderer&) = delete;
  Renderer& operator=(const Renderer&) = delete;

  virtual void begin(const RunInfo& run) = 0;
  virtual void file(const FileReport& report) = 0;
  virtual void end() = 0;
  /// Whether output may appear before end (a progress bar on the same terminal would
  /// be torn by it).
  virtual bool streams() const = 0;

 protected:
  std::ostream& out() { return out_; }
  /// Writes a piece of output and hands it on at once, so that a reader of a long run
  /// sees each file as soon as it is done.
  void write_now(const std::string& text);

 private:
  std::ostream& out_;
};

/// A format that writes one document for the whole run: the files are kept until end.
class DocumentRenderer : public Renderer {
 public:
  using Renderer::Renderer;
  void begin(const RunInfo& run) final { run_ = run; }
  void file(const FileReport& report) final { files_.push_back(report); }
  void end() final;
  bool streams() const final { return false; }

 protected:
  /// The whole document for `files`, in the order they arrived.
  virtual std::string document(const std::vector<FileReport>& files, const RunInfo& run) = 0;

 private:
  RunInfo run_;
  std::vector<FileReport> files_;
};

/// A format whose findings are ordered by path: each file is written as it arrives when
/// the run's files come sorted, else they are kept and written together at end, sorted,
/// as a document format would.
class PathOrderedRenderer : public Renderer {
 public:
  using Renderer::Renderer;
  void begin(const RunInfo& run) final { run_ = run; }
  void file(const FileReport& report) final;
  void end() final;
  bool streams() const final { return run_.sorted; }

 protected:
  const RunInfo& run() const { return run_; }
  /// One file's findings, as they are written when files arrive sorted.
  virtual std::string one_file(const FileReport& report) = 0;
  /// What closes a run whose files were written one by one.
  virtual std::string closing() = 0;
  /// The whole output at once, for files that did not arrive sorted.
  virtual std::string all_files(const std::vector<FileReport>& files) = 0;

 private:
  RunInfo run_;
  std::vector<FileReport> held_;
};

}  // namespace presscheck
