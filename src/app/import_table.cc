// The CSV / XLSX import format: the YAML format's fields as columns, one
// record per row, its type in the `record` column (docs/import.md).
#include <algorithm>
#include <map>

#include "app/import_batch.h"
#include "base/text.h"

namespace candor::app {
namespace {

const char* const kColumns[] = {"record", "ref", "node", "attribute", "level", "conformity", "rating",
                                "kind", "title", "date", "source", "nodes", "evidence", "by", "note",
                                "rationale", "justification", "provisional", "reconcile", "file",
                                "framework", "subject", "sector", "size", "scope", "target_level",
                                "window_months"};

class TableImport {
 public:
  TableImport(const Table& table, const std::string& file) : table_(table), file_(file) {}

  Result<ImportBatch> run() {
    for (std::size_t i = 0; i < table_.header.size(); ++i) {
      const std::string name = to_lower(trim(table_.header[i]));
      if (std::find(std::begin(kColumns), std::end(kColumns), name) == std::end(kColumns)) {
        problems_.push_back(Error::invalid_input("unknown column '" + table_.header[i] + "'",
                                                 Location{file_, 1, static_cast<int>(i) + 1}));
      } else {
        columns_[name] = i;
      }
    }
    if (!columns_.count("record")) {
      problems_.push_back(Error::invalid_input("the header has no 'record' column", Location{file_, 1, 1}));
      return Error::many(problems_);
    }
    for (const auto& [line, cells] : table_.rows) read_row(line, cells);
    if (!problems_.empty()) return Error::many(problems_);
    return std::move(batch_);
  }

 private:
  std::string cell(const std::vector<std::string>& cells, const char* column) const {
    const auto it = columns_.find(column);
    if (it == columns_.end() || it->second >= cells.size()) return "";
    return std::string(trim(cells[it->second]));
  }

  Location where(int line, const char* column = "") const {
    const auto it = columns_.find(column);
    return Location{file_, line, it == columns_.end() ? 0 : static_cast<int>(it->second) + 1, column};
  }

  std::optional<int> integer(int line, const std::vector<std::string>& cells, const char* column) {
    const std::string text = cell(cells, column);
    if (text.empty()) return std::nullopt;
    try {
      std::size_t used = 0;
      const int value = std::stoi(text, &used);
      if (used == text.size()) return value;
    } catch (const std::exception&) {
    }
    problems_.push_back(Error::invalid_input("'" + text + "' is not a whole number", where(line, column)));
    return std::nullopt;
  }

  bool flag(int line, const std::vector<std::string>& cells, const char* column) {
    const std::string text = to_lower(cell(cells, column));
    if (text.empty() || text == "false" || text == "no" || text == "0") return false;
    if (text == "true" || text == "yes" || text == "1") return true;
    problems_.push_back(Error::invalid_input("'" + text + "' is not true or false", where(line, column)));
    return false;
  }

  static std::vector<std::string> list(const std::string& text) {
    std::vector<std::string> out;
    for (auto& part : split(text, ';')) {
      if (!trim(part).empty()) out.emplace_back(trim(part));
    }
    return out;
  }

  void read_row(int line, const std::vector<std::string>& cells) {
    if (std::all_of(cells.begin(), cells.end(), [](const std::string& c) { return trim(c).empty(); })) return;
    const std::string record = to_lower(cell(cells, "record"));
    const std::string by = cell(cells, "by");
    if (record == "assessment") {
      NewAssessment a;
      a.framework = cell(cells, "framework");
      a.subject = cell(cells, "subject");
      a.sector = cell(cells, "sector");
      a.size = integer(line, cells, "size");
      a.scope = cell(cells, "scope");
      if (const std::string date = cell(cells, "date"); !date.empty()) {
        auto parsed = Date::parse(date);
        if (parsed.ok()) a.assessed_on = *parsed;
        else problems_.push_back(Error::invalid_input(parsed.error().message(), where(line, "date")));
      }
      a.target_level = integer(line, cells, "target_level").value_or(3);
      a.window_months = integer(line, cells, "window_months").value_or(12);
      batch_.assessment = a;
      batch_.assessment_where = where(line);
    } else if (record == "claim") {
      ImportedClaim claim{where(line), by};
      claim.input = {cell(cells, "node"), integer(line, cells, "level"), cell(cells, "conformity"), cell(cells, "note")};
      batch_.claims.push_back(std::move(claim));
    } else if (record == "evidence") {
      ImportedEvidence evidence{where(line), by, cell(cells, "ref"), cell(cells, "file")};
      evidence.input.kind = cell(cells, "kind");
      evidence.input.title = cell(cells, "title");
      evidence.input.date = cell(cells, "date");
      evidence.input.source = cell(cells, "source");
      evidence.input.nodes = list(cell(cells, "nodes"));
      batch_.evidence.push_back(std::move(evidence));
    } else if (record == "judgement") {
      ImportedJudgement judgement{where(line), by, list(cell(cells, "evidence"))};
      judgement.input.node = cell(cells, "node");
      judgement.input.attribute = cell(cells, "attribute");
      judgement.input.rating = cell(cells, "rating");
      judgement.input.rationale = cell(cells, "rationale");
      judgement.input.justification = cell(cells, "justification");
      judgement.input.provisional = flag(line, cells, "provisional");
      judgement.input.reconciliation = flag(line, cells, "reconcile");
      batch_.judgements.push_back(std::move(judgement));
    } else {
      problems_.push_back(Error::invalid_input(
          "record must be assessment, claim, evidence or judgement, not '" + record + "'", where(line, "record")));
    }
  }

  const Table& table_;
  std::string file_;
  std::map<std::string, std::size_t> columns_;
  std::vector<Error> problems_;
  ImportBatch batch_;
};

}  // namespace

Result<ImportBatch> parse_table_import(const Table& table, const std::string& file) {
  return TableImport(table, file).run();
}

}  // namespace candor::app
