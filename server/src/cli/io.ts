import type { MessageBundle } from '../service';

/** What the command line reads and writes: its arguments, environment, folder and output streams. */
export interface CliIo {
  argv: readonly string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
  version: string;
  rulesDocUrl: string;
  bundles?: Readonly<Record<string, MessageBundle>>;
  currentYear?: number;
  /** Binary output (an XLSX report piped elsewhere). */
  stdoutBytes?: (bytes: Uint8Array) => void;
  /** Now, for the date a report gives. */
  now?: () => Date;
}
