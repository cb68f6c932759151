// `npm run demo`: the action on examples/atis-intents as a pull request would run it, offline.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, runAction } from './runner.js';

const out = path.join(ROOT, '.demo');
mkdirSync(out, { recursive: true });

const say = (line = '') => process.stdout.write(`${line}\n`);
say('Bedrock Model CI demo: the built action (dist/index.js) on examples/atis-intents, as a pull request.');
say('Nothing here talks to AWS or GitHub.');
say();

const validate = await runAction({
  event: 'pull_request',
  inputs: { command: 'validate', 'training-data': 'examples/atis-intents/train.jsonl', 'test-data': 'examples/atis-intents/test.jsonl' },
  post: false,
});
const summaryFile = path.join(out, 'validate-summary.md');
writeFileSync(summaryFile, validate.summary);
for (const a of validate.annotations) say(`${a.level}: ${a.file ? `${a.file}:${a.line ?? ''} ` : ''}${a.message}`);
say(`validate: exit ${validate.exitCode}; ${validate.outputs.records} training records; dataset-hash ${validate.outputs['dataset-hash']}`);
say(`job summary written to ${path.relative(process.cwd(), summaryFile)}`);
process.exitCode = validate.exitCode === 0 ? 0 : 1;
