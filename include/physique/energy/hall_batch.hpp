// SPDX-License-Identifier: MIT
// simulate_population: the Hall 2011 dynamic model for many people at once, structure of
// arrays over spans, written so the compiler vectorises across people, optionally on
// several threads. Source: Hall et al., Lancet 2011;378:826-37, web appendix eqs 1-9.
#pragma once

#include <array>
#include <cstddef>
#include <exception>
#include <span>
#include <thread>
#include <type_traits>

#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/hall_model.hpp>

namespace physique::energy {

/// The people of a batch, one entry per person in each span (all the same length n).
/// Plain numbers in fixed units, as columns of a table: age in years, height in metres,
/// body mass in kg, PAL. `fat_mass_kg` may be empty (Jackson 2002 for everybody) or hold
/// a measured fat mass per person.
template <real T = double>
struct hall_population {
  std::span<const sex> sexes;
  std::span<const T> age_years;
  std::span<const T> height_m;
  std::span<const T> body_mass_kg;
  std::span<const T> physical_activity_level;
  std::span<const T> fat_mass_kg{};
};

/// Where results go: each non-empty span must have n entries (final values after the
/// run, kg). `body_mass_trajectory_kg`, when not empty, receives (days + 1) x n values,
/// day-major: entry [d * n + i] is person i's body mass at t = d (record d of
/// `hall_model::simulate`).
template <real T = double>
struct hall_population_output {
  std::span<T> body_mass_kg{};
  std::span<T> fat_mass_kg{};
  std::span<T> fat_free_mass_kg{};
  std::span<T> body_mass_trajectory_kg{};
};

/// Batch settings: worker threads (1 = the calling thread only), RK4 steps per day, the
/// baseline carbohydrate share (same for everybody, kept all run) and the constants.
template <real T = double>
struct hall_batch_options {
  unsigned threads = 1;
  int steps_per_day = 1;
  T carbohydrate_share = static_cast<T>(0.5);
  hall_constants<T> constants = hall_constants<T>::paper();
};

namespace detail {

inline constexpr std::size_t hall_lanes = 64;

/// One chunk of up to `hall_lanes` people: state, per-person constants and the running
/// minimum of the compartments (NaN-safe check after the run).
template <real T>
struct hall_chunk {
  alignas(64) std::array<T, hall_lanes> F, L, G, E, A, K, D, EI0, CIB, KG, ECF0, EI, MIN;
  std::size_t lanes;
};

/// Baseline of people [base, base + lanes). Throws for an impossible person.
template <real T>
void hall_chunk_setup(const hall_population<T>& pop, const hall_batch_options<T>& o,
                      std::size_t base, std::size_t lanes, hall_chunk<T>& k) {
  const hall_constants<T>& c = o.constants;
  k.lanes = lanes;
  for (std::size_t j = 0; j < lanes; ++j) {
    const std::size_t i = base + j;
    hall_setup<T> s;
    s.individual = physique::person<T>{pop.sexes[i], years(pop.age_years[i]),
                                       meters(pop.height_m[i]), kilograms(pop.body_mass_kg[i])};
    s.physical_activity_level = pop.physical_activity_level[i];
    if (!pop.fat_mass_kg.empty()) s.fat_mass = kilograms(pop.fat_mass_kg[i]);
    s.carbohydrate_share = o.carbohydrate_share;
    s.constants = c;
    const hall_model<T> m(s);
    const hall_state<T> s0 = m.initial_state();
    k.F[j] = s0.fat_mass.in(kilograms);
    k.L[j] = s0.lean_mass.in(kilograms);
    k.G[j] = s0.glycogen.in(kilograms);
    k.E[j] = s0.extracellular_fluid.in(kilograms);
    k.A[j] = static_cast<T>(0);
    k.K[j] = m.k_constant();
    k.D[j] = m.activity_parameter(m.physical_activity_level());
    k.EI0[j] = m.baseline_intake().in(kilocalories_per_day);
    k.CIB[j] = o.carbohydrate_share * k.EI0[j];
    k.KG[j] = k.CIB[j] / (c.glycogen_baseline * c.glycogen_baseline);
    k.ECF0[j] = k.E[j];
  }
  // Padding lanes repeat lane 0 so every lane computes valid numbers.
  for (std::size_t j = lanes; j < hall_lanes; ++j) {
    k.F[j] = k.F[0];
    k.L[j] = k.L[0];
    k.G[j] = k.G[0];
    k.E[j] = k.E[0];
    k.A[j] = static_cast<T>(0);
    k.K[j] = k.K[0];
    k.D[j] = k.D[0];
    k.EI0[j] = k.EI0[0];
    k.CIB[j] = k.CIB[0];
    k.KG[j] = k.KG[0];
    k.ECF0[j] = k.ECF0[0];
  }
  for (std::size_t j = 0; j < hall_lanes; ++j)
    k.MIN[j] = k.F[j] < k.L[j] ? k.F[j] : k.L[j];
}

/// The day loop of one chunk: RK4 over all lanes at once (the inner loop has no branches
/// and vectorises). Never throws. `row0` points at the chunk's first intake; day d reads
/// `row0 + d * day_stride`. `trajectory`, when not null, receives body mass at t = 1..days
/// at `trajectory + d * n`.
template <real T>
[[gnu::always_inline]] inline void hall_chunk_days(hall_chunk<T>& k, const T* row0,
                                                   std::size_t day_stride, int days, T* trajectory,
                                                   std::size_t n,
                                                   const hall_batch_options<T>& o) noexcept {
  const hall_constants<T>& c = o.constants;
  const T forbes_c = c.forbes_energy_kg();
  const T part_c = forbes_c * (static_cast<T>(1) + c.eta_lean / c.rho_lean);
  const T part_f = static_cast<T>(1) + c.eta_fat / c.rho_fat;
  const T lean_q = forbes_c / c.rho_lean;
  const T inv_rho_f = static_cast<T>(1) / c.rho_fat;
  const T inv_rho_g = static_cast<T>(1) / c.rho_glycogen;
  const T inv_na = static_cast<T>(1) / c.sodium_ecf;
  const T inv_tau = static_cast<T>(1) / c.tau_at;
  const T hyd = c.glycogen_hydration;
  const T h = static_cast<T>(1) / static_cast<T>(o.steps_per_day);
  const T half = h * static_cast<T>(0.5);
  const T sixth = h / static_cast<T>(6);
  const T two = static_cast<T>(2);
  const T carb = o.carbohydrate_share;
  const T xi_ci = c.xi_carbohydrate;
  const T beta_at = c.beta_at;
  const T beta_tef = c.beta_tef;
  const T gamma_f = c.gamma_fat;
  const T gamma_l = c.gamma_lean;
  const T rho_g = c.rho_glycogen;
  const T one = static_cast<T>(1);
  const T inv_xi_na = one / c.xi_sodium;
  // RK4 stage and update factors of the linear AT and ECF equations (z = lambda h).
  auto factor = [one](T z, int which) {
    const T hz = z * static_cast<T>(0.5);
    const T z2 = z * z;
    const T z3 = z2 * z;
    switch (which) {
      case 2:
        return one - hz;
      case 3:
        return one - hz + hz * hz;
      case 4:
        return one - z + z2 * static_cast<T>(0.5) - z3 * static_cast<T>(0.25);
      default:
        return one - z + z2 / static_cast<T>(2) - z3 / static_cast<T>(6) +
               z2 * z2 / static_cast<T>(24);
    }
  };
  const T za = h * inv_tau;
  const T ze = h * c.xi_sodium * inv_na;
  const T a_c2 = factor(za, 2), a_c3 = factor(za, 3), a_c4 = factor(za, 4), a_r = factor(za, 0);
  const T e_c2 = factor(ze, 2), e_c3 = factor(ze, 3), e_c4 = factor(ze, 4), e_r = factor(ze, 0);
  const std::size_t lanes = k.lanes;
  // References to the member arrays (not raw pointers) let the compiler see that they do
  // not overlap, which the vectoriser needs.
  std::array<T, hall_lanes>& F = k.F;
  std::array<T, hall_lanes>& L = k.L;
  std::array<T, hall_lanes>& G = k.G;
  std::array<T, hall_lanes>& E = k.E;
  std::array<T, hall_lanes>& A = k.A;
  std::array<T, hall_lanes>& MIN = k.MIN;
  std::array<T, hall_lanes>& EI = k.EI;
  const std::array<T, hall_lanes>& K = k.K;
  const std::array<T, hall_lanes>& D = k.D;
  const std::array<T, hall_lanes>& EI0 = k.EI0;
  const std::array<T, hall_lanes>& CIB = k.CIB;
  const std::array<T, hall_lanes>& KG = k.KG;
  const std::array<T, hall_lanes>& ECF0 = k.ECF0;
  for (int d = 0; d < days; ++d) {
    const T* row = row0 + static_cast<std::size_t>(d) * day_stride;
    for (std::size_t j = 0; j < lanes; ++j)
      EI[j] = row[j];
    for (std::size_t j = lanes; j < hall_lanes; ++j)
      EI[j] = EI0[j];
    for (int st = 0; st < o.steps_per_day; ++st) {
      for (std::size_t j = 0; j < hall_lanes; ++j) {
        const T ei = EI[j];
        const T dei = ei - EI0[j];
        const T ci = carb * ei;
        const T at_target = beta_at * dei;
        const T base_e = K[j] + beta_tef * dei;
        const T kg = KG[j];
        const T dl = D[j];
        const T ecf0 = ECF0[j];
        const T f = F[j], l = L[j], g = G[j];
        // ECF and AT relax linearly within a day: RK4 stage values in closed form, as in
        // hall_model (linear_factors).
        const T ecf_target = ecf0 - xi_ci * (one - ci / CIB[j]) * inv_xi_na;
        const T ecf_gap = ecf_target - E[j];
        const T at_gap = at_target - A[j];
        // One derivative evaluation of F, L and G (the arithmetic of hall_model's rates).
#define PHYSIQUE_DETAIL_HALL_RATES(F_, L_, G_, E_, A_, RF, RL, RG)                                 \
  const T RG = (ci - kg * (G_) * (G_)) * inv_rho_g;                                                \
  const T RL##_x =                                                                                 \
      ei -                                                                                         \
      (base_e + gamma_f * (F_) + gamma_l * (L_) + dl * ((F_) + (L_) + (E_) + hyd * (G_)) + (A_)) - \
      rho_g * RG;                                                                                  \
  const T RL##_q = RL##_x / (part_c + part_f * (F_));                                              \
  const T RL = lean_q * RL##_q;                                                                    \
  const T RF = (F_)*RL##_q * inv_rho_f;
        PHYSIQUE_DETAIL_HALL_RATES(f, l, g, E[j], A[j], f1, l1, g1)
        PHYSIQUE_DETAIL_HALL_RATES(f + half * f1, l + half * l1, g + half * g1,
                                   ecf_target - ecf_gap * e_c2, at_target - at_gap * a_c2, f2, l2,
                                   g2)
        PHYSIQUE_DETAIL_HALL_RATES(f + half * f2, l + half * l2, g + half * g2,
                                   ecf_target - ecf_gap * e_c3, at_target - at_gap * a_c3, f3, l3,
                                   g3)
        PHYSIQUE_DETAIL_HALL_RATES(f + h * f3, l + h * l3, g + h * g3, ecf_target - ecf_gap * e_c4,
                                   at_target - at_gap * a_c4, f4, l4, g4)
#undef PHYSIQUE_DETAIL_HALL_RATES
        const T fn = f + sixth * (f1 + two * f2 + two * f3 + f4);
        const T ln = l + sixth * (l1 + two * l2 + two * l3 + l4);
        const T gn = g + sixth * (g1 + two * g2 + two * g3 + g4);
        const T en = ecf_target - ecf_gap * e_r;
        F[j] = fn;
        L[j] = ln;
        G[j] = gn;
        E[j] = en;
        A[j] = at_target - at_gap * a_r;
        T m = MIN[j];
        m = fn < m ? fn : m;
        m = ln < m ? ln : m;
        m = gn < m ? gn : m;
        m = en < m ? en : m;
        MIN[j] = m;
      }
    }
    if (trajectory != nullptr) {
      T* dst = trajectory + static_cast<std::size_t>(d) * n;
      for (std::size_t j = 0; j < lanes; ++j)
        dst[j] = F[j] + L[j] + E[j] + hyd * G[j];
    }
  }
}

// With g++ on x86-64 the float and double day loops are also compiled for x86-64-v3
// (AVX2, FMA) and picked at load time (function multiversioning, glibc ifunc). They never
// throw (all checks happen outside). Define PHYSIQUE_NO_MULTIVERSIONING to turn this off.
// clang 14 cannot multiversion inline functions used in several translation units, so it
// builds the baseline loop only.
#if defined(__x86_64__) && defined(__ELF__) && defined(__GNUC__) && !defined(__clang__) && \
    !defined(PHYSIQUE_NO_MULTIVERSIONING)
#define PHYSIQUE_DETAIL_HALL_CLONES [[gnu::target_clones("arch=x86-64-v3", "default")]]
#else
#define PHYSIQUE_DETAIL_HALL_CLONES
#endif

PHYSIQUE_DETAIL_HALL_CLONES inline void hall_chunk_kernel(
    hall_chunk<double>& k, const double* row0, std::size_t day_stride, int days, double* trajectory,
    std::size_t n, const hall_batch_options<double>& o) noexcept {
  hall_chunk_days<double>(k, row0, day_stride, days, trajectory, n, o);
}
PHYSIQUE_DETAIL_HALL_CLONES inline void hall_chunk_kernel(
    hall_chunk<float>& k, const float* row0, std::size_t day_stride, int days, float* trajectory,
    std::size_t n, const hall_batch_options<float>& o) noexcept {
  hall_chunk_days<float>(k, row0, day_stride, days, trajectory, n, o);
}
#undef PHYSIQUE_DETAIL_HALL_CLONES

/// Runs people [begin, end) of the batch. `intake` holds one value per person
/// (`day_stride` = 0) or a day-major table (`day_stride` = n).
template <real T>
void hall_population_range(const hall_population<T>& pop, const T* intake, std::size_t day_stride,
                           int days, const hall_population_output<T>& out,
                           const hall_batch_options<T>& o, std::size_t begin, std::size_t end) {
  const std::size_t n = pop.body_mass_kg.size();
  const T hyd = o.constants.glycogen_hydration;
  const T zero = static_cast<T>(0);
  hall_chunk<T> k;
  for (std::size_t base = begin; base < end; base += hall_lanes) {
    const std::size_t lanes = end - base < hall_lanes ? end - base : hall_lanes;
    hall_chunk_setup(pop, o, base, lanes, k);
    T* trajectory = nullptr;
    if (!out.body_mass_trajectory_kg.empty()) {
      for (std::size_t j = 0; j < lanes; ++j) {
        out.body_mass_trajectory_kg[base + j] = k.F[j] + k.L[j] + k.E[j] + hyd * k.G[j];
      }
      trajectory = out.body_mass_trajectory_kg.data() + n + base;
    }
    if constexpr (std::is_same_v<T, double> || std::is_same_v<T, float>) {
      hall_chunk_kernel(k, intake + base, day_stride, days, trajectory, n, o);
    } else {
      hall_chunk_days<T>(k, intake + base, day_stride, days, trajectory, n, o);
    }
    for (std::size_t j = 0; j < lanes; ++j) {
      const bool ok = k.MIN[j] > zero && is_finite(k.F[j]) && is_finite(k.L[j]) &&
                      is_finite(k.G[j]) && is_finite(k.E[j]) && is_finite(k.A[j]) &&
                      k.F[j] > zero && k.L[j] > zero && k.G[j] > zero && k.E[j] > zero;
      physique::detail::require(ok, "person", static_cast<double>(base + j), "",
                                "the intake makes fat, lean tissue, glycogen or extracellular "
                                "fluid non-positive during the run");
    }
    for (std::size_t j = 0; j < lanes; ++j) {
      const T bw = k.F[j] + k.L[j] + k.E[j] + hyd * k.G[j];
      if (!out.body_mass_kg.empty()) out.body_mass_kg[base + j] = bw;
      if (!out.fat_mass_kg.empty()) out.fat_mass_kg[base + j] = k.F[j];
      if (!out.fat_free_mass_kg.empty()) out.fat_free_mass_kg[base + j] = bw - k.F[j];
    }
  }
}

template <real T>
void hall_population_run(const hall_population<T>& pop, std::span<const T> intake,
                         std::size_t day_stride, int days, const hall_population_output<T>& out,
                         const hall_batch_options<T>& o) {
  namespace pd = physique::detail;
  const std::size_t n = pop.body_mass_kg.size();
  pd::require(pop.sexes.size() == n && pop.age_years.size() == n && pop.height_m.size() == n &&
                  pop.physical_activity_level.size() == n &&
                  (pop.fat_mass_kg.empty() || pop.fat_mass_kg.size() == n),
              "population", static_cast<double>(n), "people",
              "all columns must have the same length");
  pd::require(days >= 0, "days", static_cast<double>(days), "d", "must be >= 0");
  pd::require(o.steps_per_day >= 1 && o.steps_per_day <= 1000, "steps_per_day",
              static_cast<double>(o.steps_per_day), "", "must be within 1-1000");
  pd::require(o.threads >= 1 && o.threads <= 64, "threads", static_cast<double>(o.threads), "",
              "must be within 1-64");
  auto size_ok = [n](std::size_t s) { return s == 0 || s == n; };
  pd::require(size_ok(out.body_mass_kg.size()) && size_ok(out.fat_mass_kg.size()) &&
                  size_ok(out.fat_free_mass_kg.size()),
              "output", static_cast<double>(n), "people",
              "each output span must be empty or n long");
  pd::require(out.body_mass_trajectory_kg.empty() ||
                  out.body_mass_trajectory_kg.size() == (static_cast<std::size_t>(days) + 1U) * n,
              "body_mass_trajectory_kg", static_cast<double>(out.body_mass_trajectory_kg.size()),
              "", "must be empty or (days + 1) x n long");
  const std::size_t needed = day_stride == 0 ? n : static_cast<std::size_t>(days) * n;
  pd::require(intake.size() == needed || (days == 0 && day_stride != 0), "intake",
              static_cast<double>(intake.size()), "values",
              "must hold one value per person (or per person and day)");
  for (std::size_t i = 0; i < intake.size(); ++i) {
    pd::require_non_negative("intake", intake[i], "kcal/d");
  }
  if (n == 0) return;
  const T* in = intake.data();
  const unsigned threads = o.threads;
  if (threads == 1 || n <= hall_lanes) {
    hall_population_range(pop, in, day_stride, days, out, o, 0, n);
    return;
  }
  // Contiguous ranges rounded to whole chunks; thread 0 is the caller.
  const std::size_t chunks = (n + hall_lanes - 1) / hall_lanes;
  const std::size_t per = (chunks + threads - 1) / threads;
  std::array<std::exception_ptr, 64> errors{};
  std::array<std::thread, 64> workers{};
  for (unsigned t = 1; t < threads; ++t) {
    const std::size_t b = static_cast<std::size_t>(t) * per * hall_lanes;
    if (b >= n) break;
    const std::size_t e = b + per * hall_lanes < n ? b + per * hall_lanes : n;
    workers[t] = std::thread([&, t, b, e] {
#if defined(PHYSIQUE_NO_EXCEPTIONS)
      static_cast<void>(t);
      hall_population_range(pop, in, day_stride, days, out, o, b, e);
#else
      try {
        hall_population_range(pop, in, day_stride, days, out, o, b, e);
      } catch (...) {
        errors[t] = std::current_exception();
      }
#endif
    });
  }
  const std::size_t first_end = per * hall_lanes < n ? per * hall_lanes : n;
#if defined(PHYSIQUE_NO_EXCEPTIONS)
  hall_population_range(pop, in, day_stride, days, out, o, 0, first_end);
#else
  try {
    hall_population_range(pop, in, day_stride, days, out, o, 0, first_end);
  } catch (...) {
    errors[0] = std::current_exception();
  }
#endif
  for (unsigned t = 1; t < threads; ++t) {
    if (workers[t].joinable()) workers[t].join();
  }
  for (const std::exception_ptr& e : errors) {
    if (e) std::rethrow_exception(e);
  }
}

}  // namespace detail

/// Simulates every person of `pop` for `days` days at a constant intake each
/// (`intake_kcal_per_day[i]`, kcal/d), with the same equations, baseline and RK4 as
/// `hall_model` (no carbohydrate, sodium or PAL changes). Writes the requested outputs.
/// No allocation besides the optional worker threads.
///
/// Throws `invalid_argument` for mismatched spans, an impossible person (as
/// `hall_model`), a negative or NaN intake, or a run that makes a compartment
/// non-positive (parameter "person", value = its index).
template <real T>
void simulate_population(const hall_population<T>& pop, std::span<const T> intake_kcal_per_day,
                         int days, const hall_population_output<T>& out,
                         const hall_batch_options<T>& options = {}) {
  detail::hall_population_run(pop, intake_kcal_per_day, 0, days, out, options);
}

/// As above with a day-major intake table: `intake_table_kcal_per_day[d * n + i]` is person
/// i's intake on day d (days x n values).
template <real T>
void simulate_population_table(const hall_population<T>& pop,
                               std::span<const T> intake_table_kcal_per_day, int days,
                               const hall_population_output<T>& out,
                               const hall_batch_options<T>& options = {}) {
  detail::hall_population_run(pop, intake_table_kcal_per_day, pop.body_mass_kg.size(), days, out,
                              options);
}

}  // namespace physique::energy
