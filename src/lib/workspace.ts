import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { RunSettings } from '../settings.js';

export type Confinement = Pick<RunSettings, 'workspace' | 'confineToWorkspace' | 'allowSymlinks'>;

/**
 * On a runner, a file the action reads (a dataset, a rubric) must be a file of the checkout: a path
 * (or a committed symbolic link) that leads elsewhere would have the action read, hash, upload and
 * quote the runner's own files. Returns the finding (a rule id of the validator) or undefined.
 */
export async function confinement(
  settings: Confinement,
  file: string,
  input: string,
): Promise<{ rule: 'file/outside-workspace' | 'file/symlink'; message: string } | undefined> {
  if (!settings.confineToWorkspace) return undefined;
  const [real, root] = await Promise.all([realpath(file), realpath(settings.workspace)]);
  if (real !== root && !real.startsWith(`${root}${path.sep}`)) {
    return {
      rule: 'file/outside-workspace',
      message: `Input '${input}' leads outside the repository checkout (GITHUB_WORKSPACE)${real !== file ? ' through a symbolic link' : ''}. Datasets must be files of the repository: name one relative to its root.`,
    };
  }
  if (real !== path.resolve(file) && !settings.allowSymlinks) {
    return {
      rule: 'file/symlink',
      message: `Input '${input}' is reached through a symbolic link. Commit the file itself, or set 'allow-symlinks: true' if the link is deliberate (it must still stay inside the checkout).`,
    };
  }
  return undefined;
}
