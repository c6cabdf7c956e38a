// The pieces of the scheme loader, one per part of the file. Internal to
// scheme_loader*.cc.
#pragma once

#include "scheme/scheme.h"
#include "scheme/yaml_fields.h"

namespace candor::scheme {

Term read_term(const YAML::Node& node, Problems& problems, const std::string& what);
std::vector<Term> read_terms(Fields& fields, const std::string& key, Problems& problems,
                             const std::string& what);

std::vector<EntryRequirement> read_entry_requirements(Fields& top, Problems& problems);
std::vector<Timeline> read_timelines(Fields& top, Problems& problems);
std::vector<Artefact> read_artefacts(Fields& top, Problems& problems);
void read_exam_requirements(Fields& top, Problems& problems, Scheme& scheme);
ExamForm read_exam_form(Fields& top, Problems& problems);
DecisionRules read_decision_rules(Fields& top, Problems& problems);
CertificateSpec read_certificate(Fields& top, Problems& problems);
CpdRule read_cpd_rule(Fields& top, Problems& problems);

// Cross-references between the parts (artefacts' deadlines, rules' degrees,
// requirements' main areas, ...), checked once everything is read.
void check_references(const Scheme& scheme, Problems& problems);

}  // namespace candor::scheme
