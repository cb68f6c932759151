// What a user pins: one `uses:` reference, the major version of package.json, in every snippet;
// a LICENSE matching package.json's; a CHANGELOG entry for the version.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers/io.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
  repository: { url: string };
};
const repository = /github\.com\/([^/]+\/[^/.]+)/.exec(pkg.repository.url)![1]!;
const major = `v${pkg.version.split('.')[0]}`;

function documents(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', '.git', 'dist', '.scratch'].includes(e.name) ? [] : documents(p);
    return /\.(md|ya?ml)$/.test(e.name) ? [p] : [];
  });
}

describe('a release people can pin', () => {
  it(`every snippet uses ${repository}@${major}`, () => {
    let seen = 0;
    for (const file of documents(ROOT))
      for (const [, ref] of readFileSync(file, 'utf8').matchAll(/uses:\s*(\S*bedrock-model-ci\S*)/g)) {
        seen += 1;
        assert.equal(ref, `${repository}@${major}`, `${path.relative(ROOT, file)} says ${ref}`);
      }
    assert.ok(seen >= 4, `${seen} snippets`);
  });

  it('has the LICENSE package.json names, and a CHANGELOG entry for its version', () => {
    assert.equal(pkg.license, 'MIT');
    assert.match(readFileSync(path.join(ROOT, 'LICENSE'), 'utf8'), /^MIT License\n/);
    assert.match(
      readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8'),
      new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]`, 'm'),
    );
    assert.ok(existsSync(path.join(ROOT, '.github/workflows/release.yml')));
  });
});
