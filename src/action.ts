import * as core from '@actions/core';
import { actionsIo } from './io/actions.js';
import { execute } from './main.js';
import { withDefaults } from './settings.js';

/** The action's main step, as the runner starts it. */
export async function run(): Promise<void> {
  const outcome = await execute(actionsIo(), withDefaults((name) => core.getInput(name)));
  if (!outcome.ok) core.setFailed(outcome.message ?? 'failed');
}
