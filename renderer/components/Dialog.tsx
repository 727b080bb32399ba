// A modal on the native <dialog> element, shared by every screen: focus moves in and back, Esc closes, Tab stays inside.
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props { title: string; onClose(): void; children: ReactNode; className?: string; describedBy?: string }

export function Dialog({ title, onClose, children, className, describedBy }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useEffect(() => {
    const d = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (d && !d.open) d.showModal();
    // The safe choice (marked data-autofocus, e.g. "Batal") gets the focus first.
    (d?.querySelector<HTMLElement>('[data-autofocus]') ?? d?.querySelector<HTMLElement>('input, select, textarea, button'))?.focus();
    return () => { if (d?.open) d.close(); before?.focus?.(); };
  }, []);
  return (
    <dialog ref={ref} className={`dialog${className ? ` ${className}` : ''}`} aria-labelledby={titleId} aria-describedby={describedBy}
      onCancel={(e) => { e.preventDefault(); closeRef.current(); }}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}
