// SPDX-License-Identifier: MIT
// The page: reads the form, calls the planner compiled to WebAssembly (physique_web.cpp) and
// renders its JSON. Nothing leaves the browser. `?build=noexcept` loads the module built with
// -fno-exceptions.
'use strict';

const POUND_KG = 0.45359237; // exact (International Yard and Pound Agreement, 1959)

// ---- the WebAssembly module ---------------------------------------------------------------

const variant =
  new URLSearchParams(location.search).get('build') === 'noexcept'
    ? 'physique_web_noexcept'
    : 'physique_web';

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = resolve;
    s.onerror = () => reject(new Error('cannot load ' + src));
    document.head.appendChild(s);
  });
}

// Download and compile the module while the glue script loads; the compiled module is kept
// for fresh instances.
let compiled = null;
const compiling = WebAssembly.compileStreaming(fetch(variant + '.wasm')).then((m) => {
  compiled = m;
  return m;
});
let instance = null;

// A new instance of the module. Under -fno-exceptions invalid input aborts the instance after
// the error handler has reported it, so the page then starts another from the same compiled
// code (no new download or compilation).
async function freshInstance() {
  return createPhysique({
    instantiateWasm(imports, done) {
      compiling
        .then((m) => WebAssembly.instantiate(m, imports))
        .then((inst) => done(inst, compiled));
      return {};
    },
    print: () => {},
    printErr: () => {},
  });
}

// Calls an exported function that returns JSON. An error comes back as {error: {parameter,
// message}}: from the JSON itself (exceptions), or recorded by the error handler before the
// abort (-fno-exceptions).
async function call(name, types, args) {
  if (!instance) instance = await freshInstance();
  try {
    return JSON.parse(instance.ccall(name, 'string', types, args));
  } catch (e) {
    const reported = instance.physiqueError;
    instance = null;
    if (!reported) throw e;
    return { error: reported };
  }
}

// ---- the form ----------------------------------------------------------------------------

const $ = (id) => document.getElementById(id);
const imperial = () => document.querySelector('input[name="units"]:checked').value === 'imperial';
const number = (id) => $(id).valueAsNumber; // NaN when empty or not a number
const whole = (id) => {
  const v = $(id).valueAsNumber;
  return Number.isFinite(v) ? Math.trunc(v) : 0;
};

// The library's parameter names, mapped to the field whose error line shows the message.
const FIELD_OF = {
  sex: 'sex',
  age: 'age',
  height: 'height',
  height_unit: 'height',
  body_mass: 'weight',
  weight_unit: 'weight',
  fat_percent: 'body-fat',
  goal: 'goal',
  weekly_rate_percent: 'rate',
  physical_activity_level: 'pal',
  meals_per_day: 'meals',
  equipment: 'equipment',
  days_per_week: 'days',
  weeks: 'weeks',
  year: 'start',
  month: 'start',
  day: 'start',
  load: 'load',
  unit: 'load',
  reps: 'reps',
  rpe: 'rpe',
  target_reps: 'target-reps',
  target_rpe: 'target-rpe',
};

