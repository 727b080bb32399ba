// The add/edit dialog for one visit: date, kind, participants, findings, next visit date, and rows of agreed actions
// (text, owner, due date) that can be added and removed. Editing changes the visit's fields and adds new actions;
// the actions already logged are ticked or removed in the log itself.
import { useId, useRef, useState, type FormEvent } from 'react';
import type { VisitKind, VisitRow } from '../../../shared/api/contract-mentor-visits';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { useMessages } from '../../i18n/feature';
import { localToday } from '../plan/usePlanActions';
import { V } from './messages-visits';

export const VISIT_KINDS: VisitKind[] = ['pendampingan', 'supervisi-perizinan', 'persiapan-lomba', 'pasca-diklat', 'insidental'];

export interface VisitDraft {
  date: string; kind: VisitKind; participants: string | null; findings: string | null; nextVisitDate: string | null;
  actions: { text: string; owner: string | null; dueDate: string | null }[];
}
interface Row { key: number; text: string; owner: string; due: string }
interface Props { title: string; editing: VisitRow | null; busy: boolean; onSave(d: VisitDraft): Promise<boolean>; onClose(): void }

export function VisitForm({ title, editing, busy, onSave, onClose }: Props) {
  const t = useMessages(V);
  const fid = useId();
  const next = useRef(1);
  const [date, setDate] = useState(editing?.date ?? localToday());
  const [kind, setKind] = useState<string | undefined>(editing?.kind ?? 'pendampingan');
  const [participants, setParticipants] = useState(editing?.participants ?? '');
  const [findings, setFindings] = useState(editing?.findings ?? '');
  const [nextDate, setNextDate] = useState(editing?.nextVisitDate ?? '');
  const [rows, setRows] = useState<Row[]>([]);
  const [errors, setErrors] = useState<{ date?: string; kind?: string; next?: string; rows?: Record<number, string> }>({});

  const addRow = () => {
    const key = next.current++;
    setRows((r) => [...r, { key, text: '', owner: '', due: '' }]);
    // Focus the new row's text once it is on the page.
    setTimeout(() => document.getElementById(`${fid}-a${key}`)?.focus(), 0);
  };
  const setRow = (key: number, patch: Partial<Row>) => {
    setRows((r) => r.map((x) => (x.key === key ? { ...x, ...patch } : x)));
    // A row's message goes once its text is filled in.
    if (patch.text?.trim() && errors.rows?.[key]) setErrors((e) => { const rows = { ...e.rows }; delete rows[key]; return { ...e, rows }; });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: typeof errors = {};
    if (!date) errs.date = t('dateRequired');
    if (!kind) errs.kind = t('kindRequired');
    if (nextDate && date && nextDate <= date) errs.next = t('nextAfter');
    const bad: Record<number, string> = {};
    for (const r of rows) if (!r.text.trim()) bad[r.key] = t('actionTextRequired');
    if (Object.keys(bad).length) errs.rows = bad;
    setErrors(errs);
    if (errs.date || errs.kind || errs.next || errs.rows) return;
    const ok = await onSave({
      date, kind: kind as VisitKind, participants: participants.trim() || null, findings: findings.trim() || null, nextVisitDate: nextDate || null,
      actions: rows.map((r) => ({ text: r.text.trim(), owner: r.owner.trim() || null, dueDate: r.due || null })),
    });
    if (ok) onClose();
  };

  return (
    <Dialog title={title} onClose={onClose} className="mn-dialog vs-dialog">
      <form className="mn-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField name="date" type="date" label={t('date')} value={date} onChange={setDate} error={errors.date} />
        <SelectField name="kind" label={t('kind')} placeholder="—" value={kind} onChange={setKind} error={errors.kind}
          options={VISIT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        <TextField name="participants" label={t('participants')} hint={t('participantsHint')} value={participants} onChange={setParticipants} wide />
        <div className="field wide">
          <label htmlFor={`${fid}-findings`}>{t('findings')}</label>
          <textarea id={`${fid}-findings`} name="findings" rows={3} value={findings} onChange={(e) => setFindings(e.target.value)} />
        </div>
        <TextField name="nextVisitDate" type="date" label={t('nextVisit')} value={nextDate} onChange={setNextDate} error={errors.next} />
        <fieldset className="vs-rows wide">
          <legend>{t('actionsTitle')}</legend>
          {rows.length === 0 && <p className="muted vs-norows">{t('noActionRows')}</p>}
          {rows.length > 0 && (
            <div className="vs-row vs-row-head" aria-hidden="true"><span>{t('actionText')}</span><span>{t('owner')}</span><span>{t('due')}</span><span /></div>
          )}
          {rows.map((r, i) => {
            const err = errors.rows?.[r.key];
            return (
              <div className="vs-row" key={r.key} data-testid="action-row">
                <span>
                  <input id={`${fid}-a${r.key}`} aria-label={t('actionTextN', { n: i + 1 })} value={r.text} onChange={(e) => setRow(r.key, { text: e.target.value })}
                    aria-invalid={err ? true : undefined} aria-describedby={err ? `${fid}-e${r.key}` : undefined} />
                  {err && <small id={`${fid}-e${r.key}`} className="field-error" role="alert">{err}</small>}
                </span>
                <input aria-label={t('ownerN', { n: i + 1 })} value={r.owner} onChange={(e) => setRow(r.key, { owner: e.target.value })} />
                <input type="date" aria-label={t('dueN', { n: i + 1 })} value={r.due} onChange={(e) => setRow(r.key, { due: e.target.value })} />
                <button type="button" className="mn-icon danger" aria-label={t('removeAction', { n: i + 1 })} title={t('removeAction', { n: i + 1 })}
                  onClick={() => setRows((x) => x.filter((y) => y.key !== r.key))}>✕</button>
              </div>
            );
          })}
          <button type="button" className="btn secondary small" onClick={addRow}>+ {t('addAction')}</button>
        </fieldset>
        <div className="mn-dialog-actions">
          <button type="button" className="btn secondary" onClick={onClose}>{t('cancel')}</button>
          <button type="submit" className="btn" disabled={busy}>{t('save')}</button>
        </div>
      </form>
    </Dialog>
  );
}
