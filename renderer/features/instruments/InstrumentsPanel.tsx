// Settings panel: the instruments available, importing a new (e.g. official) file, and carrying a round to it.
import { useEffect, useRef, useState } from 'react';
import type { DefinitionSummary } from '../../../shared/api/contract-assessment';
import { ApiFailure, call } from '../../api/client';
import { useRounds } from '../../app/round';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { CarryOver } from './CarryOver';
import { M } from './messages';

// The back end accepts JSON requests up to 5 MB; the shipped instrument is about 0.25 MB.
const MAX_BYTES = 4 * 1024 * 1024;

export function InstrumentsPanel() {
  const t = useMessages(M);
  const { lang } = useI18n();
  const [defs, setDefs] = useState<DefinitionSummary[]>([]);
  const [message, setMessage] = useState<{ kind: 'ok' | 'bad'; text: string; problems?: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const { rounds, roundId } = useRounds();
  const round = rounds.find((r) => r.id === roundId) ?? null;
  const refresh = () => call('instrument.list', {}).then(setDefs).catch((e) => setMessage({ kind: 'bad', text: (e as Error).message }));
  useEffect(() => { void refresh(); }, []);

  const importFile = async (file: File) => {
    setMessage(null);
    if (file.size > MAX_BYTES) { setMessage({ kind: 'bad', text: t('tooBig') }); return; }
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch (e) {
      setMessage({ kind: 'bad', text: t('notJson', { message: (e as Error).message }) });
      return;
    }
    setBusy(true);
    try {
      const r = await call('instrument.import', { json });
      setMessage({ kind: 'ok', text: t(r.alreadyPresent ? 'already' : 'imported_ok', { name: r.summary.title[lang], version: r.summary.version }) });
      await refresh();
    } catch (e) {
      const details = e instanceof ApiFailure && Array.isArray(e.error.details) ? (e.error.details as { path: string; message: string }[]).map((p) => `${p.path}: ${p.message}`) : undefined;
      setMessage({ kind: 'bad', text: details ? t('invalid') : (e as Error).message, problems: details });
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="panel" aria-labelledby="instruments-title">
      <h2 id="instruments-title">{t('title')}</h2>
      <p className="muted">{t('intro')}</p>
      <table className="table">
        <thead><tr><th scope="col">{t('kind')}</th><th scope="col">{t('name')}</th><th scope="col">{t('version')}</th><th scope="col">{t('source')}</th><th scope="col">{t('status')}</th><th scope="col">{t('items')}</th></tr></thead>
        <tbody>
          {defs.map((d) => (
            <tr key={`${d.kind}:${d.id}@${d.version}`}>
              <td>{t(d.kind)}</td><td>{d.title[lang]}<br /><code>{d.id}</code></td><td>{d.version}</td><td>{t(d.source)}</td>
              <td><span className={`badge ${d.provenanceStatus === 'official' ? 'ok' : 'warn'}`}>{t(d.provenanceStatus)}</span></td><td>{d.itemCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <input ref={input} id="instrument-file" type="file" accept=".json,application/json" className="visually-hidden" aria-label={t('import')} tabIndex={-1} onChange={(e) => { const f = e.target.files?.[0]; if (f) void importFile(f); }} />
        <button className="btn secondary" disabled={busy} onClick={() => input.current?.click()}>{busy ? t('importing') : t('import')}</button>
      </p>
      <p className="hint">{t('xlsxHint')}</p>
      {message && (
        <div className={`notice ${message.kind === 'ok' ? 'okay' : 'bad'}`} role={message.kind === 'ok' ? 'status' : 'alert'}>
          <p>{message.text}</p>
          {message.problems && <ul className="problems">{message.problems.slice(0, 30).map((p) => <li key={p}><code>{p}</code></li>)}</ul>}
        </div>
      )}
      {round && <CarryOver round={round} definitions={defs} />}
    </section>
  );
}
