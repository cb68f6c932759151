import { selfLogin, type GitHub, type IssueComment } from '../github/client.js';

/**
 * The hidden first line that marks the action's comment for one model. A comment is ours only
 * when its body starts with it (and its author is us): a comment that quotes it is someone else's.
 */
export const marker = (modelName: string) => `<!-- bedrock-model-ci:${modelName} -->`;
const isOurs = (body: string, modelName: string) => body.startsWith(`${marker(modelName)}\n`);

/** GITHUB_TOKEN comments as this bot; a personal token as its user (asked with GET /user). */

/** The action's own comments for a model, oldest first. */
async function ours(github: GitHub, issue: number, modelName: string): Promise<IssueComment[]> {
  const me = await selfLogin(github);
  return (await github.comments(issue))
    .filter((c) => c.author === me && isOurs(c.body, modelName))
    .sort((a, b) => a.id - b.id);
}

/**
 * One comment per model, updated in place: found by its marker and author over all pages of
 * comments. Two runs that raced and both created one are healed here: the oldest stays, updated
 * with this run's body, and the others are deleted.
 */
export async function upsertStickyComment(
  github: GitHub,
  issue: number,
  modelName: string,
  body: string,
): Promise<IssueComment> {
  const mark = marker(modelName);
  const full = isOurs(body, modelName) ? body : `${mark}\n${body}`;

  const existing = await ours(github, issue, modelName);
  let kept: IssueComment;
  if (existing.length > 0) {
    kept = await github.updateComment(existing[0]!.id, full);
  } else {
    await github.createComment(issue, full);
    kept = (await ours(github, issue, modelName))[0]!;
    if (kept.body !== full) kept = await github.updateComment(kept.id, full);
  }
  for (const extra of (await ours(github, issue, modelName)).filter((c) => c.id !== kept.id))
    await github.deleteComment(extra.id);
  return kept;
}

// Model names are [a-z0-9-]: no model's marker can be this one.
const PROMOTION = '<!-- bedrock-model-ci/promotion -->';

/** Puts one line (promoted or not, and why) at the top of a model's comment, replacing an earlier one. */
export async function annotateStickyComment(
  github: GitHub,
  issue: number,
  modelName: string,
  line: string,
): Promise<IssueComment | undefined> {
  const mark = marker(modelName);
  const comment = (await ours(github, issue, modelName))[0];
  if (!comment) return undefined;
  // An HTML comment starts an HTML block in CommonMark: the marker and the quote get lines of their own.
  const lines = comment.body.split('\n').filter((l) => l !== mark);
  const at = lines.indexOf(PROMOTION);
  if (at >= 0) lines.splice(at, lines[at + 2] === '' ? 3 : 2);
  return github.updateComment(comment.id, [mark, PROMOTION, `> ${line}`, '', ...lines].join('\n'));
}
