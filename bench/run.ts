// `npm run bench`: runs every benchmark and prints its numbers as ratios against a baseline measured in the same run.
import { answerLatency } from './answer-latency';
import { dossierBench } from './dossier';
import { portfolioBench } from './portfolio';
import { uploadLarge } from './upload-large';

const only = process.argv[2];
const benches: Record<string, () => Promise<Record<string, unknown>>> = { answer: answerLatency, upload: () => uploadLarge(), dossier: dossierBench, portfolio: () => portfolioBench() };
if (only && !(only in benches)) throw new Error(`unknown benchmark "${only}"; one of: ${Object.keys(benches).join(', ')}`);
for (const [name, run] of Object.entries(benches)) {
  if (only && only !== name) continue;
  console.log(JSON.stringify(await run(), null, 2));
}
