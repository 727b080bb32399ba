// Row windowing for long tables: only the rows in (and just around) the scroll box are rendered; spacer rows above
// and below keep the scroll height, so thousands of rows scroll and sort without rendering them all.
import { useEffect, useState, type RefObject } from 'react';

export interface RowWindow { start: number; end: number; padTop: number; padBottom: number }

export function useWindowRows(count: number, rowHeight: number, box: RefObject<HTMLElement | null>, overscan = 8): RowWindow {
  const [view, setView] = useState({ top: 0, height: 600 });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let frame = 0;
    const read = () => { frame = 0; setView({ top: el.scrollTop, height: el.clientHeight || 600 }); };
    const onScroll = () => { if (!frame) frame = requestAnimationFrame(read); };
    read();
    el.addEventListener('scroll', onScroll, { passive: true });
    const ro = new ResizeObserver(onScroll);
    ro.observe(el);
    return () => { el.removeEventListener('scroll', onScroll); ro.disconnect(); if (frame) cancelAnimationFrame(frame); };
  }, [box]);
  const start = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  return { start, end, padTop: start * rowHeight, padBottom: Math.max(0, (count - end) * rowHeight) };
}
