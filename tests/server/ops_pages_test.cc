// The operational-evidence pages and API: a ticket log uploaded, its KPIs,
// checks and process map shown exactly as `candor ops kpi` computes them, and
// attached to the assessment as measurement evidence with its fingerprint.
#include <gmock/gmock.h>

#include <cmath>

#include "base/sha256.h"
#include "base/text.h"
#include "ops/analysis.h"
#include "ops/kpi_json.h"
#include "server/routes.h"
#include "server/server_fixture.h"

namespace candor {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using nlohmann::json;

// Equal JSON, except that floating-point figures may differ in the last bits
// (sums taken in another thread order).
bool near(const json& a, const json& b) {
  if (a.is_number_float() || b.is_number_float()) {
    if (!a.is_number() || !b.is_number()) return false;
    const double x = a.get<double>(), y = b.get<double>();
    return x == y || std::abs(x - y) <= 1e-9 * std::max(std::abs(x), std::abs(y));
  }
  if (a.is_structured() && b.is_structured()) {
    if (a.type() != b.type() || a.size() != b.size()) return false;
    if (a.is_array()) {
      for (std::size_t i = 0; i < a.size(); ++i) {
        if (!near(a[i], b[i])) return false;
      }
      return true;
    }
    for (const auto& [key, value] : a.items()) {
      if (!b.contains(key) || !near(value, b[key])) return false;
    }
    return true;
  }
  return a == b;
}

class OpsPages : public testing::ServerTest {
 protected:
  std::string log_path() const { return (folder_ / "incidents.csv").string(); }
  std::string log_bytes() const { return *read_file(log_path(), 1 << 30); }

  httplib::Result upload(const testing::Login& login, const std::string& bytes, const std::string& profile = "servicenow",
                         const std::string& mapping = "") {
    httplib::MultipartFormDataItems items = {{"profile", profile, "", ""},
                                             {"log", bytes, "incidents.csv", "text/csv"}};
    if (!mapping.empty()) items.push_back({"mapping", mapping, "mapping.yaml", "application/yaml"});
    return client().Post((assessment_path() + "/ops/logs").c_str(), headers_of(login), items);
  }

  std::string log_api_path(const std::string& sha256) const {
    return assessment_path() + "/ops/logs/" + sha256 + "?name=incidents.csv&profile=servicenow";
  }

