import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { awsFailure, messageOf } from '../errors.js';
import { GitHub } from '../github/client.js';
import { readRegistry } from '../registry/manifest.js';
import { decide, protectedVersions, pullRequestOf, type PruneRow } from '../registry/prune.js';
import { pruneSummary } from '../report/prune.js';
import { priceBook } from '../pricing/book.js';
import { withSession } from '../services.js';

/**
 * Deletes the custom models of `model-name` that this action trained and nobody will use, with
 * their evaluation leftovers; a dry run (the default) only lists them. Never production, a
 * promotion under way, the newest `keep-versions` versions, a model something still serves, or a
 * model whose tags do not prove it is this action's.
 */
export async function prune(settings: Settings, io: Io, deps: Deps): Promise<void> {
  await withSession(settings, deps, io, async (session) => {
    const { store, services } = session;
    const { models, deployments } = services;
    const now = deps.clock.now();
    // The registry decides what is protected: unreadable means nothing is deleted (readRegistry throws).
    const registry = (await readRegistry(store, settings.modelName))?.registry;
    const kept = protectedVersions(registry, settings.keepVersions);
    const repo = deps.context.repository;
    const github =
      settings.githubToken && repo ? new GitHub(settings.githubToken, repo, deps.context.apiUrl) : undefined;
    const rules = {
      modelName: settings.modelName,
      repository: repo,
      keepVersions: settings.keepVersions,
      afterDays: settings.pruneAfterDays,
      now,
    };

    const found = await io.group('Custom models', async () => {
      const list = await models.named(`${settings.modelName}-`).catch((error: unknown) => {
        throw awsFailure(
          `Could not list the custom models of '${settings.modelName}'`,
          error,
          'The role needs bedrock:ListCustomModels and bedrock:ListTagsForResource (docs/iam.md).',
        );
      });
      io.info(`${list.length} custom model(s) named ${settings.modelName}-…`);
      return list;
    });

    /** a model's row, its base model (for the storage price), and the leftovers that go with it */
    type Candidate = { row: PruneRow; base?: string; leftovers: Array<{ arn: string; provisioned: boolean }> };
    const candidates: Candidate[] = [];
    for (const m of found) {
      const tags = await models.tags(m.arn);
      const number = pullRequestOf(tags);
      let state: 'open' | 'closed' | undefined;
      if (number && github)
        state = await github.pullRequestState(number).catch((error: unknown) => {
          io.debug(`PR #${number}: ${messageOf(error)}`);
          return undefined;
        });
      let decision = decide(
        { arn: m.arn, name: m.name, createdAt: m.createdAt, tags, pullRequest: number ? { number, state } : undefined },
        rules,
        kept,
      );
      // What still serves it: this action's evaluation leftovers go with it; anything else keeps it.
      const leftovers: Array<{ arn: string; name: string; provisioned: boolean }> = [];
      if (decision.delete) {
        const serving = [
          ...(await deployments.forModel(m.arn)).map((d) => ({ ...d, provisioned: false })),
          ...(await deployments.provisionedFor(m.arn)).map((d) => ({ ...d, provisioned: true })),
        ];
        for (const s of serving) {
          const t = new Map((await deployments.tags(s.arn)).map((x) => [x.key, x.value]));
          const evaluation =
            t.get('managed-by') === 'bedrock-model-ci' &&
            t.get('model-name') === settings.modelName &&
            t.get('purpose') === 'evaluation';
          if (evaluation) {
            leftovers.push(s);
            continue;
          }
          decision = {
            delete: false,
            why: `${decision.why}, but ${s.provisioned ? 'Provisioned Throughput' : 'deployment'} ${s.name} still serves it`,
          };
          break;
        }
      }
      candidates.push({
        row: {
          name: m.name,
          arn: m.arn,
          createdAt: m.createdAt?.toISOString(),
          action: decision.delete ? 'would-delete' : 'kept',
          why: decision.why,
          ...(decision.delete && leftovers.length ? { leftovers: leftovers.map((l) => l.name) } : {}),
        },
        base: m.baseModelArn?.split('foundation-model/')[1],
        leftovers: decision.delete ? leftovers : [],
      });
    }

    // Storage prices of the models' base models, from the same price book as the PR comment.
    const bases = [...new Set(candidates.map((c) => c.base).filter((x): x is string => Boolean(x)))];
    const prices = bases.length ? await priceBook(session, bases) : undefined;

    const done: PruneRow[] = [];
    for (const c of candidates) {
      const row: PruneRow = { ...c.row, storagePerMonth: c.base ? prices?.get(c.base, 'storage')?.usd : undefined };
      if (!settings.pruneApply || row.action !== 'would-delete') {
        done.push(row);
        continue;
      }
      try {
        for (const l of c.leftovers) {
          if (l.provisioned) await deployments.deleteProvisioned(l.arn);
          else await deployments.delete(l.arn);
        }
        const outcome = await models.delete(row.arn);
        if (outcome.outcome === 'in-use') {
          done.push({ ...row, action: 'in-use', why: `${row.why}; Bedrock refused: ${outcome.reason}` });
          io.warning(`Kept ${row.name}: Bedrock says it is in use (${outcome.reason}).`);
        } else {
          done.push({ ...row, action: 'deleted' });
          io.info(`Deleted ${row.name} (${row.why}).`);
        }
      } catch (error) {
        done.push({ ...row, action: 'failed', why: `${row.why}; ${messageOf(error)}` });
        io.warning(
          awsFailure(
            `Could not delete ${row.name}`,
            error,
            'The release role needs bedrock:DeleteCustomModel on custom models tagged managed-by=bedrock-model-ci (docs/iam.md).',
          ).message,
        );
      }
    }

    for (const r of done) io.info(`${r.action === 'kept' ? 'keep  ' : r.action.padEnd(6)} ${r.name}: ${r.why}`);
    const savings = done
      .filter((r) => r.action === (settings.pruneApply ? 'deleted' : 'would-delete'))
      .reduce((a, r) => a + (r.storagePerMonth ?? 0), 0);
    io.setOutput('pruned', JSON.stringify(done));
    io.setOutput('monthly-savings', savings.toFixed(2));
    await io.summary(pruneSummary(settings.modelName, done, settings.pruneApply, savings));
    if (done.some((r) => r.action === 'failed'))
      io.warning('Some models could not be deleted; the summary says which and why. The next run tries again.');
  });
}
