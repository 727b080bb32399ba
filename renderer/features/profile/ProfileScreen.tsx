// The LKS profile form: validated with the shared zod schema, autosaved, with licence-expiry warnings.
import { useEffect, useState } from 'react';
import { Profile, LKS_TYPES, LEGAL_FORMS } from '../../../shared/profile';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { NumberField, SelectField, TextField } from '../../components/Field';
import { SaveStatus } from '../../components/SaveStatus';
import { useAutosave } from '../../components/useAutosave';
import { HelpPanel } from '../../components/HelpPanel';
import { RegionPicker } from './RegionPicker';
import { ScreenHeader } from '../../components/ScreenHeader';

type Errors = Record<string, string>;

function errorsOf(p: Profile): Errors {
  const r = Profile.safeParse(p);
  if (r.success) return {};
  const out: Errors = {};
  for (const issue of r.error.issues) out[issue.path.join('.')] ??= issue.message;
  return out;
}

/** Days until a date (negative when past), or null when no date. */
function daysUntil(date: string | undefined): number | null {
  if (!date) return null;
  const ms = Date.parse(date + 'T00:00:00') - Date.now();
  return Number.isNaN(ms) ? null : Math.ceil(ms / 86_400_000);
}

export function ProfileScreen({ onSaved }: { onSaved(): void }) {
  const { t } = useI18n();
  const [profile, setProfile] = useState<Profile | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const autosave = useAutosave<Profile>(async (p, { keepalive }) => {
    await call('profile.save', { profile: p }, { keepalive });
    onSaved();
  });

  useEffect(() => {
    call('profile.get', {}).then((r) => setProfile(r.profile ?? {})).catch((e) => setLoadError((e as Error).message));
  }, []);

  if (loadError) return <p className="error" role="alert">{loadError}</p>;
  if (!profile) return <p className="muted">{t('app.loading')}</p>;

  const errors = errorsOf(profile);
  const update = (next: Profile) => {
    setProfile(next);
    if (Object.keys(errorsOf(next)).length === 0) autosave.schedule(next);
    else autosave.markInvalid();
  };
  const set = <K extends keyof Profile>(key: K, v: Profile[K]) => update({ ...profile, [key]: v === '' ? undefined : v });
  const setIn = <S extends 'address' | 'registration' | 'contact'>(section: S, key: string, v: unknown) =>
    update({ ...profile, [section]: { ...(profile[section] ?? {}), [key]: v === '' ? undefined : v } });
  const reg = profile.registration ?? {};
  const contact = profile.contact ?? {};
  const days = daysUntil(reg.izinOperasionalExpiry || undefined);

  return (
    <div className="screen">
      <ScreenHeader title={t('profile.title')} intro={t('profile.intro')}>
        <SaveStatus state={autosave.state} />
      </ScreenHeader>
      <HelpPanel text={t('help.profile')} />
      <form className="form" onSubmit={(e) => { e.preventDefault(); void autosave.flush(); }}>
        <fieldset>
          <legend>{t('profile.section.identity')}</legend>
          <TextField name="name" wide label={t('profile.name')} value={profile.name} error={errors['name']} onChange={(v) => set('name', v)} />
          <SelectField name="legalForm" label={t('profile.legalForm')} placeholder={t('profile.choose')} value={profile.legalForm}
            options={LEGAL_FORMS.map((f) => ({ value: f, label: t(`profile.legalForm.${f}`) }))} onChange={(v) => set('legalForm', v as Profile['legalForm'])} />
          <SelectField name="lksType" label={t('profile.lksType')} placeholder={t('profile.choose')} value={profile.lksType}
            options={LKS_TYPES.map((f) => ({ value: f, label: t(`profile.lksType.${f}`) }))} onChange={(v) => set('lksType', v as Profile['lksType'])} />
          <NumberField name="foundingYear" plain label={t('profile.foundingYear')} value={profile.foundingYear} error={errors['foundingYear']} onChange={(v) => set('foundingYear', v)} />
        </fieldset>
        <fieldset>
          <legend>{t('profile.section.address')}</legend>
          <TextField name="street" wide label={t('profile.street')} value={profile.address?.street} onChange={(v) => setIn('address', 'street', v)} />
          <RegionPicker value={profile.address?.region ?? {}} onChange={(region) => setIn('address', 'region', region)} />
          <TextField name="postalCode" label={t('profile.postalCode')} inputMode="numeric" value={profile.address?.postalCode} error={errors['address.postalCode']} onChange={(v) => setIn('address', 'postalCode', v)} />
        </fieldset>
        <fieldset>
          <legend>{t('profile.section.registration')}</legend>
          <TextField name="tandaDaftar" label={t('profile.tandaDaftar')} value={reg.tandaDaftarNumber} onChange={(v) => setIn('registration', 'tandaDaftarNumber', v)} />
          <TextField name="izinNumber" label={t('profile.izinNumber')} value={reg.izinOperasionalNumber} onChange={(v) => setIn('registration', 'izinOperasionalNumber', v)} />
          <TextField name="izinExpiry" type="date" label={t('profile.izinExpiry')} value={reg.izinOperasionalExpiry} error={errors['registration.izinOperasionalExpiry']}
            hint={days !== null && days < 0 ? t('profile.izinExpired') : days !== null && days <= 90 ? t('profile.izinExpiring', { days }) : undefined}
            onChange={(v) => setIn('registration', 'izinOperasionalExpiry', v)} />
          {days !== null && days <= 90 && <p className={`notice ${days < 0 ? 'bad' : 'warn'}`} role="status">{days < 0 ? t('profile.izinExpired') : t('profile.izinExpiring', { days })}</p>}
          <TextField name="npwp" label={t('profile.npwp')} value={reg.npwp} error={errors['registration.npwp']} onChange={(v) => setIn('registration', 'npwp', v)} />
          <TextField name="aktaNumber" label={t('profile.aktaNumber')} value={reg.aktaNumber} onChange={(v) => setIn('registration', 'aktaNumber', v)} />
          <TextField name="aktaDate" type="date" label={t('profile.aktaDate')} value={reg.aktaDate} error={errors['registration.aktaDate']} onChange={(v) => setIn('registration', 'aktaDate', v)} />
          <TextField name="skKemenkumham" wide label={t('profile.skKemenkumham')} value={reg.skKemenkumhamNumber} onChange={(v) => setIn('registration', 'skKemenkumhamNumber', v)} />
        </fieldset>
        <fieldset>
          <legend>{t('profile.section.contact')}</legend>
          <TextField name="contactName" label={t('profile.contactName')} value={contact.name} onChange={(v) => setIn('contact', 'name', v)} />
          <TextField name="contactRole" label={t('profile.contactRole')} value={contact.role} onChange={(v) => setIn('contact', 'role', v)} />
          <TextField name="phone" type="tel" label={t('profile.phone')} value={contact.phone} error={errors['contact.phone']} onChange={(v) => setIn('contact', 'phone', v)} />
          <TextField name="email" type="email" label={t('profile.email')} value={contact.email} error={errors['contact.email']} onChange={(v) => setIn('contact', 'email', v)} />
        </fieldset>
        <fieldset>
          <legend>{t('profile.section.service')}</legend>
          <NumberField name="clientsServed" label={t('profile.clientsServed')} value={profile.clientsServed} error={errors['clientsServed']} onChange={(v) => set('clientsServed', v)} />
          <NumberField name="staffCount" label={t('profile.staffCount')} value={profile.staffCount} error={errors['staffCount']} onChange={(v) => set('staffCount', v)} />
          <NumberField name="annualAidIdr" label={t('profile.annualAid')} value={profile.annualAidIdr} error={errors['annualAidIdr']} onChange={(v) => set('annualAidIdr', v)} />
          <NumberField name="totalAssetsIdr" label={t('profile.totalAssets')} value={profile.totalAssetsIdr} error={errors['totalAssetsIdr']} onChange={(v) => set('totalAssetsIdr', v)} />
          <NumberField name="publicFundraisingIdr" label={t('profile.publicFundraising')} value={profile.publicFundraisingIdr} error={errors['publicFundraisingIdr']} hint={t('profile.financeHint')} onChange={(v) => set('publicFundraisingIdr', v)} />
        </fieldset>
      </form>
    </div>
  );
}
