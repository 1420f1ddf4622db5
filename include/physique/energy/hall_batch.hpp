// SPDX-License-Identifier: MIT
// simulate_population: the Hall 2011 dynamic model for many people at once, structure of
// arrays over spans of typed columns, written so the compiler vectorises across people,
// optionally on several threads. Source: Hall et al., Lancet 2011;378:826-37, web appendix
// eqs 1-9.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <exception>
#include <limits>
#include <optional>
#include <span>
#include <thread>
#include <type_traits>

#include <physique/core/person.hpp>
#include <physique/core/units.hpp>
#include <physique/detail/require.hpp>
#include <physique/energy/hall_model.hpp>

namespace physique::energy {

/// The people of a batch: typed columns, one entry per person in each span (all the same
/// length n). `fat_masses` may be empty (Jackson 2002 for everybody) or hold one entry per
/// person: a measured fat mass, or an empty optional for the Jackson 2002 estimate, so
/// measured and estimated people share one batch.
template <real T = double>
struct hall_population {
  std::span<const sex> sexes;
  std::span<const duration<T>> ages;
  std::span<const length<T>> heights;
  std::span<const mass<T>> body_masses;
  std::span<const T> physical_activity_levels;
  std::span<const std::optional<mass<T>>> fat_masses{};
};

/// Where results go: each non-empty span must have n entries (final values after the
/// run). `body_mass_trajectory`, when not empty, receives (days + 1) x n values, day-major:
/// entry [d * n + i] is person i's body mass at t = d (record d of `hall_model::simulate`).
template <real T = double>
struct hall_population_output {
  std::span<mass<T>> body_masses{};
  std::span<mass<T>> fat_masses{};
  std::span<mass<T>> fat_free_masses{};
  std::span<mass<T>> body_mass_trajectory{};
};

/// Batch settings: worker threads (1 = the calling thread only), the least RK4 steps per
/// day (the step rule of `hall_model` adds more per person where glycogen needs them), the
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

/// One chunk of up to `hall_lanes` people: state, per-person constants, the day's
/// coefficients and the running minimum of the compartments (NaN-safe check after the
/// run). Plain arrays, so the day loop has no function calls left to inline.
template <real T>
struct hall_chunk {
  // State.
  alignas(64) T F[hall_lanes];
  alignas(64) T L[hall_lanes];
  alignas(64) T G[hall_lanes];
  alignas(64) T E[hall_lanes];
  alignas(64) T A[hall_lanes];
  alignas(64) T MIN[hall_lanes];
  // Per person.
  alignas(64) T K[hall_lanes];      // K of eq. 5
  alignas(64) T D[hall_lanes];      // activity parameter delta
  alignas(64) T EI0[hall_lanes];    // baseline intake
  alignas(64) T ICIB[hall_lanes];   // 1 / CI_b
  alignas(64) T KG[hall_lanes];     // k_G
  alignas(64) T ECF0[hall_lanes];   // baseline ECF
  alignas(64) T GLIM[hall_lanes];   // glycogen above which one step is too long (step rule)
  alignas(64) T CILIM[hall_lanes];  // carbohydrate intake above which likewise
  alignas(64) T FS[hall_lanes];     // gamma_F + delta
  alignas(64) T LS[hall_lanes];     // gamma_L + delta
  alignas(64) T WS[hall_lanes];     // delta x glycogen hydration
  // Per day (from the day's intake).
  alignas(64) T CI[hall_lanes];  // carbohydrate intake
  alignas(64) T BW[hall_lanes];  // energy base minus the settled delta ECF + AT terms
  alignas(64) T ET[hall_lanes];  // ECF target (eq. 2 at rest)
  alignas(64) T AT[hall_lanes];  // AT target (eq. 7 at rest)
  // Glycogen above which the least number of steps is too few today (-infinity when the
  // day's settled glycogen already is).
  alignas(64) T GCAP[hall_lanes];
  std::size_t lanes = 0;  // people in the chunk
  std::size_t width = 0;  // lanes computed: people rounded up to a vector
};

/// What a step of length h needs besides the lane's own numbers.
template <real T>
struct hall_step_constants {
  T h, half, sixth_fat, sixth_lean, half_glycogen, full_glycogen, sixth_glycogen;
  T e2, e3, e4, er, a2, a3, a4, ar;  // RK4 stage and update factors of ECF and AT
  T part_c, part_f, lean_q, inv_rho_f, hyd;

