/**
 * The CLI arguments when the app was started as `Liaison --cli <command> …` (the packaged app has
 * no separate node): everything after `--cli`, or null for a normal start. Looked for anywhere in
 * argv, since a development run puts the app folder before it (`electron . --cli list`).
 */
export function cliArgs(argv: readonly string[]): string[] | null {
  const at = argv.indexOf('--cli');
  return at === -1 ? null : argv.slice(at + 1);
}
