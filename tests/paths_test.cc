// File paths with spaces, quotes, Markdown punctuation and non-ASCII letters
// end to end (issue 11): every command and report format names the file so
// that it reads back to the exact path (JSON strings, CSV fields, escaped
// HTML and Markdown text, percent-encoded links).
#define BOOST_TEST_MODULE paths
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "test_support.h"

namespace fs = std::filesystem;
using moacheck::testing::BinaryDir;
using moacheck::testing::ParseCsv;
using moacheck::testing::ReadFile;
using moacheck::testing::RunMoacheck;
using moacheck::testing::SamplePdf;
using nlohmann::json;

namespace {

// A folder and two agreements with names a clerk's scanner or a county
// website could give them.
struct OddlyNamed {
  fs::path dir = BinaryDir() / "paths_test" / "Archivo \"Peñasco\" O'Brien";
  std::string old_pdf = (dir / "Condado de Peñasco \"draft\" 2025 O'Brien.pdf").string();
  std::string new_pdf = (dir / "sub dir ñ" / "Copia *[v2]* <b>_final_ #1 & 50%.pdf").string();

  OddlyNamed() {
    fs::remove_all(dir.parent_path());
    fs::create_directories(fs::path(new_pdf).parent_path());
    fs::copy_file(SamplePdf("task-force-2025"), old_pdf);
    fs::copy_file(SamplePdf("task-force-no-supervision"), new_pdf);
  }
};

std::string PercentDecode(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += text[i];
    }
  }
  return out;
}

// Only unreserved characters and "/" may stay as they are in a URI path.
bool IsPercentEncodedPath(const std::string& uri) {
  for (unsigned char c : uri) {
    if (!std::isalnum(c) && std::string("-._~/%").find(static_cast<char>(c)) == std::string::npos)
      return false;
  }
  return true;
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::string UnescapeHtml(std::string text) {
  text = Replace(text, "&quot;", "\"");
  text = Replace(text, "&#39;", "'");
  text = Replace(text, "&lt;", "<");
  text = Replace(text, "&gt;", ">");
  return Replace(text, "&amp;", "&");
}

std::string UnescapeMarkdown(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size() &&
        std::ispunct(static_cast<unsigned char>(text[i + 1])))
      ++i;
    out += text[i];
  }
  return UnescapeHtml(out);
}

// The text between `open` and `close` after each occurrence of `open`.
std::vector<std::string> Between(const std::string& text, const std::string& open,
                                 const std::string& close) {
  std::vector<std::string> found;
  for (std::size_t at = text.find(open); at != std::string::npos; at = text.find(open, at + 1)) {
    std::size_t begin = at + open.size();
    found.push_back(text.substr(begin, text.find(close, begin) - begin));
  }
  return found;
}

std::string WithoutFragment(const std::string& link) { return link.substr(0, link.find('#')); }

moacheck::testing::CommandResult Check(const std::string& format, const std::string& file) {
  auto run =
      RunMoacheck({"check", "--ocr", "never", "--fail-on", "never", "--format", format, file});
  BOOST_TEST(run.exit_code == 0, format << ": " << run.err);
  return run;
}

}  // namespace

BOOST_AUTO_TEST_CASE(check_names_the_file_exactly_in_every_format) {
  OddlyNamed files;
  // The second name holds every character the formats escape; the folder
  // holds quotes and a non-ASCII letter.
  for (const std::string& file : {files.new_pdf}) {
    BOOST_TEST_CONTEXT(file) {
      BOOST_TEST(Check("text", file).out.find(file + "\n") != std::string::npos);
      BOOST_TEST(json::parse(Check("json", file).out)["file"] == file);
      BOOST_TEST(json::parse(Check("jsonl", file).out)["file"] == file);

      auto rows = ParseCsv(Check("csv", file).out);
      BOOST_REQUIRE(rows.size() > 1u);
      for (std::size_t i = 1; i < rows.size(); ++i) BOOST_TEST(rows[i][0] == file, "CSV row " << i);

      std::string markdown = Check("md", file).out;
      auto shown = Between(markdown, "*File ", " · ");
      BOOST_REQUIRE(shown.size() == 1u);
      BOOST_TEST(UnescapeMarkdown(shown[0]) == file);
      auto md_links = Between(markdown, "](", ")");
      BOOST_REQUIRE(!md_links.empty());
      for (const std::string& link : md_links) {
        BOOST_TEST(IsPercentEncodedPath(WithoutFragment(link)), link);
        BOOST_TEST(PercentDecode(WithoutFragment(link)) == file);
      }

      std::string html = Check("html", file).out;
      auto meta = Between(html, "<p class=\"meta\">File ", " · ");
      BOOST_REQUIRE(meta.size() == 1u);
      BOOST_TEST(UnescapeHtml(meta[0]) == file);
      BOOST_TEST(html.find("<b>_final_") == std::string::npos);
      auto hrefs = Between(html, "href=\"", "\"");
      BOOST_REQUIRE(!hrefs.empty());
      for (const std::string& href : hrefs) {
        if (href.starts_with("#")) continue;  // a link within the report
        BOOST_TEST(IsPercentEncodedPath(WithoutFragment(href)), href);
        BOOST_TEST(PercentDecode(WithoutFragment(href)) == file);
      }
    }
  }
}