  static hall_step_constants make(const hall_constants<T>& c, int steps) noexcept {
    const T one = static_cast<T>(1);
    const T h = one / static_cast<T>(steps);
    const T forbes_c = c.forbes_energy_kg();
    // RK4 applied to y' = lambda (y* - y): stage values y* - (y* - y) c_k and update
    // y* - (y* - y) R(z), z = lambda h (the closed form hall_model uses).
    auto factors = [one](T z, T& c2, T& c3, T& c4, T& r) {
      const T hz = z * static_cast<T>(0.5);
      const T z2 = z * z;
      const T z3 = z2 * z;
      c2 = one - hz;
      c3 = one - hz + hz * hz;
      c4 = one - z + z2 * static_cast<T>(0.5) - z3 * static_cast<T>(0.25);
      r = one - z + z2 / static_cast<T>(2) - z3 / static_cast<T>(6) + z2 * z2 / static_cast<T>(24);
    };
    hall_step_constants k{};
    k.h = h;
    k.half = h * static_cast<T>(0.5);
    const T sixth = h / static_cast<T>(6);
    k.part_c = forbes_c * (one + c.eta_lean / c.rho_lean);
    k.part_f = one + c.eta_fat / c.rho_fat;
    k.lean_q = forbes_c / c.rho_lean;
    k.inv_rho_f = one / c.rho_fat;
    k.sixth_fat = sixth * k.inv_rho_f;
    k.sixth_lean = sixth * k.lean_q;
    const T inv_rho_g = one / c.rho_glycogen;
    k.half_glycogen = k.half * inv_rho_g;
    k.full_glycogen = h * inv_rho_g;
    k.sixth_glycogen = sixth * inv_rho_g;
    k.hyd = c.glycogen_hydration;
    factors(h * c.xi_sodium / c.sodium_ecf, k.e2, k.e3, k.e4, k.er);
    factors(h / c.tau_at, k.a2, k.a3, k.a4, k.ar);
    return k;
  }
};

/// One classic RK4 step of one person (the arithmetic of hall_model::rk4_step, rearranged:
/// the ECF and AT terms of each stage are formed from the day's gaps, and rho_G dG/dt is
/// CI - k_G G^2 directly). Inlined into the vector loop and the scalar sub-step path.
template <real T>
[[gnu::always_inline]] inline void hall_lane_step(T& f, T& l, T& g, T& e, T& a, T dl, T fs, T ls,
                                                  T ws, T kg, T ci, T bw, T et, T at,
                                                  const hall_step_constants<T>& c) noexcept {
  const T egap = et - e;
  const T agap = at - a;
  const T dle = dl * egap;
  // Stage k: x = bw + dl (et - E_k) + (at - A_k) - ws G_k - gd_k - fs F_k - ls L_k with
  // E_k = et - egap c_k and A_k likewise, gd_k = rho_G dG/dt.
  const T gd1 = ci - kg * g * g;
  const T x1 = bw + (dle + agap) - ws * g - gd1 - fs * f - ls * l;
  const T q1 = x1 / (c.part_c + c.part_f * f);
  const T fq1 = f * q1;
  const T f2 = f + c.half * c.inv_rho_f * fq1;
  const T l2 = l + c.half * c.lean_q * q1;
  const T g2 = g + c.half_glycogen * gd1;
  const T gd2 = ci - kg * g2 * g2;
  const T x2 = bw + (dle * c.e2 + agap * c.a2) - ws * g2 - gd2 - fs * f2 - ls * l2;
  const T q2 = x2 / (c.part_c + c.part_f * f2);
  const T fq2 = f2 * q2;
  const T f3 = f + c.half * c.inv_rho_f * fq2;
  const T l3 = l + c.half * c.lean_q * q2;
  const T g3 = g + c.half_glycogen * gd2;
  const T gd3 = ci - kg * g3 * g3;
  const T x3 = bw + (dle * c.e3 + agap * c.a3) - ws * g3 - gd3 - fs * f3 - ls * l3;
  const T q3 = x3 / (c.part_c + c.part_f * f3);
  const T fq3 = f3 * q3;
  const T f4 = f + c.h * c.inv_rho_f * fq3;
  const T l4 = l + c.h * c.lean_q * q3;
  const T g4 = g + c.full_glycogen * gd3;
  const T gd4 = ci - kg * g4 * g4;
  const T x4 = bw + (dle * c.e4 + agap * c.a4) - ws * g4 - gd4 - fs * f4 - ls * l4;
  const T q4 = x4 / (c.part_c + c.part_f * f4);
  const T two = static_cast<T>(2);
  f += c.sixth_fat * (fq1 + two * (fq2 + fq3) + f4 * q4);
  l += c.sixth_lean * (q1 + two * (q2 + q3) + q4);
  g += c.sixth_glycogen * (gd1 + two * (gd2 + gd3) + gd4);
  e = et - egap * c.er;
  a = at - agap * c.ar;
}

/// The day's coefficients of lanes [0, width) from their intakes.
template <real T>
inline void hall_chunk_day_coefficients(hall_chunk<T>& k, const T* intake,
                                        const hall_constants<T>& c, T carb, int steps) noexcept {
  const T one = static_cast<T>(1);
  const T s = static_cast<T>(steps);
  const T inv_xi_na = one / c.xi_sodium;
  for (std::size_t j = 0; j < k.width; ++j) {
    const T ei = intake[j];
    const T dei = ei - k.EI0[j];
    const T ci = carb * ei;
    const T et = k.ECF0[j] - c.xi_carbohydrate * (one - ci * k.ICIB[j]) * inv_xi_na;
    const T at = c.beta_at * dei;
    k.CI[j] = ci;
    k.ET[j] = et;
    k.AT[j] = at;
    k.BW[j] = ei - k.K[j] - c.beta_tef * dei - k.D[j] * et - at;
    k.GCAP[j] = ci > k.CILIM[j] * s * s ? -std::numeric_limits<T>::infinity() : k.GLIM[j] * s;
  }
}

/// How many lanes need more than the least number of steps today (the step rule: glycogen
/// or its settled value above the lane's limit). One comparison per lane; vectorises.
template <real T>
[[nodiscard]] inline std::size_t hall_chunk_stiff_lanes(const hall_chunk<T>& k) noexcept {
  std::size_t count = 0;
  for (std::size_t j = 0; j < k.lanes; ++j)
    count += k.G[j] > k.GCAP[j] ? 1U : 0U;
  return count;
}

/// Steps the lanes that `hall_chunk_stiff_lanes` counts through one day with the number of
/// steps the step rule gives each, from the state saved in `saved` (F, L, G, E, A, MIN).
template <real T>
inline void hall_chunk_stiff_day(hall_chunk<T>& k,
                                 const std::array<std::array<T, hall_lanes>, 6>& saved,
                                 const hall_constants<T>& c, int least) noexcept {
  for (std::size_t j = 0; j < k.lanes; ++j) {
    if (!(saved[2][j] > k.GCAP[j])) continue;
    T f = saved[0][j], l = saved[1][j], g = saved[2][j], e = saved[3][j], a = saved[4][j];
    const T g_settled = std::sqrt(k.CI[j] / k.KG[j]);
    const T g_max = g > g_settled ? g : g_settled;
    const T needed = std::ceil(g_max / k.GLIM[j]);
    int steps = least;
    if (needed > static_cast<T>(least)) {
      steps = needed < static_cast<T>(1000) ? static_cast<int>(needed) : 1000;
    }
    const hall_step_constants<T> sc = hall_step_constants<T>::make(c, steps);
    T m = saved[5][j];
    for (int i = 0; i < steps; ++i) {
      hall_lane_step(f, l, g, e, a, k.D[j], k.FS[j], k.LS[j], k.WS[j], k.KG[j], k.CI[j], k.BW[j],
                     k.ET[j], k.AT[j], sc);
      m = f < m ? f : m;
      m = l < m ? l : m;
      m = g < m ? g : m;
      m = e < m ? e : m;
    }
    k.F[j] = f;
    k.L[j] = l;
    k.G[j] = g;
    k.E[j] = e;
    k.A[j] = a;
    k.MIN[j] = m;
  }
}

/// The day loop of one chunk: RK4 over lanes [0, width) at once (the inner loop has no
/// branches and vectorises). Never throws. `row0` points at the chunk's first intake; day
/// d reads `row0 + d * day_stride` (stride 0: the same intake every day, coefficients
/// computed once). `trajectory`, when not null, receives body mass at t = 1..days at
/// `trajectory + d * n`.
template <real T>
[[gnu::always_inline]] inline void hall_chunk_days(hall_chunk<T>& k, const energy_rate<T>* row0,
                                                   std::size_t day_stride, int days,
                                                   mass<T>* trajectory, std::size_t n,
                                                   const hall_batch_options<T>& o) noexcept {
  const hall_constants<T>& c = o.constants;
  const hall_step_constants<T> sc = hall_step_constants<T>::make(c, o.steps_per_day);
  const std::size_t width = k.width;
  alignas(64) std::array<T, hall_lanes> intake{};
  std::array<std::array<T, hall_lanes>, 6> saved{};
  T* __restrict F = k.F;
  T* __restrict L = k.L;
  T* __restrict G = k.G;
  T* __restrict E = k.E;
  T* __restrict A = k.A;
  T* __restrict MIN = k.MIN;
  const T* __restrict D = k.D;
  const T* __restrict FS = k.FS;
  const T* __restrict LS = k.LS;
  const T* __restrict WS = k.WS;
  const T* __restrict KG = k.KG;
  const T* __restrict CI = k.CI;
  const T* __restrict BW = k.BW;
  const T* __restrict ET = k.ET;
  const T* __restrict AT = k.AT;
  for (int d = 0; d < days; ++d) {
    if (d == 0 || day_stride != 0) {
      const energy_rate<T>* row = row0 + static_cast<std::size_t>(d) * day_stride;
      for (std::size_t j = 0; j < k.lanes; ++j)
        intake[j] = row[j].in_base_unit();
      for (std::size_t j = k.lanes; j < width; ++j)
        intake[j] = k.EI0[j];
      hall_chunk_day_coefficients(k, intake.data(), c, o.carbohydrate_share, o.steps_per_day);
    }
    const std::size_t stiff = hall_chunk_stiff_lanes(k);
    if (stiff != 0) [[unlikely]] {
      for (std::size_t j = 0; j < k.lanes; ++j) {
        saved[0][j] = F[j];
        saved[1][j] = L[j];
        saved[2][j] = G[j];
        saved[3][j] = E[j];
        saved[4][j] = A[j];
        saved[5][j] = MIN[j];
      }
    }
    for (int st = 0; st < o.steps_per_day; ++st) {
      for (std::size_t j = 0; j < width; ++j) {
        T f = F[j], l = L[j], g = G[j], e = E[j], a = A[j];
        hall_lane_step(f, l, g, e, a, D[j], FS[j], LS[j], WS[j], KG[j], CI[j], BW[j], ET[j], AT[j],
                       sc);
        F[j] = f;
        L[j] = l;
        G[j] = g;
        E[j] = e;
        A[j] = a;
        T m = MIN[j];
        m = f < m ? f : m;
        m = l < m ? l : m;
        m = g < m ? g : m;
        m = e < m ? e : m;
        MIN[j] = m;
      }
    }
    if (stiff != 0) [[unlikely]] {
      hall_chunk_stiff_day(k, saved, c, o.steps_per_day);
    }
    if (trajectory != nullptr) {
      mass<T>* dst = trajectory + static_cast<std::size_t>(d) * n;
      for (std::size_t j = 0; j < k.lanes; ++j)
        dst[j] = kilograms(F[j] + L[j] + E[j] + sc.hyd * G[j]);
    }
  }
}

// The day loop is built for the machine it runs on. On x86-64 with a baseline below AVX
// (the default), it is also compiled for x86-64-v3 (AVX2, FMA) and x86-64-v4 (AVX-512;
// 512-bit vectors with g++) and chosen once at run time from the CPU's features. When the
// baseline already has AVX (-march=native, -mavx2, ...), the baseline loop is the best one
// and is used alone: code built for a lower level than the baseline cannot inline the
// loop, which is what made -march=native builds slower. Define PHYSIQUE_NO_MULTIVERSIONING
// to turn dispatch off.
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__AVX__) && \
    !defined(PHYSIQUE_NO_MULTIVERSIONING)
