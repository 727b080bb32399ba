// Flags for the CLI and the web host, parsed strictly by node:util parseArgs: positionals, --flag, --key value, --key=value.
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import { AppError } from '../../../shared/api/result';

/** lists: the values of repeatable flags, in order (empty when not given); present when the spec names any. */
export interface ParsedArgs { positionals: string[]; flags: Record<string, string | true>; lists?: Record<string, string[]> }
/**
 * valued: flags that take a value (--workspace DIR); booleans: switches (--json); repeatable: valued flags that may
 * be given more than once (--open-file A --open-file B). --help / -h is always known.
 */
export interface ArgSpec { valued?: readonly string[]; booleans?: readonly string[]; repeatable?: readonly string[] }

/** A mistake in how a command was typed (exit code 2), as opposed to a command that ran and failed. */
export class UsageError extends AppError {
  constructor(message: string) {
    super('VALIDATION', message);
  }
}

export function parseArgs(argv: string[], spec: ArgSpec): ParsedArgs {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const name of spec.booleans ?? []) options[name] = { type: 'boolean' };
  for (const name of spec.valued ?? []) options[name] = { type: 'string' };
  for (const name of spec.repeatable ?? []) options[name] = { type: 'string', multiple: true };
  let parsed: { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };
  try {
    parsed = parseNodeArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (e) {
    throw usageError(e as NodeJS.ErrnoException, Object.keys(options));
  }
  const flags: Record<string, string | true> = {};
  const lists: Record<string, string[]> = Object.fromEntries((spec.repeatable ?? []).map((n) => [n, []]));
  for (const [key, value] of Object.entries(parsed.values)) {
    if (value === true || typeof value === 'string') flags[key] = value;
    else if (Array.isArray(value)) lists[key] = value.filter((v): v is string => typeof v === 'string');
  }
  return { positionals: parsed.positionals, flags, ...(spec.repeatable ? { lists } : {}) };
}

/** Node's messages are English-only and long; ours name the flag in both languages. */
function usageError(e: NodeJS.ErrnoException, known: string[]): Error {
  const flag = /'(-{1,2}[^'\s]+)/.exec(e.message)?.[1] ?? '';
  const list = known.map((k) => `--${k}`).join(', ');
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    return new UsageError(`Opsi tidak dikenal / unknown option: ${flag} (opsi yang dikenal / known options: ${list})`);
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(e.message)
      ? new UsageError(`${flag} tidak menerima nilai / takes no value`)
      : new UsageError(`${flag} butuh nilai / needs a value (untuk nilai yang diawali "-" tulis / for a value starting with "-" write ${flag}=VALUE)`);
  }
  return new UsageError(e.message);
}
