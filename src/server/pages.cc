#include "server/pages.h"

#include <kainjow/mustache.hpp>
#include <nlohmann/json.hpp>

#include "server/assets.h"

namespace candor::server {
namespace {

using kainjow::mustache::data;

// JSON to mustache data: objects and arrays map one to one; null, false and
// "" are falsy, numbers print as JSON does.
data to_data(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::object: {
      data out{data::type::object};
      for (const auto& [key, item] : value.items()) out.set(key, to_data(item));
      return out;
    }
    case nlohmann::json::value_t::array: {
      data out{data::type::list};
      for (const auto& item : value) out.push_back(to_data(item));
      return out;
    }
    case nlohmann::json::value_t::string: {
      // An empty text prints as nothing and is false in sections ({{#note}}).
      const auto& text = value.get_ref<const std::string&>();
      return text.empty() ? data{data::type::bool_false} : data{text};
    }
    case nlohmann::json::value_t::boolean: return data{value.get<bool>() ? data::type::bool_true : data::type::bool_false};
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded: return data{data::type::bool_false};
    default: return data{value.dump()};
  }
}

}  // namespace

Result<std::string> render_template(const std::string& name, const nlohmann::json& model) {
  const auto text = find_asset("templates/" + name + ".mustache");
  if (!text) return Error::internal("no page template '" + name + "'");
  kainjow::mustache::mustache compiled{std::string(*text)};
  if (!compiled.is_valid()) return Error::internal("page template '" + name + "': " + compiled.error_message());
  std::string out = compiled.render(to_data(model));
  if (!compiled.is_valid()) return Error::internal("page template '" + name + "': " + compiled.error_message());
  return out;
}

Result<std::string> render_page(const std::string& name, const nlohmann::json& model, nlohmann::json frame) {
  frame["content"] = CANDOR_TRY(render_template(name, model));
  return render_template("layout", frame);
}

}  // namespace candor::server
