// Runs the CLI: finds the command, runs it, returns 0 or prints a one-line reason and returns non-zero.
import { AppError } from '../../../shared/api/result';
import { APP_VERSION } from '../../services/app-version';
import { COMMANDS } from './registry';
import type { CliIo } from './command';
import { parseArgs, UsageError } from '../bin/args';

/** argv without the words that picked the command (its first n non-flag words), so flags may come before them. */
function withoutCommandWords(argv: string[], n: number): string[] {
  let seen = 0;
  return argv.filter((a) => a.startsWith('-') || ++seen > n);
}

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
    const args = parseArgs(withoutCommandWords(argv, command.path.length), { valued: ['workspace', ...(command.valued ?? [])], booleans: ['json', ...(command.booleans ?? [])] });
    if (args.flags.help) { io.out(`Usage: npm run cli -- ${command.usage}\n${command.summary}`); return 0; }
    await command.run(args, io);
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message} (lihat / see: npm run cli -- ${command.path.join(' ')} --help)`);
      return 2;
    }
    const msg = e instanceof AppError ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e);
    io.err(`Gagal / failed: ${msg.replace(/\s*\n\s*/g, ' ')}`);
    return 1;
  }
}