function clearErrors() {
  for (const p of document.querySelectorAll('.error')) {
    p.hidden = true;
    p.textContent = '';
  }
  for (const i of document.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
}

function showError(error) {
  const field = FIELD_OF[error.parameter];
  const line = (field && $(field + '-error')) || $('form-error');
  line.textContent = error.message;
  line.hidden = false;
  line.setAttribute('role', 'alert');
  const input = field && document.querySelector(`[aria-describedby~="${field}-error"]`);
  if (input) input.setAttribute('aria-invalid', 'true');
}

function nextMonday() {
  const d = new Date();
  const back = (d.getDay() + 6) % 7; // days since Monday
  d.setDate(d.getDate() + (back === 0 ? 0 : 7 - back));
  return d.toISOString().slice(0, 10);
}

function setUnits() {
  const imp = imperial();
  for (const e of document.querySelectorAll('.metric')) e.hidden = imp;
  for (const e of document.querySelectorAll('.imperial')) e.hidden = !imp;
  for (const e of document.querySelectorAll('.unit-mass')) e.textContent = imp ? 'lb' : 'kg';
}

function planArguments() {
  const imp = imperial();
  const feet = imp ? number('height-ft') : 0;
  const height = imp ? number('height-in') : number('height-cm');
  const equipment = [...document.querySelectorAll('input[name="equipment"]:checked')]
    .map((c) => c.value)
    .join(',');
  const [y, m, d] = ($('start').value || '0-0-0').split('-').map(Number);
  return [
    $('sex').value, number('age'), feet, height, imp ? 'in' : 'cm', number('weight'),
    imp ? 'lb' : 'kg', $('goal').value, number('rate'), number('body-fat'), equipment,
    whole('days'), whole('weeks'), number('pal'), whole('meals'), y, m, d,
  ];
}
const PLAN_TYPES = ['string', 'number', 'number', 'number', 'string', 'number', 'string', 'string',
  'number', 'number', 'string', 'number', 'number', 'number', 'number', 'number', 'number',
  'number'];

function strengthArguments() {
  const target = $('target-reps').value === '' ? 0 : whole('target-reps');
  return [number('load'), imperial() ? 'lb' : 'kg', whole('reps'), number('rpe'), target,
    number('target-rpe')];
}
const STRENGTH_TYPES = ['number', 'string', 'number', 'number', 'number', 'number'];

// ---- rendering ---------------------------------------------------------------------------

// An element with text; `field` names the JSON member it shows (checked by the browser test).
function el(tag, text, field, decimals) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (field) {
    e.dataset.field = field;
    e.dataset.decimals = String(decimals);
  }
  return e;
}
const fixed = (v, d) => Number(v).toFixed(d);

// A number from the plan, shown with `d` decimals; masses follow the units setting.
function num(v, field, d, isMass) {
  if (isMass && imperial()) {
    const e = el('span', fixed(v / POUND_KG, d), field, d);
    e.dataset.unit = 'lb';
    return e;
  }
  return el('span', fixed(v, d), field, d);
}
const massUnit = () => (imperial() ? 'lb' : 'kg');

function line(...parts) {
  const p = document.createElement('p');
  for (const x of parts) p.append(x);
  return p;
}

function table(caption, header, rows) {
  const t = document.createElement('table');
  if (caption) t.append(el('caption', caption));
  const head = t.createTHead().insertRow();
  for (const h of header) {
    const th = el('th', h);
    th.scope = 'col';
    head.append(th);
  }
  const body = t.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const c of r) {
      const td = tr.insertCell();
      td.append(c);
    }
  }
  const wrap = document.createElement('div');
  wrap.className = 'scroll';
  wrap.append(t);
  return wrap;
}

function citation(s) {
  if (!s || !s.authors) return '';
  let text = `${s.authors} (${s.year}). ${s.title}. ${s.venue}`;
  if (s.locator) text += `, ${s.locator}`;
  const span = el('span', text + '.');
  if (s.doi) {
    const a = el('a', ` doi:${s.doi}`);
    a.href = 'https://doi.org/' + s.doi;
    a.rel = 'noreferrer';
    span.append(a);
  }
  return span;
}

function renderBody(p) {
  const b = p.body;
  const e = p.expenditure;
  const out = $('body');
  out.replaceChildren(
    line(`${p.input.sex}, ${fixed(b.age_years, 0)} y, `, num(b.height_cm, 'body.height_cm', 1),
      ' cm, ', num(b.body_mass_kg, 'body.body_mass_kg', 1, true), ` ${massUnit()}, BMI `,
      num(b.body_mass_index, 'body.body_mass_index', 1)),
    line('Body fat ', num(b.fat_percent, 'body.fat_percent', 1), ` % (${b.method_name}): fat `,
      num(b.fat_mass_kg, 'body.fat_mass_kg', 1, true), ` ${massUnit()}, fat-free `,
      num(b.fat_free_mass_kg, 'body.fat_free_mass_kg', 1, true), ` ${massUnit()}`),
    line(`Resting (${e.equation_name}): `, num(e.resting_kcal_per_day,
      'expenditure.resting_kcal_per_day', 0), ' kcal/d; PAL ',
      num(e.physical_activity_level, 'expenditure.physical_activity_level', 2),
      e.pal_category ? ` (${e.pal_category})` : '', '; total ',
      num(e.total_kcal_per_day, 'expenditure.total_kcal_per_day', 0), ' kcal/d'));
}

