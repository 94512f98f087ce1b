/**
 * Launchers for the cross-engine smoke tests, behind one small interface:
 *
 * - Firefox ESR (Debian's /usr/bin/firefox-esr) through puppeteer-core over
 *   WebDriver BiDi, headless. JavaScript and the dark system theme are prefs,
 *   so each mode is its own launch.
 * - WebKitGTK's MiniBrowser through WebKitWebDriver (classic WebDriver, driven
 *   by selenium-webdriver against that server only, so selenium-manager never
 *   runs), on a private Xvfb display this module starts and stops.
 *
 * WebKitWebDriver exposes no console, so every engine gets the same probe:
 * the test server injects `PROBE_SCRIPT` at the top of each page's <head>,
 * which records script errors, failed resource loads and CSP violations into
 * a global the tests read back. Firefox adds what puppeteer reports (console
 * errors, page errors, failed requests). Nothing here downloads a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser as PuppeteerBrowser, type Page as PuppeteerPage } from 'puppeteer-core';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';

/** The engines under test. */
export type EngineName = 'firefox' | 'webkit';

/** Both engines, or those named in `BROWSER_ENGINES` (comma-separated), e.g. `BROWSER_ENGINES=webkit`. */
export const ENGINES: EngineName[] = (process.env.BROWSER_ENGINES ?? 'firefox,webkit')
  .split(',')
  .map((name) => name.trim())
  .filter((name): name is EngineName => name === 'firefox' || name === 'webkit');

/** Debian's Firefox ESR; override with FIREFOX_PATH. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Debian's WebKitGTK WebDriver (package webkit2gtk-driver); override with WEBKIT_DRIVER_PATH. */
export const WEBKIT_DRIVER_PATH = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
/** The browser WebKitWebDriver starts; override with MINIBROWSER_PATH. */
export const MINIBROWSER_PATH = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** The virtual X server WebKit runs on (package xvfb); override with XVFB_PATH. */
export const XVFB_PATH = process.env.XVFB_PATH ?? '/usr/bin/Xvfb';

/** Where the test server serves the probe, relative to the site's base. */
export const PROBE_PATH = '__browser-probe.js';

/** How a browser is started: the system theme and whether scripts run. */
export interface LaunchOptions {
  /** Report a dark system theme (`prefers-color-scheme: dark`). */
  dark?: boolean;
  /** Run scripts (default true). */
  javaScript?: boolean;
}

/** One browser window, the same for every engine. */
export interface EnginePage {
  /** Which engine this is. */
  readonly engine: EngineName;
  /** Loads `url` and waits for the load event; forgets the problems recorded so far. */
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page with JSON-able `args` and returns its JSON-able result (awaiting a promise). */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
  /** Sets the size of the viewport, scrollbars included, in CSS pixels. */
  setViewport(width: number, height: number): Promise<void>;
  /** Clicks the first element matching `selector` as a user would (a trusted click, scrolled into view). */
  click(selector: string): Promise<void>;
  /** Presses Ctrl+V in the focused element. */
  paste(): Promise<void>;
  /** Saves the viewport as a PNG. */
  screenshot(path: string): Promise<void>;
  /**
   * Script errors, failed loads and CSP violations since the last `goto`, or null when the page's
   * probe did not run (scripts off) and the engine reports nothing itself.
   */
  problems(): Promise<string[] | null>;
  /** Closes the browser and whatever was started for it. */
  close(): Promise<void>;
}

/** The probe's global: what went wrong on the page so far. */
interface ProbeWindow {
  __browserProblems?: string[];
}