#define PHYSIQUE_DETAIL_HALL_DISPATCH 1
#if defined(__clang__)
#define PHYSIQUE_DETAIL_HALL_V4 "arch=x86-64-v4"
#else
#define PHYSIQUE_DETAIL_HALL_V4 "arch=x86-64-v4,prefer-vector-width=512"
#endif
#endif

template <real T>
void hall_chunk_kernel_baseline(hall_chunk<T>& k, const energy_rate<T>* row0,
                                std::size_t day_stride, int days, mass<T>* trajectory,
                                std::size_t n, const hall_batch_options<T>& o) noexcept {
  hall_chunk_days<T>(k, row0, day_stride, days, trajectory, n, o);
}

#if defined(PHYSIQUE_DETAIL_HALL_DISPATCH)
template <real T>
[[gnu::target("arch=x86-64-v3")]] void hall_chunk_kernel_v3(
    hall_chunk<T>& k, const energy_rate<T>* row0, std::size_t day_stride, int days,
    mass<T>* trajectory, std::size_t n, const hall_batch_options<T>& o) noexcept {
  hall_chunk_days<T>(k, row0, day_stride, days, trajectory, n, o);
}
template <real T>
[[gnu::target(PHYSIQUE_DETAIL_HALL_V4)]] void hall_chunk_kernel_v4(
    hall_chunk<T>& k, const energy_rate<T>* row0, std::size_t day_stride, int days,
    mass<T>* trajectory, std::size_t n, const hall_batch_options<T>& o) noexcept {
  hall_chunk_days<T>(k, row0, day_stride, days, trajectory, n, o);
}
#undef PHYSIQUE_DETAIL_HALL_V4
/// The best instruction-set level of this CPU: 4 (x86-64-v4: AVX-512 F, VL, BW, DQ),
/// 3 (x86-64-v3: AVX2, FMA, BMI2) or 1.
inline int hall_cpu_level() noexcept {
  static const int level =
      __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vl") &&
              __builtin_cpu_supports("avx512bw") && __builtin_cpu_supports("avx512dq")
          ? 4
      : __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
              __builtin_cpu_supports("bmi2")
          ? 3
          : 1;
  return level;
}
#endif

