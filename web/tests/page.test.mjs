// SPDX-License-Identifier: MIT
// The web page in headless Chromium, for both WebAssembly builds (with exceptions and with
// -fno-exceptions): on generated inputs every number the page shows equals the command-line
// tool's `--json` output at the page's precision; invalid input shows the library's message
// next to its field; the page works from the keyboard and at phone width; screenshots at two
// widths have a chart with content.
//
// Needs the built page (cmake --workflow --preset web) and the tool (build/dev/examples/
// physique). Environment: PHYSIQUE_WEB_DIR, PHYSIQUE_CLI, PHYSIQUE_SCREENSHOTS, CHROMIUM.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

import { serve } from '../serve.mjs';
import { launch } from './browser.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SITE = resolve(process.env.PHYSIQUE_WEB_DIR || join(ROOT, 'build/wasm/web'));
const CLI = resolve(process.env.PHYSIQUE_CLI || join(ROOT, 'build/dev/examples/physique'));
const SHOTS = resolve(process.env.PHYSIQUE_SCREENSHOTS || join(ROOT, 'build/wasm/screenshots'));
const POUND_KG = 0.45359237;
const INPUTS = 24;

// ---- generated inputs ----------------------------------------------------------------------

// A small deterministic generator (mulberry32), so a failure names a reproducible input.
function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EQUIPMENT = ['pull_up_bar', 'dumbbell', 'bench', 'barbell', 'kettlebell', 'cable',
  'machine', 'band', 'rings', 'back_extension_bench'];
const GOALS = ['lose_fat', 'recomposition', 'build_muscle'];

function makeInputs(n) {
  const r = generator(20261206);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const between = (lo, hi, step) => lo + step * Math.floor((r() * (hi - lo)) / step + 0.5);
  const out = [];
  for (let i = 0; i < n; i++) {
    const imperial = i % 2 === 1;
    const goal = GOALS[i % 3];
    const input = {
      imperial,
      sex: pick(['male', 'female']),
      age: between(18, 70, 1),
      goal,
      rate: goal !== 'recomposition' && r() < 0.5 ? between(0.1, 1.0, 0.05).toFixed(2) : '',
      bodyFat: r() < 0.4 ? between(10, 35, 0.5).toFixed(1) : '',
      equipment: EQUIPMENT.filter(() => r() < 0.35),
      days: between(1, 7, 1),
      weeks: between(1, 26, 1),
      pal: r() < 0.5 ? between(1.4, 2.2, 0.05).toFixed(2) : '',
      meals: between(2, 6, 1),
      start: new Date(Date.UTC(2026, 0, 5 + 7 * between(0, 60, 1))).toISOString().slice(0, 10),
      reps: between(1, 12, 1),
      rpe: r() < 0.7 ? between(6, 10, 0.5).toFixed(1) : '',
      targetReps: r() < 0.7 ? String(between(1, 10, 1)) : '',
    };
    input.targetRpe = input.rpe && input.targetReps ? between(6, 10, 0.5).toFixed(1) : '';
    if (imperial) {
      input.heightFt = between(4, 6, 1);
      input.heightIn = between(0, 11.5, 0.5);
      input.weight = between(110, 290, 0.5).toFixed(1);
      input.load = between(45, 400, 2.5).toFixed(1);
    } else {
      input.height = between(150, 200, 0.5).toFixed(1);
      input.weight = between(48, 130, 0.1).toFixed(1);
      input.load = between(20, 200, 0.5).toFixed(1);
    }
    out.push(input);
  }
  return out;
}

// ---- the command-line tool -------------------------------------------------------------------

// The tool's JSON, or {error: message} when it rejects the input (exit code 1).
function cli(args) {
  try {
    const out = execFileSync(CLI, [...args, '--json'], { encoding: 'utf8', stdio: 'pipe' });
    return JSON.parse(out);
  } catch (e) {
    if (e.status !== 1) throw e;
    return { error: e.stderr.split('\n')[0] };
  }
}

function cliPlan(x) {
  const args = ['plan', '--sex', x.sex, '--age', String(x.age), '--goal', x.goal,
    '--days', String(x.days), '--weeks', String(x.weeks), '--meals', String(x.meals),
    '--start', x.start];
  if (x.imperial) {
    args.push('--height', `${x.heightFt}ft${x.heightIn}in`, '--weight', `${x.weight}lb`);
  } else {
    args.push('--height', `${x.height}cm`, '--weight', `${x.weight}kg`);
  }
  if (x.rate) args.push('--rate', x.rate);
  if (x.bodyFat) args.push('--body-fat', x.bodyFat);
  if (x.pal) args.push('--pal', x.pal);
  if (x.equipment.length) args.push('--equipment', x.equipment.join(','));
  return cli(args);
}