function renderNutrition(p) {
  const n = p.nutrition;
  const out = $('nutrition');
  const change = n.weekly_change_kg;
  out.replaceChildren(
    line('Target ', num(n.target_kcal_per_day, 'nutrition.target_kcal_per_day', 0),
      ` kcal/d (${n.energy_goal}, `, num(n.weekly_rate_percent, 'nutrition.weekly_rate_percent',
        2), ' % of body mass a week = ', num(change, 'nutrition.weekly_change_kg', 2, true),
      ` ${massUnit()}/wk; balance `, num(n.balance_kcal_per_day,
        'nutrition.balance_kcal_per_day', 0), ' kcal/d)'),
    table(`${n.preset_name}: protein ${fixed(n.protein_g_per_kg, 2)} g/kg, fat ` +
      `${fixed(100 * n.fat_share, 0)} % of energy`, ['macronutrient', 'g/d', 'kcal/d'], [
      ['protein', num(n.protein_g, 'nutrition.protein_g', 0), fixed(4 * n.protein_g, 0)],
      ['fat', num(n.fat_g, 'nutrition.fat_g', 0), fixed(9 * n.fat_g, 0)],
      ['carbohydrate', num(n.carbohydrate_g, 'nutrition.carbohydrate_g', 0),
        fixed(4 * n.carbohydrate_g, 0)],
      ['total', '', num(n.macro_kcal_per_day, 'nutrition.macro_kcal_per_day', 0)],
    ]),
    line(`Protein per meal: ${n.meals} meals x `, num(n.protein_per_meal_g,
      'nutrition.protein_per_meal_g', 1), ' g (', num(n.protein_per_meal_g_per_kg,
      'nutrition.protein_per_meal_g_per_kg', 2), ' g/kg)'),
    line('Sources: target ', citation(n.target_source), ' Protein ', citation(n.protein_source),
      ' Fat ', citation(n.fat_source), ' Meals ', citation(n.meal_source)));
}

function loadText(x, field) {
  if (x.load_kind === 'bodyweight' || (x.load_kg === 0 && x.load_kind !== 'band')) {
    const s = el('span', 'bodyweight');
    s.append(el('span', '', field, 1)); // the load is zero: an empty marker keeps it checked
    s.lastChild.dataset.value = '0';
    return s;
  }
  const s = document.createElement('span');
  s.append(num(x.load_kg, field, 1, true), ` ${massUnit()}`);
  if (x.load_kind === 'per_hand') s.append(' each');
  if (x.load_kind === 'added') s.append(' added');
  if (x.load_kind === 'band') s.append(' band assistance');
  return s;
}

function renderSchedule(p) {
  const out = $('schedule');
  const parts = [];
  p.schedule.sessions.forEach((s, i) => {
    const rows = s.exercises.map((x, j) => {
      const f = `schedule.sessions.${i}.exercises.${j}`;
      const reps = el('span');
      reps.append(num(x.reps_min, `${f}.reps_min`, 0), '-', num(x.reps_max, `${f}.reps_max`, 0),
        x.per_side ? '/side' : '');
      const name = el('span', x.name, `${f}.exercise`);
      name.dataset.decimals = '';
      name.dataset.text = x.exercise;
      return [name, num(x.sets, `${f}.sets`, 0), reps, loadText(x, `${f}.load_kg`),
        x.tempo || '-', num(x.rest_seconds, `${f}.rest_seconds`, 0)];
    });
    parts.push(table(s.day_name, ['exercise', 'sets', 'reps', 'load', 'tempo', 'rest s'], rows));
  });
  const sch = p.schedule;
  parts.push(line(`${sch.back_sets_per_week} back sets a week; deload every ` +
    `${sch.deload_every_weeks} weeks.`));
  out.replaceChildren(...parts);

  const weeks = p.progression.weeks;
  const names = weeks.length ? weeks[0].exercises.map((x) => x.name) : [];
  const rows = weeks.map((w, i) => [
    `${w.week}${w.deload ? ' (deload)' : ''}`,
    ...w.exercises.map((x, j) => {
      const f = `progression.weeks.${i}.exercises.${j}`;
      const c = el('span');
      c.append(num(x.sets, `${f}.sets`, 0), ' x ', num(x.reps_min, `${f}.reps_min`, 0), '-',
        num(x.reps_max, `${f}.reps_max`, 0), ' @ ', num(x.load_kg, `${f}.load_kg`, 1, true));
      return c;
    }),
  ]);
  $('progression').replaceChildren(table(`sets x reps @ load (${massUnit()})`,
    ['week', ...names], rows));
}

