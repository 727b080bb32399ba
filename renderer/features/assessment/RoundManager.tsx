// The assessment rounds ("putaran penilaian"): pick one, start a new one (optionally copying answers), rename, delete.
import { useId, useState, type FormEvent } from 'react';
import { call } from '../../api/client';
import { useRounds } from '../../app/round';
import { SelectField, TextField } from '../../components/Field';
import { RoundBar } from '../../components/RoundBar';
import { useMessages } from '../../i18n/feature';
import { Dialog } from '../../components/Dialog';
import { M } from './messages';

type Open = null | 'new' | 'rename' | 'delete';

export function RoundManager() {
  const t = useMessages(M);
  const { rounds, roundId, selectRound, refreshRounds } = useRounds();
  const [open, setOpen] = useState<Open>(null);
  const [name, setName] = useState('');
  const [copyFrom, setCopyFrom] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = rounds.find((r) => r.id === roundId);
  const selectId = useId();

  const show = (what: Open) => {
    setError(null);
    setName(what === 'rename' ? current?.name ?? '' : what === 'new' ? t('round.newDefault', { year: new Date().getFullYear() + 1 }) : '');
    setCopyFrom(undefined);
    setOpen(what);
  };
  const close = () => { setOpen(null); setBusy(false); };

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await job();
      close();
    } catch (e) {
      setError(t('round.failed', { message: (e as Error).message }));
      setBusy(false);
    }
  };

  const submitName = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) { setError(t('round.nameRequired')); return; }
    void run(async () => {
      if (open === 'rename' && current) {
        await call('assessment.rename', { id: current.id, name: name.trim() });
        await refreshRounds();
      } else {
        const r = await call('assessment.create', { name: name.trim(), ...(copyFrom ? { copyFrom: Number(copyFrom) } : {}) });
        await refreshRounds();
        selectRound(r.id);
      }
    });
  };

  const remove = () => void run(async () => {
    if (!current) return;
    await call('assessment.delete', { id: current.id });
    selectRound(null);
    await refreshRounds();
  });

  if (rounds.length === 0) return <RoundBar />;

  return (
    <div className="round-manager">
      <div className="round-pick">
        <label htmlFor={selectId}>{t('round.label')}</label>
        <select id={selectId} value={roundId ?? ''} onChange={(e) => selectRound(Number(e.target.value))}>
          {rounds.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
        </select>
      </div>
      <div className="round-actions">
        <button type="button" className="btn secondary small" onClick={() => show('new')}>{t('round.new')}</button>
        <button type="button" className="btn ghost small" onClick={() => show('rename')} disabled={!current}>{t('round.rename')}</button>
        <button type="button" className="btn ghost small danger-text" onClick={() => show('delete')} disabled={!current}>{t('round.delete')}</button>
      </div>

      {(open === 'new' || open === 'rename') && (
        <Dialog title={open === 'new' ? t('round.newTitle') : t('round.renameTitle')} onClose={close}>
          <form onSubmit={submitName} className="dialog-form">
            <TextField name="roundName" label={t('round.name')} hint={t('round.nameHint')} value={name} onChange={setName} error={error && !name.trim() ? error : undefined} />
            {open === 'new' && (
              <SelectField name="copyFrom" label={t('round.copyFrom')} placeholder={t('round.copyNone')} value={copyFrom} onChange={setCopyFrom}
                options={rounds.map((r) => ({ value: String(r.id), label: t('round.copyOption', { name: r.name, n: r.answeredIndicators }) }))} />
            )}
            {error && name.trim() && <p className="error" role="alert">{error}</p>}
            <div className="dialog-buttons">
              <button type="button" className="btn secondary" onClick={close}>{t('cancel')}</button>
              <button type="submit" className="btn" disabled={busy}>{open === 'new' ? t('round.create') : t('round.save')}</button>
            </div>
          </form>
        </Dialog>
      )}

      {open === 'delete' && current && (
        <Dialog title={t('round.deleteTitle', { name: current.name })} onClose={close}>
          <p>{t('round.deleteBody', { n: current.answeredIndicators, g: current.answeredGcg })}</p>
          {error && <p className="error" role="alert">{error}</p>}
          <div className="dialog-buttons">
            <button type="button" className="btn secondary" data-autofocus onClick={close}>{t('cancel')}</button>
            <button type="button" className="btn danger" disabled={busy} onClick={remove}>{t('round.deleteConfirm')}</button>
          </div>
        </Dialog>
      )}
    </div>
  );
}
