#include "ops/generator.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <vector>

#include "ops/values.h"

namespace candor::ops {
namespace {

constexpr const char* kHeader =
    "number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,caller_id,opened_by,"
    "opened_at,sys_created_by,sys_created_at,sys_updated_by,sys_updated_at,contact_type,location,category,"
    "subcategory,u_symptom,cmdb_ci,impact,urgency,priority,assignment_group,assigned_to,knowledge,"
    "u_priority_confirmation,notify,problem_id,rfc,vendor,caused_by,closed_code,resolved_by,resolved_at,closed_at\n";

// xoshiro256** seeded by splitmix64: the same stream on every platform.
class Random {
 public:
  explicit Random(std::uint64_t seed) {
    for (auto& word : state_) {
      seed += 0x9E3779B97F4A7C15ull;
      std::uint64_t z = seed;
      z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
      z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
      word = z ^ (z >> 31);
    }
  }
  std::uint64_t next() {
    const std::uint64_t result = rotl(state_[1] * 5, 7) * 9;
    const std::uint64_t t = state_[1] << 17;
    state_[2] ^= state_[0], state_[3] ^= state_[1], state_[1] ^= state_[2], state_[0] ^= state_[3];
    state_[2] ^= t;
    state_[3] = rotl(state_[3], 45);
    return result;
  }
  double uniform() { return double(next() >> 11) * 0x1.0p-53; }
  std::uint64_t below(std::uint64_t n) { return next() % n; }
  bool chance(double p) { return uniform() < p; }
  double normal() {
    const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
  }
  // Geometric number of failures before a success with probability p.
  int geometric(double p) {
    int n = 0;
    while (!chance(p) && n < 50) ++n;
    return n;
  }

 private:
  static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  std::uint64_t state_[4];
};

struct PriorityProfile {
  const char* priority;
  const char* impact;
  const char* urgency;
  double share;
  double median_hours;  // log-normal time to resolve
  double sla_hours;     // made_sla when resolved within it
};

constexpr PriorityProfile kPriorities[] = {
    {"1 - Critical", "1 - High", "1 - High", 0.015, 5, 8},
    {"2 - High", "1 - High", "2 - Medium", 0.021, 14, 24},
    {"3 - Moderate", "2 - Medium", "2 - Medium", 0.934, 30, 120},
    {"4 - Low", "3 - Low", "3 - Low", 0.030, 70, 240},
};

constexpr const char* kOpenStates[] = {"Active", "Awaiting User Info", "Awaiting Vendor", "Awaiting Problem",
                                       "Awaiting Evidence"};
constexpr const char* kContactTypes[] = {"Phone", "Phone", "Phone", "Email", "Self service", "Direct opening"};

class Writer {
 public:
  explicit Writer(std::FILE* file) : file_(file) { buffer_.reserve(1 << 22); }
  ~Writer() { flush(); }
  void text(const char* s) { buffer_.append(s); }
  void text(const std::string& s) { buffer_.append(s); }
  void comma() { buffer_.push_back(','); }
  void number(std::uint64_t n) {
    char digits[24];
    int i = 0;
    do digits[i++] = char('0' + n % 10); while (n /= 10);
    while (i) buffer_.push_back(digits[--i]);
  }
  void labelled(const char* label, std::uint64_t n) {
    buffer_.append(label);
    number(n);
  }
  // d/m/yyyy HH:MM, as the real export writes dates.
  void date(Timestamp t) {
    const std::int64_t days = t / 86400, seconds = t % 86400;
    const int month = month_index(t);
    const int year = month / 12;
    number(static_cast<std::uint64_t>(days - month_start(month) / 86400 + 1));
    buffer_.push_back('/');
    number(static_cast<std::uint64_t>(month % 12 + 1));
    buffer_.push_back('/');
    number(static_cast<std::uint64_t>(year));
    buffer_.push_back(' ');
    two(static_cast<int>(seconds / 3600));
    buffer_.push_back(':');
    two(static_cast<int>(seconds % 3600 / 60));
  }
  void end_row() {
    buffer_.push_back('\n');
    if (buffer_.size() > (1 << 22) - 4096) flush();
  }
  bool flush() {
    const bool ok = std::fwrite(buffer_.data(), 1, buffer_.size(), file_) == buffer_.size();
    bytes_ += buffer_.size();
    buffer_.clear();
    return ok;
  }
  std::uint64_t bytes() const { return bytes_ + buffer_.size(); }

