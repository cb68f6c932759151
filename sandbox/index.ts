// The offline sandbox: S3, Bedrock, Bedrock runtime, STS and GitHub on local ports, speaking the
// real wire protocols, so the real SDK and Octokit clients work against it unchanged when pointed
// at it by the standard environment variables. Tests start it in-process; `npm run sandbox` runs
// it on its own.
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { CredentialStore, OidcIssuer, REGION, STATIC_CREDENTIAL } from './auth.js';
import { bedrockHandler, type BedrockOptions } from './bedrock.js';
import { githubHandler, type GithubOptions } from './github.js';
import { CallLog, close, FaultInjector, listen, type Faults, type Service } from './http.js';
import { functionArn, lambdaHandler, type LambdaOptions } from './lambda.js';
import { pricingHandler } from './pricing.js';
import { ROOT } from './runner.js';
import { startRuntime } from './runtime.js';
import { startS3 } from './s3.js';
import { stsHandler, type StsOptions } from './sts.js';
import { Iam, type IamOptions } from './iam.js';
import { iamHandler, serviceQuotasHandler } from './account.js';
import { monitoring, type MonitoringOptions } from './monitoring.js';

export { CallLog, type Faults, type Service } from './http.js';
export { STATIC_CREDENTIAL, ACCOUNT_ID, REGION } from './auth.js';

export interface SandboxOptions {
  /** buckets that exist from the start */
  readonly buckets?: string[];
  readonly bedrock?: Partial<BedrockOptions>;
  readonly monitoring?: Partial<MonitoringOptions>;
  readonly sts?: Partial<StsOptions>;
  readonly github?: Partial<Omit<GithubOptions, 'idTokenRequestToken'>>;
  /** more grader functions (name → module), beside the examples' */
  readonly lambda?: Partial<LambdaOptions>;
  readonly faults?: Partial<Record<Service, Faults>>;
  /** fault decisions are drawn from a PRNG with this seed */
  readonly seed?: number;
  /** IAM policies per role name: every request made with that role's credentials is evaluated */
  readonly iam?: IamOptions;
}

export const SANDBOX_BUCKET = 'model-ci-sandbox';
export const SANDBOX_REPOSITORY = 'octo-org/airline-models';
export const SANDBOX_ROLE = 'arn:aws:iam::123456789012:role/github-model-ci';
/** The example's RFT grader (examples/rft-arithmetic/grader.mjs), as a function of the sandbox's Lambda. */
export const EXAMPLE_GRADER = 'rft-arithmetic-grader';
export const EXAMPLE_GRADER_ARN = functionArn(EXAMPLE_GRADER);
export const SANDBOX_BEDROCK_ROLE = 'arn:aws:iam::123456789012:role/bedrock-customization';

export type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

