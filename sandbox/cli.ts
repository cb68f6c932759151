// `npm run sandbox`: every service on a local port until Ctrl-C, printing the environment to
// export so that the action, the CLI, the AWS CLI or your own code talk to it.
import { startSandbox, SANDBOX_BUCKET, SANDBOX_ROLE } from './index.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Time moves by polls: the action, unscaled, polls a job every 30 s at first, so a poll is 30 s of
// the job's time and a job of SANDBOX_JOB_SECONDS (default 120) ends after a few of them.
const sandbox = await startSandbox({
  bedrock: { pollMs: 30_000, jobDurationMs: Number(process.env.SANDBOX_JOB_SECONDS ?? 120) * 1000 },
});
const env = {
  ...sandbox.env,
  ...sandbox.oidcEnv,
  ...sandbox.staticCredentialsEnv,
  GITHUB_TOKEN: sandbox.github.options.token,
};
process.stdout.write(
  [
    'Bedrock Model CI sandbox: simulated S3, Bedrock, Bedrock runtime, STS and GitHub. No AWS account is used.',
    ...Object.entries(sandbox.endpoints).map(([name, url]) => `  ${name.padEnd(8)} ${url}`),
    `  bucket   s3://${SANDBOX_BUCKET}    role to assume: ${SANDBOX_ROLE}`,
    '',
    'Export this in another shell:',
    ...Object.entries(env).map(([k, v]) => `export ${k}='${v}'`),
    '',
    'Ctrl-C stops it.',
    '',
  ].join('\n'),
);
const stop = async () => {
  await sandbox.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
