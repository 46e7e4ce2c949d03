#include "factbase/line_reader.hpp"

#include <bzlib.h>
#include <fmt/format.h>
#include <zlib.h>
#include <cstdio>
#include <cstring>
#include <vector>

#include "core/error.hpp"

namespace presscheck::facts {

namespace fs = std::filesystem;

/// Where the bytes come from: the file itself or its inflated content.
class LineReader::Source {
 public:
  virtual ~Source() = default;
  /// Up to `size` bytes into `into`; 0 at the end.
  virtual std::size_t read(char* into, std::size_t size) = 0;
};

namespace {

constexpr std::size_t kChunk = 1 << 16;

class PlainSource : public LineReader::Source {
 public:
  explicit PlainSource(std::FILE* file) : file_(file) {}
  ~PlainSource() override { std::fclose(file_); }
  std::size_t read(char* into, std::size_t size) override {
    return std::fread(into, 1, size, file_);
  }

 private:
  std::FILE* file_;
};

class GzipSource : public LineReader::Source {
 public:
  GzipSource(gzFile file, std::string name) : file_(file), name_(std::move(name)) {}
  ~GzipSource() override { gzclose(file_); }
  std::size_t read(char* into, std::size_t size) override {
    const int got = gzread(file_, into, static_cast<unsigned>(size));
    if (got < 0)
      throw UserError(fmt::format("{}: not a readable gzip file", name_));
    return static_cast<std::size_t>(got);
  }

 private:
  gzFile file_;
  std::string name_;
};

// Dumps such as Wikidata's are compressed as many bzip2 streams one after the other; each
// ends with BZ_STREAM_END, and the bytes read past it start the next one.
class Bzip2Source : public LineReader::Source {
 public:
  Bzip2Source(std::FILE* file, std::string name) : file_(file), name_(std::move(name)) { open({}); }
  ~Bzip2Source() override {
    int status = BZ_OK;
    if (stream_ != nullptr)
      BZ2_bzReadClose(&status, stream_);
    std::fclose(file_);
  }
  std::size_t read(char* into, std::size_t size) override {
    while (stream_ != nullptr) {
      int status = BZ_OK;
      const int got = BZ2_bzRead(&status, stream_, into, static_cast<int>(size));
      if (status == BZ_OK && got > 0)
        return static_cast<std::size_t>(got);
      if (status != BZ_STREAM_END && status != BZ_OK)
        throw UserError(fmt::format("{}: not a readable bzip2 file", name_));
      if (status == BZ_STREAM_END)
        next_stream();
      if (got > 0)
        return static_cast<std::size_t>(got);
    }
    return 0;
  }

 private:
  void open(const std::vector<char>& unused) {
    int status = BZ_OK;
    stream_ = BZ2_bzReadOpen(&status, file_, 0, 0, const_cast<char*>(unused.data()),
                             static_cast<int>(unused.size()));
    if (status != BZ_OK)
      throw UserError(fmt::format("{}: not a readable bzip2 file", name_));
  }

  void next_stream() {
    void* rest = nullptr;
    int count = 0;
    int status = BZ_OK;
    BZ2_bzReadGetUnused(&status, stream_, &rest, &count);
    const std::vector<char> unused(static_cast<char*>(rest), static_cast<char*>(rest) + count);
    BZ2_bzReadClose(&status, stream_);
    stream_ = nullptr;
    if (unused.empty()) {
      const int next = std::fgetc(file_);
      if (next == EOF)
        return;
      std::ungetc(next, file_);
    }
    open(unused);
  }

  std::FILE* file_;
  std::string name_;
  BZFILE* stream_ = nullptr;
};

bool ends_with(const fs::path& path, std::string_view suffix) {
  const std::string name = path.filename().string();
  return name.size() >= suffix.size() &&
         name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

LineReader::LineReader(const fs::path& path) {
  std::error_code error;
  if (!fs::is_regular_file(path, error))
    throw UserError(fmt::format("{}: no such file", path.string()));
  if (ends_with(path, ".gz")) {
    gzFile file = gzopen(path.c_str(), "rb");
    if (file == nullptr)
      throw UserError(fmt::format("{}: cannot read the file", path.string()));
    source_ = std::make_unique<GzipSource>(file, path.string());
    return;
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr)
    throw UserError(fmt::format("{}: cannot read the file", path.string()));
  if (ends_with(path, ".bz2"))
    source_ = std::make_unique<Bzip2Source>(file, path.string());
  else
    source_ = std::make_unique<PlainSource>(file);
}

LineReader::~LineReader() = default;

bool LineReader::fill() {
  if (ended_)
    return false;
  buffer_.erase(0, start_);
  start_ = 0;
  const std::size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  const std::size_t got = source_->read(buffer_.data() + old, kChunk);
  buffer_.resize(old + got);
  ended_ = got == 0;
  return got > 0;
}

bool LineReader::next(std::string& line) {
  std::size_t searched = start_;
  for (;;) {
    const std::size_t end = buffer_.find('\n', searched);
    if (end != std::string::npos) {
      line.assign(buffer_, start_, end - start_);
      start_ = end + 1;
      break;
    }
    searched = buffer_.size() - start_;  // relative to start_ once fill() moves the text
    if (!fill()) {
      if (start_ >= buffer_.size())
        return false;
      line.assign(buffer_, start_, std::string::npos);
      start_ = buffer_.size();
      break;
    }
    searched += start_;
  }
  if (!line.empty() && line.back() == '\r')
    line.pop_back();
  ++line_number_;
  return true;
}

std::string LineReader::rest() {
  while (fill()) {
  }
  std::string text = buffer_.substr(start_);
  start_ = buffer_.size();
  return text;
}

}  // namespace presscheck::facts