function renderProjection(p) {
  const rows = p.projection.map((r, i) => [
    num(r.week, `projection.${i}.week`, 0),
    num(r.body_mass_kg, `projection.${i}.body_mass_kg`, 1, true),
    num(r.fat_mass_kg, `projection.${i}.fat_mass_kg`, 1, true),
    num(r.fat_free_mass_kg, `projection.${i}.fat_free_mass_kg`, 1, true),
    num(r.static_body_mass_kg, `projection.${i}.static_body_mass_kg`, 1, true),
    num(r.intake_kcal_per_day, `projection.${i}.intake_kcal_per_day`, 0),
  ]);
  const u = massUnit();
  $('projection').replaceChildren(table('', ['week', `weight ${u}`, `fat ${u}`,
    `fat-free ${u}`, `static rule ${u}`, 'intake kcal/d'], rows));
  drawChart(p.projection);
}

// ---- the interactive chart ---------------------------------------------------------------

const SVG = 'http://www.w3.org/2000/svg';
function svgEl(tag, attrs, text) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

function niceRange(lo, hi) {
  if (hi - lo < 1e-9) {
    lo -= 1;
    hi += 1;
  }
  const raw = (hi - lo) / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((k) => k * mag).find((s) => s >= raw);
  return { lo: Math.floor(lo / step) * step, hi: Math.ceil(hi / step) * step, step };
}

let chartState = null;