/** The probe, run in the page before anything else (serialised into `PROBE_SCRIPT`). */
function probe() {
  const problems: string[] = [];
  (window as unknown as ProbeWindow).__browserProblems = problems;
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}> ${el.getAttribute('src') ?? el.getAttribute('href') ?? el.getAttribute('data') ?? ''}`;
  // Capture phase: a failed <img>, <script> or <link> fires a non-bubbling error at the element.
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof Element) problems.push(`failed to load ${describe(target)}`);
      else problems.push(`error: ${event.message} (${event.filename || 'inline'}:${event.lineno})`);
    },
    true,
  );
  window.addEventListener('unhandledrejection', (event) => problems.push(`unhandled rejection: ${event.reason}`));
  document.addEventListener(
    'securitypolicyviolation',
    (event) => problems.push(`CSP ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}`),
    true,
  );
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
}

/** The probe as a script file for the test server (see `serveStatic`'s `inject`). */
export const PROBE_SCRIPT = `(${probe.toString()})();\n`;

/** Reads the probe's record in the page. */
function readProbe(): string[] | null {
  return (window as unknown as ProbeWindow).__browserProblems ?? null;
}

/** Starts a browser for `engine`. */
export function launchEngine(engine: EngineName, options: LaunchOptions = {}): Promise<EnginePage> {
  return engine === 'firefox' ? launchFirefox(options) : launchWebKit(options);
}

/** Prefs that keep Firefox from calling home on a machine with no network (puppeteer sets more). */
const QUIET_FIREFOX_PREFS: Record<string, unknown> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.update.disabledForTesting': true,
  'app.normandy.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'services.settings.server': 'data:,',
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': 'data:,',
};

/** Firefox ESR over WebDriver BiDi. */
async function launchFirefox({ dark = false, javaScript = true }: LaunchOptions): Promise<EnginePage> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install -y firefox-esr`);
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      ...QUIET_FIREFOX_PREFS,
      'javascript.enabled': javaScript,
      'ui.systemUsesDarkTheme': dark ? 1 : 0,
    },
  });
  const page: PuppeteerPage = (await browser.pages())[0] ?? (await browser.newPage());
  let reported: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') reported.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => reported.push(`page error: ${error instanceof Error ? error.message : error}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Firefox cancels the last page's late requests (its favicon) when the next one loads: not a failure.
    if (reason !== 'NS_BINDING_ABORTED') reported.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) reported.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return {
    engine: 'firefox',
    async goto(url) {
      reported = [];
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    async click(selector) {
      await page.click(selector);
    },
    async paste() {
      await page.keyboard.down('Control');
      await page.keyboard.press('v');
      await page.keyboard.up('Control');
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    async problems() {
      const probed = await page.evaluate(readProbe);
      return probed === null && !javaScript ? [...reported] : [...reported, ...(probed ?? ['the probe did not run'])];
    },
    close: () => browser.close(),
  };
}

/** A free TCP port on the loopback. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Rejects after `ms` with `message`, so a hanging driver fails the test instead of blocking it. */
async function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(message)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Starts a private Xvfb and resolves with its display name (`:N`). */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  if (!existsSync(XVFB_PATH)) throw new Error(`No Xvfb at ${XVFB_PATH}: apt-get install -y xvfb`);
  // -displayfd: Xvfb picks a free display and writes its number to fd 3 once it accepts clients.
  const xvfb = spawn(XVFB_PATH, ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr?.on('data', (chunk) => (stderr += String(chunk)));
  const display = await within(
    new Promise<string>((done, fail) => {
      let out = '';
      xvfb.stdio[3]?.on('data', (chunk) => {
        out += String(chunk);
        if (out.includes('\n')) done(`:${out.trim()}`);
      });
      xvfb.on('exit', (code) => fail(new Error(`Xvfb exited with ${code}: ${stderr}`)));
    }),
    15_000,
    'Xvfb did not start within 15 s',
  ).catch((error: unknown) => {
    xvfb.kill();
    throw error;
  });
  return { display, process: xvfb };
}

/** Waits until a WebDriver server answers `/status` as ready. */
async function waitForDriver(url: string, driver: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const response = await fetch(`${url}/status`);
      const body = (await response.json()) as { value?: { ready?: boolean } };
      if (body.value?.ready) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/** Stops a child process and waits for it to go. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  await within(gone, 5000, 'still running').catch(() => child.kill('SIGKILL'));
}

/** MiniBrowser (WebKitGTK) through WebKitWebDriver, on its own Xvfb display. */
async function launchWebKit({ dark = false, javaScript = true }: LaunchOptions): Promise<EnginePage> {
  for (const [path, pkg] of [
    [WEBKIT_DRIVER_PATH, 'webkit2gtk-driver'],
    [MINIBROWSER_PATH, 'webkit2gtk-driver'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`No ${path}: apt-get install -y ${pkg}`);
  }
  // MiniBrowser's toolbar keeps its window at least 447 px wide unless GTK's theme lets it shrink.
  const config = mkdtempSync(join(tmpdir(), 'webkit-config-'));
  mkdirSync(join(config, 'gtk-3.0'));
  writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), '* { min-width: 0; padding: 0; margin: 0; }\n');

  const started: ChildProcess[] = [];
  const cleanUp = async () => {
    for (const child of started.reverse()) await stop(child);
    rmSync(config, { recursive: true, force: true });
  };
  let driver: WebDriver;
  try {
    const xvfb = await startXvfb();
    started.push(xvfb.process);
    const port = await freePort();
    const server = spawn(WEBKIT_DRIVER_PATH, [`--port=${port}`, '--host=127.0.0.1'], {
      env: { ...process.env, DISPLAY: xvfb.display, XDG_CONFIG_HOME: config, WAYLAND_DISPLAY: '' },
      stdio: 'ignore',
    });
    started.push(server);
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url, server);
    const args = ['--automation'];
    if (!javaScript) args.push('--enable-javascript=false');
    if (dark) args.push('--dark-mode');
    // The driver hangs, rather than failing, when MiniBrowser cannot open a window.
    driver = await within(
      new Builder()
        .disableEnvironmentOverrides()
        .usingServer(url)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER_PATH, args },
        })
        .build(),
      30_000,
      'WebKitWebDriver did not open a MiniBrowser session within 30 s',
    );
  } catch (error) {
    await cleanUp();
    throw error;
  }

  // The window is the viewport plus MiniBrowser's toolbar; measured once, on first resize.
  let chromeHeight: number | undefined;
  return {
    engine: 'webkit',
    async goto(url) {
      await driver.get(url);
      // WebKitWebDriver can return before the load event (and the page's deferred scripts): wait for it.
      await driver.wait(async () => (await driver.executeScript('return document.readyState')) === 'complete', 15_000);
    },
    evaluate: (fn, ...args) => driver.executeScript(fn as never, ...args) as never,
    async setViewport(width, height) {
      if (chromeHeight === undefined) {
        await driver.manage().window().setRect({ width, height });
        chromeHeight = height - Number(await driver.executeScript('return window.innerHeight'));
      }
      await driver
        .manage()
        .window()
        .setRect({ width, height: height + chromeHeight });
    },
    async click(selector) {
      const element = await driver.findElement(By.css(selector));
      await driver.executeScript('arguments[0].scrollIntoView({ block: "center" })', element);
      await element.click();
    },
    async paste() {
      await driver.actions().keyDown(Key.CONTROL).sendKeys('v').keyUp(Key.CONTROL).perform();
    },
    async screenshot(path) {
      writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64'));
    },
    async problems() {
      const probed = (await driver.executeScript(readProbe)) as string[] | null;
      return probed === null && !javaScript ? null : (probed ?? ['the probe did not run']);
    },
    async close() {
      try {
        await within(driver.quit(), 15_000, 'WebKitWebDriver did not quit');
      } finally {
        await cleanUp();
      }
    },
  };
}