  json engine_kpis() const {
    ops::AnalysisRequest request;
    request.file = log_path();
    auto analysis = ops::analyse_log(request);
    EXPECT_TRUE(analysis.ok());
    return ops::kpis_to_json((*analysis)->kpis, (*analysis)->log);
  }
};

TEST_F(OpsPages, AnUploadedLogIsStoredByItsSha256AndShowsTheEnginesKpis) {
  const testing::Login assessor = sign_in("assessor");
  auto res = upload(assessor, log_bytes());
  ASSERT_EQ(res->status, 201) << res->body;
  const json stored = json::parse(res->body);
  EXPECT_EQ(stored["sha256"], log_);  // the same bytes: the same name
  const json listed = json::parse(client().Get((assessment_path() + "/ops").c_str(), headers_of(assessor))->body);
  ASSERT_EQ(listed["logs"].size(), 1u);  // uploaded twice, listed once: its latest upload
  EXPECT_EQ(listed["logs"][0]["by"], "assessor");
  EXPECT_THAT(stored["url"].get<std::string>(), HasSubstr("/ops/logs/" + log_));
  const auto journal = app_->journal(*app_->local_caller("acme", "t"));
  ASSERT_TRUE(journal.ok());
  EXPECT_EQ(journal->back().action, "ops_log.upload");
  EXPECT_EQ(journal->back().actor, "assessor");
  EXPECT_EQ(journal->back().entity_id, std::to_string(assessment_));
  EXPECT_THAT(journal->back().after, HasSubstr(log_));
  auto page = client().Get(log_api_path(log_).c_str(), headers_of(assessor));
  ASSERT_EQ(page->status, 200) << page->body;
  const json shown = json::parse(page->body);
  EXPECT_TRUE(near(shown["kpis"], engine_kpis())) << shown["kpis"].dump() << "\n" << engine_kpis().dump();
  EXPECT_GT(shown["map"]["nodes"].size(), 2u);
  EXPECT_FALSE(shown["map"]["edges"].empty());
}

TEST_F(OpsPages, ThePageShowsFiguresChecksFlooredAndTheMapInline) {
  const testing::Login viewer = sign_in("viewer");
  auto page = client().Get(log_api_path(log_).substr(4).c_str(), headers_of(viewer));
  ASSERT_EQ(page->status, 200) << page->body;
  const json kpis = engine_kpis();
  EXPECT_THAT(page->body, HasSubstr("<td data-kpi=\"events\">" + std::to_string(kpis["events"].get<int>()) + "</td>"));
  EXPECT_THAT(page->body, HasSubstr("<svg"));
  EXPECT_THAT(page->body, HasSubstr("process-map"));
  for (const auto& check : kpis["checks"]) {
    const int passed = check["passed"].get<int>(), failed = check["failed"].get<int>();
    const std::string shown = percent_floor(check["pass_ratio"].get<double>());
    if (failed > 0) {
      EXPECT_NE(shown, "100.0 %");
    }
    EXPECT_THAT(page->body, HasSubstr("<tr data-check=\"" + check["id"].get<std::string>() + "\">"));
    EXPECT_THAT(page->body, HasSubstr("<td class=\"share\">" + shown + " (" + std::to_string(passed) + " of " +
                                      std::to_string(passed + failed) + ")</td>"));
  }
  EXPECT_THAT(page->body, Not(HasSubstr("Attach to the assessment")));  // a viewer reads only
}

TEST_F(OpsPages, AViewerMayReadButNotUploadOrAttach) {
  const testing::Login viewer = sign_in("viewer");
  EXPECT_EQ(upload(viewer, log_bytes())->status, 403);
  auto attach = client().Post((assessment_path() + "/ops/logs/" + log_ + "/attach").c_str(), headers_of(viewer), "{}",
                              "application/json");
  EXPECT_EQ(attach->status, 403);
  EXPECT_EQ(client().Get(log_api_path(log_).c_str(), headers_of(viewer))->status, 200);
}

TEST_F(OpsPages, AttachingRecordsMeasurementEvidenceWithTheFingerprintAndTheActor) {
  const testing::Login owner = sign_in("process-owner");
  const json body = {{"name", "incidents.csv"}, {"profile", "servicenow"}};
  auto res = client().Post((assessment_path() + "/ops/logs/" + log_ + "/attach").c_str(), headers_of(owner),
                           body.dump(), "application/json");
  ASSERT_EQ(res->status, 201) << res->body;
  const json attached = json::parse(res->body);
  EXPECT_EQ(attached["input_sha256"], log_);
  const auto view = app_->view(*app_->local_caller("acme", "t"), assessment_);
  const Evidence* evidence = view->record.find_evidence(attached["id"].get<Id>());
  ASSERT_NE(evidence, nullptr);
  EXPECT_EQ(to_string(evidence->kind), std::string("measurement"));
  EXPECT_EQ(evidence->file_sha256, log_);
  const json payload = json::parse(evidence->payload_json);
  EXPECT_EQ(payload["input_sha256"], log_);
  EXPECT_EQ(payload["profile"], "servicenow");
  EXPECT_EQ(payload["input_file"], "incidents.csv");
  EXPECT_TRUE(payload.contains("candor_version"));
  const auto journal = app_->journal(*app_->local_caller("acme", "t"));
  ASSERT_TRUE(journal.ok());
  EXPECT_EQ(journal->back().actor, "process-owner");
  auto list = client().Get((assessment_path("/w/acme") + "/evidence").c_str(), headers_of(owner));
  EXPECT_THAT(list->body, HasSubstr("input SHA-256 <code class=\"sha256\">" + log_));
  auto report = client().Get((assessment_path("/w/acme") + "/report.html").c_str(), headers_of(owner));
  EXPECT_THAT(report->body, HasSubstr(log_));
  const json listed = json::parse(client().Get((assessment_path() + "/ops").c_str(), headers_of(owner))->body);
  ASSERT_EQ(listed["logs"].size(), 1u);
  EXPECT_EQ(listed["logs"][0]["evidence"], attached["id"]);
}

TEST_F(OpsPages, TheOpsPageListsTheAssessmentsLogsForEveryReader) {
  const testing::Login viewer = sign_in("viewer");
  auto page = client().Get((assessment_path("/w/acme") + "/ops").c_str(), headers_of(viewer));
  ASSERT_EQ(page->status, 200) << page->body;
  EXPECT_THAT(page->body, HasSubstr("<tr data-log=\"" + log_ + "\">"));
  EXPECT_THAT(page->body, HasSubstr("incidents.csv</a>"));
  EXPECT_THAT(page->body, HasSubstr("not attached"));
  EXPECT_THAT(page->body, Not(HasSubstr("Upload and analyse")));
  const json listed = json::parse(client().Get((assessment_path() + "/ops").c_str(), headers_of(viewer))->body);
  ASSERT_EQ(listed["logs"].size(), 1u);
  EXPECT_EQ(listed["logs"][0]["by"], "setup");
  EXPECT_EQ(listed["logs"][0]["profile"], "servicenow");
}

TEST_F(OpsPages, AnUnreadableLogIsRefusedNamingTheFileAndNothingIsStored) {
  const testing::Login assessor = sign_in("assessor");
  auto res = upload(assessor, "");
  EXPECT_EQ(res->status, 400) << res->body;
  EXPECT_THAT(res->body, HasSubstr("incidents.csv"));
  auto unknown = upload(assessor, log_bytes(), "no-such-profile");
  EXPECT_EQ(unknown->status, 400) << unknown->body;
  auto missing = client().Get(log_api_path(std::string(64, 'a')).c_str(), headers_of(assessor));
  EXPECT_EQ(missing->status, 404);
  auto not_a_hash = client().Get(log_api_path("..%2F..%2Fetc%2Fpasswd").c_str(), headers_of(assessor));
  EXPECT_EQ(not_a_hash->status, 404);
}

TEST_F(OpsPages, AMappingFileReplacesTheProfile) {
  const testing::Login assessor = sign_in("assessor");
  const std::string mapping =
      "name: our-tool\ncolumns:\n  case_id: number\n  state: incident_state\n  sequence: sys_mod_count\n"
      "  updated_at: sys_updated_at\n  opened_at: opened_at\n  resolved_at: resolved_at\n  priority: priority\n";
  auto res = upload(assessor, log_bytes(), "", mapping);
  ASSERT_EQ(res->status, 201) << res->body;
  const json stored = json::parse(res->body);
  EXPECT_EQ(stored["profile"], "");
  ASSERT_EQ(stored["mapping_sha256"].get<std::string>().size(), 64u);
  auto page = client().Get(("/api" + stored["url"].get<std::string>()).c_str(), headers_of(assessor));
  ASSERT_EQ(page->status, 200) << page->body;
  const json shown = json::parse(page->body);
  EXPECT_THAT(shown["mapping"].get<std::string>(), HasSubstr(stored["mapping_sha256"].get<std::string>()));
  EXPECT_EQ(shown["kpis"]["cases"], engine_kpis()["cases"]);
}

TEST_F(OpsPages, BadRowsAreCountedAndListedWithTheirLineAndReason) {
  const testing::Login assessor = sign_in("assessor");
  auto res = upload(assessor, log_bytes() + "INC9999,New\n");
  ASSERT_EQ(res->status, 201) << res->body;
  const std::string url = json::parse(res->body)["url"];
  const json shown = json::parse(client().Get(("/api" + url).c_str(), headers_of(assessor))->body);
  ASSERT_EQ(shown["kpis"]["bad_rows"], 1);
  const json bad = shown["kpis"]["bad_row_examples"][0];
  EXPECT_EQ(bad["line"], 302);  // the header, 300 rows, then the ragged one
  auto page = client().Get(url.c_str(), headers_of(assessor));
  EXPECT_THAT(page->body, HasSubstr("<td data-kpi=\"bad_rows\">1</td>"));
  EXPECT_THAT(page->body, HasSubstr("<table class=\"bad-rows\">"));
  EXPECT_THAT(page->body, HasSubstr("<tr><td>302</td><td>"));
}

TEST_F(OpsPages, AJsonLinesLogIsReadLikeTheCsvOne) {
  const testing::Login assessor = sign_in("assessor");
  const std::string jsonl =
      R"({"number":"INC1","incident_state":"New","sys_mod_count":0,"sys_updated_at":"2016-02-29 01:16",)"
      R"("opened_at":"2016-02-29 01:16","priority":"3 - Moderate","made_sla":true})" "\n"
      R"({"number":"INC1","incident_state":"Resolved","sys_mod_count":1,"sys_updated_at":"2016-02-29 05:16",)"
      R"("opened_at":"2016-02-29 01:16","resolved_at":"2016-02-29 05:16","priority":"3 - Moderate","made_sla":true})" "\n";
  httplib::MultipartFormDataItems items = {{"profile", "servicenow", "", ""},
                                           {"log", jsonl, "incidents.jsonl", "application/jsonl"}};
  auto res = client().Post((assessment_path() + "/ops/logs").c_str(), headers_of(assessor), items);
  ASSERT_EQ(res->status, 201) << res->body;
  const json shown =
      json::parse(client().Get(("/api" + json::parse(res->body)["url"].get<std::string>()).c_str(), headers_of(assessor))->body);
  EXPECT_EQ(shown["kpis"]["events"], 2);
  EXPECT_EQ(shown["kpis"]["cases"], 1);
  EXPECT_EQ(shown["kpis"]["p50_hours"], 4.0);
}

TEST_F(OpsPages, TheRealPublicLogGzippedGivesTheCliFigures) {
  const std::string path = std::string(CANDOR_SHARED_DATA) + "/servicenow_incident_events.csv.gz";
  const auto bytes = read_file(path, 1 << 30);
  ASSERT_TRUE(bytes.ok()) << bytes.error().to_string();
  const testing::Login assessor = sign_in("assessor");
  httplib::MultipartFormDataItems items = {{"profile", "servicenow", "", ""},
                                           {"log", *bytes, "servicenow_incident_events.csv.gz", "application/gzip"}};
  auto res = client().Post((assessment_path() + "/ops/logs").c_str(), headers_of(assessor), items);
  ASSERT_EQ(res->status, 201) << res->body;
  EXPECT_EQ(json::parse(res->body)["sha256"], sha256_hex(*bytes));  // of the file as given, compressed
  const json shown =
      json::parse(client().Get(("/api" + json::parse(res->body)["url"].get<std::string>()).c_str(), headers_of(assessor))->body);
  ops::AnalysisRequest request;
  request.file = path;
  const auto analysis = ops::analyse_log(request);
  ASSERT_TRUE(analysis.ok());
  EXPECT_TRUE(near(shown["kpis"], ops::kpis_to_json((*analysis)->kpis, (*analysis)->log)));
  EXPECT_GT(shown["kpis"]["events"].get<int>(), 100000);
}

TEST_F(OpsPages, AFileNameIsTextNeverMarkup) {
  const testing::Login assessor = sign_in("assessor");
  httplib::MultipartFormDataItems items = {{"log", log_bytes(), "<script>alert(1)</script>\".csv", "text/csv"}};
  auto res = client().Post((assessment_path() + "/ops/logs").c_str(), headers_of(assessor), items);
  ASSERT_EQ(res->status, 201) << res->body;
  const std::string url = json::parse(res->body)["url"];
  for (const std::string& page : {url, assessment_path("/w/acme") + "/ops"}) {
    auto html = client().Get(page.c_str(), headers_of(assessor));
    ASSERT_EQ(html->status, 200) << html->body;
    EXPECT_THAT(html->body, Not(HasSubstr("<script>alert")));
    EXPECT_THAT(html->body, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }
}

TEST_F(OpsPages, AnotherWorkspacesLogIsNotFound) {
  const testing::Login mallory = sign_in("mallory");
  auto res = client().Get(("/api/w/globex/a/" + std::to_string(globex_assessment_) + "/ops/logs/" + log_ +
                           "?profile=servicenow").c_str(),
                          headers_of(mallory));
  EXPECT_EQ(res->status, 404) << res->body;
}

class SmallOpsUploads : public OpsPages {
 protected:
  void SetUp() override {
    server::ServerOptions options;
    options.upload_limit = 16 << 10;
    start(options);
  }
};

TEST_F(SmallOpsUploads, AnOversizeLogIsRefusedAndNothingIsStored) {
  const testing::Login assessor = sign_in("assessor");
  const std::string bytes = log_bytes();
  ASSERT_GT(bytes.size(), 16u << 10);
  const std::string other = bytes + bytes.substr(bytes.find('\n') + 1, 200);  // bytes not yet stored
  auto res = upload(assessor, other);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 413);
  EXPECT_THAT(res->body, Not(HasSubstr("sha256")));
  EXPECT_EQ(client().Get(log_api_path(sha256_hex(other)).c_str(), headers_of(assessor))->status, 404);
}

// Every upload route of the table, on both surfaces, refuses an oversize body
// while it streams in: routes added later are covered without a new test.
TEST_F(SmallOpsUploads, EveryUploadRouteRefusesAnOversizeBody) {
  const testing::Login admin = sign_in("admin");
  int probed = 0;
  for (const server::Route& route : server::route_table()) {
    if (route.body != server::Body::kUpload) continue;
    std::string path = route.pattern;
    for (const auto& [name, value] : std::map<std::string, std::string>{
             {"{workspace}", "acme"}, {"{assessment}", std::to_string(assessment_)}, {"{candidate}", std::to_string(candidate_)}}) {
      if (const auto at = path.find(name); at != std::string::npos) path.replace(at, name.size(), value);
    }
    for (const std::string prefix : {"", "/api"}) {
      SCOPED_TRACE(prefix + path);
      httplib::MultipartFormDataItems items = {{"file", std::string(100 << 10, 'x'), "big.csv", "text/csv"}};
      items.push_back({"csrf", admin.csrf, "", ""});
      auto res = client().Post((prefix + path).c_str(), headers_of(admin), items);
      ASSERT_TRUE(res);
      EXPECT_EQ(res->status, 413) << res->body;
      ++probed;
    }
  }
  EXPECT_GE(probed, 6);
}

}  // namespace
}  // namespace candor
