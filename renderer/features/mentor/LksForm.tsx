// The add/edit dialog for one LKS: name, region (province → regency/city), type, and one year's typology and grade.
import { useState, type FormEvent } from 'react';
import type { InputOf } from '../../../shared/api/contract';
import type { PortfolioRow } from '../../../shared/api/contract-mentor';
import { LKS_TYPES, type LksType, type RegionCodes } from '../../../shared/profile';
import { Dialog } from '../../components/Dialog';
import { SelectField, TextField } from '../../components/Field';
import { RegionPicker } from '../profile/RegionPicker';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { M } from './messages';

type Letter = 'A' | 'B' | 'C' | 'D' | 'E';
export type LksInput = InputOf<'portfolio.add'>;

interface Props { editing: PortfolioRow | null; busy: boolean; onSave(i: LksInput): Promise<boolean>; onClose(): void }

export function LksForm({ editing, busy, onSave, onClose }: Props) {
  const { t: tApp } = useI18n();
  const t = useMessages(M);
  const rec = editing?.recorded ?? null;
  const [name, setName] = useState(editing?.name ?? '');
  const [region, setRegion] = useState<RegionCodes>(editing?.regionCode ? { province: editing.regionCode.slice(0, 2), regency: editing.regionCode } : {});
  const [type, setType] = useState<string | undefined>(editing?.lksType ?? undefined);
  const [typology, setTypology] = useState<string | undefined>(rec?.typology ?? undefined);
  const [grade, setGrade] = useState<string | undefined>(rec?.grade ?? (rec ? 'none' : undefined));
  const [year, setYear] = useState(rec ? String(rec.year) : String(new Date().getFullYear()));
  const [errors, setErrors] = useState<{ name?: string; year?: string }>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const y = Number(year);
    const wantsRecord = !!typology || (grade !== undefined && grade !== 'none');
    const errs: typeof errors = {};
    if (!name.trim()) errs.name = t('nameRequired');
    if (year.trim() && (!Number.isInteger(y) || y < 1900 || y > 2200)) errs.year = t('yearInvalid');
    else if (wantsRecord && !year.trim()) errs.year = t('yearNeeded');
    setErrors(errs);
    if (errs.name || errs.year) return;
    const input: LksInput = {
      name: name.trim(),
      regionCode: region.regency ?? null,
      lksType: (type as LksType | undefined) ?? null,
      ...(wantsRecord ? { record: { year: y, typology: (typology as Letter | undefined) ?? null, grade: grade && grade !== 'none' ? (grade as 'A' | 'B' | 'C') : null } } : {}),
    };
    if (await onSave(input)) onClose();
  };

  return (
    <Dialog title={editing ? t('editTitle', { name: editing.name }) : t('addTitle')} onClose={onClose} className="mn-dialog">
      <form className="mn-form" onSubmit={(e) => void submit(e)} noValidate>
        <TextField name="name" label={t('name')} value={name} onChange={setName} error={errors.name} wide />
        <RegionPicker value={region} onChange={setRegion} depth={2} />
        <SelectField name="lksType" label={t('type')} placeholder={t('choose')} value={type} onChange={setType} wide
          options={LKS_TYPES.map((k) => ({ value: k, label: tApp(`profile.lksType.${k}` as never) }))} />
        <SelectField name="typology" label={t('typology')} placeholder={t('choose')} value={typology} onChange={setTypology}
          options={['A', 'B', 'C', 'D', 'E'].map((k) => ({ value: k, label: k }))} />
        <SelectField name="grade" label={t('grade')} placeholder={t('choose')} value={grade} onChange={setGrade}
          options={[...['A', 'B', 'C'].map((k) => ({ value: k, label: k })), { value: 'none', label: t('noGradeOption') }]} />
        <TextField name="year" label={t('year')} value={year} onChange={setYear} inputMode="numeric" error={errors.year} />
        <div className="mn-dialog-actions">
          <button type="button" className="btn secondary" onClick={onClose}>{t('cancel')}</button>
          <button type="submit" className="btn" disabled={busy}>{t('save')}</button>
        </div>
      </form>
    </Dialog>
  );
}

export function ConfirmRemove({ row, busy, onConfirm, onClose }: { row: PortfolioRow; busy: boolean; onConfirm(): void; onClose(): void }) {
  const t = useMessages(M);
  return (
    <Dialog title={t('removeTitle', { name: row.name })} onClose={onClose} describedBy="mn-remove-body">
      <p id="mn-remove-body">{t('removeBody')}</p>
      <div className="mn-dialog-actions">
        <button type="button" className="btn secondary" onClick={onClose} data-autofocus>{t('cancel')}</button>
        <button type="button" className="btn danger" disabled={busy} onClick={onConfirm}>{t('confirmRemove')}</button>
      </div>
    </Dialog>
  );
}
