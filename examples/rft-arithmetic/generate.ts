// Generates the RFT example in examples/rft-arithmetic/ deterministically: arithmetic word problems
// in the RFT record format, whose reference answer is the number. Run: npm run examples
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prng } from '../atis-intents/generate.js';

export const SYSTEM_PROMPT =
  "Solve the math word problem. Reason briefly, then give the final answer on its own line as '#### <number>'.";

const NAMES = ['Ava', 'Noah', 'Priya', 'Mateo', 'Yuki', 'Amara', 'Lars', 'Fatima', 'Chen', 'Olivia', 'Kwame', 'Sofia'];
const ITEMS = ['apple', 'marble', 'sticker', 'book', 'pencil', 'cookie', 'stamp', 'shell', 'card', 'balloon'];

interface Template {
  readonly topic: string;
  /** the problem and its answer from three numbers */
  make(name: string, item: string, a: number, b: number, c: number): { text: string; answer: number };
  /** reads the numbers back out of a problem of this template */
  readonly pattern: RegExp;
  solve(m: RegExpExecArray): number;
}

const n = (s: string | undefined) => Number(s);

/** The templates, each with the pattern that reads it back: the sandbox's simulated models solve with it. */
export const TEMPLATES: readonly Template[] = [
  {
    topic: 'addition',
    make: (name, item, a, b) => ({
      text: `${name} has ${a} ${item}s and buys ${b} more. How many ${item}s does ${name} have now?`,
      answer: a + b,
    }),
    pattern: /has (\d+) \w+s and buys (\d+) more/,
    solve: (m) => n(m[1]) + n(m[2]),
  },
  {
    topic: 'subtraction',
    make: (name, item, a, b) => ({
      text: `${name} had ${a + b} ${item}s and gave ${b} of them to a friend. How many ${item}s does ${name} have left?`,
      answer: a,
    }),
    pattern: /had (\d+) \w+s and gave (\d+) of them/,
    solve: (m) => n(m[1]) - n(m[2]),
  },
  {
    topic: 'multiplication',
    make: (_name, item, a, b) => ({
      text: `A box holds ${a} ${item}s. How many ${item}s are there in ${b} boxes?`,
      answer: a * b,
    }),
    pattern: /A box holds (\d+) \w+s\. How many \w+s are there in (\d+) boxes/,
    solve: (m) => n(m[1]) * n(m[2]),
  },
  {
    topic: 'division',
    make: (name, item, a, b) => ({
      text: `${name} shares ${a * (b + 1)} ${item}s equally among ${b + 1} friends. How many ${item}s does each friend get?`,
      answer: a,
    }),
    pattern: /shares (\d+) \w+s equally among (\d+) friends/,
    solve: (m) => n(m[1]) / n(m[2]),
  },
  {
    topic: 'change',
    make: (name, item, a, b) => {
      const bill = [20, 50, 100].find((x) => x > a * b) ?? 200;
      return {
        text: `${name} buys ${a} ${item}s at ${b} dollars each and pays with a ${bill}-dollar bill. How many dollars of change does ${name} get?`,
        answer: bill - a * b,
      };
    },
    pattern: /buys (\d+) \w+s at (\d+) dollars each and pays with a (\d+)-dollar bill/,
    solve: (m) => n(m[3]) - n(m[1]) * n(m[2]),
  },
  {
    topic: 'two-steps',
    make: (_name, _item, a, b, c) => ({
      text: `A train travels at ${a} miles per hour for ${b} hours, then ${c} miles more. How many miles does it travel in total?`,
      answer: a * b + c,
    }),
    pattern: /travels at (\d+) miles per hour for (\d+) hours, then (\d+) miles more/,
    solve: (m) => n(m[1]) * n(m[2]) + n(m[3]),
  },
];

/** The answer of a problem written from one of TEMPLATES; undefined for any other text. */
export function solveProblem(text: string): number | undefined {
  for (const t of TEMPLATES) {
    const m = t.pattern.exec(text);
    if (m) return t.solve(m);
  }
  return undefined;
}

export function generate(trainSize = 240, testSize = 60, seed = 7) {
  const r = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const seen = new Set<string>();
  const draw = (i: number) => {
    for (;;) {
      const t = TEMPLATES[i % TEMPLATES.length]!;
      const p = t.make(
        NAMES[int(0, NAMES.length - 1)]!,
        ITEMS[int(0, ITEMS.length - 1)]!,
        int(2, 12),
        int(2, 9),
        int(10, 90),
      );
      if (seen.has(p.text)) continue;
      seen.add(p.text);
      return { topic: t.topic, ...p };
    }
  };
  const records = (count: number, prefix: string) =>
    Array.from({ length: count }, (_, i) => {
      const p = draw(i);
      return {
        id: `${prefix}-${String(i + 1).padStart(4, '0')}`,
        messages: [
          { role: 'system', content: SYSTEM_PROMPT },
          { role: 'user', content: p.text },
        ],
        reference_answer: String(p.answer),
      };
    });
  return { train: records(trainSize, 'train'), test: records(testSize, 'test') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  const { train, test } = generate();
  const jsonl = (rows: unknown[]) => rows.map((x) => JSON.stringify(x)).join('\n') + '\n';
  writeFileSync(path.join(dir, 'train.jsonl'), jsonl(train));
  writeFileSync(path.join(dir, 'test.jsonl'), jsonl(test));
  process.stdout.write(
    `wrote ${train.length} training and ${test.length} test records to ${path.relative(process.cwd(), dir)}\n`,
  );
}
