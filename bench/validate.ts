// Validator throughput against a plain JSON.parse-per-line loop over the same file, in the same
// run, plus peak RSS of each. Not part of the tests. Size: BENCH_MB (default 1024).
//   npm run bench
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { INTENTS, SYSTEM_PROMPT, prng } from '../examples/atis-intents/generate.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = path.join(here, '..', '.bench');
const targetMb = Number(process.env.BENCH_MB ?? 1024);
const records = 20_000; // Bedrock's maximum for Nova SFT: the file stays valid
const file = path.join(dir, `valid-${targetMb}mb.jsonl`);

const WORDS = [
  'show',
  'me',
  'flights',
  'from',
  'boston',
  'to',
  'denver',
  'on',
  'monday',
  'morning',
  'with',
  'a',
  'stop',
  'in',
  'atlanta',
  'fare',
  'code',
  'first',
  'class',
  'leaving',
  'after',
  '10:30',
  'am',
  'arriving',
  'before',
  'noon',
  'united',
  'flight',
  '1291',
  'and',
  'return',
  'friday',
  'evening',
  'nonstop',
  'please',
  'cheapest',
  'round',
  'trip',
  'ticket',
  'dallas',
];

async function generate(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const perRecord = Math.floor((targetMb * 1024 * 1024) / records);
  const r = prng(7);
  const out = createWriteStream(file);
  for (let i = 0; i < records; i++) {
    const words: string[] = [`record ${i}`];
    let len = 0;
    while (len < perRecord - 700) {
      const w = WORDS[Math.floor(r() * WORDS.length)]!;
      words.push(w);
      len += w.length + 1;
    }
    const line = JSON.stringify({
      schemaVersion: 'bedrock-conversation-2024',
      system: [{ text: SYSTEM_PROMPT }],
      messages: [
        { role: 'user', content: [{ text: words.join(' ') }] },
        { role: 'assistant', content: [{ text: INTENTS[i % INTENTS.length] }] },
      ],
    });
    if (!out.write(`${line}\n`)) await new Promise<void>((res) => out.once('drain', () => res()));
  }
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
}

// The baseline: the plainest correct reader of the same file, one JSON.parse per line.
const BASELINE = `
const readline = require('node:readline');
const fs = require('node:fs');
(async () => {
  let n = 0;
  const rl = readline.createInterface({ input: fs.createReadStream(process.argv[1]), crlfDelay: Infinity });
  for await (const line of rl) { JSON.parse(line); n++; }
  console.log(n);
})();`;

interface Run {
  ms: number;
  rssMb: number;
}
/** Times a whole process, as users run it (start-up included), and reads its peak RSS. */
function measure(args: string[]): Run {
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', path.join(here, 'peak-rss.cjs'), ...args], {
    cwd: path.join(here, '..'),
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`benchmark child failed (${r.status}): ${r.stderr.slice(-2000)}`);
  const rss = /peak-rss-kib=(\d+)/.exec(r.stderr);
  return { ms, rssMb: Number(rss![1]) / 1024 };
}

const validator = (f: string) => [path.join(here, '..', 'dist', 'cli', 'index.js'), 'validate', '--training-data', f];

if (!existsSync(file)) {
  process.stdout.write(`generating ${file} (${records} records, ~${targetMb} MiB)…\n`);
  await generate();
}
const bytes = statSync(file).size;
const mb = bytes / 1024 / 1024;
// Warm the page cache so the first contender is not charged for disk reads.
measure(['-e', BASELINE, file]);
const runs = Number(process.env.BENCH_RUNS ?? 3);
const base: Run[] = [];
const ours: Run[] = [];
for (let i = 0; i < runs; i++) {
  base.push(measure(['-e', BASELINE, file]));
  ours.push(measure(validator(file)));
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const b = median(base.map((x) => x.ms));
const o = median(ours.map((x) => x.ms));
const rss = Math.max(...ours.map((x) => x.rssMb));
process.stdout.write(
  [
    `file: ${mb.toFixed(0)} MiB, ${records} records; median of ${runs} runs`,
    `baseline (readline + JSON.parse): ${(b / 1000).toFixed(2)} s, ${(mb / (b / 1000)).toFixed(0)} MiB/s, peak RSS ${median(base.map((x) => x.rssMb)).toFixed(0)} MiB`,
    `validator (dist/cli, all rules):  ${(o / 1000).toFixed(2)} s, ${(mb / (o / 1000)).toFixed(0)} MiB/s, peak RSS ${rss.toFixed(0)} MiB`,
    `throughput ratio validator/baseline: ${(b / o).toFixed(2)} (target ≥ 0.70); peak RSS ${rss.toFixed(0)} MiB (target < 150)`,
  ].join('\n') + '\n',
);
