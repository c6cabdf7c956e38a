// A person's know-how profile is an assessment against the shipped
// sm-professional-knowhow framework: her self-assessment is the claims, the
// assessor's judgements on evidence the validation, and the same core
// evaluation gives the promise gap, confidence and development plan as for
// an organisation.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "scheme_test_support.h"

namespace candor::scheme {
namespace {

class CompetenceProfile : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = (std::filesystem::temp_directory_path() / ("candor-profile-" + std::to_string(getpid()) + ".db")).string();
    std::filesystem::remove(db_);
  }
  void TearDown() override { std::filesystem::remove(db_); }
  std::string ok(const std::string& arguments) {
    const auto result = testing::run_candor_env("CANDOR_TODAY=2025-06-01", "--db " + db_ + " --as assessor " + arguments);
    EXPECT_EQ(result.exit_code, 0) << arguments << "\n" << result.output;
    return result.output;
  }
  std::string db_;
};

TEST_F(CompetenceProfile, ClaimsAgainstValidatedEvidenceGiveThePromiseGapAndConfidence) {
  ok("workspace create people");
  ok("assess new --framework sm-professional-knowhow --subject 'Jane Candidate' --date 2025-06-01");
  // Self-assessment: she claims K01 and K02 demonstrated.
  ok("claim 1 --node K01 --conformity conforming --note 'I explain ITSM to boards'");
  ok("claim 1 --node K02 --conformity conforming");
  // Validation: a client reference confirms K01; an interview shows a gap in K02.
  ok("evidence add 1 --kind document --title 'Client reference, Example Ltd' --date 2025-05-01 --node K01");
  ok("evidence add 1 --kind interview --title 'Competence interview' --date 2025-05-20 --node K02");
  ok("judge 1 --node K01 --rating conforming --evidence 1 --rationale 'Reference describes three board briefings'");
  ok("judge 1 --node K02 --rating major --evidence 2 --rationale 'Could not give an example'");
  const auto results = nlohmann::json::parse(ok("results 1 --json"));
  std::map<std::string, nlohmann::json> by_node;
  for (const auto& item : results["requirements"]) by_node[item["id"].get<std::string>()] = item;
  ASSERT_TRUE(by_node.count("K02")) << results.dump(2).substr(0, 2000);
  EXPECT_EQ(by_node["K01"]["claimed"], "conforming");
  EXPECT_EQ(by_node["K01"]["evidenced"], "conforming");
  EXPECT_EQ(by_node["K02"]["claimed"], "conforming");
  EXPECT_EQ(by_node["K02"]["evidenced"], "major");  // the promise gap
  // Two of 25 areas validated: the confidence says how little is known yet.
  ASSERT_TRUE(results["confidence"].is_number());
  EXPECT_GT(results["confidence"].get<double>(), 0);
  EXPECT_LT(results["confidence"].get<double>(), 0.2);
  // The development plan starts from the gap.
  const std::string roadmap = ok("roadmap 1 --capacity 2");
  EXPECT_NE(roadmap.find("K02"), std::string::npos) << roadmap;
}

}  // namespace
}  // namespace candor::scheme
