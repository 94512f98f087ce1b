/**
 * Runs the MDN HTTP Observatory's own retrieval, tests and grading against a
 * host on any ports (its `scan()` only knows 80 and 443), and prints the
 * result as JSON. Run it as a child process with NODE_EXTRA_CA_CERTS naming
 * the CA that signed the server's certificate, so HTTPS is verified:
 *
 *   NODE_EXTRA_CA_CERTS=ca.pem node tests/servers/observatory-scan.ts 127.0.0.1 <http port> <https port>
 *
 * The scoring below is the package's `scanner/index.js` with the ports added.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** One Observatory test's outcome. */
interface TestOutput {
  pass: boolean;
  result: string | null;
  scoreModifier?: number;
}

/** What this script prints. */
export interface ObservatoryResult {
  grade: string;
  score: number;
  testsPassed: number;
  testsQuantity: number;
  tests: Record<string, { pass: boolean; result: string | null; scoreModifier: number }>;
}

const [host = '', httpPort = '', httpsPort = ''] = process.argv.slice(2);
if (!host || !/^\d+$/.test(httpPort) || !/^\d+$/.test(httpsPort)) {
  throw new Error(
    `usage: observatory-scan.ts <host> <http port> <https port>; got ${JSON.stringify(process.argv.slice(2))}`,
  );
}
if (!process.env.NODE_EXTRA_CA_CERTS) {
  throw new Error('NODE_EXTRA_CA_CERTS is not set: the scan would not trust the test certificate');
}

const pkg = resolve(import.meta.dirname, '../../node_modules/@mdn/mdn-http-observatory');
if (!existsSync(join(pkg, 'src/retriever/retriever.js'))) {
  throw new Error(`${pkg} is missing: run npm ci`);
}
// Its install script (denied in package.json) would download the HSTS preload list; the
// analysis reads that file, so give it an empty list: no host here is preloaded.
const preload = join(pkg, 'conf/hsts-preload.json');
if (!existsSync(preload)) writeFileSync(preload, '{}\n');

/** Imports one of the package's modules (plain JS without types: the shapes used are typed here). */
const load = (path: string): Promise<unknown> => import(pathToFileURL(join(pkg, 'src', path)).href);

const { retrieve } = (await load('retriever/retriever.js')) as {
  retrieve: (
    host: string,
    options: { httpPort: string; httpsPort: string },
  ) => Promise<{ responses: { auto: { status: number } | null } }>;
};
const { ALL_TESTS, NUM_TESTS } = (await load('constants.js')) as {
  ALL_TESTS: ((requests: unknown) => TestOutput & { constructor: { name: string } })[];
  NUM_TESTS: number;
};
const { getGradeForScore, getScoreModifier } = (await load('grader/grader.js')) as {
  getGradeForScore: (score: number) => { score: number; grade: string };
  getScoreModifier: (expectation: string) => number;
};
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = (await load('grader/charts.js')) as {
  MINIMUM_SCORE_FOR_EXTRA_CREDIT: number;
};

const requests = await retrieve(host, { httpPort, httpsPort });
if (!requests.responses.auto) throw new Error(`the Observatory could not reach ${host}:${httpsPort}`);

let passed = 0;
let withExtraCredit = 100;
let uncurved = 100;
const tests: ObservatoryResult['tests'] = {};
for (const test of ALL_TESTS) {
  const output = test(requests);
  const modifier = output.result ? getScoreModifier(output.result) : 0;
  if (output.result) {
    passed += output.pass ? 1 : 0;
    withExtraCredit += modifier;
    if (modifier < 0) uncurved += modifier;
  }
  tests[output.constructor.name] = { pass: output.pass, result: output.result, scoreModifier: modifier };
}
const { grade, score } = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withExtraCredit : uncurved);
const result: ObservatoryResult = { grade, score, testsPassed: passed, testsQuantity: NUM_TESTS, tests };
process.stdout.write(`${JSON.stringify(result)}\n`);
