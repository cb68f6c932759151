// A customization job's stages as the card shows them: "validation ✓ · data processing ⏳ · training ○".
import { mdText } from './escape.js';

const STAGE_NAMES: ReadonlyArray<[string, string]> = [
  ['validation', 'validation'],
  ['dataProcessing', 'data processing'],
  ['training', 'training'],
];
const STAGE_MARK: Readonly<Record<string, string>> = {
  Completed: '✓',
  InProgress: '⏳',
  NotStarted: '○',
  Failed: '✗',
  Stopping: '⏹',
  Stopped: '⏹',
};

/** "validation ✓ · data processing ⏳ · training ○", and the stage in progress (Bedrock reports stages for some customization types). */
export function stageLine(stages: Readonly<Record<string, string>> | undefined): { line?: string; current?: string } {
  if (!stages) return {};
  const known = STAGE_NAMES.filter(([key]) => stages[key]);
  if (!known.length) return {};
  return {
    line: known.map(([key, label]) => `${label} ${STAGE_MARK[stages[key]!] ?? mdText(stages[key]!, 20)}`).join(' · '),
    current: known.find(([key]) => stages[key] === 'InProgress')?.[1],
  };
}
