// Validator throughput against the fastest plain reader of the same file (one buffer split on '\n',
// JSON.parse per line), measured in the same run, with peak RSS of each; and the action's start-up.
// The data is shaped like users' data: multi-turn ATIS-like conversations with flight numbers,
// times, fares, names, dates, booking codes and digit runs that look like (but are not) personal
// data, so the PII scan does the work it does on real files. Not part of the tests.
//   npm run bench:validate            (BENCH_MB=200,1024 by default; BENCH_RUNS=3)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTENTS, SYSTEM_PROMPT, prng } from '../examples/atis-intents/generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, '..');
const dir = path.join(root, '.bench');
const sizes = (process.env.BENCH_MB ?? '200,1024').split(',').map(Number);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const TURNS = 10;

const CITIES = [
  'boston',
  'denver',
  'san francisco',
  'atlanta',
  'dallas fort worth',
  'pittsburgh',
  'baltimore',
  'philadelphia',
  'new york',
  'oakland',
  'salt lake city',
  'milwaukee',
];
const AIRLINES = ['united', 'delta', 'american', 'us air', 'continental', 'northwest', 'twa'];
const NAMES = [
  'María José García',
  'Jean-Luc Picard',
  'Siobhán O’Brien',
  'Nguyễn Văn An',
  'Oluwaseun Adeyemi',
  'Zoë Müller',
  'Hiroshi Tanaka',
  'Anders Ødegaard',
];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function conversation(r: () => number, i: number, turns: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const n = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo));
  const time = () => `${n(1, 13)}:${String(n(0, 60)).padStart(2, '0')} ${r() < 0.5 ? 'am' : 'pm'}`;
  const flight = () => `${pick(AIRLINES)} flight ${n(100, 3000)}`;
  const user = [
    () =>
      `show me flights from ${pick(CITIES)} to ${pick(CITIES)} on ${pick(DAYS)} ${pick(['morning', 'evening', 'afternoon'])} leaving after ${time()}`,
    () => `what is the fare for ${flight()} on ${n(1, 13)}/${n(1, 29)}/2026, is it under $${n(99, 900)}.${n(10, 99)}`,
    () =>
      `book ${n(1, 5)} seats for ${pick(NAMES)} and ${pick(NAMES)}, confirmation ${String.fromCharCode(65 + n(0, 26))}${String.fromCharCode(65 + n(0, 26))}${n(1000, 9999)}`,
    () =>
      `my ticket number is ${n(1000, 9999)} ${n(1000, 9999)} ${n(1000, 9999)} ${n(100, 999)} and the ref 00${n(10000000, 99999999)}`,
    () =>
      `does ${flight()} stop in ${pick(CITIES)} and arrive before ${time()}; gate ${pick(['a', 'b', 'c'])}${n(1, 40)}, seat ${n(1, 40)}${pick(['a', 'c', 'f'])}`,
  ];
  const assistant = [
    () =>
      `${flight()} departs ${pick(CITIES)} at ${time()} and arrives at ${time()}, ${n(0, 3)} stop(s), fare $${n(99, 900)}.00 per person.`,
    () => `I found ${n(2, 12)} options; the cheapest is $${n(99, 500)} on ${pick(DAYS)} with ${pick(AIRLINES)}.`,
    () => `Booked for ${pick(NAMES)}: record locator ${n(100000, 999999)}, total $${n(200, 2000)}.${n(10, 99)}.`,
  ];
  const messages: Array<{ role: string; content: Array<{ text: string }> }> = [];
  for (let t = 0; t < turns - 1; t++) {
    const text = t % 2 === 0 ? pick(user)() : pick(assistant)();
    messages.push({ role: t % 2 === 0 ? 'user' : 'assistant', content: [{ text }] });
  }
  messages.push({ role: 'assistant', content: [{ text: INTENTS[i % INTENTS.length]! }] });
  return JSON.stringify({ schemaVersion: 'bedrock-conversation-2024', system: [{ text: SYSTEM_PROMPT }], messages });
}

