// Who may spend money and touch production. A pull request's data, test set and workflow file are
// untrusted, and so is anyone who can open one. This check runs inside the AWS client factory, so
// no command can reach STS, S3 or Bedrock without passing it.
import { minimatch } from 'minimatch';
import { UserError } from '../errors.js';
import { printable } from '../io/printable.js';
import type { RunSettings, AccessSettings } from '../settings.js';
import type { RunContext } from './context.js';

/** Events whose code and data are the repository's own (a branch or tag of it, or its default branch). */
const OWN_EVENTS = new Set(['push', 'release', 'workflow_dispatch', 'schedule', 'repository_dispatch', 'merge_group']);
/** What may change production: the release workflow's events, on the default branch or a tag. */
const RELEASE_EVENTS = new Set(['push', 'release', 'workflow_dispatch', 'schedule']);

export interface PullRequestLookup {
  /** the head repository of a pull request ('' for a deleted fork) */
  headRepo(number: number): Promise<string>;
}

/** Where this run's code and data come from: the repository's full name, or why it cannot be told. */
async function origin(
  context: RunContext,
  lookup: PullRequestLookup | undefined,
): Promise<{ repo: string; what: string }> {
  const event = context.eventName;
  if (context.pullRequest) {
    return { repo: context.pullRequest.headRepo, what: 'pull request' };
  }
  if (event === 'workflow_run') {
    if (context.workflowRunHeadRepo === undefined) throw unknownOrigin(event, 'the event has no workflow_run');
    return { repo: context.workflowRunHeadRepo, what: "workflow_run's triggering run" };
  }
  if (event === 'issue_comment') {
    if (context.issuePullRequest === undefined) return { repo: context.repository ?? '', what: 'issue comment' };
    if (!lookup) throw unknownOrigin(event, "reading the pull request needs 'github-token'");
    try {
      return {
        repo: await lookup.headRepo(context.issuePullRequest),
        what: `comment's pull request (#${context.issuePullRequest})`,
      };
    } catch (error) {
      throw unknownOrigin(
        event,
        `pull request #${context.issuePullRequest} could not be read (${(error as Error).message})`,
      );
    }
  }
  if (OWN_EVENTS.has(event)) return { repo: context.repository ?? '', what: `${event} event` };
  throw unknownOrigin(event, 'bedrock-model-ci does not know where its code comes from');
}

function unknownOrigin(event: string, why: string): UserError {
  return new UserError(
    `This run was triggered by '${event || 'an unknown event'}', and ${why}, so the action stops before touching AWS. ` +
      `Run it on pull_request, push, release, workflow_dispatch, schedule, workflow_run or issue_comment.`,
  );
}

/**
 * Refuses, before any AWS call: code from a fork (unless 'allow-forks'), events whose origin
 * cannot be established, and changes to production from anything but the release workflow's
 * events on the default branch or a tag.
 */
export async function checkOrigin(
  settings: RunSettings & AccessSettings,
  context: RunContext,
  lookup?: PullRequestLookup,
): Promise<void> {
  // The CLI on someone's machine: the person running it, with their own credentials, is the origin.
  // (A workflow step that hides GITHUB_ACTIONS runs code of its own anyway: the roles stop that.)
  if (!context.inActions) return;
  const from = await origin(context, lookup);
  const fork = !context.repository || from.repo !== context.repository;
  if (fork && !settings.allowForks) {
    throw new UserError(
      `This ${from.what} comes from a fork (${from.repo || 'a deleted repository'}), so the action stops before touching AWS; the datasets were validated. ` +
        `To train and evaluate fork pull requests, set 'allow-forks: true', preferably behind an environment with required reviewers.`,
    );
  }
  if (settings.command === 'promote' || settings.command === 'rollback' || settings.command === 'prune') {
    const ref = context.ref ?? '';
    const onDefault = context.defaultBranch !== undefined && ref === `refs/heads/${context.defaultBranch}`;
    const tag = ref.startsWith('refs/tags/') ? ref.slice('refs/tags/'.length) : undefined;
    // Any writer can push a tag: only tags the release process names (and protects) are release refs.
    const releaseTag =
      tag !== undefined &&
      (context.eventName === 'release' || settings.releaseTags.some((glob) => minimatch(tag, glob, { dot: true })));
    const trusted = RELEASE_EVENTS.has(context.eventName) && !fork && (onDefault || releaseTag);
    if (!trusted) {
      const tags = settings.releaseTags.length ? settings.releaseTags.map((g) => `'${g}'`).join(', ') : 'none';
      throw new UserError(
        `'command: ${settings.command}' ${settings.command === 'prune' ? 'deletes models' : 'changes production'}, so it runs only on push, release, workflow_dispatch or schedule on the default branch${context.defaultBranch ? ` (${context.defaultBranch})` : ''} or a release tag (input 'release-tags': ${tags}; or a 'release' event); ` +
          `this run is '${context.eventName || 'unknown'}' on '${printable(ref) || 'no ref'}'. Run it from the release workflow (see docs/workflows.md)` +
          (tag !== undefined
            ? `, or add the tag's pattern to 'release-tags' and protect it with a tag protection rule.`
            : '.'),
      );
    }
  }
}
