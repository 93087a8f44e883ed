import { UsageError } from './CliIo';

/**
 * Runs a command's strict parseArgs call (an unknown flag or a missing value throws) and turns
 * its complaint into a usage error: exit 2 with the usage line. Apart from runCli.ts, which
 * imports every command: a command importing it from there would close an import circle.
 */
export function asUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
