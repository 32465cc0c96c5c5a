// Browser test of the khulasa page: starts `khulasa serve` on a free
// loopback port, opens the page in Debian's chromium (headless, through
// playwright-core; nothing is downloaded), pastes the seed article, shows
// the summary (three bullets), hovers a bullet (its source sentence is
// highlighted), plays the spoken summary (currentTime advances, a word is
// highlighted), summarizes a page by its URL, and writes screenshots as
// test artifacts.
//
// Environment: KHULASA_BINARY_DIR (the build folder, for tools/khulasa/
// khulasa), KHULASA_SOURCE_DIR, KHULASA_SHARED_DIR (seed article; falls back
// to examples/), KHULASA_ARTIFACT_DIR (default: <build>/tests/browser),
// KHULASA_BROWSER_EXAMPLE (optional: an examples/ file to use instead).
// Exit 0 pass, 1 fail, 77 skipped (ctest SKIP_RETURN_CODE) when the server
// has no summarizer model yet.
import {spawn} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import {chromium} from 'playwright-core';

const SKIP = 77;
const binaryDir = process.env.KHULASA_BINARY_DIR || 'build';
const sourceDir = process.env.KHULASA_SOURCE_DIR || '.';
const sharedDir = process.env.KHULASA_SHARED_DIR || path.join(sourceDir, '..', 'shared');
const artifactDir = process.env.KHULASA_ARTIFACT_DIR ||
                    path.join(binaryDir, 'tests', 'browser');
const khulasa = path.join(binaryDir, 'tools', 'khulasa', 'khulasa');

function fail(message) {
  console.error('FAIL: ' + message);
  process.exitCode = 1;
  throw new Error(message);
}

function check(condition, message) {
  if (!condition) fail(message);
  console.log('ok - ' + message);
}

function seedArticle() {
  // KHULASA_BROWSER_EXAMPLE=<file in examples/> picks a composed article
  // instead of the seed, for screenshots that may be committed.
  const example = process.env.KHULASA_BROWSER_EXAMPLE;
  if (example) {
    return {name: 'example',
            text: fs.readFileSync(path.join(sourceDir, 'examples', example), 'utf8')};
  }
  const seed = path.join(sharedDir, 'seed', '000_10ea7d8f2b1e01f1.txt');
  if (fs.existsSync(seed)) return {name: 'seed', text: fs.readFileSync(seed, 'utf8')};
  console.log('# no seed article in ' + sharedDir + '; using examples/regional_summit.txt');
  return {name: 'example',
          text: fs.readFileSync(path.join(sourceDir, 'examples', 'regional_summit.txt'), 'utf8')};
}

// Starts the server on port 0 and resolves with its base URL.
function startServer(db, extraArgs = []) {
  return new Promise((resolve, reject) => {
    const server = spawn(khulasa, ['serve', '--port', '0', '--db', db, ...extraArgs],
                         {stdio: ['ignore', 'pipe', 'inherit']});
    let out = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + out)), 30000);
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const match = out.match(/serving on (http:\/\/[^/ ]+)\//);
      if (match) {
        clearTimeout(timer);
        resolve({server, url: match[1]});
      }
    });
    server.on('exit', (code) => reject(new Error('server exited with ' + code + ': ' + out)));
  });
}

async function main() {
  fs.mkdirSync(artifactDir, {recursive: true});
  const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'khulasa-browser-')), 'store.db');
  const {server, url} = await startServer(db);
  let browser = null;
  try {
    const health = await (await fetch(url + '/health')).json();
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu',
             '--disable-background-networking', '--disable-component-update',
             '--no-first-run', '--autoplay-policy=no-user-gesture-required'],
    });
    // A phone-sized page: the layout must hold at 412 px.
    const page = await browser.newPage({viewport: {width: 412, height: 915},
                                        deviceScaleFactor: 1, locale: 'ar'});
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url + '/');
    check(await page.evaluate(() => document.documentElement.dir === 'rtl' &&
                                    document.documentElement.lang === 'ar'),
          'page is lang="ar" dir="rtl"');
    check(await page.locator('#example-list button').count() > 0,
          'bundled examples are listed');

    const {name, text} = seedArticle();
    await page.fill('#article-text', text);
    await page.click('#summarize');

    if (health.summarizer !== 'ready') {
      await page.waitForFunction(
          () => document.getElementById('status').classList.contains('error'));
      const status = await page.textContent('#status');
      check(status.length > 0, 'the page reports the missing summarizer: ' + status);
      await page.screenshot({path: path.join(artifactDir, 'page_no_summarizer.png'),
                             fullPage: true});
      console.log('# SKIP: the server has no summarizer model yet (' +
                  health.summarizer + ')');
      process.exitCode = SKIP;
      return;
    }

    await page.waitForSelector('#article-view:not([hidden])', {timeout: 30000});
    check((await page.textContent('#article-title')).trim().length > 0,
          'the ' + name + ' article title is shown');
    check(await page.locator('#article-body h2').count() > 0 ||
          name !== 'seed', 'the body has its subheadings');
    check(!(await page.isVisible('#summary')), 'the summary starts hidden');

    await page.click('#toggle-summary');
    await page.waitForSelector('#summary:not([hidden])');
    const bullets = page.locator('#bullets li');
    check(await bullets.count() === 3, 'show summary -> three bullets');
    for (let i = 0; i < 3; ++i) {
      check(await bullets.nth(i).isVisible(), 'bullet ' + (i + 1) + ' is visible');
    }
    check(await page.getAttribute('#toggle-summary', 'aria-expanded') === 'true',
          'the toggle says aria-expanded="true"');

    await bullets.nth(0).hover();
    check(await page.locator('.sentence.source').count() > 0,
          'hovering a bullet highlights its source sentence');
    await page.screenshot({path: path.join(artifactDir, 'page_summary.png'), fullPage: true});

    await page.click('#listen');
    await page.waitForFunction(() => {
      const player = document.getElementById('player');
      return player.currentTime > 0.5 && !player.paused;
    }, null, {timeout: 60000});
    check(true, 'listen -> the audio plays (currentTime advances)');
    await page.waitForSelector('.word.speaking', {timeout: 10000});
    const word = await page.textContent('.word.speaking');
    check(word.trim().length > 0, 'a spoken word is highlighted: ' + word.trim());
    check(await page.getAttribute('#listen', 'aria-pressed') === 'true',
          'the listen button says aria-pressed="true"');
    await page.screenshot({path: path.join(artifactDir, 'page_listening.png')});

    // Desktop width too.
    await page.setViewportSize({width: 1280, height: 900});
    await bullets.nth(0).hover();  // its source sentence lights up too
    await page.screenshot({path: path.join(artifactDir, 'page_desktop.png')});
    check(errors.length === 0, 'no script errors (' + errors.join('; ') + ')');
    await keyedServerAsksForTheKeyOnce(browser, text);
    await urlFieldSummarizesAPage(browser, page);
    console.log('# screenshots in ' + artifactDir);
  } finally {
    if (browser) await browser.close();
    server.kill('SIGTERM');
  }
}

