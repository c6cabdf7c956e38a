// The web assets compiled into candor (templates, stylesheet, script): looked
// up by name, never read from a path a request names.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace candor::server {

struct Asset {
  std::string_view name;  // "templates/signin.mustache", "static/candor.css"
  std::string_view content;
};

const std::vector<Asset>& assets();  // generated from web/ at build time
std::optional<std::string_view> find_asset(std::string_view name);
// "text/css; charset=utf-8" for .css, ... by the name's extension.
std::string_view media_type_of(std::string_view name);

}  // namespace candor::server
