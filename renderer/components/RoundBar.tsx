// Picks the assessment round the screen shows; offers to start one when there is none.
import { useState } from 'react';
import { call } from '../api/client';
import { useRounds } from '../app/round';
import { defineMessages, useMessages } from '../i18n/feature';

const M = defineMessages({
  id: { label: 'Putaran penilaian', none: 'Belum ada putaran penilaian.', start: 'Mulai penilaian mandiri', defaultName: 'Penilaian mandiri {year}', noneHint: 'Satu putaran = satu kali penilaian mandiri lengkap, misalnya "Persiapan akreditasi {year}".' },
  en: { label: 'Assessment round', none: 'No assessment round yet.', start: 'Start a self-assessment', defaultName: 'Self-assessment {year}', noneHint: 'A round is one complete self-assessment, e.g. "Accreditation preparation {year}".' },
});

export function RoundBar() {
  const t = useMessages(M);
  const { rounds, roundId, selectRound, refreshRounds } = useRounds();
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    try {
      const r = await call('assessment.create', { name: t('defaultName', { year: new Date().getFullYear() }) });
      await refreshRounds();
      selectRound(r.id);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (rounds.length === 0) {
    return (
      <div className="empty round-empty">
        <p><strong>{t('none')}</strong> {t('noneHint', { year: new Date().getFullYear() + 1 })}</p>
        <button className="btn" onClick={start}>{t('start')}</button>
        {error && <p className="error" role="alert">{error}</p>}
      </div>
    );
  }
  return (
    <div className="round-bar">
      <label htmlFor="round-select">{t('label')}</label>
      <select id="round-select" value={roundId ?? ''} onChange={(e) => selectRound(Number(e.target.value))}>
        {rounds.map((r) => <option key={r.id} value={r.id}>{r.name}</option>)}
      </select>
    </div>
  );
}
