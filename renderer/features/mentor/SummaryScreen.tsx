// "Ringkasan wilayah": LKS by kab/kota × typology with totals (Table I.1), filters (year, type, region), grade
// distribution, averages per standard, a bar chart; exports as XLSX and DOCX, and the chart as SVG.
import { useEffect, useId, useState } from 'react';
import type { Summary } from '../../../shared/api/contract-mentor';
import { LKS_TYPES, type LksType } from '../../../shared/profile';
import { call, saveBase64 } from '../../api/client';
import { ScreenHeader } from '../../components/ScreenHeader';
import { plainError } from '../evidence/helpers';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { GradesStandards } from './GradesStandards';
import { TYPE_SHORT } from './messages';
import { S } from './messages-summary';
import { SummaryChart } from './SummaryChart';
import { summaryChartSvg, textToBase64 } from './chart-svg';
import { SummaryTable } from './SummaryTable';
import './mentor.css';

const MEDIA = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
interface Filter { year?: number; lksType?: LksType; region?: string }

export function SummaryScreen() {
  const { lang } = useI18n();
  const t = useMessages(S);
  const fid = useId();
  const [f, setF] = useState<Filter>({});
  const [s, setS] = useState<Summary | null>(null);
  const [regions, setRegions] = useState<Map<string, string>>(new Map());
  const [message, setMessage] = useState<{ text: string; bad?: boolean } | null>(null);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    let live = true;
    call('summary.get', f).then((r) => {
      if (!live) return;
      setS(r);
      // The region choices grow with what has been seen, so narrowing to one region keeps the others choosable.
      setRegions((m) => {
        const next = new Map(m);
        for (const row of r.rows) if (row.regionCode) next.set(row.regionCode, row.regionName);
        return next.size === m.size ? m : next;
      });
    }, (e) => { if (live) setMessage({ text: t('loadFailed', { message: plainError(e, lang, '') }), bad: true }); });
    return () => { live = false; };
  }, [f, lang]); // t follows lang

  const when = f.year ? String(f.year) : t('latestShort');
  const exportFile = async (kind: 'xlsx' | 'docx') => {
    const name = kind.toUpperCase();
    setExporting(true);
    setMessage({ text: t('exporting', { kind: name }) });
    try {
      const r = await call(kind === 'xlsx' ? 'summary.exportXlsx' : 'summary.exportDocx', { ...f, language: lang });
      saveBase64(r.fileName, r.base64, MEDIA[kind]);
      setMessage({ text: t('exported', { file: r.fileName }) });
    } catch (e) {
      setMessage({ text: t('exportFailed', { kind: name, message: plainError(e, lang, '') }), bad: true });
    } finally {
      setExporting(false);
    }
  };

  const exportChart = () => {
    if (!s) return;
    const svg = summaryChartSvg(s, { title: `${t('chartTitle')} (${when})`, legend: (l) => t('typologyN', { t: l }) });
    const file = `grafik-lks${f.region ? `-${f.region}` : ''}${f.lksType ? `-${f.lksType}` : ''}${f.year ? `-${f.year}` : ''}.svg`;
    saveBase64(file, textToBase64(svg), 'image/svg+xml');
    setMessage({ text: t('exported', { file }) });
  };

  return (
    <section className="mn-screen mn-summary">
      <ScreenHeader title={t('title')} intro={t('intro')}>
        <div className="head-actions mn-head-actions">
          <button type="button" className="btn" onClick={() => void exportFile('xlsx')} disabled={exporting || !s || s.total.total === 0}>{t('exportXlsx')}</button>
          <button type="button" className="btn" onClick={() => void exportFile('docx')} disabled={exporting || !s || s.total.total === 0}>{t('exportDocx')}</button>
          <button type="button" className="btn secondary" onClick={exportChart} disabled={!s || s.rows.length === 0}>{t('exportChart')}</button>
        </div>
      </ScreenHeader>
      <div className="mn-filters" role="group" aria-label={`${t('year')}, ${t('type')}, ${t('region')}`}>
        <div className="mn-filter"><label htmlFor={`${fid}-1`}>{t('year')}</label>
          <select id={`${fid}-1`} value={f.year ?? ''} onChange={(e) => setF({ ...f, year: e.target.value ? Number(e.target.value) : undefined })}>
            <option value="">{t('latest')}</option>
            {(s?.years ?? []).map((y) => <option key={y} value={y}>{y}</option>)}
          </select></div>
        <div className="mn-filter"><label htmlFor={`${fid}-2`}>{t('type')}</label>
          <select id={`${fid}-2`} value={f.lksType ?? ''} onChange={(e) => setF({ ...f, lksType: (e.target.value || undefined) as LksType | undefined })}>
            <option value="">{t('all')}</option>
            {LKS_TYPES.map((k) => <option key={k} value={k}>{TYPE_SHORT[lang][k]}</option>)}
          </select></div>
        <div className="mn-filter"><label htmlFor={`${fid}-3`}>{t('region')}</label>
          <select id={`${fid}-3`} value={f.region ?? ''} onChange={(e) => setF({ ...f, region: e.target.value || undefined })}>
            <option value="">{t('all')}</option>
            {[...regions].sort((a, b) => a[0].localeCompare(b[0])).map(([code, name]) => <option key={code} value={code}>{name}</option>)}
          </select></div>
      </div>
      <div role="status" aria-live="polite" className="inbox-live">{message && !message.bad && <p className="notice okay mn-message">{message.text}</p>}</div>
      <div role="alert" className="inbox-live">{message?.bad && <p className="notice bad mn-message">{message.text}</p>}</div>
      {s && s.rows.length === 0 && (
        <div className="empty"><p>{t('empty')}</p><a className="btn" href="#/mentor">{t('toPortfolio')}</a></div>
      )}
      {s && s.rows.length > 0 && (
        <div className="mn-sum-grid">
          <div className="mn-sum-main">
            <SummaryTable s={s} when={when} />
            <SummaryChart s={s} />
          </div>
          <GradesStandards s={s} />
        </div>
      )}
    </section>
  );
}
