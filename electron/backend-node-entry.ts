// Entry of the back end as a plain Node child process (forkBackend): what backend-process.ts is under Electron.
import { serveBackend } from './backend-serve';
import { processPort } from './backend-node';

// The router kills the process after the answer to `stop`; exiting shortly after covers a router that does not.
serveBackend(processPort(), { onStopped: () => setTimeout(() => process.exit(0), 200).unref() });
