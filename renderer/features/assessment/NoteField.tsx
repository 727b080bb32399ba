// A note textarea that saves 400 ms after typing stops, and at once on blur, on leaving the screen and when the window closes.
import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  label: string;
  placeholder?: string;
  value: string | null;
  onSave(text: string | null, opts: { keepalive: boolean }): void;
  disabled?: boolean;
  /** 4000 unless given (the review's visit observations take 8000). */
  maxLength?: number;
  className?: string;
}

export function NoteField({ label, placeholder, value, onSave, disabled, maxLength = 4000, className }: Props) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  const latest = useRef(text);
  const dirty = useRef(false);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(onSave);
  saveRef.current = onSave;

  // Take over a changed stored note (e.g. after undo) unless the user is typing in this field.
  useEffect(() => {
    if (!dirty.current && !focused.current) { setText(value ?? ''); latest.current = value ?? ''; }
  }, [value]);

  const flushRef = useRef((keepalive: boolean) => {
    if (timer.current) { clearTimeout(timer.current); timer.current = null; }
    if (!dirty.current) return;
    dirty.current = false;
    saveRef.current(latest.current.trim() ? latest.current : null, { keepalive });
  });

  useEffect(() => {
    const flush = flushRef.current;
    const onHide = () => { if (document.visibilityState === 'hidden') flush(true); };
    const onPageHide = () => flush(true);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      flush(false);
    };
  }, []);

  return (
    <div className={`note-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <textarea id={id} rows={text.length > 80 || text.includes('\n') ? 3 : 1} maxLength={maxLength} value={text} placeholder={placeholder} disabled={disabled}
        onFocus={() => { focused.current = true; }}
        onBlur={() => { focused.current = false; flushRef.current(false); }}
        onChange={(e) => {
          setText(e.target.value);
          latest.current = e.target.value;
          dirty.current = true;
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => flushRef.current(false), 400);
        }} />
    </div>
  );
}
