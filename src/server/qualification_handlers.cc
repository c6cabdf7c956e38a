// Qualification pages: a candidate's record (entry check, deadlines,
// submissions, decision, credentials) and the artefact upload with the
// checker's result. Who may see or submit what is the qualification use
// cases' decision (app/qualifications.h): the candidate herself, her tutors
// and examiners.
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "app/qualifications.h"
#include "server/handlers.h"

namespace candor::server {
namespace {

using nlohmann::json;

// The checker reads a file: the upload goes to a private temporary folder
// under a name candor makes ("report.docx"), never one the request chose.
class UploadFile {
 public:
  static Result<UploadFile> write(const UploadedFile& upload, const std::string& artefact) {
    static const char* const kExtensions[] = {".docx", ".odt", ".pdf", ".md", ".markdown", ".txt"};
    std::string extension = std::filesystem::path(upload.file_name).extension().string();
    for (char& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool known = false;
    for (const char* allowed : kExtensions) known = known || extension == allowed;
    if (!known) {
      return Error::unsupported("send the artefact as DOCX, ODT, PDF, Markdown or plain text",
                                Location{"", 0, 0, "file"});
    }
    std::string folder = (std::filesystem::temp_directory_path() / "candor-upload-XXXXXX").string();
    if (mkdtemp(folder.data()) == nullptr) return Error::io("cannot make a temporary folder for the upload");
    UploadFile out(folder, folder + "/" + (artefact == "proposal" ? "proposal" : "report") + extension);
    FILE* file = std::fopen(out.path_.c_str(), "wb");
    if (file == nullptr) return Error::io("cannot store the upload for checking");
    const bool written = std::fwrite(upload.bytes.data(), 1, upload.bytes.size(), file) == upload.bytes.size();
    if (std::fclose(file) != 0 || !written) return Error::io("cannot store the upload for checking");
    return out;
  }
  UploadFile(UploadFile&& other) noexcept : folder_(std::move(other.folder_)), path_(std::move(other.path_)) {
    other.folder_.clear();
  }
  ~UploadFile() {
    std::error_code ignored;
    if (!folder_.empty()) std::filesystem::remove_all(folder_, ignored);
  }
  const std::string& path() const { return path_; }

 private:
  UploadFile(std::string folder, std::string path) : folder_(std::move(folder)), path_(std::move(path)) {}
  std::string folder_;
  std::string path_;
};

}  // namespace

Result<json> candidate_list(Exchange& x) {
  app::Qualifications qualifications(x.services.app);
  json out = json::array();
  for (const auto& entry : CANDOR_TRY(qualifications.visible_candidates(*x.caller))) {
    const std::string url = x.workspace_url() + "/candidates/" + std::to_string(entry.candidate.id);
    out.push_back({{"id", entry.candidate.id}, {"name", entry.candidate.name}, {"cohort", entry.cohort.name},
                   {"scheme", entry.cohort.scheme_id}, {"capacity", entry.capacity}, {"url", url},
                   {"examines", entry.capacity == "examiner"}});
  }
  return out;
}

Status candidate_page(Exchange& x) {
  const Id candidate = CANDOR_TRY(x.id("candidate"));
  app::Qualifications qualifications(x.services.app);
  json model = json::parse(CANDOR_TRY(qualifications.record(*x.caller, candidate, Date::today())));
  if (!x.api) {
    model["url"] = x.workspace_url() + "/candidates/" + std::to_string(candidate);
    model["may_submit"] = x.caller->role == app::Role::kCandidate || x.caller->role == app::Role::kAdmin ||
                          x.caller->role == app::Role::kTutor;
    model["is_examiner"] = x.caller->role == app::Role::kExaminer;
    model["has_credentials"] = !model["credentials"].empty();
    model["may_see_decision"] = x.caller->role == app::Role::kExaminer || x.caller->role == app::Role::kAdmin;
    model["entry_check_text"] = model["entry_check"].dump(2);
    model["timeline_text"] = model["timeline"].dump(2);
  }
  return x.respond(model, "candidate", "Candidate record");
}

Status submit_artefact(Exchange& x) {
  const Id candidate = CANDOR_TRY(x.id("candidate"));
  const std::string artefact = x.field("artefact");
  // Without a file the use case still decides first whether the caller may
  // submit at all, and then finds nothing to check.
  const UploadedFile none{"file", "empty.txt", "text/plain", ""};
  const UploadFile file = CANDOR_TRY(UploadFile::write(x.files.empty() ? none : x.files.front(), artefact));
  app::Qualifications qualifications(x.services.app);
  const app::Submission submission =
      CANDOR_TRY(qualifications.submit(*x.caller, candidate, artefact, file.path(), x.field("title")));
  json model = {{"id", submission.id},
                {"sha256", submission.sha256},
                {"passed", submission.check.passed()},
                {"check", json::parse(scheme::to_json(submission.check))}};
  if (x.api) {
    x.response.status = 201;
    x.response.set_content(model.dump(), "application/json");
    return {};
  }
  model["url"] = x.workspace_url() + "/candidates/" + std::to_string(candidate);
  model["artefact"] = artefact;
  model["problems"] = submission.check.problems;
  model["warnings"] = submission.check.warnings;
  model["words"] = submission.check.words.body;
  model["min_words"] = submission.check.min_words ? json(*submission.check.min_words) : json(nullptr);
  model["max_words"] = submission.check.max_words ? json(*submission.check.max_words) : json(nullptr);
  json sections = json::array();
  for (const auto& section : submission.check.sections) {
    sections.push_back({{"id", section.id}, {"title", section.title}, {"found", section.found},
                        {"required", section.required}, {"heading", section.heading}});
  }
  model["sections"] = sections;
  return x.respond(model, "submission", "Checker's result");
}

}  // namespace candor::server
