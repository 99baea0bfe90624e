// ArchiveSummary: the dashboard of a batch run. Rows are distilled from
// each record as it arrives; the counts by model, state and kind are made
// at render time from the rows, so there is one source for every number.
#include "moacheck/archive_summary.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <tuple>

#include "moacheck/version.h"
#include "report/escape.h"
#include "report/html_style.h"
#include "report/plain_language.h"

namespace moacheck {
namespace {

using nlohmann::json;
using report::EscapeHtml;

std::string H(std::string_view text) { return EscapeHtml(text); }

std::string StringAt(const json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : "";
}

// A fact of docs/facts.md: {"value": ..., "evidence": [...]}.
std::string FactString(const json& facts, const char* name) {
  if (!facts.is_object()) return "";
  auto it = facts.find(name);
  return it == facts.end() ? "" : StringAt(*it, "value");
}

std::string ModelLabel(const Vocabulary* vocabulary, const std::string& joined_ids) {
  if (joined_ids.empty()) return "Model not stated";
  if (joined_ids.find(" + ") != std::string::npos) return joined_ids;
  return report::ModelName(vocabulary, joined_ids);
}

// The dashboard's extra style, on top of the report's own sheet.
constexpr const char* kDashboardStyle = R"css(
main { max-width: 1280px; }
.tiles { display:grid; grid-template-columns: repeat(auto-fit, minmax(170px, 1fr)); gap:12px; margin:16px 0; }
.tiles div { border:1px solid var(--line); border-radius:8px; padding:10px 14px; background:var(--wash); }
.tiles dt { font-size:13px; color:var(--muted); } .tiles dd { margin:2px 0 0; font-size:24px; font-weight:700; }
.tiles .error dd { color:var(--error); }
.counts { display:grid; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); gap:24px; }
td.num, th.num { text-align:right; font-variant-numeric: tabular-nums; }
td.zero { color: var(--muted); }
td.error-count:not(.zero) { color: var(--error); font-weight:600; }
td.warning-count:not(.zero) { color: var(--warning); font-weight:600; }
table.sortable th { cursor:pointer; user-select:none; white-space:nowrap; }
table.sortable th[aria-sort=ascending]::after { content:" \25B2"; font-size:11px; }
table.sortable th[aria-sort=descending]::after { content:" \25BC"; font-size:11px; }
tr.unreadable td { background: var(--error-bg); }
input[type=search] { font:inherit; padding:6px 10px; width: min(420px, 100%); margin: 4px 0 10px;
  border:1px solid var(--line); border-radius:6px; }
.scroll { overflow-x:auto; }
@media print { input[type=search] { display:none; } }
)css";

// Click a column heading to sort by it (again to reverse); cells sort by
// data-sort when they have it, numbers as numbers. Typing in the filter box
// hides the rows that do not contain the text.
constexpr const char* kDashboardScript = R"js(
document.querySelectorAll('table.sortable').forEach(function (table) {
  table.querySelectorAll('th').forEach(function (th) {
    th.tabIndex = 0;
    function sort() {
      var column = th.cellIndex, body = table.tBodies[0];
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      function key(row) {
        var cell = row.cells[column];
        return cell.hasAttribute('data-sort') ? cell.getAttribute('data-sort') : cell.textContent.trim();
      }
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = key(a), y = key(b), nx = Number(x), ny = Number(y);
        var order = (x !== '' && y !== '' && !isNaN(nx) && !isNaN(ny)) ? nx - ny
                    : x.localeCompare(y, undefined, {numeric: true, sensitivity: 'base'});
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (e) { if (e.key === 'Enter') sort(); });
  });
});
document.querySelectorAll('input[data-filter]').forEach(function (input) {
  var table = document.getElementById(input.getAttribute('data-filter'));
  input.addEventListener('input', function () {
    var text = input.value.toLowerCase();
    Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
      row.hidden = text !== '' && row.textContent.toLowerCase().indexOf(text) < 0;
    });
  });
});
)js";

std::string CountCell(int count, const char* kind) {
  return fmt::format("<td class=\"num {}-count{}\">{}</td>", kind, count == 0 ? " zero" : "",
                     count);
}

struct GroupCount {
  int documents = 0;
  int with_errors = 0;
  int with_warnings = 0;
};

}  // namespace

