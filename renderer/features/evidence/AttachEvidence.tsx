// Attaches evidence to one indicator or GCG item: linked files as chips, upload, pick a stored file, missing kinds.
import { useMemo, useRef, useState, type JSX } from 'react';
import type { EvidenceItem, EvidenceLink } from '../../../shared/api/contract-evidence';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { DropZone } from './DropZone';
import { ExpiryBadge } from './ExpiryBadge';
import { kindLabel, missingKinds, plainError, upsert, type KindDef } from './helpers';
import { M } from './messages';
import { PickEvidenceDialog } from './PickEvidenceDialog';
import { PreviewDialog } from './Preview';
import { UploadQueue } from './UploadQueue';
import { useUploads } from './useUploads';
import './evidence.css';

export interface AttachEvidenceProps {
  assessmentId: number; target: 'indicator' | 'gcg'; code: string;
  expectedKinds: string[];                       // evidence-kind ids the instrument expects for this item
  evidenceKinds: KindDef[];
  evidence: EvidenceItem[];                      // all evidence in the workspace (from evidence.list)
  linkedIds: number[];                           // ids linked to this item now
  onChanged(evidence: EvidenceItem[]): void;     // called with the fresh evidence list after any change
}

export function AttachEvidence(props: AttachEvidenceProps): JSX.Element {
  const { assessmentId, target, code, expectedKinds, evidenceKinds, evidence, linkedIds } = props;
  const t = useMessages(M);
  const { lang } = useI18n();
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<EvidenceItem | null>(null);
  const [picking, setPicking] = useState(false);
  const [chosenKind, setChosenKind] = useState<string | null | undefined>(undefined);
  // The latest list, so several uploads finishing in a row each build on the previous result.
  const latest = useRef(evidence);
  latest.current = evidence;
  const changed = (item: EvidenceItem) => {
    const next = upsert(latest.current, item);
    latest.current = next;
    props.onChanged(next);
  };

  const link: EvidenceLink = { assessmentId, target, code };
  // Each item's own links (fresh after every change here) decide; linkedIds gives the order.
  const linked = useMemo(() => {
    const isLinked = (e: EvidenceItem) => e.links.some((l) => l.assessmentId === assessmentId && l.target === target && l.code === code);
    const order = (e: EvidenceItem) => { const i = linkedIds.indexOf(e.id); return i < 0 ? Number.MAX_SAFE_INTEGER : i; };
    return evidence.filter(isLinked).sort((a, b) => order(a) - order(b) || a.id - b.id);
  }, [linkedIds, evidence, assessmentId, target, code]);
  const linkedNow = linked.map((e) => e.id);
  const missing = missingKinds(expectedKinds, linked);
  // New files get the first expected kind still missing, unless the user chose another.
  const uploadKind = chosenKind === undefined ? missing[0] ?? null : chosenKind;

  const uploads = useUploads({
    link, kind: uploadKind,
    onStored: (item, duplicate) => {
      changed(item);
      setError(null);
      setStatus(t(duplicate ? 'duplicateLinked' : 'storedLinked', { title: item.title }));
    },
  });

  const run = async (job: () => Promise<EvidenceItem>) => {
    try {
      changed(await job());
      setError(null);
    } catch (e) {
      setError(plainError(e, lang, t('errNetwork')));
    }
  };
  const unlink = (e: EvidenceItem) => { setStatus(null); void run(() => call('evidence.unlink', { evidenceId: e.id, link })); };
  const attachExisting = (e: EvidenceItem) => run(() => call('evidence.link', { evidenceId: e.id, link }));

  const label = (k: string | null) => kindLabel(evidenceKinds, k, lang);
  const visibleJobs = uploads.jobs.filter((j) => j.status !== 'done' && j.status !== 'duplicate' && j.status !== 'cancelled');

  return (
    <div className="ev-attach">
      <div className="ev-attach-row">
        <span className="ev-attach-label">{t('linked')}</span>
        {linked.length === 0 ? <span className="muted">{t('linkedNone')}</span> : (
          <ul className="ev-chips">
            {linked.map((e) => (
              <li key={e.id} className="ev-chip">
                <button type="button" className="ev-chip-open" onClick={() => setPreview(e)} aria-label={t('viewNamed', { title: e.title })}>
                  <span className="ev-chip-title">{e.title}</span>
                  {e.kind && <span className="ev-chip-kind">{label(e.kind)}</span>}
                  <ExpiryBadge expiry={e.expiryDate} />
                </button>
                <button type="button" className="ev-chip-x" onClick={() => unlink(e)} aria-label={t('unlink', { title: e.title })} title={t('unlink', { title: e.title })}>×</button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {expectedKinds.length > 0 && (
        <div className="ev-attach-row">
          <span className="ev-attach-label">{t('missing')}</span>
          {missing.length === 0 ? <span className="ev-ok">✓ {t('missingNone')}</span> : (
            <ul className="ev-missing">{missing.map((k) => <li key={k}>{label(k)}</li>)}</ul>
          )}
        </div>
      )}
      <DropZone compact onFiles={(files) => { setStatus(null); uploads.add(files); }} buttonLabel={t('attach')}>
        <button type="button" className="btn secondary" onClick={() => setPicking(true)}>{t('pick')}</button>
        {expectedKinds.length > 0 && (
          <label className="ev-attach-kind">
            <span>{t('uploadKind')}</span>
            <select value={uploadKind ?? ''} onChange={(e) => setChosenKind(e.target.value || null)}>
              <option value="">{t('fKindPlaceholder')}</option>
              {[...new Set(expectedKinds)].map((k) => <option key={k} value={k}>{label(k)}</option>)}
            </select>
          </label>
        )}
      </DropZone>
      <UploadQueue compact jobs={visibleJobs} onCancel={uploads.cancel} />
      <p className="ev-attach-status" role="status">{status}</p>
      {error && <p className="notice bad" role="alert">{error}</p>}
      {preview && <PreviewDialog item={preview} onClose={() => setPreview(null)} />}
      {picking && (
        <PickEvidenceDialog evidence={evidence} linkedIds={linkedNow} expectedKinds={expectedKinds} evidenceKinds={evidenceKinds}
          onLink={attachExisting} onClose={() => setPicking(false)} />
      )}
    </div>
  );
}
