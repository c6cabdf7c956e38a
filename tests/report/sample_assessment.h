// A realistic assessment built in code for the report tests and the sample
// report: a fictional managed-service provider judged against an ISO/IEC
// 20000-1-style framework (our own paraphrases) with 13 processes, claims
// that overstate in places, evidence of every kind including a measurement,
// two assessors with one open disagreement and one reconciled, requirements
// and processes left unassessed, and a roadmap at 12 person-days a month.
#pragma once

#include <memory>

#include "core/evaluation.h"
#include "core/fixtures.h"
#include "core/roadmap.h"
#include "report/report_input.h"

namespace candor::testing {

struct SampleAssessment {
  Framework framework;
  AssessmentRecord record;
  Results results;
  std::unique_ptr<Roadmap> roadmap;

  ReportInput input() const {
    return ReportInput{framework, record, results, roadmap.get(), "northwind-consulting",
                       "3f9a0c1d5e7b2a4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c", "2026-11-23T17:59:01Z"};
  }
};

inline AttributeSet titled_attributes() {
  AttributeSet set = iso33020();
  const char* titles[] = {"Process performance",   "Performance management", "Work product management",
                          "Process definition",    "Process deployment",     "Quantitative analysis",
                          "Quantitative control",  "Process innovation",     "Process innovation implementation"};
  for (std::size_t i = 0; i < set.attributes.size(); ++i) set.attributes[i].title = titles[i];
  set.level_names = {{1, "Performed"}, {2, "Managed"}, {3, "Established"}, {4, "Predictable"}, {5, "Innovating"}};
  return set;
}

inline Framework sample_framework() {
  Framework f;
  f.id = "iso20000-1";
  f.version = "2018";
  f.title = "ISO/IEC 20000-1:2018 service management system (paraphrased)";
  f.scales = {nplf_scale(), conformity_scale()};
  f.attribute_sets = {titled_attributes()};
  struct Row {
    const char* id;
    const char* parent;
    NodeKind kind;
    const char* title;
  };
  const NodeKind G = NodeKind::kGroup, R = NodeKind::kRequirement, P = NodeKind::kProcess;
  const Row rows[] = {
      {"4", "", G, "Context of the organisation"},
      {"4.1", "4", R, "Know the organisation and its context"},
      {"4.2", "4", R, "Know what interested parties need"},
      {"4.3", "4", R, "Set the scope of the service management system"},
      {"5", "", G, "Leadership"},
      {"5.1", "5", R, "Top management leads and commits"},
      {"5.2", "5", R, "Service management policy"},
      {"5.2.1", "5.2", R, "Set a policy that fits the organisation"},
      {"5.2.2", "5.2", R, "Communicate the policy"},
      {"6", "", G, "Planning"},
      {"6.1", "6", R, "Address risks and opportunities"},
      {"6.2", "6", R, "Set measurable service management objectives"},
      {"7", "", G, "Support"},
      {"7.1", "7", R, "Provide the resources the system needs"},
      {"7.2", "7", R, "Make sure people are competent"},
      {"7.5", "7", R, "Control documented information"},
      {"8", "", G, "Operation"},
      {"8.2", "8", G, "Service portfolio"},
      {"8.2.3", "8.2", P, "Service catalogue management"},
      {"8.2.6", "8.2", P, "Configuration management"},
      {"8.3", "8", G, "Relationship and agreement"},
      {"8.3.3", "8.3", P, "Service level management"},
      {"8.3.4", "8.3", P, "Supplier management"},
      {"8.4", "8", G, "Supply and demand"},
      {"8.4.1", "8.4", P, "Budgeting and accounting for services"},
      {"8.5", "8", G, "Service design, build and transition"},
      {"8.5.1", "8.5", P, "Change management"},
      {"8.5.3", "8.5", P, "Release and deployment management"},
      {"8.6", "8", G, "Resolution and fulfilment"},
      {"8.6.1", "8.6", P, "Incident management"},
      {"8.6.2", "8.6", P, "Service request management"},
      {"8.6.3", "8.6", P, "Problem management"},
      {"8.7", "8", G, "Service assurance"},
      {"8.7.1", "8.7", P, "Service availability management"},
      {"8.7.3", "8.7", P, "Information security management"},
      {"9", "", G, "Performance evaluation"},
      {"9.2", "9", R, "Run internal audits"},
      {"9.3", "9", R, "Hold management reviews"},
      {"9.4", "9", P, "Service reporting"},
      {"10", "", G, "Improvement"},
      {"10.1", "10", R, "Correct nonconformities"},
      {"10.2", "10", R, "Improve continually"},
  };
  for (const Row& row : rows) {
    Node n = node(row.id, row.kind, row.parent);
    n.title = row.title;
    f.nodes.push_back(n);
  }
  f.index();
  for (auto& n : f.nodes) {
    if (!n.parent.empty()) {
      for (auto& parent : f.nodes) {
        if (parent.id == n.parent) parent.children.push_back(n.id);
      }
    }
  }
  for (auto& n : f.nodes) {
    if (n.id == "7.5") n.obligation = Obligation::kRecommended;
  }
  f.dependencies = {{"8.2.6", "8.5.1", "changes need a reliable picture of configuration items"},
                    {"8.3.3", "9.4", "reports measure against agreed service levels"},
                    {"8.6.1", "8.6.3", "problems are found in incident records"}};
  f.index();
  return f;
}

class SampleRecordBuilder {
 public:
  SampleRecordBuilder() {
    Assessment& a = record_.assessment;
    a.id = 7;
    a.framework_key = "iso20000-1:2018";
    a.framework_sha256 = "9b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c";
    a.subject = "Northwind Managed Services B.V.";
    a.sector = "IT services";
    a.size = 180;
    a.scope = "Managed workplace and hosting services for customers in the Benelux";
    a.assessed_on = Date::from_civil(2026, 11, 2);
    a.target_level = 3;
    a.created_at = "2026-10-01T09:00:00Z";
  }

