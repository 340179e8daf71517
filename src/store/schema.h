#pragma once
// The collection schema as a list of forward migrations. Migration i (1-based) takes a file from
// schema version i-1 to i. Migrations are never edited once released: add a new one instead.

#include <span>
#include <string_view>

namespace wortkiste::store {

// Returns the SQL of every migration, in order; element i brings version i to i+1.
std::span<const std::string_view> migrations();

} // namespace wortkiste::store
