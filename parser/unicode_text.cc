#include "parser/unicode_text.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace moacheck {

std::size_t FirstInvalidUtf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    char32_t minimum = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      length = 2, minimum = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      length = 3, minimum = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      length = 4, minimum = 0x10000;
    } else {
      return i;
    }
    if (i + length > bytes.size()) return i;
    char32_t code_point = c & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
      unsigned char next = static_cast<unsigned char>(bytes[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      code_point = (code_point << 6) | (next & 0x3F);
    }
    // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
    if (code_point < minimum || (code_point >= 0xD800 && code_point <= 0xDFFF) ||
        code_point > 0x10FFFF) {
      return i;
    }
    i += length;
  }
  return std::string_view::npos;
}

char32_t DecodeCodePoint(std::string_view text, std::size_t offset, std::size_t* length) {
  unsigned char c = static_cast<unsigned char>(text[offset]);
  std::size_t size = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 0;
  if (size == 0 || offset + size > text.size()) {
    *length = 1;
    return 0xFFFD;
  }
  char32_t code_point = size == 1 ? c : c & (0x7F >> size);
  for (std::size_t k = 1; k < size; ++k) {
    unsigned char next = static_cast<unsigned char>(text[offset + k]);
    if ((next & 0xC0) != 0x80) {
      *length = 1;
      return 0xFFFD;
    }
    code_point = (code_point << 6) | (next & 0x3F);
  }
  *length = size;
  return code_point;
}

std::string Nfkc(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
  if (ascii) return std::string(utf8);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(utf8);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString normalized = nfkc->normalize(source, status);
  if (U_FAILURE(status)) return std::string(utf8);
  std::string out;
  normalized.toUTF8String(out);
  return out;
}

namespace {

bool IsSpace(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;
}

}  // namespace

std::string CollapseWhitespace(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < utf8.size();) {
    std::size_t length = 1;
    char32_t c = static_cast<unsigned char>(utf8[i]) < 0x80 ? static_cast<char32_t>(utf8[i])
                                                            : DecodeCodePoint(utf8, i, &length);
    if (IsSpace(c)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out += ' ';
      pending_space = false;
      out.append(utf8.data() + i, length);
    }
    i += length;
  }
  return out;
}

std::string FoldPunctuation(std::string_view utf8) {
  std::string folded;
  folded.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      folded += utf8[i++];
      continue;
    }
    std::size_t length = 1;
    char32_t c = DecodeCodePoint(utf8, i, &length);
    switch (c) {
      case 0x2018:
      case 0x2019:
      case 0x201A:
      case 0x201B:
      case 0x2032:
      case 0x00B4:
        folded += '\'';
        break;
      case 0x201C:
      case 0x201D:
      case 0x201E:
      case 0x201F:
      case 0x2033:
        folded += '"';
        break;
      case 0x2010:
      case 0x2011:
      case 0x2012:
      case 0x2013:
      case 0x2014:
      case 0x2015:
      case 0x2212:
      case 0x00AD:
        folded += '-';
        break;
      case 0x00A0:
      case 0x2002:
      case 0x2003:
      case 0x2009:
      case 0x202F:
        folded += ' ';
        break;
      default:
        folded.append(utf8.data() + i, length);
    }
    i += length;
  }
  return folded;
}

}  // namespace moacheck
