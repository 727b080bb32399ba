// The training rules editor: the rules in use (stored or shipped, id, version) as JSON in a text box; Save goes
// through training.setRules, which validates first, so a bad edit lists every problem by its path and stores
// nothing, and the text stays in the box. "Restore the shipped rules" asks first.
import { useEffect, useId, useState } from 'react';
import { call, callResult } from '../../api/client';
import { plainError } from '../evidence/helpers';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { T } from './messages-training';

type Info = { source: 'stored' | 'shipped'; id: string; version: string };
interface Problem { path: string; text: string }

/** Where JSON.parse stopped, as line and column, when the engine says "position N". */
function jsonPosition(text: string, message: string): { line: number; col: number } | null {
  const m = /position (\d+)/.exec(message);
  if (!m) return null;
  const before = text.slice(0, Number(m[1])).split('\n');
  return { line: before.length, col: before[before.length - 1].length + 1 };
}

export function RulesEditor({ onChanged }: { onChanged: () => void }) {
  const { lang } = useI18n();
  const t = useMessages(T);
  const id = useId();
  const [info, setInfo] = useState<Info | null>(null);
  const [saved, setSaved] = useState('');
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [note, setNote] = useState<{ text: string; bad?: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  const load = async () => {
    const r = await call('training.rules', {});
    const body = JSON.stringify(r.body, null, 2);
    setInfo(r.rules); setSaved(body); setText(body);
  };
  useEffect(() => { load().catch((e) => setNote({ text: plainError(e, lang, ''), bad: true })); }, []); // once

  const save = async () => {
    setNote(null);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch (e) {
      const msg = (e as Error).message;
      const at = jsonPosition(text, msg);
      setProblems([{ path: at ? t('jsonAt', at) : t('root'), text: t('jsonBad', { message: msg }) }]);
      return;
    }
    setBusy(true);
    try {
      const r = await callResult('training.setRules', { body });
      if (!r.ok) {
        const details = Array.isArray(r.error.details) ? r.error.details as { path: string; message: { id: string; en: string } }[] : [];
        setProblems(details.length
          ? details.map((d) => ({ path: d.path || t('root'), text: d.message[lang] }))
          : [{ path: t('root'), text: plainError({ message: r.error.message }, lang, '') }]);
        return;
      }
      setProblems([]);
      await load();
      setNote({ text: t('saved', { version: r.value.rules.version }) });
      onChanged();
    } catch (e) {
      setNote({ text: plainError(e, lang, ''), bad: true });
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    setAsking(false);
    setBusy(true);
    try {
      await call('training.setRules', { body: null });
      setProblems([]);
      await load();
      setNote({ text: t('restored') });
      onChanged();
    } catch (e) {
      setNote({ text: plainError(e, lang, ''), bad: true });
    } finally {
      setBusy(false);
    }
  };

  const dirty = text !== saved;
  return (
    <section className="panel tr-rules" aria-labelledby={`${id}-h`} data-testid="rules-editor">
      <h2 id={`${id}-h`}>{t('rulesTitle')}</h2>
      <p className="muted tr-sub">{t('rulesIntro')}</p>
      {info && (
        <p className={`tr-inuse ${info.source}`} data-testid="rules-in-use">
          {t('rulesInUse', { source: t(`source.${info.source}`), id: info.id, version: info.version })}
        </p>
      )}
      <label htmlFor={`${id}-text`} className="tr-label">{t('rulesLabel')}</label>
      <textarea id={`${id}-text`} className="tr-json" spellCheck={false} value={text} rows={22}
        aria-invalid={problems.length > 0} aria-describedby={problems.length ? `${id}-problems` : undefined}
        onChange={(e) => setText(e.target.value)} />
      {problems.length > 0 && (
        <div id={`${id}-problems`} className="notice bad tr-problems" role="alert">
          <p><strong>{t('problemsTitle', { n: problems.length })}</strong> {t('problemsNote')}</p>
          <ul>{problems.map((p, i) => <li key={i}><code>{p.path}</code> {p.text}</li>)}</ul>
        </div>
      )}
      <div role="status" aria-live="polite">
        {note && !note.bad && <p className="notice okay tr-note">{note.text}</p>}
        {dirty && !problems.length && <p className="muted tr-note">{t('unsaved')}</p>}
      </div>
      {note?.bad && <p className="notice bad" role="alert">{note.text}</p>}
      <div className="tr-rules-actions">
        <button type="button" className="btn" disabled={busy || !dirty} onClick={() => void save()}>{busy ? t('saving') : t('save')}</button>
        <button type="button" className="btn secondary" disabled={busy || !dirty} onClick={() => { setText(saved); setProblems([]); }}>{t('discard')}</button>
        {!asking && <button type="button" className="btn secondary tr-restore" disabled={busy || info?.source !== 'stored'} onClick={() => setAsking(true)}>{t('restore')}</button>}
      </div>
      {asking && (
        <div className="notice warn tr-confirm" role="alertdialog" aria-labelledby={`${id}-ask`}>
          <p id={`${id}-ask`}>{t('restoreAsk')}</p>
          <button type="button" className="btn danger" onClick={() => void restore()}>{t('restoreYes')}</button>{' '}
          <button type="button" className="btn secondary" onClick={() => setAsking(false)}>{t('cancel')}</button>
        </div>
      )}
    </section>
  );
}
