// `npm test`: Node's own test runner over every __tests__/**/*.test.ts (Node 20 takes no globs),
// with tsx to load TypeScript. Extra arguments go to node, e.g. `npm test -- --test-name-pattern=pii`.
// TESTS=e2e runs one folder of __tests__ only (CI runs the built action's end-to-end tests on each
// Node version the action supports).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : find(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const files = find(process.env.TESTS ? `__tests__/${process.env.TESTS}` : '__tests__').sort();
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...process.argv.slice(2), ...files],
  // On Node 20 the SDK's notice that it wants Node 22 would only clutter the test output.
  { stdio: 'inherit', env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env } },
);
process.exit(result.status ?? 1);
