// A qualification scheme: everything a qualification demands of a candidate,
// as data read from YAML (docs/schemes.md). Nothing of any particular scheme
// lives in code; the checkers, the entry check, the timeline and the decision
// rules only interpret these structures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/error.h"

namespace candor::scheme {

// A named thing that text may call by several names ("Literature",
// "References", "Bibliography").
struct Term {
  std::string id;
  std::string title;
  std::vector<std::string> synonyms;
  Location where;
};

// ---- Entry requirements -------------------------------------------------

enum class EntryKind { kCertificate, kExperience, kTasks };
enum class Obligation { kMandatory, kRecommended };

struct EntryRequirement {
  std::string id;
  std::string title;
  std::string description;
  EntryKind kind = EntryKind::kExperience;
  Obligation obligation = Obligation::kMandatory;
  // kCertificate: accepted certificates; a side-entry route may replace them.
  std::vector<Term> certificates;
  bool side_entry_allowed = false;
  // kExperience: months of qualifying experience within a window before the
  // seminar; an entry qualifies when its role names one of `roles` and its
  // text names one of `field_terms`.
  std::vector<std::string> roles;
  std::vector<std::string> field_terms;
  int min_months = 0;
  int window_months = 0;  // 0: no window
  bool exclude_training_only = true;
  // kTasks: tasks the CV should show within the window; met when at least
  // `min_matched` of them are evidenced by qualifying entries.
  std::vector<Term> tasks;
  int min_matched = 1;
  Location where;
};

// ---- Timeline ----------------------------------------------------------

struct Stage {
  std::string id;
  std::string title;
  int from_week = 0;  // inclusive; weeks are counted from week 0
  int to_week = 0;    // inclusive
  int min_days = 0;   // a session's length in days (0: the whole weeks)
  int max_days = 0;
  bool exam = false;  // the exam takes place in this stage
  Location where;
};

// A dated obligation: "the report is due two weeks before session 2".
struct Deadline {
  std::string id;
  std::string title;
  std::string artefact;  // optional: the artefact that is due
  std::string stage;     // the stage it is anchored to
  enum class Anchor { kStageStart, kStageEnd } anchor = Anchor::kStageStart;
  int offset_days = 0;   // negative: before the anchor
  Location where;
};

struct Timeline {
  std::string mode;  // "classroom" | "distance"
  std::string description;
  std::string anchor_stage;  // the stage whose first day is the seminar date
  std::vector<Stage> stages;
  std::vector<Deadline> deadlines;
  int max_duration_months = 0;  // distance learning: everything within this
  int at_risk_days = 14;        // an open deadline this close is "at risk"
  Location where;

  const Stage* find_stage(std::string_view stage_id) const;
};

// ---- Artefacts ---------------------------------------------------------

struct Section {
  std::string id;
  std::string title;
  std::vector<std::string> synonyms;
  std::string guidance;  // what the template asks for under this heading
  bool required = true;
  bool literature = false;  // its contents are a literature list
  std::vector<Section> subsections;
  Location where;
};

// A phrase that must appear in a section: "a justification of PDCA".
struct ContentCheck {
  std::string id;
  std::string title;
  std::string section;  // section id; empty: anywhere in the body
  std::vector<std::string> any_of;
  Location where;
};

struct CoverageRule {
  int min_specifications = 0;
  int min_requirements = 0;
  bool enabled() const { return min_specifications > 0 || min_requirements > 0; }
};

struct Artefact {
  std::string id;
  std::string title;
  std::optional<int> min_words;
  std::optional<int> max_words;
  std::optional<int> max_pages;
  int words_per_page = 0;  // page estimate when the file has no page count
  std::string page_basis;  // why words_per_page is what it is
  std::vector<Section> sections;
  std::vector<ContentCheck> content_checks;
  CoverageRule coverage;
  Location where;

