// Screen-wide keys: Ctrl+Z undoes (outside text fields); n/p and Alt+↓/↑ jump to the next/previous item.
import { useEffect, useRef } from 'react';
import { isTyping } from './format';

/** Focuses an item's level/answer card that carries the tab stop, and brings the item to the top of the view. */
export function focusItem(el: Element | null | undefined) {
  if (!el) return;
  const radio = el.querySelector<HTMLElement>('[role=radio][tabindex="0"]');
  (radio ?? (el as HTMLElement)).focus({ preventScroll: true });
  el.scrollIntoView({ block: 'start' });
}

interface Options {
  onUndo(): void;
  /** CSS selector of the items that n/p move between, in document order. */
  itemSelector: string;
  /** Called when moving past the first/last item; return true when handled (e.g. the next standard opens). */
  onEdge?(dir: 1 | -1): boolean;
}

export function useScreenKeys(opts: Options) {
  const ref = useRef(opts);
  ref.current = opts;
  useEffect(() => {
    const move = (dir: 1 | -1) => {
      const items = [...document.querySelectorAll(ref.current.itemSelector)];
      if (items.length === 0) return;
      const cur = items.findIndex((el) => el.contains(document.activeElement));
      const next = cur === -1 ? (dir > 0 ? 0 : items.length - 1) : cur + dir;
      if (next < 0 || next >= items.length) { ref.current.onEdge?.(dir); return; }
      focusItem(items[next]);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
      const typing = isTyping(e.target);
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z') {
        if (typing) return; // inside a text field Ctrl+Z undoes typing
        e.preventDefault();
        ref.current.onUndo();
        return;
      }
      if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        move(e.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      if (!typing && !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'n' || e.key === 'p')) {
        e.preventDefault();
        move(e.key === 'n' ? 1 : -1);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
