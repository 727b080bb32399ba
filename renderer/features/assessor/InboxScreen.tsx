// "Berkas masuk": the assessor imports *.swanilai dossiers (picker or drop anywhere on the window) and sees them listed.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ReviewListRow } from '../../../shared/api/contract-review';
import { call } from '../../api/client';
import { plainError } from '../evidence/helpers';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { DossierTable } from './DossierTable';
import { M } from './messages';
import { useInbox, type Outcome } from './useInbox';
import './inbox.css';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files');

/** The whole window takes a dropped file while this screen is open, so the drop target cannot be missed. */
function useWindowDrop(onFile: (f: File) => void): boolean {
  const [over, setOver] = useState(false);
  const cb = useRef(onFile);
  cb.current = onFile;
  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => { if (hasFiles(e)) { e.preventDefault(); depth++; setOver(true); } };
    const overFn = (e: DragEvent) => { if (hasFiles(e)) { e.preventDefault(); e.dataTransfer!.dropEffect = 'copy'; } };
    const leave = () => { depth = Math.max(0, depth - 1); if (depth === 0) setOver(false); };
    const drop = (e: DragEvent) => {
      e.preventDefault();
      depth = 0;
      setOver(false);
      const f = e.dataTransfer?.files?.[0];
      if (f) cb.current(f);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overFn);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overFn);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  return over;
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  const { lang } = useI18n();
  const t = useMessages(M);
  if (outcome.kind === 'imported') return <p className="notice okay inbox-outcome">{t('imported', { name: outcome.name, lks: outcome.lks || t('noName'), version: outcome.version })}</p>;
  if (outcome.kind === 'already') return <p className="notice warn inbox-outcome">{t('already', { name: outcome.name })}</p>;
  if (outcome.kind === 'failed') return <p className="notice bad inbox-outcome">{t('failed', { message: outcome.message })}</p>;
  if (outcome.kind !== 'refused') return null;
  const first = outcome.problems[0];
  return (
    <div className="notice bad inbox-outcome inbox-refused">
      <p><strong>{t('refused', { name: outcome.name, message: first ? first.message[lang] : '' })}</strong> {t('refusedNothing')}</p>
      <details>
        <summary>{t('details')} ({t('problemCount', { n: outcome.problems.length })})</summary>
        <ul>
          {outcome.problems.map((p, i) => (
            <li key={i}><code>{p.code}</code> {p.message[lang]}{p.entry ? <> — <code>{p.entry}</code></> : null}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}

export function InboxScreen() {
  const t = useMessages(M);
  const { rows, regions, loadError, job, outcome, importFile } = useInbox();
  const input = useRef<HTMLInputElement>(null);
  const over = useWindowDrop((f) => void importFile(f));
  const highlight = outcome && (outcome.kind === 'imported' || outcome.kind === 'already') ? outcome.id : null;
  const { lang } = useI18n();
  const [reviews, setReviews] = useState<ReviewListRow[]>([]);
  const [reviewError, setReviewError] = useState<string | null>(null);
  // Every import creates or moves a review, so the review column follows the dossier list.
  useEffect(() => { call('review.list', {}).then(setReviews, () => setReviews([])); }, [rows]);
  const byDossier = useMemo(() => new Map(reviews.map((r) => [r.dossierImportId, r])), [reviews]);
  const openReview = useCallback(async (dossierImportId: number) => {
    setReviewError(null);
    try {
      const { reviewId } = await call('review.forDossier', { dossierImportId });
      window.location.hash = `#/review?id=${reviewId}`;
    } catch (e) {
      setReviewError(t('openReviewFailed', { message: plainError(e, lang, '') }));
    }
  }, [lang, t]);

  return (
    <section className="inbox-screen">
      <ScreenHeader title={t('title')} intro={t('intro')} />
      <div className={`ev-drop inbox-drop${over ? ' over' : ''}`} data-testid="dossier-drop">
        <span className="ev-drop-icon" aria-hidden="true">⇪</span>
        <div className="ev-drop-text">
          <strong>{t('dropTitle')}</strong>
          <span className="muted">{t('dropHint')}</span>
        </div>
        <button type="button" className="btn" disabled={!!job} onClick={() => input.current?.click()}>{t('choose')}</button>
        <input
          ref={input} type="file" accept=".swanilai" hidden aria-label={t('fileInput')}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = ''; // the same file again must fire change again
            if (f) void importFile(f);
          }}
        />
      </div>
      <div role="status" aria-live="polite" className="inbox-live">
        {job && (
          <div className="inbox-job">
            <span>{job.phase === 'uploading' ? t('uploading', { name: job.name, pct: job.pct }) : t('checking', { name: job.name })}</span>
            <progress max={100} value={job.phase === 'uploading' ? job.pct : undefined} aria-label={t('progressOf', { name: job.name })} />
          </div>
        )}
        {!job && outcome && outcome.kind !== 'refused' && outcome.kind !== 'failed' && <OutcomeNotice outcome={outcome} />}
      </div>
      <div role="alert" className="inbox-live">
        {!job && outcome && (outcome.kind === 'refused' || outcome.kind === 'failed') && <OutcomeNotice outcome={outcome} />}
      </div>
      {loadError && <p className="notice bad">{loadError}</p>}
      {rows && rows.length === 0 && (
        <div className="empty inbox-empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <p className="muted">{t('emptyNext')}</p>
        </div>
      )}
      {reviewError && <p className="notice bad" role="alert">{reviewError}</p>}
      {rows && rows.length > 0 && <DossierTable rows={rows} regions={regions} highlight={highlight} reviews={byDossier} onOpenReview={(id) => void openReview(id)} />}
    </section>
  );
}
