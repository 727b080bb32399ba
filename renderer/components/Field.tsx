// Labelled form controls with an error message tied to the input for screen readers.
import { useId, type ReactNode } from 'react';
import { plainNumber } from '../../shared/format';

/** `note` follows the error, e.g. "belum tersimpan" for a draft the autosave holds back. */
interface Base { label: string; error?: string; note?: string; hint?: string; wide?: boolean }

function Message({ id, error, note, hint }: { id: string; error?: string; note?: string; hint?: string }) {
  return (
    <>
      {hint && !error && <small id={`${id}-hint`} className="hint">{hint}</small>}
      {error && <small id={`${id}-err`} className="field-error" role="alert">{error}{note && <span className="field-note"> · {note}</span>}</small>}
    </>
  );
}

function Wrap({ id, label, error, note, hint, wide, children }: Base & { id: string; children: ReactNode }) {
  return (
    <div className={`field${wide ? ' wide' : ''}${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      <Message id={id} error={error} note={note} hint={hint} />
    </div>
  );
}

const describedBy = (id: string, p: Base) => (p.error ? `${id}-err` : p.hint ? `${id}-hint` : undefined);

export function TextField(props: Base & { value: string | undefined; onChange(v: string): void; type?: string; inputMode?: 'numeric' | 'tel' | 'email' | 'text'; name: string }) {
  const id = useId();
  return (
    <Wrap id={id} {...props}>
      <input id={id} name={props.name} type={props.type ?? 'text'} inputMode={props.inputMode} value={props.value ?? ''}
        aria-invalid={props.error ? true : undefined} aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.target.value)} />
    </Wrap>
  );
}

export function NumberField(props: Base & { value: number | undefined; onChange(v: number | undefined): void; name: string; plain?: boolean }) {
  // A stored value of the wrong type (an old profile) is shown as it is, so the user sees what to fix. Amounts are
  // rupiah, grouped the Indonesian way (500.000.000) in either language; typing strips everything but digits.
  const shown = props.value === undefined ? '' : typeof props.value !== 'number' ? String(props.value) : props.plain ? String(props.value) : plainNumber(props.value, 'id');
  return (
    <TextField {...props} inputMode="numeric" value={shown}
      onChange={(v) => {
        const digits = v.replace(/[^\d]/g, '');
        props.onChange(digits === '' ? undefined : Number(digits));
      }} />
  );
}

export function SelectField(props: Base & { value: string | undefined; onChange(v: string | undefined): void; options: { value: string; label: string }[]; placeholder: string; name: string; disabled?: boolean }) {
  const id = useId();
  const value = props.value === undefined || props.value === null ? '' : String(props.value);
  // A value that is not among the options (e.g. a choice an older version allowed) stays visible, not blank.
  const unknown = value !== '' && !props.options.some((o) => o.value === value);
  return (
    <Wrap id={id} {...props}>
      <select id={id} name={props.name} value={value} disabled={props.disabled}
        aria-invalid={props.error ? true : undefined} aria-describedby={describedBy(id, props)}
        onChange={(e) => props.onChange(e.target.value === '' ? undefined : e.target.value)}>
        <option value="">{props.placeholder}</option>
        {unknown && <option value={value}>{value}</option>}
        {props.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </Wrap>
  );
}

/**
 * Yes / No / not filled in, as three radios: "not filled in" is an answer of its own because an unknown fact
 * leaves the items that depend on it undecided rather than not applicable.
 */
export function TriStateField(props: Base & { value: unknown; onChange(v: boolean | undefined): void; name: string; labels: { yes: string; no: string; unset: string } }) {
  const id = useId();
  const choices: [boolean | undefined, string][] = [[true, props.labels.yes], [false, props.labels.no], [undefined, props.labels.unset]];
  return (
    <fieldset className={`field tristate${props.wide ? ' wide' : ''}${props.error ? ' has-error' : ''}`} aria-describedby={describedBy(id, props)}>
      <legend>{props.label}</legend>
      <div className="tristate-options">
        {choices.map(([v, text]) => (
          <label key={String(v)}>
            <input type="radio" name={props.name} checked={props.value === v} aria-invalid={props.error ? true : undefined}
              onChange={() => props.onChange(v)} />
            {text}
          </label>
        ))}
      </div>
      <Message id={id} error={props.error} note={props.note} hint={props.hint} />
    </fieldset>
  );
}
