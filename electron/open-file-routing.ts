// Files the OS asks the app to open (macOS open-file, argv on Windows/Linux, a second launch, a drop on the
// window) go to the back end's pending list; the renderer is told and imports them through its import screens.
// Files that arrive before the back end or the window is ready wait here.
import type { Result } from '../shared/api/result';

export interface OpenFileTarget {
  openFile(path: string): Promise<Result<unknown>>;
}

export class OpenFileRouting {
  private queued: string[] = [];
  private target: OpenFileTarget | null = null;
  private notify: (() => void) | null = null;

  constructor(private readonly log: (line: string) => void = console.log) {}

  /** The back end is up and the window can be told: flush what arrived early. */
  connect(target: OpenFileTarget, notify: () => void): Promise<void> {
    this.target = target;
    this.notify = notify;
    const early = this.queued.splice(0);
    return this.open(early);
  }

  async open(paths: string[]): Promise<void> {
    if (!paths.length) return;
    if (!this.target) { this.queued.push(...paths); return; }
    let any = false;
    for (const p of paths) {
      const r = await this.target.openFile(p);
      if (r.ok) any = true;
      else this.log(`Swanilai: ${r.error.message}`);
    }
    if (any) this.notify?.();
  }
}