function cliStrength(x) {
  const args = ['strength', '--load', `${x.load}${x.imperial ? 'lb' : 'kg'}`, '--reps',
    String(x.reps)];
  if (x.rpe) args.push('--rpe', x.rpe);
  if (x.targetReps) args.push('--target-reps', x.targetReps);
  if (x.targetRpe) args.push('--target-rpe', x.targetRpe);
  return cli(args);
}

// ---- the page ----------------------------------------------------------------------------

// Submits the form and waits until the page has answered.
async function submit(page) {
  await page.evaluate(() => {
    document.body.dataset.state = 'busy';
  });
  await page.click('#make-plan');
  await page.waitForFunction(() => document.body.dataset.state !== 'busy');
}

async function fillForm(page, x) {
  const units = x.imperial ? 'imperial' : 'metric';
  const current = await page.$eval('input[name="units"]:checked', (e) => e.value);
  if (current !== units) {
    // Switching units converts the form and makes a plan: wait for it.
    await page.evaluate(() => {
      document.body.dataset.state = 'busy';
    });
    await page.check(`input[name="units"][value="${units}"]`);
    await page.waitForFunction(() => document.body.dataset.state !== 'busy');
  }
  await page.selectOption('#sex', x.sex);
  await page.fill('#age', String(x.age));
  if (x.imperial) {
    await page.fill('#height-ft', String(x.heightFt));
    await page.fill('#height-in', String(x.heightIn));
  } else {
    await page.fill('#height-cm', x.height);
  }
  await page.fill('#weight', x.weight);
  await page.fill('#body-fat', x.bodyFat);
  await page.selectOption('#goal', x.goal);
  await page.fill('#rate', x.rate);
  await page.fill('#pal', x.pal);
  await page.fill('#meals', String(x.meals));
  for (const e of EQUIPMENT) {
    await page.setChecked(`input[name="equipment"][value="${e}"]`, x.equipment.includes(e));
  }
  await page.fill('#days', String(x.days));
  await page.fill('#weeks', String(x.weeks));
  await page.fill('#start', x.start);
  await page.fill('#load', x.load);
  await page.fill('#reps', String(x.reps));
  await page.fill('#rpe', x.rpe);
  await page.fill('#target-reps', x.targetReps);
  await page.fill('#target-rpe', x.targetRpe);
}

// Every number the page shows with the JSON member it comes from.
function shownNumbers(page) {
  return page.$$eval('[data-field]', (els) =>
    els.map((e) => ({
      field: e.dataset.field,
      text: e.dataset.text ?? e.textContent,
      decimals: e.dataset.decimals,
      unit: e.dataset.unit,
      value: e.dataset.value,
      source: e.dataset.source || 'plan',
    })));
}

function member(json, path) {
  return path.split('.').reduce((v, k) => (v === undefined || v === null ? v : v[k]), json);
}

// The members the page must show, whatever the input: every projection row, every exercise
// of the schedule with its load, every week of the progression, every formula.
function requiredFields(plan, strength) {
  const f = [];
  plan.projection.forEach((_, i) => {
    for (const k of ['body_mass_kg', 'fat_mass_kg', 'fat_free_mass_kg', 'static_body_mass_kg']) {
      f.push(`projection.${i}.${k}`);
    }
  });
  plan.schedule.sessions.forEach((s, i) => s.exercises.forEach((_, j) => {
    for (const k of ['exercise', 'sets', 'reps_min', 'reps_max', 'load_kg']) {
      f.push(`schedule.sessions.${i}.exercises.${j}.${k}`);
    }
  }));
  plan.progression.weeks.forEach((w, i) => w.exercises.forEach((_, j) => {
    f.push(`progression.weeks.${i}.exercises.${j}.load_kg`);
  }));
  f.push('nutrition.target_kcal_per_day', 'nutrition.protein_g', 'nutrition.fat_g',
    'nutrition.carbohydrate_g', 'expenditure.total_kcal_per_day', 'body.fat_percent');
  strength.formulas.forEach((_, i) => f.push(`strength:formulas.${i}.one_rep_max`));
  return f;
}

// True when `text` is `value` printed with `decimals` digits. A value within rounding noise
// of a half-way point may print either way (the page and the tool add 6 ft + 5.5 in or
// convert pounds with different floating-point operations).
function printedAs(text, value, decimals) {
  if (text === value.toFixed(decimals)) return true;
  const half = 0.5 * 10 ** -decimals;
  return /^-?[0-9]+(\.[0-9]+)?$/.test(text) &&
    Math.abs(Number(text) - value) <= half + 1e-9 * Math.max(1, Math.abs(value));
}

