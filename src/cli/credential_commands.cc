// `candor credential ...`: an issuer's key pair, issuing an Open Badges 3.0
// credential for a passed examiner's form, offline verification, revocation
// and the status list the issuer publishes. Parse, call scheme/, print.
#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "base/files.h"
#include "cli/commands.h"
#include "cli/context.h"
#include "scheme/credential.h"
#include "scheme/decision.h"
#include "scheme/issuer.h"
#include "scheme/scheme_loader.h"

namespace candor::cli {
namespace {

using namespace candor::scheme;

struct KeygenOptions {
  std::string dir, id, name;
};

Status run_keygen(const KeygenOptions& options) {
  const Issuer issuer = CANDOR_TRY(create_issuer(options.dir, options.id, options.name));
  std::cout << "issuer " << issuer.id << " created in " << issuer.dir << "\n"
            << "  public key (publish it): " << issuer.dir << "/issuer.jwk\n"
            << "  private key (keep it):   " << issuer.dir << "/issuer-key.jwk\n"
            << "  status list URL:         " << issuer.status_list_url << "\n";
  return ok_status();
}

struct IssueOptions {
  std::string dir, scheme, form, name, email, issued, out;
};

Status run_issue(const IssueOptions& options) {
  const Scheme scheme = CANDOR_TRY(find_scheme(options.scheme));
  const ExaminerForm form = CANDOR_TRY(load_examiner_form(options.form, scheme));
  const Decision decision = decide(form, scheme);
  Issuer issuer = CANDOR_TRY(open_issuer(options.dir));
  const Date issued = options.issued.empty() ? Date::today() : CANDOR_TRY(Date::parse(options.issued));
  const std::string token =
      CANDOR_TRY(issue_for_decision(issuer, scheme, form, decision, {options.name, options.email}, issued));
  CANDOR_TRY(write_file_atomic(options.out, token + "\n"));
  std::cout << "credential " << issuer.issued.back().credential_id << " for " << issuer.issued.back().recipient
            << " written to " << options.out << " (status index " << issuer.issued.back().index << ")\n";
  return ok_status();
}

struct VerifyOptions {
  std::string file, key, status_list, at;
  bool json = false;
};

Status run_verify(const VerifyOptions& options, Context& context) {
  const std::string token = CANDOR_TRY(read_file(options.file, 1 << 20));
  const std::string key_text = CANDOR_TRY(read_file(options.key, 1 << 16));
  const SigningKey key = CANDOR_TRY(parse_jwk(key_text, options.key));
  std::optional<std::string> list;
  if (!options.status_list.empty()) list = CANDOR_TRY(read_file(options.status_list, 64 << 20));
  const Date at = options.at.empty() ? Date::today() : CANDOR_TRY(Date::parse(options.at));
  auto verification = verify_credential(token, key, list, at);
  if (!verification.ok()) return verification.error().with_file(options.file);
  std::cout << (options.json ? to_json(*verification) + "\n" : describe(*verification));
  if (verification->verdict() != "valid") context.exit_code = 1;
  return ok_status();
}

struct RevokeOptions {
  std::string dir, credential, reason;
};

Status run_revoke(const RevokeOptions& options) {
  Issuer issuer = CANDOR_TRY(open_issuer(options.dir));
  CANDOR_TRY(revoke(issuer, options.credential, options.reason));
  std::cout << "revoked " << options.credential << "; publish a new status list (candor credential status-list)\n";
  return ok_status();
}

struct StatusListOptions {
  std::string dir, out;
};

Status run_status_list(const StatusListOptions& options) {
  const Issuer issuer = CANDOR_TRY(open_issuer(options.dir));
  const std::string token = CANDOR_TRY(signed_status_list(issuer));
  CANDOR_TRY(write_file_atomic(options.out, token + "\n"));
  std::cout << "status list " << issuer.status_list_url << " (" << issuer.revoked().size() << " revoked of "
            << issuer.issued.size() << " issued) written to " << options.out << "\n";
  return ok_status();
}

}  // namespace

void add_credential_commands(CLI::App& app, Context& context) {
  CLI::App* group = app.add_subcommand("credential", "Verifiable certificates (Open Badges 3.0, VC-JWT)");
  group->require_subcommand(1);

  auto keygen = std::make_shared<KeygenOptions>();
  CLI::App* keygen_command = group->add_subcommand("keygen", "Create an issuer with an Ed25519 key pair");
  keygen_command->add_option("--issuer-dir", keygen->dir, "Folder for the issuer's keys and state")->required();
  keygen_command->add_option("--id", keygen->id, "The issuer's URI, e.g. https://exams.example")->required();
  keygen_command->add_option("--name", keygen->name, "The issuer's name")->required();
  keygen_command->callback([keygen, &context] { context.run([&] { return run_keygen(*keygen); }); });

  auto issue = std::make_shared<IssueOptions>();
  CLI::App* issue_command = group->add_subcommand("issue", "Issue a credential for a passed examiner's form");
  issue_command->add_option("--issuer-dir", issue->dir, "The issuer's folder")->required();
  issue_command->add_option("--scheme", issue->scheme, "Scheme id or file")->required();
  issue_command->add_option("--form", issue->form, "Examiner form YAML file")->required();
  issue_command->add_option("--name", issue->name, "Recipient's name (default: the form's candidate)");
  issue_command->add_option("--email", issue->email, "Recipient's email (stored hashed)");
  issue_command->add_option("--issued", issue->issued, "Issue date YYYY-MM-DD (default: today)");
  issue_command->add_option("--out", issue->out, "Where to write the VC-JWT")->required();
  issue_command->callback([issue, &context] { context.run([&] { return run_issue(*issue); }); });

  auto verify = std::make_shared<VerifyOptions>();
  CLI::App* verify_command = group->add_subcommand("verify", "Verify a credential offline");
  verify_command->add_option("file", verify->file, "The VC-JWT file")->required();
  verify_command->add_option("--key", verify->key, "The issuer's public JWK")->required();
  verify_command->add_option("--status-list", verify->status_list, "The issuer's status list (VC-JWT)");
  verify_command->add_option("--at", verify->at, "Judge validity on this date (default: today)");
  verify_command->add_flag("--json", verify->json, "Print JSON");
  verify_command->callback([verify, &context] { context.run([&] { return run_verify(*verify, context); }); });

  auto revoke_options = std::make_shared<RevokeOptions>();
  CLI::App* revoke_command = group->add_subcommand("revoke", "Revoke a credential by status index or id");
  revoke_command->add_option("credential", revoke_options->credential, "Status index or credential id")->required();
  revoke_command->add_option("--issuer-dir", revoke_options->dir, "The issuer's folder")->required();
  revoke_command->add_option("--reason", revoke_options->reason, "Why it is revoked");
  revoke_command->callback([revoke_options, &context] { context.run([&] { return run_revoke(*revoke_options); }); });

  auto list = std::make_shared<StatusListOptions>();
  CLI::App* list_command = group->add_subcommand("status-list", "Write the signed status list to publish");
  list_command->add_option("--issuer-dir", list->dir, "The issuer's folder")->required();
  list_command->add_option("--out", list->out, "Where to write it")->required();
  list_command->callback([list, &context] { context.run([&] { return run_status_list(*list); }); });
}

}  // namespace candor::cli
