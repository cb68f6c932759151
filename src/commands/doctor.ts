// `doctor`: a read-only preflight of the account, before anything is spent. It reads; it never
// writes to S3, creates a job or deployment, or invokes a model (docs/doctor.md).
import { UserError } from '../errors.js';
import type { Deps } from '../deps.js';
import type { Io } from '../io/io.js';
import type { Settings } from '../settings.js';
import { validateDatasets } from '../dataset/validate.js';
import {
  checkBaseModels,
  checkBucket,
  checkIdentity,
  checkInvokeIds,
  checkPermissions,
  checkServiceRole,
  type DoctorContext,
} from '../preflight/checks.js';
import { checkPrices, checkQuotas } from '../preflight/quotas.js';
import type { CheckResult } from '../preflight/result.js';
import { needsOf } from '../preflight/permissions.js';
import { checklistLine, doctorSummary } from '../report/doctor.js';
import { withSession } from '../services.js';

export async function doctor(settings: Settings, io: Io, deps: Deps): Promise<void> {
  const records = await datasetRecords(settings, io);
  const results: CheckResult[] = [];
  await withSession(settings, deps, io, async ({ aws, store, services }) => {
    const c: DoctorContext = {
      settings,
      region: aws.region,
      account: services.account,
      models: services.foundation,
      store,
      priceList: services.priceList,
      records: records?.count,
      now: deps.clock.now(),
      io,
    };
    await io.group('Check the account (read-only)', async () => {
      const add = (...r: CheckResult[]) => {
        for (const one of r) io.info(checklistLine(one));
        results.push(...r);
      };
      if (records) add(records.result);
      const { result, identity } = await checkIdentity(c);
      add(result);
      add(...(await checkBaseModels(c)));
      add(...(await checkInvokeIds(c)));
      add(...(await checkBucket(c, identity)));
      add(await checkServiceRole(c, identity));
      if (identity) {
        const scope = { region: c.region, account: identity.account, partition: identity.arn.split(':')[1] };
        add(
          await checkPermissions(
            c,
            'this role (run, evaluate)',
            identity.principal,
            needsOf(['run', 'evaluate'], settings, scope),
          ),
        );
        if (settings.releaseRoleArn)
          add(
            await checkPermissions(
              c,
              'the release role (promote, rollback, evaluate, prune, monitor)',
              settings.releaseRoleArn,
              needsOf(['promote', 'rollback', 'evaluate', 'prune', 'monitor'], settings, scope),
            ),
          );
      }
      const running = await services.jobs.inProgress().catch(() => undefined);
      add(...(await checkQuotas(c, running)));
      add(...(await checkPrices(c)));
    });
  });
  io.setOutput('checks', JSON.stringify(results));
  const failed = results.filter((r) => r.status === 'fail');
  io.setOutput('passed', failed.length ? 'false' : 'true');
  await io.summary(doctorSummary(results));
  if (failed.length)
    throw new UserError(
      `doctor found ${failed.length} problem${failed.length === 1 ? '' : 's'}: ${failed.map((f) => f.check).join(', ')}. Each line above says what to do; nothing was created or spent.`,
    );
  io.notice(
    `doctor: the account is ready for bedrock-model-ci (${results.filter((r) => r.status === 'warn').length} warning(s), ${results.filter((r) => r.status === 'skip').length} not checked).`,
  );
}

/** The training records, counted as the quota counts them, when 'training-data' is given. */
async function datasetRecords(
  settings: Settings,
  io: Io,
): Promise<{ count?: number; result: CheckResult } | undefined> {
  if (!settings.trainingData) return undefined;
  const report = await validateDatasets(settings);
  const bounds = settings.baseModel.customization[settings.customizationType];
  const validation = report.files.find((f) => f.role === 'validation')?.records ?? 0;
  const count = report.records + (bounds?.includesValidation ? validation : 0);
  if (!report.ok) {
    io.debug(`doctor: the datasets have ${report.errors} error(s)`);
    return {
      count,
      result: {
        check: 'Datasets',
        status: 'fail',
        detail: `${report.errors} validation error(s)`,
        fix: 'Run `command: validate` for each error on its file and line.',
      },
    };
  }
  return {
    count,
    result: {
      check: 'Datasets',
      status: 'pass',
      detail: `${report.records.toLocaleString('en-US')} training records${validation ? ` + ${validation.toLocaleString('en-US')} validation` : ''}, ${report.warnings} warning(s)`,
    },
  };
}
