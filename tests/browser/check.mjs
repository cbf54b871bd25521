// Browser checks of the generated timeline page and exports, in Debian's Chromium.
// Run by tests/browser.rs:  node check.mjs CONFIG.json
// CONFIG: {kabul, kabulEvents, big, bigEvents, timelinejs, timelinejsEvents, ics, icsEvents,
//          md, screenshots}
// Prints one line per check and exits non-zero on the first failure.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import ICAL from "ical.js";
import { marked } from "marked";

const require = createRequire(import.meta.url);
const cfg = JSON.parse(readFileSync(process.argv[2], "utf8"));
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const tlDir = require.resolve("@knight-lab/timelinejs/package.json").replace(/package\.json$/, "");

let failed = 0;
function check(name, ok, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? ": " + detail : ""}`);
  if (!ok) failed++;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

async function open(file, opts = {}) {
  const context = await browser.newContext({ viewport: opts.viewport || { width: 1280, height: 900 },
    colorScheme: opts.colorScheme || "light", javaScriptEnabled: opts.js !== false });
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requests.push(r.url()); });
  const t0 = Date.now();
  await page.goto(pathToFileURL(file).href + (opts.suffix || ""));
  if (opts.js !== false) await page.waitForSelector("body[data-ready='1']", { timeout: 20000 });
  const ready = Date.now() - t0;
  return { context, page, errors, requests, ready };
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  const r = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
}

mkdirSync(cfg.screenshots, { recursive: true });

// ---- The Kabul page ------------------------------------------------------------------------
{
  const { context, page, errors, requests } = await open(cfg.kabul);
  check("kabul: no console errors", errors.length === 0, errors.join(" | "));
  check("kabul: no network requests", requests.length === 0, requests.join(" "));
  const n = await page.locator("li.event").count();
  check("kabul: every event is on the page", n === cfg.kabulEvents, `${n} of ${cfg.kabulEvents}`);
  const violations = await axe(page);
  check("kabul: zero axe-core violations (light)", violations.length === 0, violations.join(", "));
  // Search filters the list and the URL keeps it.
  await page.fill("#q", "herat");
  const shown = await page.locator("ol.events > li:not(.hidden-by-filter)").count();
  const allHerat = await page.locator("ol.events > li:not(.hidden-by-filter)").evaluateAll((els) => els.every((e) => /herat/i.test(e.textContent)));
  check("kabul: search filters", shown > 0 && shown < n && allHerat, `${shown} shown`);
  check("kabul: the URL keeps the search", page.url().includes("q=herat"), page.url());
  // Reloading with that URL restores the filter.
  await page.reload();
  await page.waitForSelector("body[data-ready='1']");
  check("kabul: filter state restored from the URL", (await page.inputValue("#q")) === "herat" &&
    (await page.locator("ol.events > li:not(.hidden-by-filter)").count()) === shown);
  await page.fill("#q", "");
  // Status filter.
  await page.uncheck("input[name=status][value=happened]");
  // Happened events are the ones without a status badge.
  const happenedShown = await page.locator("ol.events > li:not(.hidden-by-filter)").evaluateAll((els) => els.filter((e) => !e.querySelector("h3 .badge")).length);
  check("kabul: status filter hides happened events", happenedShown === 0);
  await page.check("input[name=status][value=happened]");
  // A facet filter.
  const opts = await page.locator("#f-place option").count();
  if (opts > 1) {
    const value = await page.locator("#f-place option").nth(1).getAttribute("value");
    await page.selectOption("#f-place", value);
    const ok = await page.locator("ol.events > li:not(.hidden-by-filter)").evaluateAll((els, v) => els.length > 0 && els.every((e) => e.textContent.includes(v)), value);
    check("kabul: place filter", ok, value);
    await page.selectOption("#f-place", "");
  }
  // Keyboard navigation.
  await page.evaluate(() => document.activeElement && document.activeElement.blur());
  await page.keyboard.press("j");
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.classList.contains("event"));
  check("kabul: j moves to the first event", focused);
  // The axis draws.
  const painted = await page.evaluate(() => {
    const c = document.getElementById("axis-canvas");
    const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
    for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true;
    return false;
  });
  check("kabul: the time axis is drawn", painted);
  await page.evaluate(() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); });
  await page.screenshot({ path: `${cfg.screenshots}/timeline-light.png` });
  await context.close();
}
{
  const first = await (async () => {
    const { context, page } = await open(cfg.kabul);
    const id = await page.locator("li.event").nth(3).getAttribute("id");
    await context.close();
    return id;
  })();
  const { context, page } = await open(cfg.kabul, { suffix: "#" + first });
  const targeted = await page.evaluate((id) => document.querySelector(":target") && document.querySelector(":target").id === id, first);
  check("kabul: deep link #id targets the event", targeted, first);
  await context.close();
}
{
  const { context, page } = await open(cfg.kabul, { colorScheme: "dark" });
  const violations = await axe(page);
  check("kabul: zero axe-core violations (dark)", violations.length === 0, violations.join(", "));
  await page.screenshot({ path: `${cfg.screenshots}/timeline-dark.png` });
  await context.close();
}
{
  const { context, page } = await open(cfg.kabul, { viewport: { width: 390, height: 844 } });
  const violations = await axe(page);
  check("kabul: zero axe-core violations (mobile)", violations.length === 0, violations.join(", "));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  check("kabul: no horizontal scrolling on a phone", !overflow);
  await page.screenshot({ path: `${cfg.screenshots}/timeline-mobile.png` });
  await context.close();
}
{
  const { context, page, errors } = await open(cfg.kabul, { js: false });
  const n = await page.locator("li.event").count();
  const visible = await page.locator("li.event").evaluateAll((els) => els.filter((e) => e.offsetParent !== null).length);
  check("kabul without JavaScript: every event shown", n === cfg.kabulEvents && visible === n, `${visible} visible`);
  check("kabul without JavaScript: no errors", errors.length === 0, errors.join(" | "));
  await context.close();
}

// ---- 10,000 events -------------------------------------------------------------------------
{
  const { context, page, errors, requests, ready } = await open(cfg.big);
  check("10k: no console errors", errors.length === 0, errors.join(" | "));
  check("10k: no network requests", requests.length === 0);
  const n = await page.locator("li.event").count();
  check("10k: every event is on the page", n === cfg.bigEvents, String(n));
  const nav = await page.evaluate(() => performance.getEntriesByType("navigation")[0].domContentLoadedEventEnd);
  // Measured and reported, not asserted: timings belong to benchmarks, not to pass/fail.
  console.log(`     10k: interactive after ${ready} ms (DOMContentLoaded with the script done at ${Math.round(nav)} ms)`);
  const t0 = Date.now();
  await page.fill("#q", "event 4242:");
  await page.waitForFunction(() => document.getElementById("count").textContent.startsWith("1 of"));
  const filterMs = Date.now() - t0;
  console.log(`     10k: a search takes ${filterMs} ms`);
  check("10k: search finds the one matching event", (await page.locator("ol.events > li:not(.hidden-by-filter)").count()) === 1);
  const violations = await axe(page);
  check("10k: zero axe-core violations", violations.length === 0, violations.join(", "));
  await context.close();
}

// ---- TimelineJS export in the real TimelineJS ----------------------------------------------
{
  const json = readFileSync(cfg.timelinejs, "utf8");
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>TimelineJS check</title>
<link rel="stylesheet" href="${pathToFileURL(tlDir + "dist/css/timeline.css").href}">
<script src="${pathToFileURL(tlDir + "dist/js/timeline.js").href}"></script></head>
<body><div id="tl" style="width:1000px;height:600px"></div>
<script>window.tl = new TL.Timeline("tl", ${json.replace(/</g, "\\u003c")}, {script_path: "${pathToFileURL(tlDir + "dist/js/").href}", language: "en"});</script></body></html>`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // A file page, so that it may load TimelineJS from node_modules.
  const file = cfg.timelinejs.replace(/\.json$/, ".html");
  writeFileSync(file, html);
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  await page.waitForFunction(() => document.querySelectorAll(".tl-slide").length > 0, { timeout: 20000 }).catch(() => {});
  const slides = await page.evaluate(() => window.tl && window.tl.config ? window.tl.config.events.length : -1);
  check("timelinejs: the real TimelineJS loads every event", slides === cfg.timelinejsEvents, `${slides} of ${cfg.timelinejsEvents}`);
  check("timelinejs: no page errors", errors.length === 0, errors.join(" | "));
  await context.close();
}

await browser.close();

// ---- iCalendar and Markdown ------------------------------------------------------------------
{
  const comp = new ICAL.Component(ICAL.parse(readFileSync(cfg.ics, "utf8")));
  const vevents = comp.getAllSubcomponents("vevent");
  check("ics: parses with ical.js, one VEVENT per day-precise event", vevents.length === cfg.icsEvents, `${vevents.length} of ${cfg.icsEvents}`);
  check("ics: every VEVENT has UID, DTSTART and SUMMARY", vevents.every((v) => v.getFirstPropertyValue("uid") && v.getFirstPropertyValue("dtstart") && v.getFirstPropertyValue("summary")));
}
{
  const md = readFileSync(cfg.md, "utf8");
  const html = marked.parse(md, { gfm: true });
  check("markdown: parses as GFM", html.includes("<h1") && html.includes("<li>"));
  check("markdown: no raw HTML or script from the text", !/<script/i.test(html) && !/href="javascript:/i.test(html));
}

console.log(failed ? `${failed} check(s) failed` : "all browser checks passed");
process.exit(failed ? 1 : 0);