async function generate(file: string, targetMb: number): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const r = prng(7);
  const out = createWriteStream(file);
  let bytes = 0;
  for (let i = 0; bytes < targetMb * 1024 * 1024; i++) {
    const line = `${conversation(r, i, TURNS)}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
}

// The baseline: the fastest plain correct reader of the same file. 1 MiB reads into one buffer,
// split on '\n', one JSON.parse per line; only a line cut by a read is copied. It checks nothing.
const BASELINE = `
const fs = require('node:fs');
const fd = fs.openSync(process.argv[1], 'r');
const buf = Buffer.allocUnsafe(1 << 20);
let carry = null, n = 0, read;
while ((read = fs.readSync(fd, buf, 0, buf.length, null)) > 0) {
  let start = 0, nl;
  if (carry) {
    nl = buf.indexOf(10);
    if (nl === -1 || nl >= read) { carry = Buffer.concat([carry, buf.subarray(0, read)]); continue; }
    JSON.parse(Buffer.concat([carry, buf.subarray(0, nl)]).toString('utf8')); n++; start = nl + 1; carry = null;
  }
  while ((nl = buf.indexOf(10, start)) !== -1 && nl < read) { JSON.parse(buf.toString('utf8', start, nl)); n++; start = nl + 1; }
  if (start < read) carry = Buffer.from(buf.subarray(start, read));
}
console.log(n);`;

interface Run {
  ms: number;
  rssMb: number;
}
/** Times a whole process, as users run it (start-up included), and reads its peak RSS. */
function measure(args: string[], env: NodeJS.ProcessEnv = {}, okStatus = [0], expect?: RegExp): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', path.join(here, 'peak-rss.cjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, ...env },
  });
  const ms = performance.now() - t;
  if (!okStatus.includes(r.status ?? -1))
    throw new Error(`benchmark child failed (${r.status}): ${r.stderr.slice(-2000)}`);
  // A broken build exits fast: a benchmark must not time that.
  if (expect && !expect.test(r.stdout))
    throw new Error(`benchmark child printed no ${expect}: ${r.stdout.slice(-500)}`);
  const rss = /peak-rss-kib=(\d+)/.exec(r.stderr);
  return { ms, rssMb: Number(rss![1]) / 1024 };
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const cli = (f: string) => [path.join(root, 'dist', 'cli', 'index.js'), 'validate', '--training-data', f];
const lines: string[] = [];
for (const mb of sizes) {
  const file = path.join(dir, `conversations-${mb}mb.jsonl`);
  if (!existsSync(file)) {
    process.stdout.write(`generating ${file} (${TURNS}-turn conversations, ~${mb} MiB)…\n`);
    await generate(file, mb);
  }
  const size = statSync(file).size / 1024 / 1024;
  measure(['-e', BASELINE, file]); // warm the page cache: no contender is charged for disk reads
  const base: Run[] = [];
  const ours: Run[] = [];
  for (let i = 0; i < runs; i++) {
    base.push(measure(['-e', BASELINE, file]));
    // More than Bedrock's 20,000 records at these sizes: one count/too-many error, exit 1.
    ours.push(measure(cli(file), {}, [0, 1], /^records: \d+$/m));
  }
  const b = median(base.map((x) => x.ms));
  const o = median(ours.map((x) => x.ms));
  const rss = Math.max(...ours.map((x) => x.rssMb));
  lines.push(
    `${size.toFixed(0)} MiB of ${TURNS}-turn conversations; median of ${runs} runs`,
    `  baseline (buffer split + JSON.parse): ${(b / 1000).toFixed(2)} s, ${(size / (b / 1000)).toFixed(0)} MiB/s, peak RSS ${median(base.map((x) => x.rssMb)).toFixed(0)} MiB`,
    `  validator (dist/cli, all rules):      ${(o / 1000).toFixed(2)} s, ${(size / (o / 1000)).toFixed(0)} MiB/s, peak RSS ${rss.toFixed(0)} MiB`,
    `  throughput ratio validator/baseline: ${(b / o).toFixed(2)} (target ≥ 0.70); peak RSS ${rss.toFixed(0)} MiB (target < 150)`,
  );
}

// Start-up: `node dist/index.js` with command: validate, to its first log line.
const ACTION = `
const { spawn } = require('node:child_process');
const t = process.hrtime.bigint();
const child = spawn(process.execPath, [process.argv[1]], { env: process.env, stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.once('data', () => { console.log(Number(process.hrtime.bigint() - t) / 1e6); child.kill(); });`;
const env = {
  INPUT_COMMAND: 'validate',
  'INPUT_TRAINING-DATA': 'examples/atis-intents/train.jsonl',
  GITHUB_WORKSPACE: root,
};
const startup: number[] = [];
for (let i = 0; i < 5; i++) {
  const r = spawnSync(process.execPath, ['-e', ACTION, path.join(root, 'dist', 'index.js')], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  startup.push(Number(r.stdout.trim()));
}
const bare = median(
  Array.from({ length: 5 }, () => {
    const t = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - t;
  }),
);
lines.push(
  `start-up: node dist/index.js (command: validate) to its first log line: ${(median(startup) / 1000).toFixed(3)} s (target < 0.2 s); a bare 'node -e 0' takes ${(bare / 1000).toFixed(3)} s`,
);
process.stdout.write(lines.join('\n') + '\n');
