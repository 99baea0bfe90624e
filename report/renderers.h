// One renderer per output format, each producing the whole report for all
// results; RenderReport (render.cc) picks one.
#pragma once

#include <string>
#include <vector>

#include "moacheck/report.h"

namespace moacheck::report {

std::string RenderText(const std::vector<CheckResult>& results, const RenderOptions& options);
std::string RenderMarkdown(const std::vector<CheckResult>& results, const RenderOptions& options);
std::string RenderHtml(const std::vector<CheckResult>& results, const RenderOptions& options);
std::string RenderCsv(const std::vector<CheckResult>& results);
std::string RenderSarif(const std::vector<CheckResult>& results);

}  // namespace moacheck::report