export async function startSandbox(options: SandboxOptions = {}) {
  const calls = new CallLog();
  const seed = options.seed ?? 1;
  const faults: Record<Service, FaultInjector> = {
    s3: new FaultInjector(options.faults?.s3, seed),
    bedrock: new FaultInjector(options.faults?.bedrock, seed + 1),
    'bedrock-runtime': new FaultInjector(options.faults?.['bedrock-runtime'], seed + 2),
    sts: new FaultInjector(options.faults?.sts, seed + 3),
    github: new FaultInjector(options.faults?.github, seed + 4),
    lambda: new FaultInjector(options.faults?.lambda, seed + 5),
    pricing: new FaultInjector(options.faults?.pricing, seed + 6),
    iam: new FaultInjector(options.faults?.iam, seed + 7),
    servicequotas: new FaultInjector(options.faults?.servicequotas, seed + 8),
    monitoring: new FaultInjector(options.faults?.monitoring, seed + 9),
  };
  const credentials = new CredentialStore();
  const issuer = new OidcIssuer();
  const iam = new Iam(options.iam);

  const s3 = await startS3(credentials, options.buckets ?? [SANDBOX_BUCKET, 'training-bucket'], calls, faults.s3, iam);

  const bedrockOptions: BedrockOptions = {
    // a job of 30 polls, a deployment of 3
    pollMs: 100,
    jobDurationMs: 3000,
    deploymentMs: 300,
    provisionMs: 300,
    failJobs: [],
    onDemandUnsupported: false,
    ...options.bedrock,
  };
  const bedrock = bedrockHandler(bedrockOptions, credentials, s3, calls, faults.bedrock, iam);
  const bedrockServer = http.createServer((req, res) => void bedrock.handler(req, res));
  const bedrockPort = await listen(bedrockServer);

  const monitor = monitoring(
    { modelIdDimension: 'as-invoked', ...options.monitoring },
    credentials,
    calls,
    faults.monitoring,
    iam,
    s3,
    (modelId) => bedrock.state.deployments.get(modelId)?.modelArn ?? bedrock.state.provisioned.get(modelId)?.modelArn,
  );
  const monitoringServer = http.createServer((req, res) => void monitor.handler(req, res));
  const monitoringPort = await listen(monitoringServer);
  const runtime = await startRuntime(
    credentials,
    bedrock.resolve,
    calls,
    faults['bedrock-runtime'],
    iam,
    monitor.onServed,
    (arn) => bedrock.state.tags.get(arn) ?? [],
  );

  const stsOptions: StsOptions = {
    subjects: [`repo:${SANDBOX_REPOSITORY}:*`],
    credentialTtlSeconds: 3600,
    ...options.sts,
  };
  const stsServer = http.createServer(
    (req, res) => void stsHandler(credentials, issuer, stsOptions, calls, faults.sts)(req, res),
  );
  const stsPort = await listen(stsServer);

  const githubOptions: GithubOptions = {
    repository: SANDBOX_REPOSITORY,
    token: `ghs_${randomBytes(18).toString('hex')}`,
    idTokenRequestToken: randomBytes(24).toString('hex'),
    oidc: {},
    forbidCommentWrites: false,
    ...options.github,
  };
  const github = githubHandler(githubOptions, issuer, calls, faults.github);
  const githubServer = http.createServer((req, res) => void github.handler(req, res));
  const githubPort = await listen(githubServer);

  const lambdaOptions: LambdaOptions = {
    functions: { [EXAMPLE_GRADER]: 'examples/rft-arithmetic/grader.mjs', ...options.lambda?.functions },
  };
  const lambda = lambdaHandler(lambdaOptions, ROOT, credentials, calls, faults.lambda, iam);
  const lambdaServer = http.createServer((req, res) => void lambda.handler(req, res));
  const lambdaPort = await listen(lambdaServer);

  const pricing = pricingHandler(credentials, calls, faults.pricing, iam);
  const pricingServer = http.createServer((req, res) => void pricing.handler(req, res));
  const pricingPort = await listen(pricingServer);

  const iamServer = http.createServer((req, res) => void iamHandler(credentials, calls, faults.iam, iam)(req, res));
  const iamPort = await listen(iamServer);
  const quotas = serviceQuotasHandler(credentials, calls, faults.servicequotas, iam);
  const quotasServer = http.createServer((req, res) => void quotas.handler(req, res));
  const quotasPort = await listen(quotasServer);

  const url = (port: number) => `http://127.0.0.1:${port}`;
  const endpoints = {
    s3: url(s3.port),
    bedrock: url(bedrockPort),
    runtime: url(runtime.port),
    sts: url(stsPort),
    github: url(githubPort),
    lambda: url(lambdaPort),
    pricing: url(pricingPort),
    iam: url(iamPort),
    servicequotas: url(quotasPort),
    monitoring: url(monitoringPort),
  };

  /** What a workflow step running against the sandbox gets: the standard variables only. */
  const env: Record<string, string> = {
    AWS_REGION: REGION,
    AWS_ENDPOINT_URL_BEDROCK: endpoints.bedrock,
    AWS_ENDPOINT_URL_BEDROCK_RUNTIME: endpoints.runtime,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_ENDPOINT_URL_STS: endpoints.sts,
    AWS_ENDPOINT_URL_LAMBDA: endpoints.lambda,
    AWS_ENDPOINT_URL_PRICING: endpoints.pricing,
    AWS_ENDPOINT_URL_IAM: endpoints.iam,
    AWS_ENDPOINT_URL_SERVICE_QUOTAS: endpoints.servicequotas,
    AWS_ENDPOINT_URL_CLOUDWATCH: endpoints.monitoring,
    // s3rver would store the aws-chunked framing of a streamed body with a trailing checksum.
    AWS_REQUEST_CHECKSUM_CALCULATION: 'WHEN_REQUIRED',
    AWS_RESPONSE_CHECKSUM_VALIDATION: 'WHEN_REQUIRED',
    AWS_EC2_METADATA_DISABLED: 'true',
    // This machine runs Node 20; the action itself runs on node24, where the SDK does not warn.
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    GITHUB_API_URL: endpoints.github,
  };
  const oidcEnv = {
    ACTIONS_ID_TOKEN_REQUEST_URL: `${endpoints.github}/_oidc/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: githubOptions.idTokenRequestToken,
  };
  /** Long-lived keys, for the default credential chain (as after configure-aws-credentials). */
  const staticCredentialsEnv = {
    AWS_ACCESS_KEY_ID: STATIC_CREDENTIAL.accessKeyId,
    AWS_SECRET_ACCESS_KEY: STATIC_CREDENTIAL.secretAccessKey,
  };

  return {
    endpoints,
    env,
    oidcEnv,
    staticCredentialsEnv,
    calls,
    faults,
    credentials,
    issuer,
    iam,
    s3,
    runtime,
    bedrock: { options: bedrockOptions, state: bedrock.state },
    sts: { options: stsOptions },
    github: { options: githubOptions, state: github.state },
    lambda: { options: lambdaOptions, state: lambda.state },
    pricing: { state: pricing.state },
    quotas: { state: quotas.state },
    /** CloudWatch metrics and invocation logs of the calls the runtime served */
    monitoring: { ...monitor.state, deliver: monitor.deliver },
    async stop(): Promise<void> {
      await Promise.all([
        close(bedrockServer),
        close(stsServer),
        close(githubServer),
        close(lambdaServer),
        close(pricingServer),
        close(iamServer),
        close(quotasServer),
        close(monitoringServer),
        runtime.stop(),
      ]);
      await monitor.deliver();
      await s3.stop();
    },
  };
}
