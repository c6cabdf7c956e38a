// Reads a small CSV file (RFC 4180: quotes, doubled quotes, embedded newlines,
// CRLF, a UTF-8 BOM) into a Table, remembering each row's starting line.
#pragma once

#include "app/import_batch.h"

namespace candor::app {

Result<Table> read_csv_table(std::string_view text, const std::string& file);

}  // namespace candor::app

namespace candor::app {

// Reads the first worksheet of an XLSX workbook into a Table (row numbers as
// Excel shows them). Zip bombs and corrupt archives are refused.
Result<Table> read_xlsx_table(const std::string& bytes, const std::string& file);

}  // namespace candor::app
