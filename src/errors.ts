/** A problem the user can fix: its message says what is wrong, where, and what to do. */
export class UserError extends Error {
  override readonly name = 'UserError';
}

/** The message of any thrown value, `Error` or not, so that no failure passes silently. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

/** An AWS call that failed, with what was being done and what to check. */
export function awsFailure(what: string, error: unknown, hint: string): UserError {
  if (error instanceof UserError) return error;
  const name = (error as { name?: string })?.name;
  return new UserError(`${what}: ${name && name !== 'Error' ? `${name}: ` : ''}${messageOf(error)}. ${hint}`);
}

/** Throttling, 5xx and network errors the SDK gave up on: worth trying again later. */
export function isTransient(error: unknown): boolean {
  const e = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number }; $retryable?: unknown };
  const status = e?.$metadata?.httpStatusCode ?? 0;
  return (
    status === 429 ||
    status >= 500 ||
    Boolean(e?.$retryable) ||
    [
      'ThrottlingException',
      'TooManyRequestsException',
      'ServiceUnavailableException',
      'InternalServerException',
      'TimeoutError',
      'RequestTimeout',
      'SlowDown',
    ].includes(e?.name ?? '') ||
    ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN'].includes(e?.code ?? '')
  );
}