  // Every section and subsection, parents before children.
  std::vector<const Section*> all_sections() const;
};

// ---- Exam requirements ---------------------------------------------------

struct ExamSpecification {
  std::string id;
  std::string title;
  std::vector<std::string> synonyms;
  Location where;
};

struct ExamRequirement {
  std::string id;
  std::string title;
  std::vector<std::string> synonyms;
  std::string main_area;  // id of one of the main exam areas
  std::vector<ExamSpecification> specifications;
  Location where;
};

struct MainArea {
  std::string id;
  std::string title;
  Location where;
};

// ---- Exam form ---------------------------------------------------------

struct ExamPart {
  std::string id;
  std::string title;
  std::string description;
  int minutes = 0;
  std::vector<Term> must_address;  // e.g. why / how / issues / how to continue
  std::string evidence_source;     // the source the examiner logs it under
  Location where;
};

struct QuestionRules {
  int min_per_candidate = 0;
  int max_per_candidate = 0;
  bool each_addresses_main_area = false;
  bool criteria_required = false;
  bool written_before_session = false;
  // Exposure warning thresholds; 0 = no limit.
  int max_candidates = 0;
  int max_cohorts = 0;
  int max_providers = 0;
};

struct DegreeLevel {
  std::string id;
  std::string title;
  int rank = 0;  // 0 = not fulfilled; higher is better
};

struct ExamForm {
  std::vector<ExamPart> parts;
  QuestionRules questions;
  std::vector<Term> evidence_sources;
  std::vector<DegreeLevel> degrees;  // ordered by rank
  std::vector<Term> skill_requirements;

  const DegreeLevel* find_degree(std::string_view degree_id) const;
};

// ---- Decision rules --------------------------------------------------------

enum class RuleKind {
  kEachAddressedAtLeast,  // every requirement the report addresses reaches a degree
  kMinRequirementsAtLeast,  // at least `count` requirements reach a degree
  kMinMainAreasAtLeast,     // requirements reaching a degree span `count` main areas
  kEachSkillAtLeast,        // every skill requirement reaches a degree
  kQuestionsSatisfied,      // every prepared question was answered satisfyingly
  kRequiredSources,         // evidence from each of `sources` was logged
};

struct DecisionRule {
  std::string id;
  std::string title;
  RuleKind kind = RuleKind::kEachAddressedAtLeast;
  std::string degree;
  int count = 0;
  std::vector<std::string> sources;
  Location where;
};

struct DecisionRules {
  // A degree counts for a requirement only when this many distinct evidence
  // sources support it (triangulation); 1 = any single source.
  int corroborating_sources = 1;
  std::vector<DecisionRule> rules;
};

// ---- Certificate and after ---------------------------------------------

struct CertificateSpec {
  std::string achievement_id;  // a URI
  std::string name;
  std::string description;
  std::string criteria;
  std::string achievement_type = "Certification";
  int validity_months = 0;  // 0: does not expire
  Location where;
};

struct CpdRule {
  double min_hours_per_year = 0;
  double min_hours_per_period = 0;
  int period_years = 0;
  double audit_sample_percent = 0;
  std::vector<std::string> activity_kinds;
  Location where;
  bool enabled() const { return min_hours_per_year > 0 || min_hours_per_period > 0; }
};

class Scheme {
 public:
  std::string id;
  std::string version;
  std::string title;
  std::string description;
  std::string source_note;
  std::string file;  // where it was loaded from
  std::vector<EntryRequirement> entry_requirements;
  std::vector<Timeline> timelines;
  std::vector<Artefact> artefacts;
  std::vector<MainArea> main_areas;
  std::vector<ExamRequirement> exam_requirements;
  ExamForm exam;
  DecisionRules decision;
  CertificateSpec certificate;
  CpdRule cpd;

  const Artefact* find_artefact(std::string_view artefact_id) const;
  const Timeline* find_timeline(std::string_view mode) const;
  const ExamRequirement* find_requirement(std::string_view requirement_id) const;
  const MainArea* find_main_area(std::string_view area_id) const;
  // The specification and the requirement it belongs to, or nulls.
  std::pair<const ExamRequirement*, const ExamSpecification*> find_specification(
      std::string_view specification_id) const;
};

const char* to_string(EntryKind kind);
const char* to_string(RuleKind kind);

}  // namespace candor::scheme