  Id evidence(EvidenceKind kind, std::string title, Date on, std::vector<std::string> nodes,
              std::string source, std::string payload = "") {
    Evidence e;
    e.id = ++next_evidence_;
    e.kind = kind;
    e.title = std::move(title);
    e.observed_on = on;
    e.node_ids = std::move(nodes);
    e.source = std::move(source);
    e.payload_json = std::move(payload);
    e.by = "anna.visser";
    e.at = on.to_string() + "T10:00:00Z";
    if (kind == EvidenceKind::kDocument || kind == EvidenceKind::kRecord) {
      e.file_name = "E" + std::to_string(e.id) + ".pdf";
      e.media_type = "application/pdf";
      e.file_sha256 = std::string(56, 'a') + "0000000" + std::to_string(e.id % 10);
    }
    record_.evidence.push_back(std::move(e));
    return next_evidence_;
  }

  void judge(const std::string& by, const std::string& node, const std::string& attribute,
             const std::string& rating, std::vector<Id> evidence, std::string rationale,
             Basis basis = Basis::kVerified, bool reconciliation = false, std::string justification = "") {
    Judgement j;
    j.id = ++next_judgement_;
    j.node_id = node;
    j.attribute_id = attribute;
    j.rating = rating;
    j.basis = basis;
    j.reconciliation = reconciliation;
    j.rationale = std::move(rationale);
    j.justification = std::move(justification);
    j.evidence_ids = std::move(evidence);
    j.by = by;
    j.at = "2026-10-" + std::to_string(10 + next_judgement_ % 18) + "T14:00:00Z";
    record_.judgements.push_back(std::move(j));
  }

  // Rates a process's attributes in order: "F", "L", "P" ... ("" skips).
  void rate(const std::string& node, const std::vector<std::string>& ratings, std::vector<Id> evidence) {
    const auto attributes = iso33020().attributes;
    for (std::size_t i = 0; i < ratings.size() && i < attributes.size(); ++i) {
      if (ratings[i].empty()) continue;
      judge("anna.visser", node, attributes[i].id, ratings[i], evidence,
            attributes[i].id + " rated " + ratings[i] + " from the records and interviews cited");
    }
  }

  void claim(const std::string& node, std::optional<int> level, std::string conformity, std::string note) {
    Claim c;
    c.id = ++next_claim_;
    c.node_id = node;
    c.level = level;
    c.conformity = std::move(conformity);
    c.note = std::move(note);
    c.by = "process.owner";
    c.at = "2026-09-15T08:00:00Z";
    record_.claims.push_back(std::move(c));
  }

  AssessmentRecord& record() { return record_; }

