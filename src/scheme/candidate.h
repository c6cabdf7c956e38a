// A candidate's application: CV entries, certificates, an agreed side entry
// and references, read from YAML (format: docs/schemes.md). Plain values, so
// a later store can persist them as they are.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/date.h"
#include "base/result.h"

namespace candor::scheme {

struct CvEntry {
  std::string role;
  std::string organisation;
  Date from;
  std::optional<Date> to;  // empty: ongoing (counts up to the seminar date)
  std::vector<std::string> tasks;
  std::vector<std::string> deliverables;
  std::string description;
  bool training_only = false;  // only delivered training in the subject
  Location where;
};

struct Certificate {
  std::string name;
  std::string issuer;
  std::string number;
  std::optional<Date> date;
  Location where;
};

struct SideEntry {
  std::string route;        // the agreed route, as the exam institute names it
  std::string approved_by;
  std::string reference;    // the approval's reference
  Location where;
};

struct Reference {
  std::string name;
  std::string organisation;
  std::string contact;
  std::vector<int> entries;  // 1-based CV entries the reference endorses
  Location where;
};

struct Candidate {
  std::string name;
  std::string email;
  std::vector<CvEntry> cv;
  std::vector<Certificate> certificates;
  std::optional<SideEntry> side_entry;
  std::vector<Reference> references;
};

Result<Candidate> parse_candidate(const std::string& text, const std::string& file);
Result<Candidate> load_candidate(const std::string& path);

}  // namespace candor::scheme
