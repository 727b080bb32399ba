// A radio group of clickable cards: arrow keys move focus, Space/Enter (or a click) chooses; used for rubric levels and GCG answers.
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Choice<V> {
  value: V;
  /** Accessible name of the option (short); the visible content may say more. */
  name: string;
  content: ReactNode;
  describedBy?: string;
  className?: string;
}

interface Props<V> {
  choices: Choice<V>[];
  value: V | null;
  onChoose(value: V): void;
  labelledBy: string;
  className?: string;
  disabled?: boolean;
}

export function ChoiceGroup<V extends string | number>({ choices, value, onChoose, labelledBy, className, disabled }: Props<V>) {
  const refs = useRef<(HTMLDivElement | null)[]>([]);
  const checked = choices.findIndex((c) => c.value === value);
  const [focusIdx, setFocusIdx] = useState<number | null>(null);
  // Roving tab stop: the last focused option, else the checked one, else the first.
  const tabStop = focusIdx ?? (checked >= 0 ? checked : 0);

  const move = (to: number) => {
    const n = choices.length;
    const i = ((to % n) + n) % n;
    setFocusIdx(i);
    refs.current[i]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>, i: number) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return; // Alt+arrows belong to "next/previous indicator"
    switch (e.key) {
      case 'ArrowDown': case 'ArrowRight': move(i + 1); break;
      case 'ArrowUp': case 'ArrowLeft': move(i - 1); break;
      case 'Home': move(0); break;
      case 'End': move(choices.length - 1); break;
      case ' ': case 'Enter': if (!disabled) onChoose(choices[i].value); break;
      default: return;
    }
    e.preventDefault();
  };

  return (
    <div role="radiogroup" aria-labelledby={labelledBy} aria-disabled={disabled || undefined} className={className}>
      {choices.map((c, i) => (
        <div key={String(c.value)} ref={(el) => { refs.current[i] = el; }} role="radio" aria-checked={i === checked}
          aria-label={c.name} aria-describedby={c.describedBy} tabIndex={i === tabStop ? 0 : -1}
          data-value={String(c.value)} className={`choice-card${i === checked ? ' checked' : ''}${c.className ? ` ${c.className}` : ''}`}
          onFocus={() => setFocusIdx(i)} onKeyDown={(e) => onKeyDown(e, i)} onClick={() => { if (!disabled) { setFocusIdx(i); onChoose(c.value); } }}>
          {c.content}
        </div>
      ))}
    </div>
  );
}