void ArchiveSummary::Add(const json& record, const std::string& report_link) {
  Row row;
  row.file = StringAt(record, "file");
  row.link = report_link;
  row.ok = StringAt(record, "status") != "error";
  if (!row.ok) {
    const json& error = record.value("error", json());
    row.error_kind = StringAt(error, "kind");
    row.error_message = StringAt(error, "message");
  }
  if (record.contains("pages") && record["pages"].is_number_integer())
    row.pages = record["pages"].get<int>();
  if (record.contains("ocr_pages") && record["ocr_pages"].is_array())
    ocr_pages_ += static_cast<int>(record["ocr_pages"].size());
  pages_ += row.pages;

  const json facts = record.value("facts", json());
  row.has_facts = facts.is_object();
  if (row.has_facts) {
    row.agency = FactString(facts, "agency");
    row.state = FactString(facts, "state");
    std::vector<std::string> models;
    for (const json& model : facts.value("models", json::array())) {
      std::string id = StringAt(model, "id");
      if (!id.empty()) models.push_back(id);
    }
    std::sort(models.begin(), models.end());
    for (const std::string& id : models) row.model += (row.model.empty() ? "" : " + ") + id;
    for (const json& signature : facts.value("signed", json::array()))
      row.signed_date = std::max(row.signed_date, StringAt(signature, "date"));
  }

  row.counts = CountRecordFindings(record);
  for (const json& finding : record.value("findings", json::array())) {
    std::string rule = StringAt(finding, "rule");
    if (rule.empty()) continue;
    RuleTally& tally = rules_[rule];
    if (tally.title.empty()) tally.title = StringAt(finding, "title");
    if (tally.severity.empty()) tally.severity = StringAt(finding, "severity");
    std::string status = StringAt(finding, "status");
    if (status == "fail") ++tally.fail;
    if (status == "missing") ++tally.missing;
    if (status == "pass") ++tally.pass;
    if (status == "not-applicable") ++tally.not_applicable;
    if (status == "unknown") ++tally.unknown;
  }
  rows_.push_back(std::move(row));
}

