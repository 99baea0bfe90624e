#include "report/escape.h"

#include <fmt/format.h>

namespace moacheck::report {

namespace {

// The entity for a character HTML would read as markup; null for others.
// Markdown renderers pass HTML through, so both escapes use it.
const char* MarkupEntity(char c) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    default:
      return nullptr;
  }
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (const char* entity = MarkupEntity(c)) {
      out += entity;
    } else if (c == '"') {
      out += "&quot;";
    } else if (c == '\'') {
      out += "&#39;";
    } else {
      out += c;
    }
  }
  return out;
}

std::string EscapeMarkdown(std::string_view text) {
  // Characters that could open Markdown syntax in inline text.
  static constexpr std::string_view kMarkdownSyntax = "\\`*_[]#|~!";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (const char* entity = MarkupEntity(c)) {
      out += entity;
    } else if (c == '\n' || c == '\r') {
      out += ' ';
    } else if (kMarkdownSyntax.find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string PageLink(std::string_view path, int page) {
  std::string out;
  for (unsigned char c : path) {
    bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                 c == '-' || c == '_' || c == '.' || c == '~' || c == '/';
    out += plain ? std::string(1, static_cast<char>(c)) : fmt::format("%{:02X}", c);
  }
  if (page > 0) out += fmt::format("#page={}", page);
  return out;
}

}  // namespace moacheck::report
