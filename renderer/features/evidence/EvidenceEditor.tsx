// Edits one evidence record in place (title, kind, validity dates) with autosave, and offers view/open/remove.
import { useEffect, useRef, useState } from 'react';
import type { EvidenceItem, EvidenceLink } from '../../../shared/api/contract-evidence';
import { call } from '../../api/client';
import { SelectField, TextField } from '../../components/Field';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { ExpiryBadge } from './ExpiryBadge';
import { bytes, shortDate } from '../../../shared/format';
import { pickLanguage, type KindDef } from './helpers';
import { M } from './messages';
import { FileNoticeLine, OpenExternal, type FileNotice } from './Preview';

interface Meta { title: string; kind: string | null; effectiveDate: string | null; expiryDate: string | null }

interface Props {
  item: EvidenceItem; kinds: KindDef[];
  describe(l: EvidenceLink): { code: string; text: string | null; round: string | null };
  onSaved(item: EvidenceItem): void; onPreview(): void; onRemove(): void; onClose(): void;
}

export function validateMeta(m: Meta): { title?: 'errTitle'; expiryDate?: 'errExpiry' } {
  const errors: { title?: 'errTitle'; expiryDate?: 'errExpiry' } = {};
  if (!m.title.trim()) errors.title = 'errTitle';
  if (m.effectiveDate && m.expiryDate && m.expiryDate < m.effectiveDate) errors.expiryDate = 'errExpiry';
  return errors;
}

export function EvidenceEditor({ item, kinds, describe, onSaved, onPreview, onRemove, onClose }: Props) {
  const t = useMessages(M);
  const { lang } = useI18n();
  const [meta, setMeta] = useState<Meta>({ title: item.title, kind: item.kind, effectiveDate: item.effectiveDate, expiryDate: item.expiryDate });
  const [notice, setNotice] = useState<FileNotice | null>(null);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const autosave = useAutosave<Meta>(async (m, { keepalive }) => {
    try {
      onSavedRef.current(await call('evidence.update', { id: item.id, meta: { ...m, title: m.title.trim() } }, { keepalive }));
    } catch (e) {
      throw new Error(pickLanguage((e as Error).message, lang));
    }
  });
  const errors = validateMeta(meta);
  const change = (p: Partial<Meta>) => {
    const next = { ...meta, ...p };
    setMeta(next);
    if (Object.keys(validateMeta(next)).length) autosave.markInvalid();
    else autosave.schedule(next);
  };

  const titleRef = useRef<HTMLDivElement>(null);
  useEffect(() => { titleRef.current?.querySelector('input')?.focus(); }, []);

  const options = kinds.map((k) => ({ value: k.id, label: k.label[lang] }));
  if (meta.kind && !options.some((o) => o.value === meta.kind)) options.push({ value: meta.kind, label: meta.kind });
  const used = item.links.map(describe);

  return (
    <div className="ev-editor" role="group" aria-label={`${t('editTitle')}: ${item.title}`}>
      <div className="ev-editor-head">
        <h3>{t('editTitle')}</h3>
        <SaveStatus state={autosave.state} />
      </div>
      <div ref={titleRef} className="ev-span2">
        <TextField name="title" label={t('fTitle')} value={meta.title} error={errors.title && t(errors.title)} onChange={(v) => change({ title: v })} />
      </div>
      <div className="ev-span2">
        <SelectField name="kind" label={t('fKind')} value={meta.kind ?? undefined} placeholder={t('fKindPlaceholder')} options={options}
          onChange={(v) => change({ kind: v ?? null })} />
      </div>
      <TextField name="effectiveDate" type="date" label={t('fEffective')} value={meta.effectiveDate ?? ''} onChange={(v) => change({ effectiveDate: v || null })} />
      <TextField name="expiryDate" type="date" label={t('fExpiry')} value={meta.expiryDate ?? ''} hint={t('fExpiryHint')}
        error={errors.expiryDate && t(errors.expiryDate)} onChange={(v) => change({ expiryDate: v || null })} />
      <p className="ev-used muted">
        {t('fileInfo', { name: item.originalName, size: bytes(item.size, lang), date: shortDate(item.addedAt, lang) })}
        {' '}<ExpiryBadge expiry={item.expiryDate} long />
      </p>
      <div className="ev-used">
        <strong>{t('usedIn')}</strong>
        {used.length === 0 ? <p className="muted">{t('usedNone')}</p> : (
          <ul>{used.map((u, i) => <li key={i}><strong>{u.code}</strong>{u.text ? ` — ${u.text}` : ''}{u.round ? ` (${t('roundOther', { name: u.round })})` : ''}</li>)}</ul>
        )}
      </div>
      <FileNoticeLine notice={notice} />
      <div className="ev-editor-actions">
        <button type="button" className="btn secondary" onClick={onPreview}>{t('view')}</button>
        <OpenExternal item={item} onNotice={setNotice} />
        <button type="button" className="btn" onClick={onClose}>{t('closeEdit')}</button>
        <button type="button" className="btn secondary danger" onClick={onRemove}>{t('remove')}</button>
      </div>
    </div>
  );
}
