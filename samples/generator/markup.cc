#include "samples/generator/markup.h"

#include <cstdlib>
#include <sstream>

namespace moacheck::samples {
namespace {

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

std::string Trim(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

// "LEFT | CENTER | RIGHT" with empty slots allowed.
Furniture ParseFurniture(const std::string& spec) {
  Furniture furniture;
  std::string* slots[] = {&furniture.left, &furniture.center, &furniture.right};
  size_t start = 0;
  for (int slot = 0; slot < 3; ++slot) {
    size_t bar = slot < 2 ? spec.find('|', start) : std::string::npos;
    *slots[slot] = Trim(spec.substr(start, bar == std::string::npos ? bar : bar - start));
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return furniture;
}

}  // namespace

bool ParseSampleSource(const std::string& path, const std::string& text, SampleSource& source,
                       std::string& error) {
  std::istringstream in(text);
  std::string raw;
  int line_number = 0;
  Block* open_text = nullptr;  // paragraph or bullet that continuation lines join
  Block* open_lines = nullptr;
  auto fail = [&](const std::string& what) {
    error = path + ":" + std::to_string(line_number) + ": " + what;
    return false;
  };
  auto add = [&](BlockKind kind, const std::string& body) -> Block& {
    source.blocks.push_back(Block{kind, body, {}, line_number});
    return source.blocks.back();
  };
  while (std::getline(in, raw)) {
    ++line_number;
    if (!raw.empty() && raw.back() == '\r') raw.pop_back();
    if (open_lines) {
      if (Trim(raw) == "@end") {
        open_lines = nullptr;
      } else {
        open_lines->lines.push_back(raw);
      }
      continue;
    }
    std::string line = Trim(raw);
    if (line.empty()) {
      open_text = nullptr;
      continue;
    }
    if (line[0] == '%') continue;  // comment
    if (line[0] == '@') {
      open_text = nullptr;
      std::string command = line.substr(0, line.find(' '));
      std::string argument = line.size() > command.size() ? Trim(line.substr(command.size())) : "";
      if (command == "@header") {
        source.header = ParseFurniture(argument);
      } else if (command == "@footer") {
        source.footer = ParseFurniture(argument);
      } else if (command == "@header-from") {
        source.header_from_page = std::atoi(argument.c_str());
        if (source.header_from_page < 1) return fail("expected a page number after @header-from");
      } else if (command == "@title") {
        add(BlockKind::kTitle, argument);
      } else if (command == "@center") {
        add(BlockKind::kCenter, argument);
      } else if (command == "@pagebreak") {
        add(BlockKind::kPageBreak, "");
      } else if (command == "@lines") {
        open_lines = &add(BlockKind::kLines, "");
      } else {
        return fail("unknown command " + command +
                    " (expected @header, @footer, @header-from, @title, @center, @pagebreak, "
                    "@lines)");
      }
      continue;
    }
    if (StartsWith(line, "## ")) {
      open_text = nullptr;
      add(BlockKind::kSubheading, Trim(line.substr(3)));
    } else if (StartsWith(line, "# ")) {
      open_text = nullptr;
      add(BlockKind::kHeading, Trim(line.substr(2)));
    } else if (StartsWith(line, "-- ")) {
      open_text = &add(BlockKind::kSubBullet, Trim(line.substr(3)));
    } else if (StartsWith(line, "- ")) {
      open_text = &add(BlockKind::kBullet, Trim(line.substr(2)));
    } else if (open_text) {
      open_text->text += " " + line;
    } else {
      open_text = &add(BlockKind::kParagraph, line);
    }
  }
  if (open_lines) return fail("@lines block not closed with @end");
  if (source.blocks.empty()) return fail("no content");
  return true;
}

}  // namespace moacheck::samples
