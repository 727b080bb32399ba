// The table of stored evidence: document, kind, validity with warnings, use count, and an inline editor row.
import type { ReactNode } from 'react';
import type { EvidenceItem } from '../../../shared/api/contract-evidence';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { ExpiryBadge } from './ExpiryBadge';
import { bytes, shortDate } from '../../../shared/format';
import { isImage, isPdf, kindLabel, type KindDef } from './helpers';
import { M } from './messages';

interface Props {
  rows: EvidenceItem[]; kinds: KindDef[]; roundId: number | null; editingId: number | null;
  onPreview(e: EvidenceItem): void; onEdit(e: EvidenceItem): void;
  /** Sets the kind straight from the table for files that have none yet (the usual first step after adding). */
  onKind(e: EvidenceItem, kind: string): void;
  editor: ReactNode;
}

function fileBadge(e: EvidenceItem, imageText: string): { cls: string; text: string } {
  if (isPdf(e)) return { cls: 'pdf', text: 'PDF' };
  if (isImage(e)) return { cls: 'img', text: imageText };
  const ext = /\.([a-z0-9]{1,5})$/i.exec(e.originalName)?.[1]?.toLowerCase() ?? '';
  if (/^docx?|odt|rtf$/.test(ext)) return { cls: 'doc', text: ext.toUpperCase() };
  if (/^xlsx?|ods|csv$/.test(ext)) return { cls: 'xls', text: ext.toUpperCase() };
  return { cls: '', text: ext ? ext.toUpperCase().slice(0, 4) : '…' };
}

export function EvidenceTable({ rows, kinds, roundId, editingId, onPreview, onEdit, onKind, editor }: Props) {
  const t = useMessages(M);
  const { lang } = useI18n();
  return (
    <table className="ev-table">
      <thead>
        <tr>
          <th scope="col">{t('colDocument')}</th>
          <th scope="col">{t('colKind')}</th>
          <th scope="col">{t('colValidity')}</th>
          <th scope="col">{t('colLinks')}</th>
          <th scope="col"><span className="sr-only-text">{t('colActions')}</span></th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => {
          const badge = fileBadge(e, t('fileImage'));
          const here = e.links.filter((l) => l.assessmentId === roundId).length;
          const other = e.links.length - here;
          const editing = editingId === e.id;
          return [
            <tr key={e.id} className={editing ? 'selected' : undefined} data-evidence-id={e.id}>
              <td>
                <div className="ev-doc">
                  <span className={`ev-doc-icon ${badge.cls}`} aria-hidden="true">{badge.text}</span>
                  <div>
                    <div className="ev-doc-title">{e.title}</div>
                    <div className="ev-doc-file">{e.originalName} · <span className="ev-nowrap">{bytes(e.size, lang)}</span></div>
                  </div>
                </div>
              </td>
              <td>
                {e.kind ? kindLabel(kinds, e.kind, lang) : (
                  <select className="ev-kind-pick" value="" aria-label={t('kindFor', { title: e.title })} onChange={(ev) => ev.target.value && onKind(e, ev.target.value)}>
                    <option value="">{t('fKindPlaceholder')}</option>
                    {kinds.map((k) => <option key={k.id} value={k.id}>{k.label[lang]}</option>)}
                  </select>
                )}
              </td>
              <td className="ev-dates">
                {!e.effectiveDate && !e.expiryDate && <span className="muted">{t('noDates')}</span>}
                {e.effectiveDate && <div>{t('from', { date: shortDate(e.effectiveDate, lang) })}</div>}
                {e.expiryDate && <div>{t('until', { date: shortDate(e.expiryDate, lang) })}</div>}
                <ExpiryBadge expiry={e.expiryDate} />
              </td>
              <td className={`ev-links${here + other === 0 ? ' none' : ''}`}>
                {here > 0 ? t('linksCount', { n: here }) : other === 0 ? t('linksNone') : ''}
                {other > 0 && <div className="muted">{t('linksOther', { n: other })}</div>}
              </td>
              <td>
                <div className="ev-actions">
                  <button type="button" className="btn secondary small" onClick={() => onPreview(e)} aria-label={t('viewNamed', { title: e.title })}>{t('view')}</button>
                  <button type="button" id={`ev-edit-${e.id}`} className="btn secondary small" onClick={() => onEdit(e)}
                    aria-expanded={editing} aria-label={t(editing ? 'closeNamed' : 'editNamed', { title: e.title })}>{editing ? t('closeEdit') : t('edit')}</button>
                </div>
              </td>
            </tr>,
            editing && (
              <tr key={`${e.id}-edit`} className="ev-edit-row">
                <td colSpan={5}>{editor}</td>
              </tr>
            ),
          ];
        })}
      </tbody>
    </table>
  );
}
