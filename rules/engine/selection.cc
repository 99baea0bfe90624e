#include "rules/engine/selection.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "common/embedded.h"
#include "rules/engine/yaml_support.h"

namespace moacheck::rules {
namespace {

std::string Lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

std::string StringFact(const Facts& facts, const std::string& name) {
  auto found = facts.scalars.find(name);
  if (found == facts.scalars.end()) return "";
  if (const auto* text = std::get_if<std::string>(&found->second.value)) return *text;
  if (const auto* number = std::get_if<double>(&found->second.value)) {
    return std::to_string(static_cast<long long>(*number));
  }
  return "";
}

std::string Fill(std::string pattern, const std::string& key, const std::string& value) {
  std::string placeholder = "{" + key + "}";
  for (std::size_t at = pattern.find(placeholder); at != std::string::npos;
       at = pattern.find(placeholder, at + value.size())) {
    pattern.replace(at, placeholder.size(), value);
  }
  return pattern;
}

bool Listed(const std::vector<std::string>& list, const std::string& value) {
  return std::any_of(list.begin(), list.end(),
                     [&](const std::string& item) { return Lower(item) == Lower(value); });
}

std::string Join(const std::vector<std::string>& list) {
  std::string text;
  for (const std::string& item : list) text += (text.empty() ? "" : ", ") + item;
  return text;
}

}  // namespace

std::string AgencyKind(const Facts& facts) { return StringFact(facts, "agency_kind"); }

std::string AgencyKindAlias(const std::string& kind) {
  // The names rulebooks used before the agency_kind fact existed.
  if (kind == "police") return "municipal-police";
  if (kind == "state") return "state-agency";
  return kind;
}

std::string TemplateEra(const Facts& facts, const PackDefaults& defaults) {
  // The template the text follows ("wso-2019"), read from the template
  // itself, decides when no signing date does.
  std::string from_template = StringFact(facts, "template");
  std::size_t dash = from_template.rfind('-');
  std::string template_era = dash == std::string::npos ? "" : from_template.substr(dash + 1);
  int year = 0;
  for (const Signature& signature : facts.signed_) {
    if (signature.date.size() >= 4) year = std::max(year, std::atoi(signature.date.c_str()));
  }
  if (year == 0) return template_era;
  for (const PackDefaults::EraRange& range : defaults.eras) {
    if (year >= range.from && year <= range.to) return range.name;
  }
  return template_era;
}

bool AppliesToMet(const AppliesTo& applies, const Facts& facts, const PackDefaults& defaults,
                  std::string* reason) {
  if (!applies.models.empty()) {
    bool any = std::any_of(facts.models.begin(), facts.models.end(),
                           [&](const FactItem& model) { return Listed(applies.models, model.id); });
    if (!any) {
      std::string found;
      for (const FactItem& model : facts.models) found += (found.empty() ? "" : ", ") + model.id;
      *reason = fmt::format("applies to the {} model(s); this agreement: {}", Join(applies.models),
                            found.empty() ? "model not identified" : found);
      return false;
    }
  }
  if (!applies.states.empty()) {
    std::string state = StringFact(facts, "state");
    if (!Listed(applies.states, state)) {
      *reason = fmt::format("applies in {}; this agreement's state: {}", Join(applies.states),
                            state.empty() ? "not identified" : state);
      return false;
    }
  }
  if (!applies.eras.empty()) {
    std::string era = TemplateEra(facts, defaults);
    if (!Listed(applies.eras, era)) {
      *reason = fmt::format("applies to template era {}; this agreement: {}", Join(applies.eras),
                            era.empty() ? "era not identified" : era);
      return false;
    }
  }
  if (!applies.agency_kinds.empty()) {
    std::string kind = AgencyKind(facts);
    bool listed = std::any_of(
        applies.agency_kinds.begin(), applies.agency_kinds.end(),
        [&](const std::string& listed_kind) { return AgencyKindAlias(listed_kind) == kind; });
    if (!listed) {
      *reason = fmt::format("applies to {} agencies; this agreement's agency: {}",
                            Join(applies.agency_kinds), kind.empty() ? "not identified" : kind);
      return false;
    }
  }
  return true;
}

}  // namespace moacheck::rules

