// RenderDiff: the diff as text for a terminal, Markdown or HTML for a
// council member, JSON for scripts. One walk over the AgreementDiff writes
// all three markup languages through a small Markup interface, so they say
// the same thing in the same order; every document quote is escaped.
#include <fmt/format.h>

#include <memory>

#include "moacheck/diff.h"
#include "report/escape.h"
#include "report/plain_language.h"

namespace moacheck {
namespace {

class Markup {
 public:
  virtual ~Markup() = default;
  virtual std::string Escape(std::string_view text) const = 0;
  virtual std::string Removed(std::string_view text) const = 0;  // escaped already
  virtual std::string Added(std::string_view text) const = 0;
  virtual void Title(std::string_view text) = 0;
  virtual void Heading(std::string_view text) = 0;
  virtual void Paragraph(std::string_view markup) = 0;
  virtual void Item(std::string_view markup) = 0;
  virtual void EndList() {}
  virtual std::string Finish() { return out_; }

 protected:
  std::string out_;
};

class TextMarkup : public Markup {
 public:
  std::string Escape(std::string_view text) const override { return std::string(text); }
  std::string Removed(std::string_view text) const override { return fmt::format("[-{}-]", text); }
  std::string Added(std::string_view text) const override { return fmt::format("{{+{}+}}", text); }
  void Title(std::string_view text) override { out_ += fmt::format("{}\n", text); }
  void Heading(std::string_view text) override { out_ += fmt::format("\n{}\n", text); }
  void Paragraph(std::string_view markup) override { out_ += fmt::format("{}\n", markup); }
  void Item(std::string_view markup) override { out_ += fmt::format("  - {}\n", markup); }
};

class MarkdownMarkup : public Markup {
 public:
  std::string Escape(std::string_view text) const override { return report::EscapeMarkdown(text); }
  std::string Removed(std::string_view text) const override { return fmt::format("~~{}~~", text); }
  std::string Added(std::string_view text) const override { return fmt::format("**{}**", text); }
  void Title(std::string_view text) override { out_ += fmt::format("# {}\n\n", Escape(text)); }
  void Heading(std::string_view text) override { out_ += fmt::format("\n## {}\n\n", Escape(text)); }
  void Paragraph(std::string_view markup) override { out_ += fmt::format("{}\n\n", markup); }
  void Item(std::string_view markup) override { out_ += fmt::format("- {}\n", markup); }
  void EndList() override { out_ += "\n"; }
};

class HtmlMarkup : public Markup {
 public:
  HtmlMarkup() {
    out_ =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>What changed between two 287(g) agreements</title><style>"
        "body{font-family:Georgia,serif;max-width:50em;margin:2em auto;line-height:1.5}"
        "del{background:#fdd;text-decoration:line-through}ins{background:#dfd;text-decoration:none}"
        "li{margin:.3em 0}</style></head><body>\n";
  }
  std::string Escape(std::string_view text) const override { return report::EscapeHtml(text); }
  std::string Removed(std::string_view text) const override {
    return fmt::format("<del>{}</del>", text);
  }
  std::string Added(std::string_view text) const override {
    return fmt::format("<ins>{}</ins>", text);
  }
  void Title(std::string_view text) override { out_ += fmt::format("<h1>{}</h1>\n", Escape(text)); }
  void Heading(std::string_view text) override {
    EndList();
    out_ += fmt::format("<h2>{}</h2>\n", Escape(text));
  }
  void Paragraph(std::string_view markup) override {
    EndList();
    out_ += fmt::format("<p>{}</p>\n", markup);
  }
  void Item(std::string_view markup) override {
    if (!in_list_) out_ += "<ul>\n";
    in_list_ = true;
    out_ += fmt::format("<li>{}</li>\n", markup);
  }
  void EndList() override {
    if (in_list_) out_ += "</ul>\n";
    in_list_ = false;
  }
  std::string Finish() override {
    EndList();
    return out_ + "</body></html>\n";
  }