/// Runs the day loop of one chunk with the best kernel for this CPU.
template <real T>
void hall_chunk_kernel(hall_chunk<T>& k, const energy_rate<T>* row0, std::size_t day_stride,
                       int days, mass<T>* trajectory, std::size_t n,
                       const hall_batch_options<T>& o) noexcept {
#if defined(PHYSIQUE_DETAIL_HALL_DISPATCH)
  if constexpr (std::is_same_v<T, double> || std::is_same_v<T, float>) {
    const int level = hall_cpu_level();
    if (level == 4) return hall_chunk_kernel_v4(k, row0, day_stride, days, trajectory, n, o);
    if (level == 3) return hall_chunk_kernel_v3(k, row0, day_stride, days, trajectory, n, o);
  }
#endif
  hall_chunk_kernel_baseline(k, row0, day_stride, days, trajectory, n, o);
}

/// Lanes computed for `lanes` people: rounded up to a whole 64-byte vector.
template <real T>
[[nodiscard]] constexpr std::size_t hall_width(std::size_t lanes) noexcept {
  constexpr std::size_t vector = 64 / sizeof(T) > 0 ? 64 / sizeof(T) : 1;
  const std::size_t w = (lanes + vector - 1) / vector * vector;
  return w < hall_lanes ? w : hall_lanes;
}