namespace moacheck {

Result<std::shared_ptr<const PackDefaults>> LoadPackDefaults() {
  constexpr const char* kPath = "rules/packs/defaults.yaml";
  std::optional<std::string_view> text = EmbeddedFile(kPath);
  if (!text) return Error{ErrorKind::kInternal, std::string(kPath) + ": not built into the binary"};
  using rules::Located;
  try {
    auto defaults = std::make_shared<PackDefaults>();
    Located root{rules::ParseYaml(*text, kPath), std::make_shared<const std::string>(kPath)};
    root.RequireKeys(
        "", "defaults",
        {"always", "per-model", "per-model-any-era", "per-state", "model-names", "eras"});
    defaults->always = root["always"].Strings("");
    defaults->per_model = root["per-model"].Strings("");
    defaults->per_model_any_era = root["per-model-any-era"].Strings("");
    defaults->per_state = root["per-state"].Strings("");
    Located names = root["model-names"];
    if (names.IsMap()) {
      for (const auto& entry : names.node) {
        defaults->model_names[entry.first.Scalar()] = entry.second.Scalar();
      }
    }
    for (const Located& era : root["eras"].Items("")) {
      era.RequireKeys("", "era", {"name", "from", "to"});
      PackDefaults::EraRange range;
      range.name = era["name"].String("");
      if (era.Has("from")) range.from = static_cast<int>(era["from"].Number(""));
      if (era.Has("to")) range.to = static_cast<int>(era["to"].Number(""));
      defaults->eras.push_back(range);
    }
    return std::shared_ptr<const PackDefaults>(std::move(defaults));
  } catch (const rules::RuleError& error) {
    return Error{ErrorKind::kInvalidRule, error.what()};
  }
}

PackChoice DefaultPacks(const Facts& facts, const PackDefaults& defaults) {
  using rules::Fill;
  PackChoice choice;
  auto shipped = [](const std::string& name) {
    return EmbeddedFile("rules/packs/" + name + ".yaml").has_value();
  };
  auto use = [&](const std::string& name) {
    if (std::find(choice.packs.begin(), choice.packs.end(), name) == choice.packs.end())
      choice.packs.push_back(name);
  };
  auto leave_out = [&](const std::string& name, std::string why) {
    bool listed = std::any_of(choice.left_out.begin(), choice.left_out.end(),
                              [&](const PackLeftOut& left) { return left.pack == name; });
    if (!listed) choice.left_out.push_back(PackLeftOut{name, std::move(why)});
  };
  for (const std::string& name : defaults.always) {
    if (shipped(name))
      use(name);
    else
      leave_out(name, "not built into this moacheck");
  }
  std::string era = rules::TemplateEra(facts, defaults);
  if (facts.models.empty()) {
    for (const std::string& pattern : defaults.per_model)
      leave_out(era.empty() ? pattern : Fill(pattern, "era", era),
                "the 287(g) model is not identified, so no template's rules were checked");
  }
  for (const FactItem& model : facts.models) {
    auto alias = defaults.model_names.find(model.id);
    std::string name = alias == defaults.model_names.end() ? model.id : alias->second;
    for (const std::string& pattern : defaults.per_model) {
      std::string pack = Fill(Fill(pattern, "model", name), "era", era);
      if (era.empty() && pattern.find("{era}") != std::string::npos) {
        leave_out(Fill(pattern, "model", name),
                  "the template era is not known (no signing date or template revision was "
                  "read); only the rules common to every era of the " +
                      model.id + " template were checked");
        for (const std::string& fallback : defaults.per_model_any_era) {
          std::string any_era = Fill(fallback, "model", name);
          if (shipped(any_era)) use(any_era);
        }
      } else if (shipped(pack)) {
        use(pack);
      } else {
        leave_out(pack, "moacheck has no rulebook for the " + model.id + " template of the " + era +
                            " era");
      }
    }
  }
  std::string state = rules::Lower(rules::StringFact(facts, "state"));
  for (const std::string& pattern : defaults.per_state) {
    if (state.empty()) {
      leave_out(pattern, "the agency's state is not identified, so no state's law was checked");
      continue;
    }
    std::string pack = Fill(pattern, "state", state);
    if (shipped(pack))
      use(pack);
    else
      leave_out(pack, "moacheck has no rulebook of " + rules::StringFact(facts, "state") +
                          " state law, so none was checked");
  }
  return choice;
}

}  // namespace moacheck