 private:
  bool in_list_ = false;
};

std::string SectionName(const SectionRef& section) {
  std::string name = section.path == "Preamble" || section.path == "Signatures"
                         ? section.path
                         : fmt::format("{} {}", section.path, section.title);
  return section.page > 0 ? fmt::format("{} (p. {})", name, section.page) : name;
}

std::string Pair(const SectionDiff& section) {
  if (!section.old_section) return SectionName(*section.new_section);
  if (!section.new_section) return SectionName(*section.old_section);
  std::string old_name = SectionName(*section.old_section);
  std::string new_name = SectionName(*section.new_section);
  return old_name == new_name ? new_name : fmt::format("{} -> {}", old_name, new_name);
}

std::string SideLine(const std::string& label, const std::optional<std::string>& agency,
                     const std::vector<std::string>& model_names) {
  std::vector<std::string> about;
  if (agency) about.push_back(*agency);
  about.insert(about.end(), model_names.begin(), model_names.end());
  return about.empty() ? label : fmt::format("{} ({})", label, fmt::join(about, "; "));
}

std::string ChangeMarkup(const Markup& markup, const TextChange& change) {
  switch (change.kind) {
    case TextChange::Kind::kAdded:
      return fmt::format("Added, {}: {}", report::PinCite(*change.new_text),
                         markup.Added(markup.Escape(change.new_text->quote)));
    case TextChange::Kind::kRemoved:
      return fmt::format("Removed, {}: {}", report::PinCite(*change.old_text),
                         markup.Removed(markup.Escape(change.old_text->quote)));
    case TextChange::Kind::kChanged:
      break;
  }
  std::string words;
  for (const WordSpan& span : change.words) {
    if (!words.empty()) words += ' ';
    std::string escaped = markup.Escape(span.text);
    words += span.op == WordSpan::Op::kSame      ? escaped
             : span.op == WordSpan::Op::kRemoved ? markup.Removed(escaped)
                                                 : markup.Added(escaped);
  }
  return fmt::format("Changed, {} -> {}: {}", report::PinCite(*change.old_text),
                     report::PinCite(*change.new_text), words);
}

void WriteSectionList(Markup& markup, const AgreementDiff& diff, std::string_view heading,
                      SectionDiff::Status status) {
  bool any = false;
  for (const SectionDiff& section : diff.sections) {
    if (section.status != status) continue;
    if (!any) markup.Heading(heading);
    any = true;
    markup.Item(markup.Escape(Pair(section)));
  }
  if (any) markup.EndList();
}

std::string Render(Markup& markup, const AgreementDiff& diff) {
  markup.Title("What changed between two 287(g) agreements");
  markup.Paragraph(
      markup.Escape("OLD: " + SideLine(diff.old_label, diff.old_agency, diff.old_model_names)));
  markup.Paragraph(
      markup.Escape("NEW: " + SideLine(diff.new_label, diff.new_agency, diff.new_model_names)));
  markup.Paragraph(markup.Escape(diff.summary));
  if (!diff.facts.empty()) {
    markup.Heading("What the agreement allows or requires");
    for (const FactChange& fact : diff.facts) markup.Item(markup.Escape(fact.text));
    markup.EndList();
  }
  if (!diff.rules.empty()) {
    markup.Heading("Rule outcomes that differ");
    for (const RuleChange& rule : diff.rules) {
      markup.Item(markup.Escape(fmt::format("{} ({}, {}): {}", rule.title, rule.rule,
                                            SeverityName(rule.severity), rule.text)));
    }
    markup.EndList();
  }
  WriteSectionList(markup, diff, "Sections removed", SectionDiff::Status::kRemoved);
  WriteSectionList(markup, diff, "Sections added", SectionDiff::Status::kAdded);
  bool any_moved = false;
  for (const SectionDiff& section : diff.sections) {
    if (!section.moved) continue;
    if (!any_moved) markup.Heading("Sections moved to another place");
    any_moved = true;
    markup.Item(markup.Escape(Pair(section)));
  }
  if (any_moved) markup.EndList();
  bool any_wording = false;
  for (const SectionDiff& section : diff.sections) {
    if (section.status != SectionDiff::Status::kChanged) continue;
    if (!any_wording) markup.Heading("Wording changes");
    any_wording = true;
    markup.Paragraph(markup.Escape(Pair(section)));
    for (const TextChange& change : section.changes) markup.Item(ChangeMarkup(markup, change));
    markup.EndList();
  }
  if (!diff.same_template_text && diff.identity_changes > 0) {
    markup.Paragraph(markup.Escape(
        fmt::format("{} differences of agency names, dates and signatures are not listed.",
                    diff.identity_changes)));
  }
  for (const std::string& warning : diff.warnings) {
    markup.Paragraph(markup.Escape("Warning: " + warning));
  }
  return markup.Finish();
}

}  // namespace

std::string RenderDiff(const AgreementDiff& diff, ReportFormat format) {
  switch (format) {
    case ReportFormat::kJson:
      return DiffToJson(diff).dump(2) + "\n";
    case ReportFormat::kMarkdown: {
      MarkdownMarkup markup;
      return Render(markup, diff);
    }
    case ReportFormat::kHtml: {
      HtmlMarkup markup;
      return Render(markup, diff);
    }
    default: {
      TextMarkup markup;
      return Render(markup, diff);
    }
  }
}

}  // namespace moacheck
