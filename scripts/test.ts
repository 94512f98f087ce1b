/**
 * `npm test`: every stage of the suite, two at a time on the two cores, then a table of each
 * stage's time. Each stage is an npm script and starts once the stages it needs have passed; the
 * first failure stops the stages still running and the run exits non-zero.
 *
 * Output: one stage at a time is printed live; a stage that runs alongside it is held back and
 * printed whole (then live) once the live one ends, so every line of every stage is shown and
 * none are interleaved. Each vitest stage's summary lines (Test Files, Tests) are repeated in the table.
 *
 *   npm test                         the whole suite
 *   npm test -- --jobs 1             one stage at a time (the old order)
 *   npm test -- --only build,test:e2e   some stages only (their needs are assumed done)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { parseArgs } from 'node:util';

/** One stage: an npm script and the stages it needs. */
interface Stage {
  script: string;
  needs: string[];
}

/**
 * The stages, in the order they are preferred when a core is free. The longest chain goes first: the
 * builds (the root site, then the one BASE_PATH=/sub/ build the sub-path crawl and the server suite
 * share), then the Chromium suite, which has the most to do; the type check, the two-story build, unit
 * tests and lint run on the other core beside them, then the two-story gates (vitest.stories.config.ts),
 * the servers, Firefox/WebKit and Lighthouse.
 */
const STAGES: Stage[] = [
  { script: 'build', needs: [] },
  { script: 'check', needs: [] },
  { script: 'build:sub', needs: ['build'] },
  { script: 'test:e2e', needs: ['build', 'build:sub'] },
  { script: 'build:stories', needs: ['build'] },
  { script: 'test:unit', needs: [] },
  { script: 'lint', needs: [] },
  { script: 'test:stories', needs: ['build', 'build:stories'] },
  { script: 'test:servers', needs: ['build', 'build:sub'] },
  { script: 'test:browsers', needs: ['build'] },
  { script: 'lighthouse', needs: ['build'] },
];

const { values } = parseArgs({
  options: { jobs: { type: 'string', default: '2' }, only: { type: 'string' } },
});
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a whole number ≥ 1, not "${values.jobs}"`);
const only = values.only?.split(',').map((name) => name.trim());
for (const name of only ?? []) {
  if (!STAGES.some((stage) => stage.script === name)) {
    throw new Error(`--only: "${name}" is not a stage (${STAGES.map((s) => s.script).join(', ')})`);
  }
}
const planned = STAGES.filter((stage) => !only || only.includes(stage.script));

type State = 'waiting' | 'running' | 'passed' | 'failed' | 'stopped' | 'not run';

/** What happened to a stage. */
interface Run {
  stage: Stage;
  state: State;
  startedAt?: number;
  endedAt?: number;
  child?: ChildProcess;
  /** Output not yet shown (held back while another stage is live). */
  held: string[];
  /** The output's last lines, for the vitest summary. */
  tail: string;
}

const runs: Run[] = planned.map((stage) => ({ stage, state: 'waiting', held: [], tail: '' }));
const t0 = performance.now();
/** The stage whose output goes straight to the terminal. */
let live: Run | undefined;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const banner = (text: string) => process.stdout.write(`\n──── ${text} ${'─'.repeat(Math.max(4, 72 - text.length))}\n`);

function write(run: Run, chunk: string): void {
  run.tail = (run.tail + chunk).slice(-4000);
  if (live === undefined) goLive(run);
  if (live === run) process.stdout.write(chunk);
  else run.held.push(chunk);
}

/** Makes `run` the live stage, first printing what it wrote while held back. */
function goLive(run: Run): void {
  live = run;
  banner(`${run.stage.script}${run.state === 'running' ? '' : ` (${run.state})`}`);
  process.stdout.write(run.held.splice(0).join(''));
}

/**
 * After the live stage ends: stages that finished meanwhile are printed whole, in order, then a
 * running stage (the one with the most output waiting) goes live.
 */
function handOver(): void {
  live = undefined;
  for (const run of runs) {
    if (run.state !== 'running' && run.held.length > 0) {
      goLive(run);
      live = undefined;
    }
  }
  const running = runs.filter((run) => run.state === 'running');
  const next = running.find((run) => run.held.length > 0) ?? running[0];
  if (next) goLive(next);
}

const done = new Set(STAGES.filter((stage) => !planned.includes(stage)).map((stage) => stage.script));
let failed = false;

function start(run: Run): void {
  run.state = 'running';
  run.startedAt = performance.now();
  const env = { ...process.env };
  if (process.stdout.isTTY && env.NO_COLOR === undefined) env.FORCE_COLOR ??= '1';
  // Its own process group, so a stop reaches the browsers and servers it started.
  const child = spawn('npm', ['run', run.stage.script], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  run.child = child;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => write(run, chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => write(run, chunk));
  child.on('close', (code, signal) => {
    run.endedAt = performance.now();
    if (run.state === 'running') run.state = code === 0 ? 'passed' : 'failed';
    if (run.state === 'passed') done.add(run.stage.script);
    write(
      run,
      `\n[${run.stage.script}: ${run.state}${signal ? ` (${signal})` : ''} in ${seconds(run.endedAt - run.startedAt!)}]\n`,
    );
    if (live === run) handOver();
    if (run.state === 'failed' && !failed) {
      failed = true;
      for (const other of runs) {
        if (other.state !== 'running' || !other.child?.pid) continue;
        other.state = 'stopped';
        try {
          process.kill(-other.child.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    }
    schedule();
  });
}

let finished = false;

function schedule(): void {
  const running = runs.filter((run) => run.state === 'running').length;
  if (!failed) {
    let free = jobs - running;
    for (const run of runs) {
      if (free === 0) break;
      if (run.state === 'waiting' && run.stage.needs.every((need) => done.has(need))) {
        start(run);
        free -= 1;
      }
    }
  }
  // Wait for every started stage to end (a stopped one too), so the table has all their times.
  if (runs.some((run) => run.startedAt !== undefined && run.endedAt === undefined)) return;
  if (finished) return;
  finished = true;
  for (const run of runs) if (run.state === 'waiting') run.state = 'not run';
  finish();
}

/** The summary lines of a vitest run (Test Files, Tests), without colour codes. */
function vitestSummary(text: string): string {
  const plain = text.replace(/\u001b\[[0-9;]*m/g, '');
  const line = (label: string) => new RegExp(`^\\s*${label}\\s+(.+)$`, 'm').exec(plain)?.[1]?.trim();
  return [line('Test Files') && `files ${line('Test Files')}`, line('Tests') && `tests ${line('Tests')}`]
    .filter(Boolean)
    .join('; ');
}

function finish(): void {
  const wall = performance.now() - t0;
  const rows = [
    ['stage', 'start', 'time', 'result', 'vitest'],
    ...runs.map((run) => [
      run.stage.script,
      run.startedAt === undefined ? '' : `+${seconds(run.startedAt - t0)}`,
      run.startedAt === undefined || run.endedAt === undefined ? '' : seconds(run.endedAt - run.startedAt),
      run.state,
      vitestSummary(run.tail),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  banner(`npm test: ${failed ? 'FAILED' : 'passed'} in ${seconds(wall)} (${jobs} at a time)`);
  for (const row of rows) {
    const cells = row.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)));
    console.log(cells.join('  ').trimEnd());
  }
  process.exitCode = failed ? 1 : 0;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    for (const run of runs) if (run.state === 'running' && run.child?.pid) process.kill(-run.child.pid, signal);
    process.exit(130);
  });
}

schedule();
