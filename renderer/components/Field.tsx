// Labelled form controls with an error message tied to the input for screen readers.
import { useId, type ReactNode } from 'react';

interface Base { label: string; error?: string; hint?: string; wide?: boolean }

function Wrap({ id, label, error, hint, wide, children }: Base & { id: string; children: ReactNode }) {
  return (
    <div className={`field${wide ? ' wide' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && <small id={`${id}-hint`} className="hint">{hint}</small>}
      {error && <small id={`${id}-err`} className="field-error" role="alert">{error}</small>}
    </div>
  );
}

export function TextField(props: Base & { value: string | undefined; onChange(v: string): void; type?: string; inputMode?: 'numeric' | 'tel' | 'email' | 'text'; name: string }) {
  const id = useId();
  return (
    <Wrap id={id} {...props}>
      <input id={id} name={props.name} type={props.type ?? 'text'} inputMode={props.inputMode} value={props.value ?? ''}
        aria-invalid={props.error ? true : undefined} aria-describedby={props.error ? `${id}-err` : props.hint ? `${id}-hint` : undefined}
        onChange={(e) => props.onChange(e.target.value)} />
    </Wrap>
  );
}

export function NumberField(props: Base & { value: number | undefined; onChange(v: number | undefined): void; name: string; plain?: boolean }) {
  return (
    <TextField {...props} inputMode="numeric" value={props.value === undefined ? '' : props.plain ? String(props.value) : props.value.toLocaleString('id-ID')}
      onChange={(v) => {
        const digits = v.replace(/[^\d]/g, '');
        props.onChange(digits === '' ? undefined : Number(digits));
      }} />
  );
}

export function SelectField(props: Base & { value: string | undefined; onChange(v: string | undefined): void; options: { value: string; label: string }[]; placeholder: string; name: string; disabled?: boolean }) {
  const id = useId();
  return (
    <Wrap id={id} {...props}>
      <select id={id} name={props.name} value={props.value ?? ''} disabled={props.disabled}
        aria-invalid={props.error ? true : undefined} aria-describedby={props.error ? `${id}-err` : undefined}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{props.placeholder}</option>
        {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Wrap>
  );
}
