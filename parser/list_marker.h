// Bulleted list items: the glyph a PDF drew in front of an item ("•",
// Wingdings "", "▪", a hyphen) often survives text extraction as a
// character, and scanner OCR turns round bullets into "o" and check-box
// bullets into "x". Recognizing them keeps the glyph out of the quoted text
// and tells later stages that an item starts here.
// Thread-safety: pure functions.
#pragma once

#include <string>
#include <vector>

namespace moacheck {

// For each line of one page (normalized, whitespace collapsed), moves a
// leading bullet glyph into markers[i] (empty when there is none) and strips
// it from texts[i]. The letters "o" and "x" count only when a word follows
// and the line is in a list: the word is capitalized, or a neighbouring line
// opens with the same letter; so a line that merely starts with a word "o"
// or "x" keeps it.
void ExtractListMarkers(std::vector<std::string>& texts, std::vector<std::string>& markers);

}  // namespace moacheck