/// Baseline of people [base, base + lanes). Throws for an impossible person.
template <real T>
void hall_chunk_setup(const hall_population<T>& pop, const hall_batch_options<T>& o,
                      std::size_t base, std::size_t lanes, hall_chunk<T>& k) {
  const hall_constants<T>& c = o.constants;
  k.lanes = lanes;
  k.width = hall_width<T>(lanes);
  const T z_max = static_cast<T>(hall_max_glycogen_step);
  for (std::size_t j = 0; j < lanes; ++j) {
    const std::size_t i = base + j;
    hall_setup<T> s;
    s.individual =
        physique::person<T>{pop.sexes[i], pop.ages[i], pop.heights[i], pop.body_masses[i]};
    s.physical_activity_level = pop.physical_activity_levels[i];
    if (!pop.fat_masses.empty()) s.fat_mass = pop.fat_masses[i];
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
    const T cib = o.carbohydrate_share * k.EI0[j];
    k.ICIB[j] = static_cast<T>(1) / cib;
    k.KG[j] = cib / (c.glycogen_baseline * c.glycogen_baseline);
    k.ECF0[j] = k.E[j];
    // lambda_G = 2 k_G G / rho_G <= z_max (see hall_model's step rule).
    k.GLIM[j] = z_max * c.rho_glycogen / (static_cast<T>(2) * k.KG[j]);
    k.CILIM[j] = k.KG[j] * k.GLIM[j] * k.GLIM[j];
    k.FS[j] = c.gamma_fat + k.D[j];
    k.LS[j] = c.gamma_lean + k.D[j];
    k.WS[j] = k.D[j] * c.glycogen_hydration;
  }
  // Padding lanes repeat lane 0 so every computed lane holds valid numbers.
  for (std::size_t j = lanes; j < k.width; ++j) {
    for (T* column : {k.F, k.L, k.G, k.E, k.A, k.K, k.D, k.EI0, k.ICIB, k.KG, k.ECF0, k.GLIM,
                      k.CILIM, k.FS, k.LS, k.WS}) {
      column[j] = column[0];
    }
  }
  for (std::size_t j = 0; j < k.width; ++j)
    k.MIN[j] = k.F[j] < k.L[j] ? k.F[j] : k.L[j];
}