 private:
  void two(int n) {
    buffer_.push_back(char('0' + n / 10));
    buffer_.push_back(char('0' + n % 10));
  }
  std::FILE* file_;
  std::string buffer_;
  std::uint64_t bytes_ = 0;
};

// Case-level facts that every row of the case repeats.
struct Incident {
  std::uint64_t number;
  const PriorityProfile* priority;
  Timestamp opened, resolved, closed;
  int reassignments, reopens, updates;
  bool made_sla;
  std::uint64_t caller, opened_by, location, category, subcategory, symptom, group, assignee, resolver;
  std::uint64_t problem;  // 0: none
  const char* contact_type;
  bool has_category;
};

Incident make_incident(Random& random, std::uint64_t number, Timestamp start) {
  Incident c{};
  c.number = number;
  double pick = random.uniform();
  c.priority = &kPriorities[2];
  for (const auto& p : kPriorities) {
    if (pick < p.share) {
      c.priority = &p;
      break;
    }
    pick -= p.share;
  }
  // Arrivals over a year, fewer at weekends.
  do c.opened = start + static_cast<Timestamp>(random.below(365 * 86400)) / 60 * 60;
  while (((c.opened / 86400 + 4) % 7 >= 5) && random.chance(0.6));
  const double hours = c.priority->median_hours * std::exp(1.2 * random.normal());
  c.resolved = c.opened + static_cast<Timestamp>(hours * 3600) / 60 * 60;
  c.closed = c.resolved + (5 * 86400) / 60 * 60 + static_cast<Timestamp>(random.below(3600)) / 60 * 60;
  c.made_sla = hours <= c.priority->sla_hours ? !random.chance(0.01) : random.chance(0.05);
  c.reassignments = random.geometric(0.55);
  c.reopens = random.chance(0.016) ? 1 + static_cast<int>(random.chance(0.1)) : 0;
  c.updates = 2 + random.geometric(0.28) + c.reassignments + 2 * c.reopens;
  c.caller = 1 + random.below(5000);
  c.opened_by = 1 + random.below(300);
  c.location = 1 + random.below(220);
  c.category = 1 + random.below(60);
  c.subcategory = 1 + random.below(250);
  c.symptom = 1 + random.below(500);
  c.group = 1 + random.below(80);
  c.assignee = 1 + random.below(230);
  c.resolver = 1 + random.below(220);
  c.problem = random.chance(0.015) ? 1 + random.below(300) : 0;
  c.contact_type = kContactTypes[random.below(6)];
  c.has_category = !random.chance(0.002);
  return c;
}

void write_row(Writer& w, Random& random, const Incident& c, const char* state, int mod_count, Timestamp updated,
               int reassigned, int reopened) {
  const bool closed = std::strcmp(state, "Closed") == 0;
  const bool resolved = closed || std::strcmp(state, "Resolved") == 0;
  w.labelled("INC", c.number);  // widths differ from ServiceNow's zero padding: irrelevant to the KPIs
  w.comma(), w.text(state), w.comma(), w.text(closed ? "false" : "true"), w.comma();
  w.number(static_cast<std::uint64_t>(reassigned)), w.comma(), w.number(static_cast<std::uint64_t>(reopened)), w.comma();
  w.number(static_cast<std::uint64_t>(mod_count)), w.comma(), w.text(c.made_sla ? "true" : "false"), w.comma();
  w.labelled("Caller ", c.caller), w.comma(), w.labelled("Opened by ", c.opened_by), w.comma();
  w.date(c.opened), w.comma(), w.labelled("Created by ", c.opened_by), w.comma(), w.date(c.opened), w.comma();
  w.labelled("Updated by ", 1 + random.below(900)), w.comma(), w.date(updated), w.comma();
  w.text(c.contact_type), w.comma(), w.labelled("Location ", c.location), w.comma();
  if (c.has_category) w.labelled("Category ", c.category);
  else w.text("?");
  w.comma(), w.labelled("Subcategory ", c.subcategory), w.comma(), w.labelled("Symptom ", c.symptom), w.comma();
  w.text("?"), w.comma(), w.text(c.priority->impact), w.comma(), w.text(c.priority->urgency), w.comma();
  w.text(c.priority->priority), w.comma(), w.labelled("Group ", c.group), w.comma(), w.labelled("Resolver ", c.assignee);
  w.comma(), w.text("true"), w.comma(), w.text("false"), w.comma(), w.text("Do Not Notify"), w.comma();
  if (c.problem) w.labelled("Problem ID  ", c.problem);
  else w.text("?");
  w.comma(), w.text("?"), w.comma(), w.text("?"), w.comma(), w.text("?"), w.comma();
  if (resolved) w.labelled("code ", 1 + c.number % 17);
  else w.text("?");
  w.comma();
  if (resolved) {
    w.labelled("Resolved by ", c.resolver), w.comma(), w.date(c.resolved), w.comma();
  } else {
    w.text("?,?,");
  }
  if (closed) w.date(c.closed);
  else w.text("?");
  w.end_row();
}

// The rows of one incident: New, working states (with reassignments and
// waits), Resolved (again after a reopen), Closed. Returns rows written.
std::uint64_t write_incident(Writer& w, Random& random, const Incident& c, std::uint64_t budget) {
  std::uint64_t rows = 0;
  int mod = 0, reassigned = 0, reopened = 0;
  const int updates = std::max(c.updates, 3);
  const Timestamp span = std::max<Timestamp>(c.resolved - c.opened, 60);
  for (int i = 0; i < updates && rows < budget; ++i) {
    const char* state;
    Timestamp at;
    if (i == 0) {
      state = "New", at = c.opened;
    } else if (i == updates - 1) {
      state = "Closed", at = c.closed;
    } else if (i == updates - 2) {
      state = "Resolved", at = c.resolved;
    } else {
      at = c.opened + span * i / (updates - 1) / 60 * 60;
      if (reopened < c.reopens && i == updates - 3) {
        state = "Resolved";  // resolved too early; the next row reopens it
        ++reopened;
      } else {
        state = random.chance(0.75) ? "Active" : kOpenStates[1 + random.below(4)];
        if (reassigned < c.reassignments && random.chance(0.6)) ++reassigned;
      }
    }
    if (i == updates - 2) reassigned = c.reassignments;
    if (random.chance(0.00002)) state = "-100";  // the real export's damaged state
    write_row(w, random, c, state, mod, at, reassigned, reopened);
    mod += 1 + static_cast<int>(random.chance(0.2));
    ++rows;
  }
  return rows;
}

}  // namespace

Result<GeneratorTotals> generate_log(const GeneratorOptions& options, const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) return Error::io("cannot create the file", Location{path});
  GeneratorTotals totals;
  {
    Writer writer(file);
    writer.text(kHeader);
    Random random(options.seed);
    const Timestamp start = days_from_civil(2016, 1, 1) * 86400;
    std::uint64_t number = 1000;
    while (totals.events < options.events) {
      number += 1 + random.below(3);
      const Incident incident = make_incident(random, number, start);
      totals.events += write_incident(writer, random, incident, options.events - totals.events);
      ++totals.cases;
    }
    if (!writer.flush()) {
      std::fclose(file);
      return Error::io("cannot write (disk full?)", Location{path});
    }
    totals.bytes = writer.bytes();
  }
  if (std::fclose(file) != 0) return Error::io("cannot write (disk full?)", Location{path});
  return totals;
}

}  // namespace candor::ops
