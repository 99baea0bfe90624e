#include "batch/csv_reader.h"

namespace moacheck {

bool CsvReader::Next(std::vector<std::string>& fields) {
  fields.clear();
  std::string line;
  if (!std::getline(in_, line)) return false;
  row_line_ = ++lines_read_;
  std::string field;
  bool quoted = false;
  for (;;) {
    for (std::size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      if (quoted) {
        if (c != '"') {
          field += c;
        } else if (i + 1 < line.size() && line[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.push_back(std::move(field));
        field.clear();
      } else if (c == '\r' && i + 1 == line.size()) {
        // The CR of a CRLF line end.
      } else {
        field += c;
      }
    }
    // A line break inside quotes belongs to the field: read on.
    if (!quoted || !std::getline(in_, line)) break;
    ++lines_read_;
    field += '\n';
  }
  fields.push_back(std::move(field));
  return true;
}

}  // namespace moacheck
