// The shape of the house, checked rather than remembered (docs/architecture.md): commands stay a list
// of steps, files stay readable, and only the shell and the commands take the whole Settings.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../sandbox/runner.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
const SRC = files(path.join(ROOT, 'src')).map((f) => ({
  name: path.relative(ROOT, f).split(path.sep).join('/'),
  text: readFileSync(f, 'utf8'),
}));
const lines = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('the architecture', () => {
  it('commands/ is a list of steps: under 1,500 lines together', () => {
    const total = SRC.filter((f) => f.name.startsWith('src/commands/')).reduce((a, f) => a + lines(f.text), 0);
    assert.ok(total < 1500, `src/commands/ has ${total} lines: move decisions and sentences to their phase`);
  });

  it('no source file but interface.ts is over 450 lines', () => {
    const long = SRC.filter((f) => f.name !== 'src/interface.ts' && lines(f.text) > 450).map(
      (f) => `${f.name} (${lines(f.text)})`,
    );
    assert.deepEqual(long, [], 'split these by what they do');
  });

  it('only the shell, the session and the commands import the whole Settings; the phases take their sections', () => {
    const whole = SRC.filter((f) =>
      [...f.text.matchAll(/import (?:type )?\{([^}]*)\} from '[./]*settings\.js'/g)].some((m) =>
        /(?<!\w)Settings\b/.test(m[1]!),
      ),
    ).map((f) => f.name);
    const allowed = /^src\/(commands\/[^/]+|deps|services|inputs|main|action|cli)\.ts$/;
    assert.deepEqual(
      whole.filter((f) => !allowed.test(f)),
      [],
      'take the sections of settings.ts the module reads (DataSettings, EvaluationSettings, …)',
    );
    assert.ok(whole.length <= 15, `${whole.length} files import the whole Settings: ${whole.join(', ')}`);
  });
});