/// Checks the people of a finished chunk, naming the first whose run failed and why.
template <real T>
void hall_chunk_check(const hall_chunk<T>& k, std::size_t base) {
  const T zero = static_cast<T>(0);
  for (std::size_t j = 0; j < k.lanes; ++j) {
    const T sum = k.F[j] + k.L[j] + k.G[j] + k.E[j] + k.A[j];
    const bool ok = k.MIN[j] > zero && sum - sum == zero && k.F[j] > zero && k.L[j] > zero &&
                    k.G[j] > zero && k.E[j] > zero;
    physique::detail::require(ok, "person", static_cast<double>(base + j), "",
                              "the intake exhausts fat or lean tissue during the run (too low "
                              "for too long)");
  }
}

/// Runs people [begin, end) of the batch. `intake` holds one value per person
/// (`day_stride` = 0) or a day-major table (`day_stride` = n).
template <real T>
void hall_population_range(const hall_population<T>& pop, const energy_rate<T>* intake,
                           std::size_t day_stride, int days, const hall_population_output<T>& out,
                           const hall_batch_options<T>& o, std::size_t begin, std::size_t end) {
  const std::size_t n = pop.body_masses.size();
  const T hyd = o.constants.glycogen_hydration;
  hall_chunk<T> k;
  for (std::size_t base = begin; base < end; base += hall_lanes) {
    const std::size_t lanes = end - base < hall_lanes ? end - base : hall_lanes;
    hall_chunk_setup(pop, o, base, lanes, k);
    mass<T>* trajectory = nullptr;
    if (!out.body_mass_trajectory.empty()) {
      for (std::size_t j = 0; j < lanes; ++j) {
        out.body_mass_trajectory[base + j] = kilograms(k.F[j] + k.L[j] + k.E[j] + hyd * k.G[j]);
      }
      trajectory = out.body_mass_trajectory.data() + n + base;
    }
    hall_chunk_kernel(k, intake + base, day_stride, days, trajectory, n, o);
    hall_chunk_check(k, base);
    for (std::size_t j = 0; j < lanes; ++j) {
      const mass<T> bw = kilograms(k.F[j] + k.L[j] + k.E[j] + hyd * k.G[j]);
      if (!out.body_masses.empty()) out.body_masses[base + j] = bw;
      if (!out.fat_masses.empty()) out.fat_masses[base + j] = kilograms(k.F[j]);
      if (!out.fat_free_masses.empty()) out.fat_free_masses[base + j] = bw - kilograms(k.F[j]);
    }
  }
}

