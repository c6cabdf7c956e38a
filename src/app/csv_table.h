// Reads a small CSV file (RFC 4180: quotes, doubled quotes, embedded newlines,
// CRLF, a UTF-8 BOM) into a Table, remembering each row's starting line.
#pragma once

#include "app/import_batch.h"

namespace candor::app {

Result<Table> read_csv_table(std::string_view text, const std::string& file);

}  // namespace candor::app