// The URL field: a server started without --allow-fetch says how to allow
// it; one started with --allow-fetch --allow-private-fetch (the page is on
// loopback) fetches a page served here and shows its summary.
async function urlFieldSummarizesAPage(browser, refusingPage) {
  const article = fs.readFileSync(path.join(sourceDir, 'examples', 'heatwave.txt'));
  const pages = http.createServer((request, response) => {
    response.writeHead(200, {'Content-Type': 'text/plain; charset=utf-8'});
    response.end(article);
  });
  await new Promise((resolve) => pages.listen(0, '127.0.0.1', resolve));
  const pageUrl = 'http://127.0.0.1:' + pages.address().port + '/heatwave.txt';

  await refusingPage.fill('#article-url', pageUrl);
  check(await refusingPage.inputValue('#article-text') === '',
        'typing a URL empties the text box');
  await refusingPage.click('#summarize');
  await refusingPage.waitForFunction(
      () => document.getElementById('status').classList.contains('error'));
  const refusal = await refusingPage.textContent('#status');
  check(refusal.includes('--allow-fetch'),
        'a server without --allow-fetch: the page says how to allow it: ' + refusal);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khulasa-browser-url-'));
  const {server, url} = await startServer(path.join(dir, 'store.db'),
                                          ['--allow-fetch', '--allow-private-fetch']);
  try {
    const page = await browser.newPage({locale: 'ar'});
    await page.goto(url + '/');
    await page.fill('#article-url', pageUrl);
    await page.click('#summarize');
    await page.waitForSelector('#article-view:not([hidden])', {timeout: 30000});
    check((await page.textContent('#article-title')).trim().length > 0,
          'a URL: the fetched article is shown');
    await page.click('#toggle-summary');
    check(await page.locator('#bullets li').count() === 3,
          'a URL: three bullets');
    await page.close();
  } finally {
    server.kill('SIGTERM');
    pages.close();
  }
}

// A server started with --api-key-file: the page gets a 401, asks for the
// key once (window.prompt), then summarizes; a second article needs no
// second prompt (the key is kept for the tab).
async function keyedServerAsksForTheKeyOnce(browser, text) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'khulasa-browser-key-'));
  const key = 'browser-test-key-0123456789abcdef';
  fs.writeFileSync(path.join(dir, 'key'), key + '\n', {mode: 0o600});
  const {server, url} = await startServer(path.join(dir, 'store.db'),
                                          ['--api-key-file', path.join(dir, 'key')]);
  try {
    const page = await browser.newPage({locale: 'ar'});
    let prompts = 0;
    page.on('dialog', (dialog) => {
      ++prompts;
      dialog.accept(key);
    });
    await page.goto(url + '/');
    await page.fill('#article-text', text);
    await page.click('#summarize');
    await page.waitForSelector('#article-view:not([hidden])', {timeout: 30000});
    check(prompts === 1, 'a keyed server: the page asks for the key once (' + prompts + ')');
    await page.fill('#article-text', text.replace(/\n/, '\n\n'));
    await page.click('#summarize');
    await page.waitForSelector('#article-view:not([hidden])', {timeout: 30000});
    check(prompts === 1, 'the key is kept for the next article (' + prompts + ' prompts)');
    await page.close();
  } finally {
    server.kill('SIGTERM');
  }
}

main().catch((error) => {
  console.error(error.stack || String(error));
  if (!process.exitCode || process.exitCode === 0) process.exitCode = 1;
});
