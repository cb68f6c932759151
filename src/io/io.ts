import type { OutputName, StateName } from '../interface.js';

export interface Location {
  readonly file: string;
  readonly line?: number;
}

/** Everything the phases say to the user, through the runner or a terminal. */
export interface Io {
  info(message: string): void;
  debug(message: string): void;
  notice(message: string, at?: Location): void;
  warning(message: string, at?: Location): void;
  error(message: string, at?: Location): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  setOutput(name: OutputName, value: string | number | boolean): void;
  /** state handed to the post step (core.saveState), and read back there */
  saveState(name: StateName, value: string): void;
  getState(name: StateName): string;
  /** masks a value in every later log line */
  setSecret(value: string): void;
  /** appends markdown to the job summary */
  summary(markdown: string): Promise<void>;
  /** where the action may write files for this run */
  readonly tempDir: string;
}
