// Entry point of `npm run cli -- <command>`.
import { runCli } from '../cli/run';

runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) }).then((code) => {
  process.exitCode = code;
});
