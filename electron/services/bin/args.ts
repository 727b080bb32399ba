// A tiny argument parser for the CLI and the web host: positionals, --flag, --key value and --key=value.
export interface ParsedArgs { positionals: string[]; flags: Record<string, string | true> }

export function parseArgs(argv: string[], valued: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') { positionals.push(...argv.slice(i + 1)); break; }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags[key] = a.slice(eq + 1);
      else if (valued.includes(key)) {
        const v = argv[i + 1];
        if (v === undefined || v.startsWith('--')) throw new Error(`--${key} butuh nilai / needs a value`);
        flags[key] = v;
        i++;
      } else flags[key] = true;
    } else if (a === '-h') flags.help = true;
    else positionals.push(a);
  }
  return { positionals, flags };
}
