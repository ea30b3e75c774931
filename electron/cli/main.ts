import { parseCliArgs } from './parseArgs';

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export const helpText = (
  version: string,
): string => `attest ${version} — Attest's command line: work with Open Badges without the desktop app

Usage: attest <command> [options]

Commands:
  help              show this help

Options:
  -h, --help        show this help
  -v, --version     print the version

Coming with later releases: verify, issue, keys, unbake, inspect.
`;

/** Runs the CLI and answers its exit code (0 ok, 2 usage error). */
export function runCli(argv: readonly string[], version: string, io: CliIo): number {
  const command = parseCliArgs(argv);
  switch (command.kind) {
    case 'help':
      io.out(helpText(version));
      return 0;
    case 'version':
      io.out(`${version}\n`);
      return 0;
    case 'error':
      io.err(`attest: ${command.message}\n`);
      return 2;
  }
}
