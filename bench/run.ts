// `npm run bench [name]`: runs every benchmark (or one) and prints its numbers as ratios against a baseline measured
// in the same run, then one table of every ratio. Each bench writes bench/results/<name>.json.
import { answerLatency } from './answer-latency';
import { dossierBench } from './dossier';
import { evidenceImportBench } from './evidence-import';
import { portfolioBench } from './portfolio';
import { scoringBench } from './scoring';
import { startBench } from './start';
import { routedUpload } from './routed-upload';
import { uploadLarge } from './upload-large';
import type { TableRow } from './util';

const only = process.argv[2];
// Cheapest first, so a quick look at the terminal shows numbers early.
const benches: Record<string, () => Promise<Record<string, unknown>>> = {
  scoring: scoringBench, answer: answerLatency, portfolio: () => portfolioBench(), upload: () => uploadLarge(), evidence: evidenceImportBench, start: startBench, dossier: dossierBench,
  routed: () => routedUpload(),
};
if (only && !(only in benches)) throw new Error(`unknown benchmark "${only}"; one of: ${Object.keys(benches).join(', ')}`);
const rows: (TableRow & { bench: string })[] = [];
for (const [name, run] of Object.entries(benches)) {
  if (only && only !== name) continue;
  console.error(`— ${name} …`);
  const { table, ...result } = await run();
  console.log(JSON.stringify(result, null, 2));
  for (const r of (table as TableRow[] | undefined) ?? []) rows.push({ bench: name, ...r });
}
// The short table: one line per ratio, the bench's own words for its direction.
const w = Math.max(...rows.map((r) => r.bench.length + r.measure.length + 3));
console.log(`\n${'measure'.padEnd(w)}  result\n${'-'.repeat(w)}  ${'-'.repeat(40)}`);
for (const r of rows) console.log(`${`${r.bench}: ${r.measure}`.padEnd(w)}  ${r.says}`);