// SARIF 2.1.0 §3.4.3: artifactLocation.uri is a URI (RFC 3986), so a path
// with spaces or quotes must be percent-encoded.
BOOST_AUTO_TEST_CASE(sarif_uris_are_percent_encoded_paths) {
  OddlyNamed files;
  json log = json::parse(Check("sarif", files.old_pdf).out);
  std::vector<std::string> uris;
  for (const json& artifact : log["runs"][0]["artifacts"])
    uris.push_back(artifact["location"]["uri"]);
  for (const json& result : log["runs"][0]["results"]) {
    for (const json& location : result["locations"])
      uris.push_back(location["physicalLocation"]["artifactLocation"]["uri"]);
  }
  BOOST_REQUIRE(!uris.empty());
  std::vector<std::string> raw;
  for (const std::string& uri : uris) {
    if (!IsPercentEncodedPath(uri)) raw.push_back(uri);
    BOOST_TEST(PercentDecode(uri) == files.old_pdf);
  }
  BOOST_TEST(raw.empty(), raw.size() << " of " << uris.size() << " URIs not percent-encoded");
}

BOOST_AUTO_TEST_CASE(facts_outline_text_and_diff_read_oddly_named_files) {
  OddlyNamed files;
  fs::path plain = BinaryDir() / "paths_test" / "plain.pdf";
  fs::copy_file(SamplePdf("task-force-2025"), plain);
  auto facts = RunMoacheck({"facts", "--ocr", "never", files.old_pdf});
  BOOST_TEST(facts.exit_code == 0, facts.err);
  BOOST_TEST(facts.out.rfind(files.old_pdf + " (13 pages)\n", 0) == 0u);
  auto facts_json = RunMoacheck({"facts", "--ocr", "never", "--format", "json", files.old_pdf});
  BOOST_TEST(json::parse(facts_json.out)["file"] == files.old_pdf);
  // outline and text do not print the path: the same output as for a plain name.
  for (std::string command : {"outline", "text"}) {
    auto odd = RunMoacheck({command, "--ocr", "never", files.old_pdf});
    auto same = RunMoacheck({command, "--ocr", "never", plain.string()});
    BOOST_TEST(odd.exit_code == 0, command << ": " << odd.err);
    BOOST_TEST(!odd.out.empty());
    BOOST_TEST(odd.out == same.out, command);
  }
  auto diff = RunMoacheck({"diff", "--ocr", "never", files.old_pdf, files.new_pdf});
  BOOST_TEST(diff.out.find("OLD: " + files.old_pdf + " (") != std::string::npos, diff.err);
  BOOST_TEST(diff.out.find("NEW: " + files.new_pdf + " (") != std::string::npos);
  json diff_json = json::parse(
      RunMoacheck({"diff", "--ocr", "never", "--format", "json", files.old_pdf, files.new_pdf})
          .out);
  std::string dumped = diff_json.dump();
  BOOST_TEST(dumped.find(json(files.old_pdf).dump()) != std::string::npos);
  BOOST_TEST(dumped.find(json(files.new_pdf).dump()) != std::string::npos);
  std::string diff_md =
      RunMoacheck({"diff", "--ocr", "never", "--format", "md", files.old_pdf, files.new_pdf}).out;
  auto md_new = Between(diff_md, "NEW: ", " (");
  BOOST_REQUIRE(md_new.size() == 1u);
  BOOST_TEST(UnescapeMarkdown(md_new[0]) == files.new_pdf);
  std::string diff_html =
      RunMoacheck({"diff", "--ocr", "never", "--format", "html", files.old_pdf, files.new_pdf}).out;
  auto html_new = Between(diff_html, "NEW: ", " (");
  BOOST_REQUIRE(html_new.size() == 1u);
  BOOST_TEST(UnescapeHtml(html_new[0]) == files.new_pdf);
  BOOST_TEST(diff_html.find("<b>_final_") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(recursive_check_and_resume_into_an_oddly_named_output) {
  OddlyNamed files;
  fs::path out = files.dir / "résultats \"lot 1\" O'Brien.jsonl";
  std::vector<std::string> args = {"check", "--ocr",      "never",    "--format",
                                   "jsonl", "--fail-on",  "never",    "--recursive",
                                   "-o",    out.string(), "--resume", files.dir.string()};
  auto first = RunMoacheck(args);
  BOOST_TEST(first.exit_code == 0, first.err);
  std::set<std::string> recorded;
  std::istringstream lines(ReadFile(out));
  for (std::string line; std::getline(lines, line);) recorded.insert(json::parse(line)["file"]);
  BOOST_TEST(recorded == (std::set<std::string>{files.old_pdf, files.new_pdf}),
             boost::test_tools::per_element());
  std::string before = ReadFile(out);
  auto again = RunMoacheck(args);
  BOOST_TEST(again.exit_code == 0, again.err);
  BOOST_TEST(ReadFile(out) == before);  // both files found by their SHA-256: nothing appended
  BOOST_TEST(std::distance(fs::directory_iterator(files.dir), {}) == 3);  // no temporary left
}