 private:
  AssessmentRecord record_;
  Id next_evidence_ = 0;
  Id next_judgement_ = 0;
  Id next_claim_ = 0;
};

inline AssessmentRecord sample_record() {
  SampleRecordBuilder b;
  const Date recent = Date::from_civil(2026, 9, 20);
  const Date old = Date::from_civil(2024, 6, 1);  // outside the 12-month window
  using K = EvidenceKind;
  const Id context_doc = b.evidence(K::kDocument, "SMS scope and context statement v3", recent, {"4.1", "4.3"}, "Quality office");
  const Id parties = b.evidence(K::kInterview, "Interview with the service delivery director", recent, {"4.2", "5.1"}, "L. de Wit");
  const Id policy = b.evidence(K::kDocument, "Service management policy (signed)", old, {"5.2.1"}, "Board");
  const Id intranet = b.evidence(K::kObservation, "Policy page on the intranet, last read counts", recent, {"5.2.2"}, "Intranet");
  const Id risks = b.evidence(K::kDocument, "Risk register extract", recent, {"6.1"}, "Risk officer");
  const Id staffing = b.evidence(K::kRecord, "Staffing plan 2026", recent, {"7.1"}, "HR");
  const Id training = b.evidence(K::kRecord, "Training records of the service desk", recent, {"7.2"}, "HR");
  const Id catalogue = b.evidence(K::kDocument, "Service catalogue v12", recent, {"8.2.3"}, "Service owner");
  const Id cmdb = b.evidence(K::kRecord, "CMDB export with audit trail", recent, {"8.2.6"}, "CMDB");
  const Id slas = b.evidence(K::kDocument, "Signed SLAs of the five largest customers", recent, {"8.3.3"}, "Account management");
  const Id suppliers = b.evidence(K::kInterview, "Interview with the supplier manager", recent, {"8.3.4"}, "M. Jansen");
  const Id budget = b.evidence(K::kRecord, "Service cost model and budget 2026", recent, {"8.4.1"}, "Finance");
  const Id cab = b.evidence(K::kRecord, "CAB minutes, last six months", recent, {"8.5.1"}, "Change manager");
  const Id releases = b.evidence(K::kRecord, "Release calendar and deployment logs", recent, {"8.5.3"}, "Release manager");
  const Id kpis = b.evidence(
      K::kMeasurement, "Incident KPIs from the ServiceNow export 2025-10 to 2026-09", recent, {"8.6.1", "8.6.2"},
      "candor ops",
      R"({"input_sha256":"5d41402abc4b2a76b9719d911017c592ae7f5b1c3d9e0a1b2c3d4e5f6a7b8c9d","profile":"servicenow-incident","mapping":"iso20000-1:2018","candor_version":"0.1.0","tickets":48211,"p50_resolution_hours":6.5,"p90_resolution_hours":41.25,"sla_attainment":0.912,"reopen_rate":0.043,"checks":[{"id":"incident-recorded","requirement":"8.6.1","passed":true,"failing":0,"total":48211},{"id":"incident-prioritised","requirement":"8.6.1","passed":false,"failing":312,"total":48211}]})");
  const Id desk = b.evidence(K::kObservation, "Two hours at the service desk", recent, {"8.6.1", "8.6.2"}, "Service desk");
  const Id security = b.evidence(K::kCertificate, "ISO/IEC 27001 certificate", old, {"8.7.3"}, "Certification body");
  const Id audit = b.evidence(K::kReport, "Internal audit report 2026", recent, {"9.2"}, "Internal audit");
  const Id review = b.evidence(K::kPresentation, "Management review slides Q2", recent, {"9.3"}, "Management");
  const Id reports = b.evidence(K::kRecord, "Monthly service reports", recent, {"9.4"}, "Service reporting");
  const Id capa = b.evidence(K::kRecord, "Corrective action log", recent, {"10.1"}, "Quality office");
  const Id customer = b.evidence(K::kReference, "Customer reference: Zuidas Logistics", recent, {"8.3.3", "8.6.1"}, "Customer");

  // Conformity of requirements.
  b.judge("anna.visser", "4.1", "", "conforming", {context_doc}, "Context statement covers internal and external issues");
  b.judge("anna.visser", "4.2", "", "conforming", {parties}, "Interested parties and their needs are listed and reviewed");
  b.judge("anna.visser", "4.3", "", "conforming", {context_doc}, "Scope names services, sites and customers");
  b.judge("anna.visser", "5.1", "", "conforming", {parties}, "The director chairs the SMS steering group");
  b.judge("anna.visser", "5.2.1", "", "conforming", {policy}, "Policy fits the purpose; signed in 2024");
  b.judge("anna.visser", "5.2.2", "", "minor", {intranet}, "Only 40 % of staff opened the policy page");
  b.judge("anna.visser", "6.1", "", "major", {risks}, "No risks for the SMS itself; register covers only projects");
  b.judge("anna.visser", "7.1", "", "conforming", {staffing}, "Staffing matches the plan");
  b.judge("joris.debruin", "7.1", "", "minor", {staffing}, "Night shift understaffed in three of six months");
  b.judge("anna.visser", "7.2", "", "minor", {training}, "Two new analysts lack the required training");
  b.judge("anna.visser", "7.5", "", "not-applicable", {context_doc}, "Handled by the group's document control",
          Basis::kVerified, false, "The parent company's document control covers this scope");
  b.judge("anna.visser", "9.2", "", "major", {audit}, "Audit programme skipped clause 8 entirely");
  b.judge("joris.debruin", "9.3", "", "minor", {review}, "Review inputs incomplete");
  b.judge("anna.visser", "9.3", "", "conforming", {review}, "Inputs complete after the addendum", Basis::kVerified, true);
  b.judge("anna.visser", "10.1", "", "minor", {capa}, "Actions closed without checking effectiveness");
  b.judge("joris.debruin", "10.2", "", "conforming", {}, "Looks fine to me", Basis::kProvisional);

  // Conformity of processes.
  for (const auto& [node, rating, evidence] : std::vector<std::tuple<std::string, std::string, Id>>{
           {"8.2.3", "conforming", catalogue}, {"8.2.6", "conforming", cmdb}, {"8.3.3", "conforming", slas},
           {"8.3.4", "major", suppliers},     {"8.4.1", "conforming", budget}, {"8.5.1", "conforming", cab},
           {"8.5.3", "conforming", releases}, {"8.6.1", "minor", kpis},        {"8.6.2", "conforming", desk},
           {"8.7.3", "conforming", security}, {"9.4", "conforming", reports}}) {
    b.judge("anna.visser", node, "", rating, {evidence}, "Process conformity from " + std::to_string(evidence));
  }

  // Capability: attributes PA1.1, PA2.1, PA2.2, PA3.1, PA3.2, PA4.1, PA4.2.
  b.rate("8.2.3", {"L"}, {catalogue});
  b.rate("8.2.6", {"F", "L", "L"}, {cmdb});
  b.rate("8.3.3", {"F", "F", "L"}, {slas, customer});
  b.rate("8.3.4", {"P"}, {suppliers});
  b.rate("8.4.1", {"F", "L", "L"}, {budget});
  b.rate("8.5.1", {"F", "F", "F", "L", "L"}, {cab});
  b.rate("8.5.3", {"F", "F", "F", "F", "F", "L", "L"}, {releases});
  b.rate("8.6.1", {"F", "L", "P"}, {kpis, desk, customer});
  b.rate("8.6.2", {"F"}, {desk});
  b.judge("anna.visser", "8.6.2", "PA2.1", "L", {desk, kpis}, "Request targets set and mostly tracked");
  b.judge("joris.debruin", "8.6.2", "PA2.1", "P", {desk}, "Targets tracked for only two request types");
  b.judge("anna.visser", "8.6.2", "PA2.2", "L", {desk}, "Request records complete");
  b.rate("8.7.3", {"F", "F", "F"}, {security});
  b.judge("joris.debruin", "8.7.3", "PA3.1", "L", {}, "Standard process seems defined", Basis::kProvisional);
  b.rate("9.4", {"F", "F", "L"}, {reports});

  // What the process owners say.
  b.claim("8.2.3", 2, "", "The catalogue is reviewed every quarter");
  b.claim("8.2.6", 2, "", "");
  b.claim("8.3.3", 1, "", "We only just started measuring");
  b.claim("8.3.4", 2, "conforming", "Suppliers are managed by procurement");
  b.claim("8.5.1", 3, "", "CAB every week");
  b.claim("8.5.3", 4, "", "Fully automated pipeline");
  b.claim("8.6.1", 3, "conforming", "Our incident process is best in class");
  b.claim("8.6.2", 3, "", "");
  b.claim("8.6.3", 2, "", "Problem reviews happen after major incidents");
  b.claim("8.7.3", 3, "", "Certified to ISO/IEC 27001");
  b.claim("9.4", 2, "", "");
  b.claim("6.1", std::nullopt, "conforming", "We have a risk register");
  return std::move(b.record());
}

inline std::unique_ptr<SampleAssessment> make_sample_assessment() {
  auto sample = std::make_unique<SampleAssessment>();
  sample->framework = sample_framework();
  sample->record = sample_record();
  sample->results = evaluate(sample->framework, sample->record);
  RoadmapOptions options;
  options.capacity_days_per_month = 12;
  options.target_level = 3;
  options.start = sample->record.assessment.assessed_on;
  auto roadmap = plan_roadmap(sample->framework, sample->results, options);
  if (roadmap.ok()) sample->roadmap = std::make_unique<Roadmap>(std::move(roadmap).value());
  return sample;
}

}  // namespace candor::testing
