// The compiled phrase vocabulary (rules/vocabulary/*.yaml): every phrase that
// signals an authority, provision, model or fact, as PCRE2 patterns made
// OCR-tolerant and JIT-compiled once. The extractors in facts/ only supply
// machinery (clauses, scoping, negation, numbers); what to look for is here.
// Thread-safety: immutable after LoadVocabulary; share it between threads.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "common/regex.h"
#include "moacheck/facts.h"
#include "moacheck/outline.h"

namespace moacheck {

namespace facts {

// One id (an authority, a provision, a model, a choice's value) and the
// phrases that signal it.
struct Signal {
  std::string id;
  std::string origin;  // file:line of its entry, for load errors
  std::vector<Regex> patterns;
  std::vector<std::string> sections;  // section kinds where it is read; empty: anywhere
  bool negatable = false;             // a denial in the same clause cancels it
  // Models only: when the agreement names no model, the functions it
  // delegates and its purpose clause tell it (ExtractModels).
  std::vector<std::string> implied_by;   // authorities that must all be delegated
  std::vector<std::string> excluded_by;  // authorities the model never delegates
  std::vector<Regex> purpose;            // the template's statement of what it is for
};

// One ICE template ("wso-2019"): the model it belongs to and what marks an
// agreement as following it.
struct TemplateRule {
  std::string id;  // {model-name}-{era}, as the pack selector names them
  std::string origin;
  std::string model;  // model id
  // A revision footer dated in [revised_from, revised_to] names this
  // template; revised_from 0: its copies carry no dated footer.
  int revised_from = 0;
  int revised_to = 9999;
  std::vector<Regex> markers;  // wording only this template of its model has
  bool open_ended = false;     // sets no end date: an agreement that expires is not it
};

// A number read with its unit: hold limits, training lengths, terms, notices.
struct QuantityRule {
  std::string fact;  // dotted contract name
  std::string origin;
  std::map<std::string, double> units;  // unit word (singular) -> contract unit
  bool pick_max = true;                 // longest stated; otherwise the first
  std::vector<Regex> patterns;          // with named groups n (number) and unit
  // Phrases that state the quantity is zero ("effective immediately upon
  // receipt": no notice at all), read in the same clauses as `patterns`.
  std::vector<Regex> zero_patterns;
  std::vector<Regex> clause_requires;  // the clause must match one of these
  std::vector<Regex> match_excludes;   // the matched words must match none of these
  std::vector<std::string> sections;
  struct Flag {  // a bool fact read from the same clause as the quantity
    std::string fact;
    std::vector<Regex> patterns;
  };
  std::vector<Flag> flags;
};

struct BooleanRule {
  std::string fact;
  std::vector<Regex> patterns;
  std::string true_if;  // another fact whose presence makes this true
  std::vector<std::string> sections;
};

struct ChoiceRule {  // a string fact chosen from known values, most mentioned wins
  std::string fact;
  std::vector<Signal> options;  // Signal::id is the value
};

struct UsState {
  std::string name;
  std::string code;
};

// One value of the agency_kind fact and the names that are of that kind.
struct AgencyKindRule {
  std::string kind;
  std::vector<Regex> patterns;
  bool starts_with_state = false;  // also any name that begins with a state's name
};

// An ICE field office or Chief Counsel (OPLA) office: the city it is named
// by, its own state, and the states its area of responsibility covers.
struct IceOffice {
  std::string city;
  std::vector<Regex> patterns;  // the city as printed
  std::string state;
  std::vector<std::string> serves;
};

// Words on the LEA's lines that place it in some states only (a title only
// some states give their officials).
struct StateCue {
  std::vector<Regex> patterns;
  std::vector<std::string> states;
};

}  // namespace facts

class Vocabulary {
 public:
  // section_kinds.yaml: what the outline stage and the rulebooks' scopes
  // call each section.
  std::shared_ptr<const SectionKindTable> section_kinds;
  std::vector<Regex> grant_cues;  // "power and authority to", "authorized to"
  std::vector<Regex> deny_cues;   // "are not authorized to", "shall not"
  std::vector<std::string> authority_sections;
  std::vector<facts::Signal> authorities;
  std::vector<facts::Signal> provisions;
  // "is included in Appendix B": named group label. A provision
  // read only from such a pointer is absent when that appendix is.
  std::vector<Regex> appendix_pointers;
  std::vector<facts::Signal> models;
  // templates.yaml: the revision footer ("Revised 02/15/2025"; named groups
  // month, day, year) and each template's marks.
  std::vector<Regex> revision_patterns;
  std::vector<facts::TemplateRule> templates;
  // The reports' words for each model, authority and provision (Wording).
  IdWordings wording;
  std::vector<facts::QuantityRule> quantities;
  std::vector<facts::BooleanRule> booleans;
  std::vector<facts::ChoiceRule> choices;

  std::vector<Regex> agency_patterns;  // preamble, with a named group "agency"
  std::vector<Regex> agency_shapes;    // what an agency name looks like (case-sensitive)
  std::vector<Regex> lea_block_cues;   // "For the LEA:": an address follows
  std::vector<Regex> ice_office_cues;  // lines naming ICE's own offices
  // Lines that name an ICE office by its city ("FOD in Salt Lake City").
  std::vector<Regex> ice_office_city_cues;
  std::vector<facts::IceOffice> ice_offices;
  std::map<std::string, std::string> area_codes;  // "813" -> FL
  std::vector<facts::StateCue> lea_state_cues;
  std::vector<facts::AgencyKindRule> agency_kinds;  // first match wins
  std::vector<facts::UsState> states;
  // Words agency names are made of ("County", "Sheriff's", "Department"):
  // OCR-garbled name words are repaired against them, and a name with none
  // of them is not taken for an agency.
  std::vector<std::string> agency_words;
  // "Bay County" -> {FL, MI}: the states that have a county of that name.
  std::map<std::string, std::vector<std::string>> county_states;
  std::vector<Regex> signature_ice_cues;
  std::vector<Regex> signature_lea_cues;
  // Words saying a signature block signs an addendum, not the agreement
  // ("By signing this addendum", a heading "AMENDMENT NO. 1").
  std::vector<Regex> signature_addendum_cues;
};

}  // namespace moacheck