function compare(shown, plan, strength) {
  const problems = [];
  for (const s of shown) {
    const json = s.source === 'strength' ? strength : plan;
    const v = member(json, s.field);
    let ok;
    if (s.decimals === '') ok = typeof v === 'string' && s.text === v; // an id
    else if (s.value !== undefined) ok = v === Number(s.value); // a marker for a value not printed
    else {
      ok = typeof v === 'number' &&
        printedAs(s.text, s.unit === 'lb' ? v / POUND_KG : v, Number(s.decimals));
    }
    if (!ok) problems.push(`${s.source}:${s.field}: page ${s.value ?? s.text}, tool ${v}`);
  }
  return problems;
}

// Share of the picture that is not background, and the number of distinct colours, of a PNG
// (decoded by the browser itself).
function inkOf(page, png) {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    const colours = new Set();
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235) ink++;
      colours.add((d[i] >> 4) * 256 + (d[i + 1] >> 4) * 16 + (d[i + 2] >> 4));
    }
    return { ink: ink / (d.length / 4), colours: colours.size, width: c.width };
  }, png.toString('base64'));
}

// ---- the tests ---------------------------------------------------------------------------

const inputs = makeInputs(INPUTS);
let browser;
let server;
let url;
const timings = {};

before(async () => {
  assert.ok(existsSync(join(SITE, 'index.html')), `no page at ${SITE}: cmake --workflow --preset web`);
  assert.ok(existsSync(CLI), `no command-line tool at ${CLI}: cmake --build --preset dev`);
  mkdirSync(SHOTS, { recursive: true });
  ({ server, url } = await serve(SITE, 0));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (Object.keys(timings).length) {
    writeFileSync(join(SHOTS, 'timings.json'), JSON.stringify(timings, null, 2) + '\n');
    console.log('page load to a full plan, ms (median of 5 loads):', JSON.stringify(timings));
  }
});

