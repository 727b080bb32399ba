// "Laporan pendamping (DOCX)": the mentor report for the Dinas Sosial or donors, for a period of visit dates (this
// year by default); downloaded the same way as the summary's XLSX.
import { useId, useState } from 'react';
import { localIsoDate } from '../../../shared/dates';
import { call, saveBase64 } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { defineMessages, useMessages } from '../../i18n/feature';
import { plainError } from '../evidence/helpers';

const R = defineMessages({
  id: {
    open: 'Laporan pendamping (DOCX)', legend: 'Periode laporan pendamping (tanggal kunjungan)', from: 'Dari tanggal', to: 'Sampai tanggal',
    download: 'Unduh laporan', close: 'Tutup', making: 'Menyiapkan laporan pendamping…', done: '{file} diunduh.', failed: 'Laporan tidak dapat dibuat: {message}',
    order: 'Tanggal awal harus sebelum tanggal akhir.',
  },
  en: {
    open: 'Mentor report (DOCX)', legend: 'Mentor report period (visit dates)', from: 'From', to: 'To',
    download: 'Download report', close: 'Close', making: 'Preparing the mentor report…', done: '{file} downloaded.', failed: 'The report could not be made: {message}',
    order: 'The start date must not be after the end date.',
  },
});

export function ReportPanel({ onMessage }: { onMessage: (m: { text: string; bad?: boolean }) => void }) {
  const { lang } = useI18n();
  const t = useMessages(R);
  const id = useId();
  const today = localIsoDate();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [busy, setBusy] = useState(false);
  const bad = !!from && !!to && from > to;

  const download = async () => {
    setBusy(true);
    onMessage({ text: t('making') });
    try {
      const r = await call('mentor.reportDocx', { language: lang, ...(from ? { from } : {}), ...(to ? { to } : {}) });
      saveBase64(r.fileName, r.base64);
      onMessage({ text: t('done', { file: r.fileName }) });
    } catch (e) {
      onMessage({ text: t('failed', { message: plainError(e, lang, '') }), bad: true });
    } finally {
      setBusy(false);
    }
  };

  if (!open) return <button type="button" className="btn secondary" onClick={() => setOpen(true)}>{t('open')}</button>;
  return (
    <fieldset className="mn-report">
      <legend>{t('legend')}</legend>
      <label htmlFor={`${id}-f`}>{t('from')}</label>
      <input id={`${id}-f`} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      <label htmlFor={`${id}-t`}>{t('to')}</label>
      <input id={`${id}-t`} type="date" value={to} onChange={(e) => setTo(e.target.value)} aria-invalid={bad || undefined} aria-describedby={bad ? `${id}-e` : undefined} />
      <button type="button" className="btn" onClick={() => void download()} disabled={busy || bad}>{t('download')}</button>
      <button type="button" className="btn secondary" onClick={() => setOpen(false)}>{t('close')}</button>
      {bad && <span id={`${id}-e`} className="mn-report-error">{t('order')}</span>}
    </fieldset>
  );
}
