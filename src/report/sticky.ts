import type { GitHub, IssueComment } from '../github/client.js';

/** The hidden line that marks the action's comment for one model. */
export const marker = (modelName: string) => `<!-- bedrock-model-ci:${modelName} -->`;

/** GITHUB_TOKEN comments as this bot; a personal token as its user (asked with GET /user). */
const ACTIONS_BOT = 'github-actions[bot]';

/**
 * One comment per model, updated in place: found by its marker and author over all pages of
 * comments. Two runs that raced and both created one are healed here: the oldest stays, updated
 * with this run's body, and the others are deleted.
 */
export async function upsertStickyComment(github: GitHub, issue: number, modelName: string, body: string): Promise<IssueComment> {
  const mark = marker(modelName);
  const me = (await github.login()) ?? ACTIONS_BOT;
  const ours = async () => (await github.comments(issue)).filter((c) => c.author === me && c.body.includes(mark)).sort((a, b) => a.id - b.id);
  const full = body.includes(mark) ? body : `${mark}\n${body}`;

  const existing = await ours();
  let kept: IssueComment;
  if (existing.length > 0) {
    kept = await github.updateComment(existing[0]!.id, full);
  } else {
    await github.createComment(issue, full);
    const now = await ours();
    kept = now[0]!;
    if (kept.body !== full) kept = await github.updateComment(kept.id, full);
  }
  for (const extra of (await ours()).filter((c) => c.id !== kept.id)) await github.deleteComment(extra.id);
  return kept;
}

const PROMOTION = '<!-- bedrock-model-ci:promotion -->';

/** Puts one line (promoted or not, and why) at the top of a model's comment, replacing an earlier one. */
export async function annotateStickyComment(github: GitHub, issue: number, modelName: string, line: string): Promise<IssueComment | undefined> {
  const mark = marker(modelName);
  const me = (await github.login()) ?? ACTIONS_BOT;
  const comment = (await github.comments(issue)).filter((c) => c.author === me && c.body.includes(mark)).sort((a, b) => a.id - b.id)[0];
  if (!comment) return undefined;
  // An HTML comment starts an HTML block in CommonMark: the marker and the quote get lines of their own.
  const lines = comment.body.split('\n').filter((l) => l !== mark);
  const at = lines.indexOf(PROMOTION);
  if (at >= 0) lines.splice(at, lines[at + 2] === '' ? 3 : 2);
  return github.updateComment(comment.id, [mark, PROMOTION, `> ${line}`, '', ...lines].join('\n'));
}
