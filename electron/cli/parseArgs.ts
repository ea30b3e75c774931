/**
 * Turns argv into a command. Written on Node's `util.parseArgs` so flags,
 * `--` and unknown options behave as people expect from a Unix tool.
 */
import { parseArgs } from 'node:util';

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'error'; readonly message: string };

export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error: unknown) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (parsed.values.version === true) return { kind: 'version' };
  if (parsed.values.help === true) return { kind: 'help' };
  const [command] = parsed.positionals;
  if (command === undefined || command === 'help') return { kind: 'help' };
  return {
    kind: 'error',
    message: `Unknown command "${command}". Run \`attest --help\` to see the commands.`,
  };
}
