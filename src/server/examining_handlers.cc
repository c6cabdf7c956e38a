// Examining pages: the examiner's assessment form (marks per exam
// requirement, skill and evidence source; judged answers to the prepared
// questions), the decision with the disagreements to reconcile, issuing the
// certificate and downloading it. Who may do what is decided by the
// qualification use cases (app/qualifications.h), not here.
#include <nlohmann/json.hpp>

#include "app/certificates.h"
#include "app/qualifications.h"
#include "scheme/text_output.h"
#include "server/handlers.h"

namespace candor::server {
namespace {

using nlohmann::json;

std::string candidate_url(const Exchange& x, Id candidate) {
  return x.workspace_url() + "/candidates/" + std::to_string(candidate);
}

// The form's marks: "mark:KIND:TARGET:SOURCE" = degree (empty: not marked),
// with the row's note in "note:KIND:TARGET". The API sends a "marks" array.
std::vector<app::MarkInput> marks_sent(const Exchange& x) {
  std::vector<app::MarkInput> out;
  if (x.api) {
    for (const auto& mark : x.body.value("marks", json::array())) {
      if (!mark.is_object()) continue;
      out.push_back({mark.value("kind", "requirement"), mark.value("target", ""), mark.value("source", ""),
                     mark.value("degree", ""), mark.value("note", "")});
    }
    return out;
  }
  for (const auto& [name, values] : x.form) {
    if (name.rfind("mark:", 0) != 0 || values.empty() || values.front().empty()) continue;
    const auto kind_end = name.find(':', 5);
    const auto target_end = kind_end == std::string::npos ? kind_end : name.find(':', kind_end + 1);
    if (target_end == std::string::npos) continue;
    app::MarkInput input{name.substr(5, kind_end - 5), name.substr(kind_end + 1, target_end - kind_end - 1),
                         name.substr(target_end + 1), values.front(), ""};
    input.note = x.field("note:" + input.kind + ":" + input.target);
    out.push_back(std::move(input));
  }
  return out;
}

// Judged answers: "answer:QUESTION" = satisfied | unsatisfied (form), or an
// "answers" array of {question, satisfied} (API).
std::vector<std::pair<RecordId, bool>> answers_sent(const Exchange& x) {
  std::vector<std::pair<RecordId, bool>> out;
  if (x.api) {
    for (const auto& answer : x.body.value("answers", json::array())) {
      if (answer.is_object() && answer.contains("question") && answer["question"].is_number_integer()) {
        out.emplace_back(answer["question"].get<RecordId>(), answer.value("satisfied", false));
      }
    }
    return out;
  }
  for (const auto& [name, values] : x.form) {
    if (name.rfind("answer:", 0) != 0 || values.empty() || values.front().empty()) continue;
    const std::string id = name.substr(7);
    if (id.empty() || id.size() > 18 || id.find_first_not_of("0123456789") != std::string::npos) continue;
    out.emplace_back(std::stoll(id), values.front() == "satisfied");
  }
  return out;
}

json disagreements_json(const std::vector<app::Disagreement>& list) {
  json out = json::array();
  for (const auto& d : list) {
    json degrees = json::array();
    for (const auto& [examiner, degree] : d.degrees) degrees.push_back({{"examiner", examiner}, {"degree", degree}});
    out.push_back({{"kind", d.kind}, {"target", d.target}, {"source", d.source}, {"degrees", degrees},
                   {"key", d.kind + "-" + d.target + "-" + d.source}});
  }
  return out;
}

}  // namespace

Status exam_page(Exchange& x) {
  const Id candidate = CANDOR_TRY(x.id("candidate"));
  app::Qualifications qualifications(x.services.app);
  json model = json::parse(CANDOR_TRY(qualifications.exam_sheet(*x.caller, candidate)));
  if (!x.api) {
    model["url"] = candidate_url(x, candidate);
    model["saved"] = x.query("saved");
    // Each cell's choices, with the current degree selected, for the template.
    for (const char* group : {"requirements", "skills"}) {
      for (auto& row : model[group]) {
        for (auto& cell : row["cells"]) {
          json options = json::array();
          for (const auto& degree : model["degrees"]) {
            options.push_back({{"id", degree["id"]}, {"title", degree["title"]},
                               {"selected", degree["id"] == cell["degree"]}});
          }
          cell["options"] = options;
          cell["name"] = "mark:" + row["kind"].get<std::string>() + ":" + row["id"].get<std::string>() + ":" +
                         cell["source"].get<std::string>();
          cell["field_id"] = "m-" + row["id"].get<std::string>() + "-" + cell["source"].get<std::string>();
        }
      }
    }
    for (auto& question : model["questions"]) {
      question["is_satisfied"] = question["satisfied"] == true;
      question["is_unsatisfied"] = question["satisfied"] == false;
    }
    model["session_started"] = !model["cohort"]["session_on"].is_null();
    model["bank_url"] = x.workspace_url() + "/cohorts/" + url_encode(model["cohort"]["name"].get<std::string>()) + "/questions";
  }
  return x.respond(model, "exam", "Examiner's form");
}

Status save_marks(Exchange& x) {
  const Id candidate = CANDOR_TRY(x.id("candidate"));
  app::Qualifications qualifications(x.services.app);
  const auto marks = marks_sent(x);
  const auto answers = answers_sent(x);
  if (marks.empty() && answers.empty()) {
    // Still asks the use case first, so who may not mark hears that, not this.
    CANDOR_TRY(qualifications.add_marks(*x.caller, candidate, {}));
    return Error::invalid_input("choose at least one degree or judge an answer", Location{"", 0, 0, "marks"});
  }
  const int recorded = CANDOR_TRY(qualifications.add_marks(*x.caller, candidate, marks));
  for (const auto& [question, satisfied] : answers) {
    CANDOR_TRY(qualifications.judge_answer(*x.caller, candidate, question, satisfied));
  }
  return x.done(candidate_url(x, candidate) + "/exam?saved=" + std::to_string(recorded),
                {{"recorded", recorded}, {"answers", answers.size()}});
}

Status decision_page(Exchange& x) {
  const Id candidate = CANDOR_TRY(x.id("candidate"));
  app::Qualifications qualifications(x.services.app);
  const app::DecisionView view = CANDOR_TRY(qualifications.decision_view(*x.caller, candidate));
  json model = {{"candidate", candidate},
                {"decision", view.decision ? json::parse(scheme::to_json(*view.decision)) : json(nullptr)},
                {"blocked", view.blocked},
                {"disagreements", disagreements_json(view.disagreements)},
                {"recorded", view.recorded ? json{{"outcome", view.recorded->outcome},
                                                   {"decided_by", view.recorded->decided_by},
                                                   {"decided_at", view.recorded->decided_at}}
                                            : json(nullptr)}};
  json credentials = json::array();
  for (const auto& c : view.credentials) {
    credentials.push_back({{"credential_id", c.credential_id}, {"issued_at", c.issued_at}});
  }
  model["credentials"] = credentials;
  if (!x.api) {
    const std::string url = candidate_url(x, candidate);
    model["url"] = url;
    if (model["recorded"].is_object()) model["recorded"]["pass"] = view.recorded->outcome == "pass";
    if (model["decision"].is_object()) model["decision"]["is_pass"] = model["decision"]["outcome"] == "pass";
    model["decision_text"] = view.decision ? scheme::describe(*view.decision) : "";
    const bool examiner = x.caller->role == app::Role::kExaminer;
    model["may_record"] = examiner && view.decision.has_value();
    model["may_reconcile"] = examiner;
    model["may_certify"] = x.caller->role == app::Role::kAdmin && view.recorded && view.recorded->outcome == "pass" &&
                           x.services.certificates.enabled();
    json degrees = json::array();
    for (const auto& degree : view.degrees) degrees.push_back({{"id", degree.id}, {"title", degree.title}});
    for (auto& d : model["disagreements"]) d["options"] = degrees;
  }
  return x.respond(model, "decision", "Decision");
}

Status record_decision(Exchange& x) {
  const Id candidate = CANDOR_TRY(x.id("candidate"));
  app::Qualifications qualifications(x.services.app);
  const scheme::Decision decision = CANDOR_TRY(qualifications.decide(*x.caller, candidate));
  return x.done(candidate_url(x, candidate) + "/decision", json::parse(scheme::to_json(decision)));
}

Status reconcile_marks(Exchange& x) {
  const Id candidate = CANDOR_TRY(x.id("candidate"));
  app::Qualifications qualifications(x.services.app);
  const app::MarkInput input{x.field("kind"), x.field("target"), x.field("source"), x.field("degree"), ""};
  CANDOR_TRY(qualifications.reconcile(*x.caller, candidate, input, x.field("reason")));
  return x.done(candidate_url(x, candidate) + "/decision", {{"reconciled", input.target}});
}

Status issue_certificate(Exchange& x) {
  const Id candidate = CANDOR_TRY(x.id("candidate"));
  app::Qualifications qualifications(x.services.app);
  const std::string token =
      CANDOR_TRY(x.services.certificates.issue(qualifications, *x.caller, candidate, Date::today()));
  const json claims = json::parse(CANDOR_TRY(app::credential_payload(token)), nullptr, false);
  return x.done(candidate_url(x, candidate) + "/decision",
                {{"credential_id", claims.is_object() ? claims.value("id", "") : ""}, {"token", token}});
}

Status certificate_download(Exchange& x) {
  const Id candidate = CANDOR_TRY(x.id("candidate"));
  const std::string format = x.path["format"];
  if (format != "jwt" && format != "json") {
    return Error::not_found("no certificate format '" + format + "' (jwt or json)");
  }
  app::Qualifications qualifications(x.services.app);
  const CredentialRow credential = CANDOR_TRY(qualifications.credential(*x.caller, candidate));
  const std::string name = "certificate-" + std::to_string(candidate) + "." + format;
  if (format == "jwt") {
    x.send(credential.token + "\n", "application/vc+jwt", name);
  } else {
    x.send(CANDOR_TRY(app::credential_payload(credential.token)), "application/json", name);
  }
  return {};
}

Status question_bank_page(Exchange& x) {
  app::Qualifications qualifications(x.services.app);
  const app::QuestionBankView view = CANDOR_TRY(qualifications.question_bank_view(*x.caller, x.path["cohort"]));
  json questions = json::array();
  for (const auto& entry : view.questions) {
    const auto& q = entry.question;
    questions.push_back({{"id", q.id}, {"area", q.area}, {"text", q.text}, {"criteria", q.criteria},
                         {"author", q.author}, {"written_on", q.written_on},
                         {"locked_on", q.locked_on ? json(*q.locked_on) : json(nullptr)},
                         {"exposure", {{"candidates", entry.exposure.candidates}, {"cohorts", entry.exposure.cohorts},
                                       {"providers", entry.exposure.providers}}},
                         {"warnings", entry.warnings}});
  }
  json areas = json::array();
  for (const auto& area : view.main_areas) areas.push_back({{"id", area.id}, {"title", area.title}});
  json candidates = json::array();
  for (const auto& c : view.candidates) {
    candidates.push_back({{"id", c.id}, {"name", c.name}, {"url", candidate_url(x, c.id)}});
  }
  json model = {{"cohort", {{"name", view.cohort.name}, {"scheme", view.cohort.scheme_id},
                            {"session_on", view.cohort.session_on ? json(*view.cohort.session_on) : json(nullptr)}}},
                {"main_areas", areas}, {"questions", questions}, {"candidates", candidates}};
  if (!x.api) {
    model["url"] = x.workspace_url() + "/cohorts/" + url_encode(view.cohort.name);
    model["today"] = Date::today().to_string();
    model["open"] = !view.cohort.session_on.has_value();
    for (auto& c : model["candidates"]) c["questions"] = model["questions"];
  }
  return x.respond(model, "questions", "Question bank");
}

Status add_question(Exchange& x) {
  app::Qualifications qualifications(x.services.app);
  std::vector<std::string> criteria;
  for (const auto& value : x.fields("criteria")) {  // one per line from the page, or a JSON array
    std::size_t start = 0;
    while (start <= value.size()) {
      const std::size_t end = std::min(value.find('\n', start), value.size());
      std::string line = value.substr(start, end - start);
      while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.pop_back();
      if (!line.empty()) criteria.push_back(line);
      start = end + 1;
    }
  }
  const RecordId id = CANDOR_TRY(
      qualifications.add_question(*x.caller, x.path["cohort"], x.field("area"), x.field("text"), criteria));
  return x.done(x.workspace_url() + "/cohorts/" + url_encode(x.path["cohort"]) + "/questions#q-" + std::to_string(id),
                {{"id", id}});
}

Status start_session(Exchange& x) {
  app::Qualifications qualifications(x.services.app);
  const std::string on = x.field("on");
  const Date day = on.empty() ? Date::today() : CANDOR_TRY(Date::parse(on));
  CANDOR_TRY(qualifications.start_session(*x.caller, x.path["cohort"], day));
  return x.done(x.workspace_url() + "/cohorts/" + url_encode(x.path["cohort"]) + "/questions",
                {{"session_on", day.to_string()}});
}

Status assign_question(Exchange& x) {
  const Id candidate = CANDOR_TRY(x.id("candidate"));
  const std::string text = x.field("question");
  const bool numeric = !text.empty() && text.size() < 18 && text.find_first_not_of("0123456789") == std::string::npos;
  const RecordId question = numeric ? std::stoll(text) : 0;
  app::Qualifications qualifications(x.services.app);
  CANDOR_TRY(qualifications.assign_question(*x.caller, candidate, question));
  const std::string back = x.field("back");
  return x.done(back.rfind(x.workspace_url() + "/", 0) == 0 ? back : candidate_url(x, candidate) + "/exam",
                {{"assigned", question}});
}

}  // namespace candor::server
