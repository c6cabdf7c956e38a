# Writes OUTPUT: a C++ table of every file under ROOT (path relative to ROOT,
# contents as a raw string literal). Run by the build whenever a file changes.
file(GLOB_RECURSE files RELATIVE ${ROOT} ${ROOT}/*)
list(SORT files)
set(body "// Generated from web/ by embed_assets.cmake: do not edit.\n#include \"server/assets.h\"\n\nnamespace candor::server {\n\nconst std::vector<Asset>& assets() {\n  static const std::vector<Asset> table = {\n")
foreach(file ${files})
  file(READ ${ROOT}/${file} content)
  string(APPEND body "    {\"${file}\", R\"candor_asset(${content})candor_asset\"},\n")
endforeach()
string(APPEND body "  };\n  return table;\n}\n\n}  // namespace candor::server\n")
file(WRITE ${OUTPUT}.tmp "${body}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