std::string ArchiveSummary::RenderHtml(const RenderOptions& options) const {
  const Vocabulary* vocabulary = options.vocabulary.get();
  int unreadable = 0;
  int with_errors = 0;
  int with_warnings = 0;
  int without_facts = 0;
  int with_unknown = 0;
  std::map<std::string, GroupCount> by_model;
  std::map<std::string, GroupCount> by_state;
  std::map<std::string, int> by_error_kind;
  for (const Row& row : rows_) {
    if (!row.ok) {
      ++unreadable;
      ++by_error_kind[row.error_kind.empty() ? "unknown" : row.error_kind];
      continue;
    }
    with_errors += row.counts.error > 0;
    with_warnings += row.counts.warning > 0;
    with_unknown += row.counts.unknown > 0;
    if (!row.has_facts) {
      ++without_facts;
      continue;
    }
    for (auto* groups : {&by_model, &by_state}) {
      const std::string& key = groups == &by_model ? ModelLabel(vocabulary, row.model)
                               : row.state.empty() ? std::string("State not found")
                                                   : row.state;
      GroupCount& count = (*groups)[key];
      ++count.documents;
      count.with_errors += row.counts.error > 0;
      count.with_warnings += row.counts.warning > 0;
    }
  }

  std::string out = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>287(g) archive summary: {} documents</title>\n<style>{}{}</style>\n</head>\n"
      "<body>\n<main>\n<article class=\"report\">\n<header><p class=\"kicker\">287(g) archive "
      "summary</p>\n<h1>{} agreement{} checked</h1>\n<p class=\"meta\">moacheck {} · {}</p>"
      "</header>\n",
      rows_.size(), report::kHtmlStyle, kDashboardStyle, rows_.size(), rows_.size() == 1 ? "" : "s",
      MOACHECK_VERSION, H(report::ReportDate(options.date)));

  out += "<dl class=\"tiles\">\n";
  auto tile = [&](const char* label, int value, bool alarm) {
    out += fmt::format("<div{}><dt>{}</dt><dd>{}</dd></div>\n",
                       alarm && value > 0 ? " class=\"error\"" : "", label, value);
  };
  tile("Documents", static_cast<int>(rows_.size()), false);
  tile("Could not be read", unreadable, true);
  tile("With serious problems", with_errors, true);
  tile("With concerns", with_warnings, false);
  tile("With pages not read well", with_unknown, false);
  tile("Pages", pages_, false);
  tile("Pages read by OCR", ocr_pages_, false);
  out += "</dl>\n";
  out +=
      "<p class=\"meta\">Jump to: <a href=\"#documents-section\">documents</a> · "
      "<a href=\"#rules-section\">rule outcomes</a></p>\n";
  if (without_facts > 0) {
    out += fmt::format(
        "<p class=\"meta\">{} document{} resumed from a CSV report: CSV records carry rule "
        "outcomes but not facts, so they are left out of the model and state counts.</p>\n",
        without_facts, without_facts == 1 ? "" : "s");
  }

  auto group_table = [&](const char* heading, const char* key_label,
                         const std::map<std::string, GroupCount>& groups) {
    out += fmt::format(
        "<section><h2>{}</h2>\n<table class=\"sortable\"><thead><tr><th>{}</th>"
        "<th class=\"num\">Documents</th><th class=\"num\">With serious problems</th>"
        "<th class=\"num\">With concerns</th></tr></thead>\n<tbody>\n",
        heading, key_label);
    for (const auto& [key, count] : groups) {
      out += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td>{}{}</tr>\n", H(key),
                         count.documents, CountCell(count.with_errors, "error"),
                         CountCell(count.with_warnings, "warning"));
    }
    if (groups.empty()) out += "<tr><td colspan=\"4\">No document was read.</td></tr>\n";
    out += "</tbody></table></section>\n";
  };
  out += "<div class=\"counts\">\n";
  group_table("By model", "Model", by_model);
  group_table("By state", "State", by_state);
  out += "</div>\n";

  if (!by_error_kind.empty()) {
    out +=
        "<section><h2>Could not be read</h2>\n<table><thead><tr><th>Reason</th>"
        "<th class=\"num\">Files</th></tr></thead>\n<tbody>\n";
    for (const auto& [kind, count] : by_error_kind)
      out += fmt::format("<tr><td>{}</td><td class=\"num\">{}</td></tr>\n", H(kind), count);
    out += "</tbody></table></section>\n";
  }

  out +=
      "<section id=\"documents-section\"><h2>Documents</h2>\n<input type=\"search\" "
      "data-filter=\"documents\" "
      "placeholder=\"Filter by file, agency, state, model…\" aria-label=\"Filter documents\">\n"
      "<div class=\"scroll\"><table class=\"sortable\" id=\"documents\"><thead><tr>"
      "<th>File</th><th>Agency</th><th>State</th><th>Model</th><th>Signed</th>"
      "<th class=\"num\">Pages</th><th class=\"num\">Serious</th><th class=\"num\">Concerns"
      "</th><th class=\"num\">Notes</th><th class=\"num\">Met</th><th class=\"num\">Not known"
      "</th><th>Status</th></tr></thead>\n"
      "<tbody>\n";
  for (const Row& row : rows_) {
    std::string name = H(row.file);
    std::string file =
        row.link.empty() ? name : fmt::format("<a href=\"{}\">{}</a>", H(row.link), name);
    std::string status = row.ok ? "checked"
                                : fmt::format("<span title=\"{}\">could not be read: {}</span>",
                                              H(row.error_message), H(row.error_kind));
    std::string unknown = row.has_facts ? "not found" : "";
    out += fmt::format(
        "<tr{}><td data-sort=\"{}\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>"
        "<td class=\"num\">{}</td>{}{}{}<td class=\"num\">{}</td><td class=\"num\">{}</td>"
        "<td>{}</td></tr>\n",
        row.ok ? "" : " class=\"unreadable\"", name, file,
        row.ok ? H(row.agency.empty() ? unknown : row.agency) : "", H(row.state),
        row.ok && row.has_facts ? H(ModelLabel(vocabulary, row.model)) : "", H(row.signed_date),
        row.pages, CountCell(row.counts.error, "error"), CountCell(row.counts.warning, "warning"),
        CountCell(row.counts.info, "info"), row.counts.pass, row.counts.unknown, status);
  }
  out += "</tbody></table></div></section>\n";
  std::vector<const std::pair<const std::string, RuleTally>*> rules;
  for (const auto& entry : rules_) rules.push_back(&entry);
  std::stable_sort(rules.begin(), rules.end(), [](const auto* a, const auto* b) {
    return a->second.fail + a->second.missing > b->second.fail + b->second.missing;
  });
  out +=
      "<section id=\"rules-section\"><h2>Rule outcomes</h2>\n<p class=\"meta\">How many documents "
      "each rule "
      "found failing, missing, met, not applicable or not known (pages not read well); most often "
      "broken first.</p>\n"
      "<div class=\"scroll\"><table class=\"sortable\"><thead><tr><th>Rule</th><th>Level</th>"
      "<th class=\"num\">Fails</th><th class=\"num\">Missing</th><th class=\"num\">Met</th>"
      "<th class=\"num\">Does not apply</th><th class=\"num\">Not known</th></tr></thead>\n"
      "<tbody>\n";
  for (const auto* entry : rules) {
    const RuleTally& tally = entry->second;
    const char* kind = tally.severity == "error" ? "error" : "warning";
    out += fmt::format(
        "<tr><td><code>{}</code>{}{}</td><td>{}</td>{}{}<td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"num\">{}</td></tr>\n",
        H(entry->first), tally.title.empty() ? "" : "<br>", H(tally.title), H(tally.severity),
        CountCell(tally.fail, kind), CountCell(tally.missing, kind), tally.pass,
        tally.not_applicable, tally.unknown);
  }
  if (rules.empty()) out += "<tr><td colspan=\"7\">No rule was evaluated.</td></tr>\n";
  out += "</tbody></table></div></section>\n";

  out +=
      "<footer><p>Made automatically from the text of each agreement. It is not legal advice; "
      "open a document's report for the quotes behind each count and check them against the "
      "PDF.</p></footer>\n</article>\n</main>\n";
  out += fmt::format("<script>{}</script>\n</body>\n</html>\n", kDashboardScript);
  return out;
}

}  // namespace moacheck
