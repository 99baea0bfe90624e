// Reads RFC 4180 CSV back, row by row from a stream: our own CSV reports,
// for --resume and the archive summary. A quoted field may hold commas,
// doubled quotes and line breaks, so a row can span several lines.
// Thread-safety: one reader per stream.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace moacheck {

class CsvReader {
 public:
  explicit CsvReader(std::istream& in) : in_(in) {}
  // The next row's fields (a trailing CR of a CRLF line end removed);
  // false at the end of the stream. A row cut off inside a quoted field
  // (a file truncated mid-write) is returned as far as it goes.
  bool Next(std::vector<std::string>& fields);
  // The 1-based line the last row returned by Next started on.
  std::size_t line() const { return row_line_; }

 private:
  std::istream& in_;
  std::size_t lines_read_ = 0;
  std::size_t row_line_ = 0;
};

}  // namespace moacheck
