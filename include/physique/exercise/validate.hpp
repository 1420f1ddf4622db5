// SPDX-License-Identifier: MIT
// Validation of exercise descriptions and catalogs: ids, required fields, muscle sets and
// credits, ranges, links, ladders (acyclic, level never decreasing). Reports every finding.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include <physique/exercise/catalog.hpp>
#include <physique/exercise/description.hpp>
#include <physique/exercise/vocabulary.hpp>

namespace physique::exercise {

/// What a finding is about.
enum class description_finding_code : unsigned char {
  missing_id,              ///< `id` is empty
  bad_id,                  ///< `id` is not a slug [a-z0-9_-]+
  missing_name,            ///< `name` is empty
  no_primary_muscles,      ///< strength-type work without a primary muscle
  overlapping_muscles,     ///< a muscle is both primary and secondary
  credit_out_of_range,     ///< a credit outside [0, 1] or not finite
  credit_unworked_muscle,  ///< a credit for a muscle that is neither primary nor secondary
  duplicate_credit,        ///< two credits for one muscle
  empty_kit,               ///< an empty set in `equipment_options`
  bad_range,               ///< a rep-guidance range with low > high, or RPE/RIR impossible
  per_side_mismatch,       ///< per-side guidance on a bilateral exercise
  duplicate_id,            ///< two descriptions share an id (catalog)
  unresolved_link,         ///< a link names an id that is not in the catalog
  self_link,               ///< an exercise links to itself
  missing_inverse_link,    ///< A progresses to B but B does not regress to A (or vice versa)
  ladder_cycle,            ///< following progressions returns to an exercise
  level_decreases,         ///< a progression is easier than its origin
};

/// One row of the `description_finding_code` vocabulary table: value, stable name, display name.
struct description_finding_code_info {
  description_finding_code value;
  std::string_view name;
  std::string_view display;
};

/// Names of the `description_finding_code` vocabulary, in declaration order.
template <>
struct vocabulary_traits<description_finding_code> {
  static constexpr std::array<description_finding_code_info, 17> entries{{
      {description_finding_code::missing_id, "missing_id", "Missing id"},
      {description_finding_code::bad_id, "bad_id", "Id is not a slug"},
      {description_finding_code::missing_name, "missing_name", "Missing name"},
      {description_finding_code::no_primary_muscles, "no_primary_muscles", "No primary muscles"},
      {description_finding_code::overlapping_muscles, "overlapping_muscles",
       "Primary and secondary overlap"},
      {description_finding_code::credit_out_of_range, "credit_out_of_range",
       "Credit outside [0, 1]"},
      {description_finding_code::credit_unworked_muscle, "credit_unworked_muscle",
       "Credit for an unworked muscle"},
      {description_finding_code::duplicate_credit, "duplicate_credit", "Duplicate credit"},
      {description_finding_code::empty_kit, "empty_kit", "Empty equipment option"},
      {description_finding_code::bad_range, "bad_range", "Invalid range"},
      {description_finding_code::per_side_mismatch, "per_side_mismatch",
       "Per-side dose on bilateral work"},
      {description_finding_code::duplicate_id, "duplicate_id", "Duplicate id"},
      {description_finding_code::unresolved_link, "unresolved_link", "Link does not resolve"},
      {description_finding_code::self_link, "self_link", "Links to itself"},
      {description_finding_code::missing_inverse_link, "missing_inverse_link",
       "Missing inverse link"},
      {description_finding_code::ladder_cycle, "ladder_cycle", "Progression cycle"},
      {description_finding_code::level_decreases, "level_decreases",
       "Level decreases along a ladder"},
  }};
};
static_assert(detail::entries_are_ordered<description_finding_code>());

/// One problem found by `validate`.
struct description_finding {
  description_finding_code code = description_finding_code::missing_id;
  std::string exercise_id;  ///< the description concerned
  std::string field;        ///< JSON-style path of the field, e.g. "progressions[1]"
  std::string message;      ///< human-readable explanation naming the values
  [[nodiscard]] friend bool operator==(const description_finding&,
                                       const description_finding&) = default;
};

/// True when `id` is a non-empty slug of [a-z0-9_-].
[[nodiscard]] constexpr bool is_valid_id(std::string_view id) noexcept {
  if (id.empty()) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

namespace detail {
inline void add_finding(std::vector<description_finding>& out, description_finding_code code,
                        const std::string& id, std::string field, std::string message) {
  out.push_back(description_finding{code, id, std::move(field), std::move(message)});
}
template <class V>
inline void check_range(std::vector<description_finding>& out, const exercise_description& e,
                        const std::optional<closed_range<V>>& r, const std::string& field, V lowest,
                        V highest) {
  if (!r) return;
  if (!(r->low <= r->high) || !(r->low >= lowest) || !(r->high <= highest)) {
    add_finding(out, description_finding_code::bad_range, e.id, field,
                field + " = [" + std::to_string(r->low) + ", " + std::to_string(r->high) +
                    "] must satisfy " + std::to_string(lowest) +
                    " <= low <= high <= " + std::to_string(highest));
  }
}
}  // namespace detail

/// Checks one description on its own (links are not resolved; see the catalog overload).
/// Returns every description_finding, in field order; empty when the description is valid.
[[nodiscard]] inline std::vector<description_finding> validate(const exercise_description& e) {
  std::vector<description_finding> out;
  using detail::add_finding;
  if (e.id.empty()) {
    add_finding(out, description_finding_code::missing_id, e.id, "id", "id is empty");
  } else if (!is_valid_id(e.id)) {
    add_finding(out, description_finding_code::bad_id, e.id, "id",
                "id \"" + e.id + "\" must match [a-z0-9_-]+");
  }
  if (e.name.empty())
    add_finding(out, description_finding_code::missing_name, e.id, "name", "name is empty");
  const bool muscles_optional =
      e.modality && (*e.modality == modality::cardio || *e.modality == modality::stretching ||
                     *e.modality == modality::mobility);
  if (e.primary_muscles.empty() && !muscles_optional) {
    add_finding(out, description_finding_code::no_primary_muscles, e.id, "primary_muscles",
                "primary_muscles is empty (allowed only for cardio, stretching, mobility)");
  }
  (e.primary_muscles & e.secondary_muscles).for_each([&](muscle m) {
    add_finding(out, description_finding_code::overlapping_muscles, e.id, "secondary_muscles",
                std::string(to_string(m)) + " is both primary and secondary");
  });
  const muscle_set worked = worked_muscles(e);
  muscle_set credited;
  for (std::size_t i = 0; i < e.muscle_weights.size(); ++i) {
    const muscle_credit& w = e.muscle_weights[i];
    const std::string field = "muscle_weights." + std::string(to_string(w.target));
    if (!(w.credit >= 0.0 && w.credit <= 1.0)) {
      add_finding(out, description_finding_code::credit_out_of_range, e.id, field,
                  "credit " + std::to_string(w.credit) + " must be within [0, 1]");
    }
    if (!worked.contains(w.target)) {
      add_finding(out, description_finding_code::credit_unworked_muscle, e.id, field,
                  std::string(to_string(w.target)) + " is neither primary nor secondary");
    }
    if (credited.contains(w.target)) {
      add_finding(out, description_finding_code::duplicate_credit, e.id, field,
                  std::string(to_string(w.target)) + " has more than one credit");
    }
    credited.insert(w.target);
  }
  for (std::size_t i = 0; i < e.equipment_options.size(); ++i) {
    if (e.equipment_options[i].empty()) {
      add_finding(out, description_finding_code::empty_kit, e.id,
                  "equipment_options[" + std::to_string(i) + "]",
                  "an alternative kit is empty (use {bodyweight} for no equipment)");
    }
  }
  for (std::size_t i = 0; i < e.rep_guidance.size(); ++i) {
    const rep_guidance& g = e.rep_guidance[i];
    const std::string base = "rep_guidance[" + std::to_string(i) + "].";
    detail::check_range(out, e, g.reps, base + "reps", 1U, 1000U);
    detail::check_range(out, e, g.seconds, base + "seconds", 1U, 86400U);
    detail::check_range(out, e, g.sets, base + "sets", 1U, 100U);
    detail::check_range(out, e, g.rir, base + "rir", 0.0, 10.0);
    detail::check_range(out, e, g.rpe, base + "rpe", 1.0, 10.0);
    detail::check_range(out, e, g.rest_seconds, base + "rest_seconds", 0U, 3600U);
    if (g.per_side == true && e.laterality == laterality::bilateral) {
      add_finding(out, description_finding_code::per_side_mismatch, e.id, base + "per_side",
                  "per-side dose on a bilateral exercise");
    }
  }
  auto self = [&](const std::vector<std::string>& links, const char* name) {
    for (std::size_t i = 0; i < links.size(); ++i) {
      if (links[i] == e.id) {
        add_finding(out, description_finding_code::self_link, e.id,
                    std::string(name) + "[" + std::to_string(i) + "]", "links to itself");
      }
    }
  };
  self(e.variation_of, "variation_of");
  self(e.progressions, "progressions");
  self(e.regressions, "regressions");
  for (std::size_t i = 0; i < e.substitutes.size(); ++i) {
    if (e.substitutes[i].id == e.id) {
      add_finding(out, description_finding_code::self_link, e.id,
                  "substitutes[" + std::to_string(i) + "].id", "links to itself");
    }
  }
  return out;
}

/// Checks every description and the catalog as a whole: unique ids, every link resolves,
/// progressions and regressions are mutual inverses, progression ladders are acyclic and
/// never go down in level. Returns every finding; empty when the catalog is valid.
[[nodiscard]] inline std::vector<description_finding> validate(const catalog& c) {
  std::vector<description_finding> out;
  using detail::add_finding;
  const auto& items = c.items();
  for (const exercise_description& e : items) {
    auto one = validate(e);
    out.insert(out.end(), one.begin(), one.end());
  }
  // One finding per repeated description (its first occurrence excepted); a hash set keeps
  // this linear in the size of the catalog.
  std::unordered_set<std::string_view> seen;
  seen.reserve(items.size());
  for (const exercise_description& e : items) {
    if (!seen.insert(e.id).second) {
      add_finding(out, description_finding_code::duplicate_id, e.id, "id",
                  "id \"" + e.id + "\" is used " + "by more than one description");
    }
  }
  auto contains = [](const std::vector<std::string>& v, const std::string& s) {
    for (const std::string& x : v) {
      if (x == s) return true;
    }
    return false;
  };
  for (const exercise_description& e : items) {
    auto resolve = [&](const std::vector<std::string>& links, const char* name) {
      for (std::size_t i = 0; i < links.size(); ++i) {
        if (c.find(links[i]) == nullptr) {
          add_finding(out, description_finding_code::unresolved_link, e.id,
                      std::string(name) + "[" + std::to_string(i) + "]",
                      "\"" + links[i] + "\" is not in the catalog");
        }
      }
    };
    resolve(e.variation_of, "variation_of");
    resolve(e.progressions, "progressions");
    resolve(e.regressions, "regressions");
    for (std::size_t i = 0; i < e.substitutes.size(); ++i) {
      if (c.find(e.substitutes[i].id) == nullptr) {
        add_finding(out, description_finding_code::unresolved_link, e.id,
                    "substitutes[" + std::to_string(i) + "].id",
                    "\"" + e.substitutes[i].id + "\" is not in the catalog");
      }
    }
    for (std::size_t i = 0; i < e.progressions.size(); ++i) {
      const exercise_description* up = c.find(e.progressions[i]);
      if (up == nullptr || up->id == e.id) continue;
      const std::string field = "progressions[" + std::to_string(i) + "]";
      if (!contains(up->regressions, e.id)) {
        add_finding(out, description_finding_code::missing_inverse_link, e.id, field,
                    up->id + " does not list " + e.id + " among its regressions");
      }
      if (e.level && up->level && *up->level < *e.level) {
        add_finding(out, description_finding_code::level_decreases, e.id, field,
                    up->id + " (" + std::string(to_string(*up->level)) + ") is easier than " +
                        e.id + " (" + std::string(to_string(*e.level)) + ")");
      }
    }
    for (std::size_t i = 0; i < e.regressions.size(); ++i) {
      const exercise_description* down = c.find(e.regressions[i]);
      if (down == nullptr || down->id == e.id) continue;
      const std::string field = "regressions[" + std::to_string(i) + "]";
      if (!contains(down->progressions, e.id)) {
        add_finding(out, description_finding_code::missing_inverse_link, e.id, field,
                    down->id + " does not list " + e.id + " among its progressions");
      }
    }
  }
  // Cycle search on "harder than" edges: progressions, and regressions reversed.
  const std::size_t n = items.size();
  std::vector<std::vector<std::size_t>> harder(n);
  auto position = [&](const std::string& id) -> std::size_t {
    const exercise_description* p = c.find(id);
    return p == nullptr ? n : static_cast<std::size_t>(p - items.data());
  };
  for (std::size_t i = 0; i < n; ++i) {
    for (const std::string& id : items[i].progressions) {
      const std::size_t j = position(id);
      if (j < n && j != i) harder[i].push_back(j);
    }
    for (const std::string& id : items[i].regressions) {
      const std::size_t j = position(id);
      if (j < n && j != i) harder[j].push_back(i);
    }
  }
  std::vector<unsigned char> state(n, 0);  // 0 new, 1 on the stack, 2 done
  for (std::size_t root = 0; root < n; ++root) {
    if (state[root] != 0) continue;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
    state[root] = 1;
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      if (next < harder[node].size()) {
        const std::size_t to = harder[node][next++];
        if (state[to] == 1) {
          add_finding(out, description_finding_code::ladder_cycle, items[node].id, "progressions",
                      "going up from " + items[node].id + " returns to " + items[to].id);
        } else if (state[to] == 0) {
          state[to] = 1;
          stack.emplace_back(to, 0);
        }
      } else {
        state[node] = 2;
        stack.pop_back();
      }
    }
  }
  return out;
}

}  // namespace physique::exercise
