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