template <real T>
void hall_population_run(const hall_population<T>& pop, std::span<const energy_rate<T>> intake,
                         std::size_t day_stride, int days, const hall_population_output<T>& out,
                         const hall_batch_options<T>& o) {
  namespace pd = physique::detail;
  const std::size_t n = pop.body_masses.size();
  pd::require(pop.sexes.size() == n && pop.ages.size() == n && pop.heights.size() == n &&
                  pop.physical_activity_levels.size() == n &&
                  (pop.fat_masses.empty() || pop.fat_masses.size() == n),
              "population", static_cast<double>(n), "people",
              "all columns must have the same length");
  pd::require(days >= 0 && days <= hall_max_days, "days", static_cast<double>(days), "d",
              "must be within 0-36525 (100 years; the model does not age)");
  pd::require(o.steps_per_day >= 1 && o.steps_per_day <= 1000, "steps_per_day",
              static_cast<double>(o.steps_per_day), "", "must be within 1-1000");
  pd::require(o.threads >= 1 && o.threads <= 64, "threads", static_cast<double>(o.threads), "",
              "must be within 1-64");
  auto size_ok = [n](std::size_t s) { return s == 0 || s == n; };
  pd::require(size_ok(out.body_masses.size()) && size_ok(out.fat_masses.size()) &&
                  size_ok(out.fat_free_masses.size()),
              "output", static_cast<double>(n), "people",
              "each output span must be empty or n long");
  pd::require(out.body_mass_trajectory.empty() ||
                  out.body_mass_trajectory.size() == (static_cast<std::size_t>(days) + 1U) * n,
              "body_mass_trajectory", static_cast<double>(out.body_mass_trajectory.size()), "",
              "must be empty or (days + 1) x n long");
  const std::size_t needed = day_stride == 0 ? n : static_cast<std::size_t>(days) * n;
  pd::require(intake.size() == needed || (days == 0 && day_stride != 0), "intake",
              static_cast<double>(intake.size()), "values",
              "must hold one value per person (or per person and day)");
  for (const energy_rate<T>& e : intake) {
    pd::require_within("intake", e.in(kilocalories_per_day), static_cast<T>(0),
                       static_cast<T>(hall_max_intake_kcal_per_day), "kcal/d",
                       "must be within 0-25000 kcal/d");
  }
  if (n == 0) return;
  const energy_rate<T>* in = intake.data();
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

/// Simulates every person of `pop` for `days` days (0-36525) at a constant intake each
/// (`intakes[i]`), with the same equations, baseline, RK4 and step rule as `hall_model`
/// (no carbohydrate, sodium or PAL changes). Writes the requested outputs. No allocation
/// besides the optional worker threads.
///
/// Throws `invalid_argument` for mismatched spans, an impossible person (as `hall_model`),
/// an intake outside 0-25000 kcal/d, or a run that exhausts fat or lean tissue (parameter
/// "person", value = its index).
template <real T>
void simulate_population(const hall_population<T>& pop, std::span<const energy_rate<T>> intakes,
                         int days, const hall_population_output<T>& out,
                         const hall_batch_options<T>& options = {}) {
  detail::hall_population_run(pop, intakes, 0, days, out, options);
}

/// As above with a day-major intake table: `intake_table[d * n + i]` is person i's intake on
/// day d (days x n values).
template <real T>
void simulate_population_table(const hall_population<T>& pop,
                               std::span<const energy_rate<T>> intake_table, int days,
                               const hall_population_output<T>& out,
                               const hall_batch_options<T>& options = {}) {
  detail::hall_population_run(pop, intake_table, pop.body_masses.size(), days, out, options);
}

}  // namespace physique::energy
