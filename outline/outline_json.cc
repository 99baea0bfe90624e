// The outline as the report contract's nested JSON; shared by
// `moacheck outline --format json` and the JSON report.
#include <nlohmann/json.hpp>

#include "moacheck/outline.h"

namespace moacheck {

nlohmann::json OutlineToJson(const Outline& outline) {
  const std::vector<Section>& sections = outline.sections;
  std::vector<nlohmann::json> nodes;
  nodes.reserve(sections.size());
  for (const Section& section : sections) {
    nodes.push_back({{"label", section.label},
                     {"title", section.title},
                     {"kind", section.kind},
                     {"path", section.path},
                     {"page", section.page},
                     {"line", section.line},
                     {"children", nlohmann::json::array()}});
  }
  // Pre-order with parent indices: attach children last to first so each
  // child's own subtree is complete before it is moved into its parent.
  nlohmann::json roots = nlohmann::json::array();
  for (std::size_t i = sections.size(); i-- > 0;) {
    nlohmann::json& target =
        sections[i].parent >= 0 ? nodes[sections[i].parent]["children"] : roots;
    target.insert(target.begin(), std::move(nodes[i]));
  }
  return roots;
}

}  // namespace moacheck
