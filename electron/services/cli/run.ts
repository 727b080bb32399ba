// Runs the CLI: finds the command, runs it, returns 0 or prints a one-line reason and returns non-zero.
import { AppError } from '../../../shared/api/result';
import { APP_VERSION } from '../app-version';
import { COMMANDS } from './registry';
import type { CliIo } from './command';
import { parseArgs } from '../bin/args';

function help(): string {
  const width = Math.max(...COMMANDS.map((c) => c.usage.length));
  return [
    `Swanilai ${APP_VERSION} CLI`,
    'Usage: npm run cli -- <command> [args]   (add -s after npm run for clean JSON: npm run -s cli -- ...)',
    '',
    ...COMMANDS.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Common options: --workspace DIR (default: $SWANILAI_WORKSPACE or the per-user app-data folder), --json, --help',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const words = argv.filter((a) => !a.startsWith('-'));
  const command = COMMANDS.find((c) => c.path.every((w, i) => words[i] === w));
  if (!command) {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') { io.out(help()); return 0; }
    io.err(`Perintah tidak dikenal / unknown command: ${words.join(' ') || argv.join(' ')} (lihat / see --help)`);
    return 2;
  }
  try {
    const rest = argv.slice(argv.indexOf(command.path[command.path.length - 1]) + 1);
    const args = parseArgs(rest, ['workspace', ...(command.valued ?? [])]);
    if (args.flags.help) { io.out(`Usage: npm run cli -- ${command.usage}\n${command.summary}`); return 0; }
    await command.run(args, io);
    return 0;
  } catch (e) {
    const msg = e instanceof AppError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
    io.err(`Gagal / failed: ${msg.replace(/\s*\n\s*/g, ' ')}`);
    return 1;
  }
}

