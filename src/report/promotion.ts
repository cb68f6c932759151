// What promote and rollback write to the job summary and to the pull request's comment.
import { pct } from '../lib/format.js';

const sentence = (text: string) => `${text[0]!.toUpperCase()}${text.slice(1)}.`;

/** The candidate's accuracy beside production's, as a small table (with its leading blank line). */
export function accuracyTable(jobName: string, accuracy: number, production?: { version: number; accuracy: number }) {
  return `\n\n| | accuracy |\n|---|---:|\n| candidate \`${jobName}\` | ${pct(accuracy)} |${production ? `\n| production v${production.version} | ${pct(production.accuracy)} |` : ''}`;
}

export const notPromotedSummary = (modelName: string, why: string, numbers = '') =>
  `## ⏸ \`${modelName}\`: not promoted\n\n${sentence(why)}${numbers}\n`;

export const promotedSummary = (
  modelName: string,
  version: number,
  reason: string,
  numbers: string,
  endpoint: { arn: string; serves: string },
) =>
  `## 🚀 \`${modelName}\`: promoted to production as version ${version}\n\n${sentence(reason)}${numbers}\n\nStable endpoint \`${endpoint.arn}\` now serves \`${endpoint.serves}\`.\n`;

export const supersededSummary = (modelName: string, version: number, by?: number) =>
  `## ⏭ \`${modelName}\`: version ${version} superseded\n\nWhile this run moved the stable endpoint, ${by !== undefined ? `version ${by}` : 'another run'} was decided as production; that run finishes the move.\n`;

export const rolledBackSummary = (
  modelName: string,
  version: number,
  previous: number | undefined,
  endpoint: { arn: string; serves: string },
) =>
  `## ↩️ \`${modelName}\`: production rolled back to version ${version}\n\n${previous !== undefined ? `From version ${previous}. ` : ''}Stable endpoint \`${endpoint.arn}\` serves \`${endpoint.serves}\`.\n`;

/** The line promote adds under the pull request's sticky comment. */
export const notPromotedLine = (at: string, reason: string) => `⏸ **Not promoted** on ${at.slice(0, 10)}: ${reason}.`;

export const promotedLine = (version: number, actor: { at: string; by?: string; run?: string }, reason: string) =>
  `🚀 **Promoted to production** as version ${version} on ${actor.at.slice(0, 10)}${actor.by ? ` by ${actor.by}` : ''}${actor.run ? ` ([run](${actor.run}))` : ''}: ${reason}.`;
