// Generates action.yml and the documentation's tables (README's models; docs/reference.md's inputs
// and outputs; docs/validation.md's rules) from the code, docs/iam.md's IAM documents from
// infra/iam/*.json (the one source the sandbox's IAM evaluator also enforces), and the
// CloudFormation stack from the same documents, so none of them can drift. `npm run docs` writes them; `tsx scripts/docs.ts --check` (run by the tests)
// fails when a committed file differs from what would be generated.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { COMMANDS, INPUTS, OUTPUTS } from '../src/interface.js';
import { RULES } from '../src/rules.js';
import { BASE_MODELS, DISTILLATION_TEACHERS } from '../src/models.js';
import { stackTemplate } from './stack.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function actionYaml(): string {
  const doc = {
    name: 'Bedrock Model CI',
    description:
      'Model CI/CD for Amazon Bedrock customization: validate datasets, train, evaluate against base and production, report on the PR, promote.',
    author: 'Bedrock Model CI',
    branding: { icon: 'cpu', color: 'orange' },
    inputs: Object.fromEntries(
      INPUTS.map((i) => [i.name, { description: i.description, required: false, default: i.default }]),
    ),
    outputs: Object.fromEntries(Object.entries(OUTPUTS).map(([name, description]) => [name, { description }])),
    runs: { using: 'node24', main: 'dist/index.js', post: 'dist/index.js' },
  };
  return `# Generated from src/interface.ts by \`npm run docs\`; edit that file, not this one.\n${stringify(doc, { lineWidth: 0 })}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

function inputsTable(): string {
  const rows = INPUTS.map(
    (i) =>
      `| \`${i.name}\` | ${i.default === '' ? '' : `\`${cell(i.default)}\``} | ${i.commands.length === COMMANDS.length ? 'all' : i.commands.join(', ')} | ${cell(i.description)}${i.flag ? ` On the command line: \`--${i.flag}\`.` : ''} |`,
  );
  return ['| input | default | read by | meaning |', '|---|---|---|---|', ...rows].join('\n');
}

function outputsTable(): string {
  const rows = Object.entries(OUTPUTS).map(([name, d]) => `| \`${name}\` | ${cell(d)} |`);
  return ['| output | meaning |', '|---|---|', ...rows].join('\n');
}

function rulesTable(): string {
  const rows = Object.entries(RULES).map(
    ([id, r]) => `| \`${id}\` | ${r.severity}${id.startsWith('pii/') ? ' (per `pii`)' : ''} | ${cell(r.title)} |`,
  );
  return ['| rule | default | catches |', '|---|---|---|', ...rows].join('\n');
}

/** The base models this action knows (src/models.ts), as the README shows them. */
function modelsTable(): string {
  const kinds = { sft: 'SFT', rft: 'RFT', distillation: 'distillation' } as const;
  const rows = BASE_MODELS.map((m) => {
    const types = Object.entries(m.customization)
      .map(
        ([t, b]) =>
          `${kinds[t as keyof typeof kinds]} (${b.min.toLocaleString('en-US')}–${b.max.toLocaleString('en-US')} records)`,
      )
      .join(', ');
    const teachers = Object.entries(DISTILLATION_TEACHERS)
      .filter(([, students]) => students.includes(m.id))
      .map(([t]) => `\`${t}\``);
    return `| \`${m.id}\` | ${m.label} | ${types}${teachers.length ? `; teachers ${teachers.join(', ')}` : ''} | ${(m.contextTokens / 1000).toLocaleString('en-US')}k | ${m.modalities.length ? m.modalities.join(', ') : 'text'}${m.tools ? ', tools, reasoning' : ''} |`;
  });
  return ['| `base-model` | model | customization | context | input |', '|---|---|---|---|---|', ...rows].join('\n');
}

/** The IAM documents, by name (infra/iam/<name>.json): each follows `<!-- iam:<name> -->` in the README. */
export const IAM_DOCUMENTS = [
  'training-trust',
  'training-policy',
  'release-trust',
  'release-policy',
  'bedrock-service-trust',
  'bedrock-service-policy',
] as const;

export const iamDocument = (name: string): string =>
  readFileSync(path.join(root, 'infra', 'iam', `${name}.json`), 'utf8');

/** Which generated blocks each document holds. */
const BLOCKS: Record<string, { tables?: Record<string, () => string>; iam?: boolean }> = {
  'README.md': { tables: { models: modelsTable } },
  'docs/reference.md': { tables: { inputs: inputsTable, outputs: outputsTable } },
  'docs/validation.md': { tables: { rules: rulesTable } },
  'docs/iam.md': { iam: true },
};

/** A document with its generated blocks written again. */
export function generated(file: string, current: string): string {
  const spec = BLOCKS[file]!;
  let out = current;
  for (const [name, table] of Object.entries(spec.tables ?? {})) {
    const re = new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`);
    if (!re.test(out)) throw new Error(`${file} has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
    out = out.replace(re, `$1${table()}\n$2`);
  }
  if (spec.iam)
    for (const name of IAM_DOCUMENTS) {
      const re = new RegExp(`(<!-- iam:${name} -->\\n\`\`\`json\\n)[\\s\\S]*?(\`\`\`)`);
      if (!re.test(out)) throw new Error(`${file} has no <!-- iam:${name} --> block followed by a json fence`);
      out = out.replace(re, (_, open: string, close: string) => `${open}${iamDocument(name)}${close}`);
    }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const files: Array<[string, string]> = [
    ['action.yml', actionYaml()],
    ...Object.keys(BLOCKS).map((file): [string, string] => [
      file,
      generated(file, readFileSync(path.join(root, file), 'utf8')),
    ]),
    ['infra/bedrock-model-ci.yaml', stackTemplate()],
  ];
  let stale = 0;
  for (const [name, content] of files) {
    const file = path.join(root, name);
    if (existsSync(file) && readFileSync(file, 'utf8') === content) continue;
    if (check) {
      process.stderr.write(
        `${name} is out of date with src/interface.ts or infra/iam: run 'npm run docs' and commit it.\n`,
      );
      stale += 1;
    } else {
      writeFileSync(file, content);
      process.stdout.write(`wrote ${name}\n`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}
