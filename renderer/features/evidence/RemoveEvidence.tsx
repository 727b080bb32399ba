// Safe removal: asks the back end without force first; if the file is still linked, shows where and asks again.
import { useCallback, useState } from 'react';
import type { EvidenceItem, EvidenceLink } from '../../../shared/api/contract-evidence';
import { callResult } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { Dialog } from '../../components/Dialog';
import { pickLanguage } from './helpers';
import { M } from './messages';

interface State { item: EvidenceItem; links: EvidenceLink[] | null; busy: boolean; error: string | null }

export function useRemoval(onRemoved: (item: EvidenceItem) => void) {
  const { lang } = useI18n();
  const [state, setState] = useState<State | null>(null);
  const attempt = useCallback(async (item: EvidenceItem, force: boolean) => {
    setState((s) => (s ? { ...s, busy: true, error: null } : s));
    const r = await callResult('evidence.remove', { id: item.id, force });
    if (r.ok) { setState(null); onRemoved(item); return; }
    if (r.error.code === 'CONFLICT' && !force) {
      const links = Array.isArray(r.error.details) ? (r.error.details as EvidenceLink[]) : item.links;
      setState({ item, links, busy: false, error: null });
      return;
    }
    setState((cur) => ({ item, links: cur?.links ?? null, busy: false, error: pickLanguage(r.error.message, lang) }));
  }, [lang, onRemoved]);
  /** Linked evidence goes straight to the back end (which refuses and lists the links); unlinked gets a plain confirmation. */
  const start = useCallback((item: EvidenceItem) => {
    if (item.links.length) { setState({ item, links: null, busy: true, error: null }); void attempt(item, false); }
    else setState({ item, links: null, busy: false, error: null });
  }, [attempt]);
  const confirm = useCallback(() => { if (state) void attempt(state.item, state.links !== null); }, [attempt, state]);
  const cancel = useCallback(() => setState(null), []);
  return { state, start, confirm, cancel };
}

interface Props {
  removal: ReturnType<typeof useRemoval>;
  describe(l: EvidenceLink): { code: string; text: string | null; round: string | null };
}

export function RemoveDialog({ removal, describe }: Props) {
  const t = useMessages(M);
  const s = removal.state;
  // While the first (unforced) request runs for linked evidence there is nothing to ask yet.
  if (!s || (s.busy && s.links === null && s.item.links.length > 0)) return null;
  const linked = s.links !== null;
  return (
    <Dialog key={linked ? 'linked' : 'plain'} title={t(linked ? 'removeLinkedTitle' : 'removeTitle')} onClose={removal.cancel} describedBy="ev-remove-body">
      <p id="ev-remove-body">{t(linked ? 'removeLinkedBody' : 'removeBody', { title: s.item.title })}</p>
      {linked && (
        <ul className="ev-used-list">
          {s.links!.map((l, i) => {
            const d = describe(l);
            return <li key={i}><strong>{d.code}</strong>{d.text ? ` — ${d.text}` : ''}{d.round ? ` (${t('roundOther', { name: d.round })})` : ''}</li>;
          })}
        </ul>
      )}
      {s.error && <p className="notice bad" role="alert">{s.error}</p>}
      <div className="ev-dialog-actions">
        <button type="button" className="btn secondary" onClick={removal.cancel} data-autofocus>{t('cancel')}</button>
        <button type="button" className="btn danger" onClick={removal.confirm} disabled={s.busy}>{t(linked ? 'removeForce' : 'removeConfirm')}</button>
      </div>
    </Dialog>
  );
}