// Two panels over the weeks: body weight by the dynamic model and by the static rule, and the
// change of fat and fat-free mass from the start. The week slider (or the pointer) moves a
// marker and reads the values out.
function drawChart(rows) {
  const k = imperial() ? 1 / POUND_KG : 1;
  const u = massUnit();
  // As wide as the space it has (within 360-640 units), so its text stays readable on phones.
  const W = Math.round(Math.max(360, Math.min(640, $('chart').clientWidth || 640)));
  const H = 420;
  const left = 56;
  const right = 16;
  const panels = [
    { top: 52, height: 140, title: `Body weight (${u})`, series: [
      { name: 'dynamic model', colour: '#1f5fa8', dash: '', y: (r) => r.body_mass_kg * k },
      { name: 'static rule', colour: '#b5462f', dash: '6 4', y: (r) => r.static_body_mass_kg * k },
    ] },
    { top: 262, height: 110, title: `Change from the start (${u})`, series: [
      { name: 'fat', colour: '#c98a00', dash: '', y: (r) => (r.fat_mass_kg - rows[0].fat_mass_kg) * k },
      { name: 'fat-free', colour: '#2f8a4f', dash: '', y: (r) => (r.fat_free_mass_kg - rows[0].fat_free_mass_kg) * k },
    ] },
  ];
  const weeks = rows.map((r) => r.week);
  const maxWeek = Math.max(...weeks, 1);
  const x = (w) => left + ((W - left - right) * w) / maxWeek;
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img',
    'aria-labelledby': 'chart-title', class: 'projection-chart' });
  svg.append(svgEl('title', { id: 'chart-title' },
    'Projected body weight, fat and fat-free mass by week, dynamic model against static rule'));
  svg.append(svgEl('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }));
  for (const p of panels) {
    const values = rows.flatMap((r) => p.series.map((s) => s.y(r)));
    const range = niceRange(Math.min(...values), Math.max(...values));
    const y = (v) => p.top + p.height - (p.height * (v - range.lo)) / (range.hi - range.lo);
    p.yOf = y;
    svg.append(svgEl('text', { x: 8, y: p.top - 30, class: 'panel-title' }, p.title));
    for (let v = range.lo; v <= range.hi + 1e-9; v += range.step) {
      svg.append(svgEl('line', { x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'grid' }));
      svg.append(svgEl('text', { x: left - 6, y: y(v) + 4, class: 'tick', 'text-anchor': 'end' },
        fixed(v, range.step < 1 ? 1 : 0)));
    }
    let lx = left;
    for (const s of p.series) {
      const pts = rows.map((r) => `${x(r.week).toFixed(1)},${y(s.y(r)).toFixed(1)}`).join(' ');
      svg.append(svgEl('polyline', { points: pts, fill: 'none', stroke: s.colour,
        'stroke-width': 2.5, 'stroke-dasharray': s.dash }));
      svg.append(svgEl('line', { x1: lx, x2: lx + 22, y1: p.top - 12, y2: p.top - 12,
        stroke: s.colour, 'stroke-width': 2.5, 'stroke-dasharray': s.dash }));
      svg.append(svgEl('text', { x: lx + 26, y: p.top - 8, class: 'tick' }, s.name));
      lx += 150;
    }
  }
  const tickEvery = Math.max(1, Math.ceil(maxWeek / Math.floor(W / 50)));
  for (let w = 0; w <= maxWeek; w += tickEvery) {
    svg.append(svgEl('text', { x: x(w), y: H - 18, class: 'tick', 'text-anchor': 'middle' }, w));
  }
  svg.append(svgEl('text', { x: (left + W - right) / 2, y: H - 2, class: 'tick',
    'text-anchor': 'middle' }, 'week'));
  const marker = svgEl('line', { y1: 40, y2: H - 32, class: 'marker' });
  svg.append(marker);
  svg.addEventListener('pointermove', (ev) => {
    const box = svg.getBoundingClientRect();
    const sx = ((ev.clientX - box.left) / box.width) * W;
    const w = Math.round(((sx - left) / (W - left - right)) * maxWeek);
    selectWeek(Math.min(Math.max(w, 0), maxWeek));
  });
  $('chart').replaceChildren(svg);
  chartState = { rows, marker, x, k, u };
  const slider = $('week');
  slider.max = String(maxWeek);
  slider.value = String(Math.min(Number(slider.value), maxWeek));
  selectWeek(Number(slider.value));
}

function selectWeek(w) {
  if (!chartState) return;
  const { rows, marker, x, k, u } = chartState;
  const r = rows.find((row) => row.week === w) || rows[rows.length - 1];
  marker.setAttribute('x1', x(r.week));
  marker.setAttribute('x2', x(r.week));
  $('week').value = String(r.week);
  $('week-readout').textContent = `Week ${r.week}: ${fixed(r.body_mass_kg * k, 1)} ${u} ` +
    `(static rule ${fixed(r.static_body_mass_kg * k, 1)} ${u}), fat ` +
    `${fixed(r.fat_mass_kg * k, 1)} ${u}, fat-free ${fixed(r.fat_free_mass_kg * k, 1)} ${u}`;
}

function renderStrength(s) {
  const out = $('strength');
  if (s.error) {
    out.replaceChildren(line('No estimate: see the error in the form.'));
    return;
  }
  const u = s.unit;
  const header = ['formula', `1RM ${u}`];
  if (s.target_reps) header.push(`load for ${s.target_reps} reps`);
  header.push('validity', 'source');
  const rows = s.formulas.map((f, i) => {
    const r = [f.name, el('span', fixed(f.one_rep_max, 1), `formulas.${i}.one_rep_max`, 1)];
    if (s.target_reps) {
      r.push(el('span', fixed(f.load_for_target_reps, 1), `formulas.${i}.load_for_target_reps`, 1));
    }
    r.push(f.inside ? 'inside the derivation sample' : 'reps outside the derivation sample',
      citation(f.source));
    return r;
  });
  const parts = [table(`Set: ${fixed(s.set.load, 1)} ${u} x ${s.set.reps}` +
    (s.set.rpe !== undefined ? ` @ RPE ${fixed(s.set.rpe, 1)}` : ''), header, rows)];
  if ('rpe_chart_one_rep_max' in s) {
    parts.push(line('RPE chart (Tuchscherer 2008): e1RM ', s.rpe_chart_one_rep_max === null
      ? 'outside the chart (reps 1-12, RPE 6-10)'
      : el('span', fixed(s.rpe_chart_one_rep_max, 1), 'rpe_chart_one_rep_max', 1), ` ${u}`));
  }
  if ('rpe_chart_load' in s) {
    parts.push(line(`Load for ${s.target_reps} @ RPE ${fixed(s.target_rpe, 1)}: `,
      s.rpe_chart_load === null ? 'outside the chart'
        : el('span', fixed(s.rpe_chart_load, 1), 'rpe_chart_load', 1), ` ${u}`));
  }
  for (const e of parts[0].querySelectorAll('[data-field]')) e.dataset.source = 'strength';
  for (const p of parts.slice(1)) {
    for (const e of p.querySelectorAll('[data-field]')) e.dataset.source = 'strength';
  }
  out.replaceChildren(...parts);
}

function renderFindings(p) {
  const list = document.createElement('ul');
  for (const f of p.findings) {
    const li = el('li');
    li.dataset.code = f.code;
    li.append(el('strong', `${f.module}: `), f.message,
      ` (${fixed(f.value, 2)} ${f.unit} against ${fixed(f.limit, 2)} ${f.unit}). `,
      citation(f.source));
    list.append(li);
  }
  $('findings').replaceChildren(p.findings.length ? list : line('No findings.'));
}

// ---- putting it together -----------------------------------------------------------------

async function makePlan() {
  clearErrors();
  const started = performance.now();
  const plan = await call('physique_web_plan', PLAN_TYPES, planArguments());
  const strength = await call('physique_web_strength', STRENGTH_TYPES, strengthArguments());
  const computed = performance.now();
  if (strength.error) showError(strength.error);
  if (plan.error) {
    showError(plan.error);
    $('status').textContent = 'Fix the marked field to make a plan.';
    document.body.dataset.state = 'error';
    return;
  }
  renderBody(plan);
  renderNutrition(plan);
  renderSchedule(plan);
  renderProjection(plan);
  renderStrength(strength);
  renderFindings(plan);
  $('library-chart').replaceChildren();
  if ($('library-chart').parentElement.open) await showLibrarySvg();
  $('results').hidden = false;
  const now = performance.now();
  $('status').textContent = `Plan ready (${fixed(now - started, 0)} ms).`;
  Object.assign(window.physiqueTiming, { planReady: now, computeMs: computed - started,
    renderMs: now - computed });
  document.body.dataset.state = strength.error ? 'error' : 'ready';
}

// The planner's own chart of the last plan (SVG text, parsed as XML, never as HTML).
async function showLibrarySvg() {
  if (!instance) instance = await freshInstance();
  const text = instance.ccall('physique_web_plan_svg', 'string', [], []);
  const holder = $('library-chart');
  holder.replaceChildren();
  if (text) {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    holder.append(document.importNode(doc.documentElement, true));
  }
}

async function main() {
  window.physiqueTiming = { started: performance.now() };
  $('start').value = nextMonday();
  for (const r of document.querySelectorAll('input[name="units"]')) {
    r.addEventListener('change', () => {
      convertInputs();
      setUnits();
      makePlan();
    });
  }
  $('library-chart').parentElement.addEventListener('toggle', (ev) => {
    if (ev.target.open && !$('library-chart').firstChild) showLibrarySvg();
  });
  let resizing = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => chartState && drawChart(chartState.rows), 100);
  });
  $('week').addEventListener('input', () => selectWeek(Number($('week').value)));
  $('plan-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    makePlan();
  });
  await Promise.all([loadScript(variant + '.js'), compiling]);
  instance = await freshInstance();
  window.physiqueTiming.moduleReady = performance.now();
  await makePlan();
}

// Switching units keeps the person: the numbers in the form are converted.
function convertInputs() {
  const toImperial = imperial();
  const conv = (id, f) => {
    const v = number(id);
    if (Number.isFinite(v)) $(id).value = String(Math.round(f(v) * 10) / 10);
  };
  if (toImperial) {
    const totalIn = number('height-cm') / 2.54;
    if (Number.isFinite(totalIn)) {
      $('height-ft').value = String(Math.floor(totalIn / 12));
      $('height-in').value = String(Math.round((totalIn % 12) * 10) / 10);
    }
    conv('weight', (kg) => kg / POUND_KG);
    conv('load', (kg) => kg / POUND_KG);
  } else {
    const cm = (number('height-ft') * 12 + number('height-in')) * 2.54;
    if (Number.isFinite(cm)) $('height-cm').value = String(Math.round(cm * 10) / 10);
    conv('weight', (lb) => lb * POUND_KG);
    conv('load', (lb) => lb * POUND_KG);
  }
}

main().catch((e) => {
  $('status').textContent = 'The planner could not start: ' + e.message;
  document.body.dataset.state = 'failed';
});
