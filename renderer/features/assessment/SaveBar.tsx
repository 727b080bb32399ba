// The sticky bar over a scoring screen: a small live summary, the save state and the undo button.
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { SaveStatus } from '../../components/SaveStatus';
import type { SaveState } from '../../components/useAutosave';
import { useMessages } from '../../i18n/feature';
import { M } from './messages';

interface Props { label: string; state: SaveState; undoDepth: number; onUndo(): void; undoMessage: string | null; children: ReactNode }

export function SaveBar({ label, state, undoDepth, onUndo, undoMessage, children }: Props) {
  const t = useMessages(M);
  const ref = useRef<HTMLElement>(null);
  // Publish the bar's height so sticky lists and scroll targets sit just below it.
  useLayoutEffect(() => {
    const el = ref.current;
    const host = el?.closest<HTMLElement>('.screen');
    if (!el || !host) return;
    const ro = new ResizeObserver(() => host.style.setProperty('--as-bar-h', `${el.offsetHeight}px`));
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <section className="save-bar" aria-label={label} ref={ref}>
      <div className="save-bar-summary">{children}</div>
      <div className="save-bar-actions">
        <SaveStatus state={state} />
        <button type="button" className="btn secondary small undo" onClick={onUndo} disabled={undoDepth === 0}
          aria-keyshortcuts="Control+Z" title={t('undo.title')}>
          <span aria-hidden="true">↶ </span>{t('undo')}{' '}
          {undoDepth > 0 && <span className="count">{undoDepth}<span className="as-sr"> {t('undo.changes', { n: undoDepth })}</span></span>}
        </button>
      </div>
      <p className="undo-msg" role="status" aria-live="polite">{undoMessage ?? ''}</p>
    </section>
  );
}
