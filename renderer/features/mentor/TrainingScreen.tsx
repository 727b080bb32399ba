// "Pelatihan": per BK3S training model (training.invitations) the LKS to invite with their reasons (folded per
// LKS) and those undecided with the missing data; filter by LKS type; XLSX per model or for all; the rules editor.
import { useEffect, useId, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import type { PortfolioRow } from '../../../shared/api/contract-mentor';
import { LKS_TYPES, type LksType } from '../../../shared/profile';
import { call, saveBase64 } from '../../api/client';
import { ScreenHeader } from '../../components/ScreenHeader';
import { plainError } from '../evidence/helpers';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { TYPE_SHORT } from './messages';
import { T } from './messages-training';
import { RulesEditor } from './RulesEditor';
import './mentor.css';
import './training.css';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
type Inv = OutputOf<'training.invitations'>;
type ModelInv = Inv['models'][number];
type Origin = 'source' | 'mixed' | 'estimate';
interface RuleSummary { model: string; origin: Origin }

function sizeText(m: ModelInv['model'], lang: 'id' | 'en'): string | null {
  if (!m.size.hours) return null;
  return `${m.size.hours} ${m.size.unit === 'jpl' ? 'JPL' : lang === 'id' ? 'jam' : 'hours'}`;
}

export function TrainingScreen() {
  const { lang } = useI18n();
  const t = useMessages(T);
  const fid = useId();
  const [lksType, setLksType] = useState<LksType | undefined>(undefined);
  const [inv, setInv] = useState<Inv | null>(null);
  const [rows, setRows] = useState<Map<number, PortfolioRow>>(new Map());
  const [rules, setRules] = useState<RuleSummary[]>([]);
  const [reload, setReload] = useState(0);
  const [message, setMessage] = useState<{ text: string; bad?: boolean } | null>(null);
  const [exporting, setExporting] = useState(false);

  useEffect(() => {
    let live = true;
    Promise.all([call('training.invitations', lksType ? { lksType } : {}), call('portfolio.list', {}), call('training.rules', {})]).then(([i, p, r]) => {
      if (!live) return;
      setInv(i);
      setRows(new Map(p.map((x) => [x.id, x])));
      const body = r.body as { rules?: RuleSummary[] };
      setRules(Array.isArray(body.rules) ? body.rules.map((x) => ({ model: x.model, origin: x.origin })) : []);
    }, (e) => { if (live) setMessage({ text: t('loadFailed', { message: plainError(e, lang, '') }), bad: true }); });
    return () => { live = false; };
  }, [lksType, reload, lang]); // t follows lang

  const exportXlsx = async (model?: string) => {
    setExporting(true);
    setMessage({ text: t('exporting') });
    try {
      const r = await call('training.exportInvitations', { ...(model ? { model } : {}), ...(lksType ? { lksType } : {}), language: lang });
      saveBase64(r.fileName, r.base64, XLSX);
      setMessage({ text: t('exported', { file: r.fileName }) });
    } catch (e) {
      setMessage({ text: t('exportFailed', { message: plainError(e, lang, '') }), bad: true });
    } finally {
      setExporting(false);
    }
  };

  const invited = inv?.models.reduce((n, m) => n + m.invite.length, 0) ?? 0;
  const undecided = inv?.models.reduce((n, m) => n + m.undecided.length, 0) ?? 0;
  const empty = inv !== null && rows.size === 0;
  const meta = (id: number) => {
    const r = rows.get(id);
    if (!r) return '';
    const typology = r.recorded?.typology ?? (r.projected?.typology ? `${r.projected.typology} (${t('estimate')})` : null);
    return [r.regionName, r.lksType ? TYPE_SHORT[lang][r.lksType] : null, typology ? `${lang === 'id' ? 'tipologi' : 'typology'} ${typology}` : null].filter(Boolean).join(' · ');
  };

  return (
    <section className="mn-screen tr-screen">
      <ScreenHeader title={t('title')} intro={t('intro')}>
        <div className="head-actions mn-head-actions">
          <button type="button" className="btn" onClick={() => void exportXlsx()} disabled={exporting || !inv || empty}>{t('exportAll')}</button>
        </div>
      </ScreenHeader>
      <div className="tr-bar">
        <div className="mn-filter"><label htmlFor={`${fid}-type`}>{t('type')}</label>
          <select id={`${fid}-type`} value={lksType ?? ''} onChange={(e) => setLksType((e.target.value || undefined) as LksType | undefined)}>
            <option value="">{t('all')}</option>
            {LKS_TYPES.map((k) => <option key={k} value={k}>{TYPE_SHORT[lang][k]}</option>)}
          </select></div>
        {inv && <p className="tr-totals" data-testid="training-totals">{t('totals', { models: inv.models.length, invited, undecided })}</p>}
      </div>
      <div role="status" aria-live="polite" className="inbox-live">{message && !message.bad && <p className="notice okay mn-message">{message.text}</p>}</div>
      {message?.bad && <p className="notice bad" role="alert">{message.text}</p>}
      {empty && (
        <div className="panel tr-empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
          <a className="btn" href="#/mentor">{t('toPortfolio')}</a>
        </div>
      )}
      {inv && !empty && (
        <ol className="tr-models">
          {inv.models.map((m) => {
            const origins = [...new Set(rules.filter((r) => r.model === m.model.id).map((r) => r.origin))];
            const size = sizeText(m.model, lang);
            const title = `Model ${m.model.number} · ${m.model.title[lang]}`;
            return (
              <li key={m.model.id} className="panel tr-model" data-model={m.model.id}>
                <div className="tr-model-head">
                  <div>
                    <h2 id={`${fid}-${m.model.id}`}>{title}</h2>
                    <p className="tr-model-meta">
                      {size && <span className="tr-chip size">{size}</span>}
                      <span className="muted">{m.model.size.text[lang]}</span>
                    </p>
                    <p className="tr-origins" title={t('originTitle')}>
                      {origins.length === 0 && <span className="tr-chip est">{t('noRule')}</span>}
                      {origins.map((o) => <span key={o} className={`tr-chip ${o === 'source' ? 'src' : 'est'}`}>{t(`origin.${o}`)}</span>)}
                    </p>
                  </div>
                  <button type="button" className="btn secondary" aria-label={t('exportOneLabel', { model: title })}
                    onClick={() => void exportXlsx(m.model.id)} disabled={exporting}>{t('exportOne')}</button>
                </div>
                <h3 className="tr-h3 ok">{t('invited', { n: m.invite.length })}</h3>
                {m.invite.length === 0 ? <p className="muted tr-none">{t('noneInvited')}</p> : (
                  <ul className="tr-lks">
                    {m.invite.map((l) => (
                      <li key={l.lksId} data-lks={l.lksId}>
                        <details>
                          <summary>
                            <span className="tr-name">{l.name}</span>
                            {l.estimate && <span className="tr-chip est" title={t('estimateTitle')}>{t('estimate')}</span>}
                            <span className="muted tr-meta">{meta(l.lksId)}</span>
                          </summary>
                          <ul className="tr-reasons" aria-label={`${t('reasonsOf')}: ${l.name}`}>
                            {l.reasons.map((r, i) => <li key={i}>{r[lang]}</li>)}
                          </ul>
                          <a className="tr-open" href={`#/visits?lks=${l.lksId}`}>{lang === 'id' ? 'Buka di Kunjungan' : 'Open in Visits'}</a>
                        </details>
                      </li>
                    ))}
                  </ul>
                )}
                {m.undecided.length > 0 && (
                  <details className="tr-undecided">
                    <summary>{t('undecided', { n: m.undecided.length })}</summary>
                    <ul className="tr-lks plain">
                      {m.undecided.map((u) => (
                        <li key={u.lksId} data-lks={u.lksId}>
                          <span className="tr-name">{u.name}</span> <span className="muted tr-meta">{meta(u.lksId)}</span>
                          <p className="tr-missing">{t('missing')} {u.missing.map((x) => x[lang]).join('; ')}</p>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <RulesEditor onChanged={() => setReload((n) => n + 1)} />
    </section>
  );
}