for (const build of ['exceptions', 'noexcept']) {
  const address = () => url + (build === 'noexcept' ? '?build=noexcept' : '');

  describe(`the page (${build} build)`, () => {
    let page;
    before(async () => {
      page = await browser.context.newPage();
      page.on('pageerror', (e) => console.log(`pageerror (${build}):`, e.message));
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(address());
      await page.waitForFunction(() => document.body.dataset.state === 'ready');
    });
    after(() => page.close());

    test('sends nothing anywhere: every request stays on the page\'s own server', async () => {
      const p = await browser.context.newPage();
      const foreign = [];
      p.on('request', (r) => {
        if (!r.url().startsWith(url) && !r.url().startsWith('data:')) foreign.push(r.url());
      });
      await p.goto(address());
      await p.waitForFunction(() => document.body.dataset.state === 'ready');
      await p.click('#make-plan');
      await p.waitForFunction(() => document.body.dataset.state === 'ready');
      await p.close();
      assert.deepEqual(foreign, []);
    });

    test(`agrees with the command-line tool on ${INPUTS} generated inputs`, async () => {
      let agreed = 0;
      for (const [i, x] of inputs.entries()) {
        await fillForm(page, x);
        await submit(page);
        const plan = cliPlan(x);
        const strength = cliStrength(x);
        const state = await page.evaluate(() => document.body.dataset.state);
        const errors = await page.$$eval('.error:not([hidden])', (e) => e.map((n) => n.textContent));
        const rejected = [plan.error, strength.error].filter(Boolean);
        if (rejected.length) {
          // The tool rejects the input (a BMI-based fat estimate below zero, say): the page
          // shows the same message.
          assert.equal(state, 'error', `input ${i}: the tool said ${rejected}`);
          assert.deepEqual(errors, rejected, `input ${i}`);
          continue;
        }
        assert.equal(state, 'ready', `input ${i} ${JSON.stringify(x)}: ${errors.join('; ')}`);
        const shown = await shownNumbers(page);
        const names = new Set(shown.map((s) => (s.source === 'strength' ? 'strength:' : '') + s.field));
        const missing = requiredFields(plan, strength).filter((f) => !names.has(f));
        assert.deepEqual(missing, [], `input ${i}: the page does not show these members`);
        const problems = compare(shown, plan, strength);
        assert.deepEqual(problems, [], `input ${i} ${JSON.stringify(x)}`);
        const codes = await page.$$eval('#findings li', (li) => li.map((n) => n.dataset.code));
        assert.deepEqual(codes, plan.findings.map((f) => f.code), `input ${i}: findings`);
        agreed++;
      }
      assert.ok(agreed >= 20, `only ${agreed} of ${INPUTS} inputs made a plan`);
    });

    test('invalid input shows the library\'s message next to its field', async () => {
      await fillForm(page, inputs[0]);
      const cases = [
        ['#weight', '-5', 'weight', /invalid body_mass = -5 kg/],
        ['#weight', '', 'weight', /invalid body_mass/],
        ['#age', '200', 'age', /invalid age = 200/],
        ['#days', '9', 'days', /invalid days_per_week = 9/],
        ['#weeks', '0', 'weeks', /invalid weeks = 0/],
        ['#pal', '7', 'pal', /invalid physical_activity_level = 7/],
        ['#body-fat', '120', 'body-fat', /invalid fat_percent = 120/],
        ['#reps', '0', 'reps', /invalid reps = 0/],
      ];
      for (const [selector, bad, field, message] of cases) {
        const good = await page.inputValue(selector);
        await page.fill(selector, bad);
        await submit(page);
        const error = page.locator(`#${field}-error`);
        assert.ok(await error.isVisible(), `${selector} = "${bad}": no error line`);
        assert.match(await error.textContent(), message);
        assert.equal(await page.getAttribute(selector, 'aria-invalid'), 'true');
        const others = await page.$$eval('.error:not([hidden])', (e) => e.length);
        assert.equal(others, 1, `${selector}: one error line only`);
        await page.fill(selector, good);
        await submit(page);
        assert.equal(await page.evaluate(() => document.body.dataset.state), 'ready',
          `${selector}: the page recovers once the input is fixed`);
      }
    });

    test('works from the keyboard', async () => {
      await page.focus('#weeks');
      await page.fill('#weeks', '8');
      await page.evaluate(() => {
        document.body.dataset.state = 'busy';
      });
      await page.keyboard.press('Enter'); // submits the form
      await page.waitForFunction(() => document.body.dataset.state !== 'busy');
      assert.equal(await page.getAttribute('#week', 'max'), '8');
      await page.focus('#week');
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.match(await page.textContent('#week-readout'), /^Week 2: /);
    });

    test('every input has a label', async () => {
      const unlabelled = await page.$$eval('input, select', (els) =>
        els.filter((e) => e.labels.length === 0 && !e.getAttribute('aria-labelledby'))
          .map((e) => e.id || e.name));
      assert.deepEqual(unlabelled, []);
    });

    test('screenshots at desktop and phone widths show a chart with content', async () => {
      await fillForm(page, inputs[0]);
      await submit(page);
      for (const [name, width, height] of [['desktop', 1280, 900], ['phone', 390, 844]]) {
        await page.setViewportSize({ width, height });
        const overflow = await page.evaluate(() =>
          document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name}: the page is ${overflow} px wider than the screen`);
        const file = join(SHOTS, `page-${build}-${name}.png`);
        await page.screenshot({ path: file, fullPage: true });
        const chart = await page.locator('#chart svg').screenshot({
          path: join(SHOTS, `chart-${build}-${name}.png`),
        });
        const ink = await inkOf(page, chart);
        assert.ok(ink.width >= width * 0.6 || ink.width >= 600, `${name}: chart ${ink.width} px wide`);
        assert.ok(ink.ink > 0.02, `${name}: chart nearly blank (${(100 * ink.ink).toFixed(1)} % ink)`);
        assert.ok(ink.colours >= 6, `${name}: chart has ${ink.colours} colours`);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    test('page load to a full plan', async () => {
      // Milliseconds from navigation: the page's script starts, the module is compiled and
      // instantiated, the plan is computed (WebAssembly) and rendered (DOM).
      const runs = [];
      for (let i = 0; i < 5; i++) {
        const p = await browser.context.newPage();
        await p.goto(address());
        await p.waitForFunction(() => document.body.dataset.state === 'ready');
        runs.push(await p.evaluate(() => window.physiqueTiming));
        await p.close();
      }
      const median = (key) => Math.round(runs.map((r) => r[key]).sort((a, b) => a - b)[2]);
      const best = Math.round(Math.min(...runs.map((r) => r.planReady)));
      timings[build] = { planReady: median('planReady'), best, scriptStarted: median('started'),
        moduleReady: median('moduleReady'), computeMs: median('computeMs'),
        renderMs: median('renderMs') };
      assert.ok(median('planReady') < 5000, `median ${median('planReady')} ms`);
    });
  });
}
