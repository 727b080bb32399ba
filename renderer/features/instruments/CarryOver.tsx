// Shows what changes when a round moves to a newer instrument version, and creates the new round on confirmation.
import { useState } from 'react';
import type { AssessmentSummary, DefinitionSummary } from '../../../shared/api/contract-assessment';
import type { OutputOf } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { compareVersions } from '../../../shared/instrument/version';
import { useRounds } from '../../app/round';
import { useMessages } from '../../i18n/feature';
import { M } from './messages';

const newer = (a: string, b: string) => compareVersions(a, b) > 0;

export function CarryOver({ round, definitions }: { round: AssessmentSummary; definitions: DefinitionSummary[] }) {
  const t = useMessages(M);
  const { refreshRounds, selectRound } = useRounds();
  const latest = definitions.filter((d) => d.kind === 'instrument' && d.id === round.instrument.id && newer(d.version, round.instrument.version))
    .sort((a, b) => (newer(a.version, b.version) ? -1 : 1))[0];
  const [preview, setPreview] = useState<OutputOf<'assessment.carryOverPreview'> | null>(null);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (!latest) {
    return (
      <div className="carry">
        {message && <p role="status" className="notice okay">{message}</p>}
        <p className="muted">{t('carryNone', { round: round.name })}</p>
      </div>
    );
  }
  const to = { id: latest.id, version: latest.version };
  const show = async () => {
    try {
      setPreview(await call('assessment.carryOverPreview', { assessmentId: round.id, to }));
      setName(`${round.name} (v${latest.version})`);
      setMessage(null);
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  const accept = async () => {
    try {
      const r = await call('assessment.carryOver', { assessmentId: round.id, to, name });
      await refreshRounds();
      selectRound(r.id);
      setPreview(null);
      setMessage(t('done', { name: r.name }));
    } catch (e) {
      setMessage((e as Error).message);
    }
  };
  return (
    <div className="carry">
      <h3>{t('carryTitle')}</h3>
      <p>{t('carryOffer', { round: round.name, id: round.instrument.id, from: round.instrument.version, to: latest.version })}</p>
      {!preview && <button className="btn secondary" onClick={show}>{t('preview')}</button>}
      {preview && (
        <div className="carry-preview">
          <dl className="facts">
            <dt>{t('unchanged')}</dt><dd>{preview.unchanged.length}</dd>
            <dt>{t('changed')}</dt><dd>{preview.changed.map((c) => `${c.code} (${c.kinds.map((k) => t(`k_${k}` as 'k_levels')).join(', ')})`).join('; ') || '—'}</dd>
            <dt>{t('added')}</dt><dd>{preview.added.join(', ') || '—'}</dd>
            <dt>{t('removed')}</dt><dd>{preview.removed.join(', ') || '—'}</dd>
            <dt>{t('kept')}</dt><dd>{preview.answersKept}</dd>
            <dt>{t('dropped')}</dt><dd>{preview.answersDropped.join(', ') || '—'}</dd>
            {preview.checklist && (
              <>
                <dt>{t('gcgMove')}</dt><dd>{preview.checklist.from.version} → {preview.checklist.to.version}</dd>
                <dt>{t('gcgKept')}</dt><dd>{preview.checklist.answersKept}</dd>
                <dt>{t('gcgDropped')}</dt><dd>{preview.checklist.answersDropped.join(', ') || '—'}</dd>
                <dt>{t('gcgAdded')}</dt><dd>{preview.checklist.added.join(', ') || '—'}</dd>
              </>
            )}
          </dl>
          <label className="field"><span>{t('newName')}</span><input value={name} onChange={(e) => setName(e.target.value)} /></label>
          <div className="row-actions">
            <button className="btn" onClick={accept} disabled={!name.trim()}>{t('accept', { to: latest.version })}</button>
            <button className="btn secondary" onClick={() => setPreview(null)}>{t('cancel')}</button>
          </div>
        </div>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
