#!/usr/bin/env python3
"""Speed of the Python bindings (physique's Python module must be importable, e.g.
PYTHONPATH=build/python/site):

1. the Python population batch, 100,000 people x 365 days, against the C++ batch on the
   same population (Google Benchmark BM_hall_population<double>/100000/365/1 of
   bench/energy_dynamics.cpp; pass its executable with --cpp);
2. Dask: 1,000,000 people x 365 days on a LocalCluster of two worker processes (the people
   read on the workers from .npy partitions) against one process;
3. the overhead of one scalar call (Mifflin-St Jeor).

Single-thread figures are CPU times (process_time here, cpu_time of Google Benchmark), so
other jobs on the machine do not inflate them; the Dask figures are wall-clock times.

Usage: PYTHONPATH=build/python/site /usr/bin/python3 bench/python_bindings.py \
           --cpp build/bench/bench/physique_bench_energy_dynamics
"""

import argparse
import json
import os
import subprocess
import tempfile
import time
import timeit

import numpy as np
import pandas as pd

import physique as ph
from physique import population


def bench_population(n):
    """The population of bench/energy_dynamics.cpp, computed with the same double operations."""
    i = np.arange(n, dtype=np.int64)
    u = (i % 101).astype(np.float64) / 101.0
    return dict(
        sex=(i % 2).astype(np.uint8),  # even = male
        age_years=20.0 + 50.0 * u,
        height_m=1.55 + 0.35 * u,
        body_mass_kg=60.0 + 60.0 * ((i * 13) % 97).astype(np.float64) / 97.0,
        physical_activity_level=1.4 + 0.6 * u,
        intake_kcal_per_day=1900.0 + ((i * 37) % 1000).astype(np.float64),
    )


def best_of(fn, repeat, clock=time.perf_counter):
    times = []
    for _ in range(repeat):
        t0 = clock()
        fn()
        times.append(clock() - t0)
    return min(times)


def python_batch_seconds(n, days, repeat):
    p = bench_population(n)
    return best_of(lambda: ph.simulate_population(
        p["sex"], p["age_years"], p["body_mass_kg"], p["physical_activity_level"], days=days,
        height_m=p["height_m"], intake_kcal_per_day=p["intake_kcal_per_day"]), repeat,
        clock=time.process_time)


def cpp_batch_seconds(exe, n, days, repeat):
    name = f"BM_hall_population<double>/people:{n}/days:{days}/threads:1/real_time"
    out = subprocess.run([exe, f"--benchmark_filter=^{name}$", "--benchmark_format=json",
                          f"--benchmark_repetitions={repeat}"],
                         check=True, capture_output=True, text=True).stdout
    runs = [b for b in json.loads(out)["benchmarks"] if b.get("run_type") == "iteration"]
    if not runs:
        raise SystemExit(f"benchmark {name} not found in {exe}")
    scale = {"ms": 1e-3, "us": 1e-6, "ns": 1e-9, "s": 1.0}
    return min(b["cpu_time"] * scale[b["time_unit"]] for b in runs)


def people_frame(n, seed=2026):
    rng = np.random.default_rng(seed)
    height = rng.uniform(150, 195, n)
    return pd.DataFrame({
        "sex": (rng.random(n) < 0.5).astype(np.uint8),
        "age_years": rng.uniform(20, 75, n),
        "height_cm": height,
        "body_mass_kg": rng.uniform(19, 35, n) * (height / 100) ** 2,
        "physical_activity_level": rng.uniform(1.4, 2.0, n),
    })


def _cpu_seconds():
    return time.process_time()


def dask_seconds(n, partitions, repeat):
    """Wall-clock seconds of one process and of a 2-worker LocalCluster, and the CPU
    seconds of one process and of the busiest worker during the cluster run (on a machine
    shared with other jobs the wall clock depends on their load; the CPU figures do not)."""
    import distributed

    scenario = population.Scenario(days=365, intake_change_kcal_per_day=-200.0)
    people = people_frame(n)
    single = best_of(lambda: population.run(people, scenario), repeat)
    single_cpu = best_of(lambda: population.run(people, scenario), repeat, clock=time.process_time)
    with tempfile.TemporaryDirectory() as tmp:
        size = -(-n // partitions)
        for k in range(partitions):
            part = people.iloc[k * size:(k + 1) * size]
            np.save(os.path.join(tmp, f"people-{k:03d}.npy"), part.to_records(index=False))
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:
            job = lambda: population.run_dask(os.path.join(tmp, "people-*.npy"),  # noqa: E731
                                              scenario).compute()
            job()  # warm the workers (imports)
            walls, busiest, total = [], [], []
            for _ in range(repeat):
                before = client.run(_cpu_seconds)
                t0 = time.perf_counter()
                job()
                walls.append(time.perf_counter() - t0)
                after = client.run(_cpu_seconds)
                busiest.append(max(after[w] - before[w] for w in after))
                total.append(sum(after[w] - before[w] for w in after))
    return single, min(walls), single_cpu, min(busiest), min(total)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cpp", help="the physique_bench_energy_dynamics executable")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--people", type=int, default=100_000)
    ap.add_argument("--dask-people", type=int, default=1_000_000)
    ap.add_argument("--dask-partitions", type=int, default=8)
    ap.add_argument("--skip-dask", action="store_true")
    a = ap.parse_args()

    # CPU time of this process (time.process_time): robust on a machine shared with other
    # jobs. The batch runs on one thread, so its CPU time is its duration on an idle core.
    per_call = min(timeit.repeat(lambda: ph.mifflin_st_jeor("male", 30.0, 180.0, 80.0),
                                 number=100_000, repeat=a.repeat,
                                 timer=time.process_time)) / 100_000
    per_call_kw = min(timeit.repeat(
        lambda: ph.mifflin_st_jeor(sex="male", age_years=30.0, height_cm=180.0,
                                   body_mass_kg=80.0), number=100_000, repeat=a.repeat,
        timer=time.process_time)) / 100_000
    print(f"scalar call, mifflin_st_jeor positional: {per_call * 1e6:.3f} us "
          f"(keywords: {per_call_kw * 1e6:.3f} us)")

    py = python_batch_seconds(a.people, 365, a.repeat)
    print(f"Python batch, {a.people} people x 365 days: {py * 1e3:.1f} ms "
          f"({a.people / py / 1e6:.2f} M person-years/s)")
    if a.cpp:
        cpp = cpp_batch_seconds(a.cpp, a.people, 365, a.repeat)
        print(f"C++ batch, same population:              {cpp * 1e3:.1f} ms -> "
              f"Python / C++ = {py / cpp:.3f}")

    if not a.skip_dask:
        single, cluster, single_cpu, worker_cpu, workers_cpu = dask_seconds(a.dask_people, a.dask_partitions,
                                                               max(1, a.repeat // 2))
        print(f"Dask, {a.dask_people} people x 365 days, wall clock: one process {single:.2f} s, "
              f"LocalCluster 2 worker processes {cluster:.2f} s -> speed-up {single / cluster:.2f}x"
              f" ({a.dask_people / cluster / 1e6:.2f} M person-years/s)")
        print(f"  CPU: one process {single_cpu:.2f} s, busiest of the 2 workers {worker_cpu:.2f} s"
              f" (both workers {workers_cpu:.2f} s) -> speed-up on two idle cores "
              f"{single_cpu / worker_cpu:.2f}x")
        print(f"  load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
