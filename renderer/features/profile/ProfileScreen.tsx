// The LKS profile form: validated with the shared zod schema, autosaved field by field, with licence-expiry warnings.
import { LKS_TYPES, LEGAL_FORMS, type Profile, type RegionCodes } from '../../../shared/profile';
import { useI18n } from '../../i18n/i18n';
import { NumberField, SelectField, TextField, TriStateField } from '../../components/Field';
import { SaveStatus } from '../../components/SaveStatus';
import { HelpPanel } from '../../components/HelpPanel';
import { RegionPicker } from './RegionPicker';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useProfileForm } from './useProfileForm';
import { KeyFingerprint } from './KeyFingerprint';

/** Days until a date (negative when past), or null when no date. */
function daysUntil(date: string | undefined): number | null {
  if (!date) return null;
  const ms = Date.parse(date + 'T00:00:00') - Date.now();
  return Number.isNaN(ms) ? null : Math.ceil(ms / 86_400_000);
}

const SECTIONS = ['address', 'registration', 'contact'] as const;
type Section = (typeof SECTIONS)[number];
/** Facts that switch governance items on or off; "not filled in" leaves those items undecided. */
const FACT_FIELDS = ['runsBusinessUnit', 'receivesGovernmentGrants', 'collectsZakat', 'operatesInMultipleRegencies'] as const;
const REGION_LEVELS = ['province', 'regency', 'district', 'village'] as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function ProfileScreen({ onSaved }: { onSaved(): void }) {
  const { t } = useI18n();
  const form = useProfileForm(onSaved);
  const { draft: profile, errors, notes } = form;

  if (form.loadError) return <p className="error" role="alert">{form.loadError}</p>;
  if (!profile) return <p className="muted">{t('app.loading')}</p>;

  // A section stored in a wrong shape (not an object) is edited as an empty one.
  const section = (s: Section): Record<string, unknown> => (isObject(profile[s]) ? profile[s] as Record<string, unknown> : {});
  const set = <K extends keyof Profile>(key: K, v: Profile[K] | '') => form.update({ ...profile, [key]: v === '' ? undefined : v });
  const setIn = (s: Section, key: string, v: unknown) => form.update({ ...profile, [s]: { ...section(s), [key]: v === '' ? undefined : v } });
  const reg = section('registration') as NonNullable<Profile['registration']>;
  const contact = section('contact') as NonNullable<Profile['contact']>;
  const address = section('address') as NonNullable<Profile['address']>;
  const region = (isObject(address.region) ? address.region : {}) as RegionCodes;
  const days = daysUntil(typeof reg.izinOperasionalExpiry === 'string' ? reg.izinOperasionalExpiry || undefined : undefined);
  /** error and note props for the field at a dotted path */
  const mark = (path: string) => ({ error: errors[path], note: notes[path] });
  const regionMarks = (kind: 'error' | 'note') =>
    Object.fromEntries(REGION_LEVELS.map((l) => [l, (kind === 'error' ? errors : notes)[`address.region.${l}`] ?? (l === 'province' ? (kind === 'error' ? errors : notes)['address.region'] : undefined)]));
  /** A whole section stored in a wrong shape has no field of its own to carry the message. */
  const sectionError = (s: Section) => errors[s] && <p className="notice bad" role="alert">{errors[s]} · {notes[s]}</p>;

  return (
    <div className="screen">
      <ScreenHeader title={t('profile.title')} intro={t('profile.intro')}>
        <SaveStatus state={form.autosave.state} />
      </ScreenHeader>
      {form.unreadable && (
        <div className="notice bad profile-notice" role="alert">
          <p>{t('profile.storedCorrupt')}</p>
          <details><summary>{t('profile.storedRaw')}</summary><pre className="stored-raw">{String(typeof form.unreadable.value === 'string' ? form.unreadable.value : JSON.stringify(form.unreadable.value))}</pre></details>
        </div>
      )}
      {form.problems.length > 0 && (
        <p className="notice warn profile-notice" role="status">
          {form.untouchedStored > 0 ? t('profile.storedInvalid', { count: form.untouchedStored }) : t('profile.draftsPending', { count: form.problems.length })}
        </p>
      )}
      <HelpPanel text={t('help.profile')} />
      <KeyFingerprint />
      <form className="form" onSubmit={(e) => { e.preventDefault(); void form.autosave.flush(); }}>
        <fieldset>
          <legend>{t('profile.section.identity')}</legend>
          <TextField name="name" wide label={t('profile.name')} value={profile.name} {...mark('name')} onChange={(v) => set('name', v)} />
          <SelectField name="legalForm" label={t('profile.legalForm')} placeholder={t('profile.choose')} value={profile.legalForm} {...mark('legalForm')}
            options={LEGAL_FORMS.map((f) => ({ value: f, label: t(`profile.legalForm.${f}`) }))} onChange={(v) => set('legalForm', v as Profile['legalForm'])} />
          <SelectField name="lksType" label={t('profile.lksType')} placeholder={t('profile.choose')} value={profile.lksType} {...mark('lksType')}
            options={LKS_TYPES.map((f) => ({ value: f, label: t(`profile.lksType.${f}`) }))} onChange={(v) => set('lksType', v as Profile['lksType'])} />
          <NumberField name="foundingYear" plain label={t('profile.foundingYear')} value={profile.foundingYear} {...mark('foundingYear')} onChange={(v) => set('foundingYear', v)} />
        </fieldset>
        <fieldset>
          <legend>{t('profile.section.address')}</legend>
          {sectionError('address')}
          <TextField name="street" wide label={t('profile.street')} value={address.street} {...mark('address.street')} onChange={(v) => setIn('address', 'street', v)} />
          <RegionPicker value={region} errors={regionMarks('error')} notes={regionMarks('note')} onChange={(r) => setIn('address', 'region', r)} />
          <TextField name="postalCode" label={t('profile.postalCode')} inputMode="numeric" value={address.postalCode} {...mark('address.postalCode')} onChange={(v) => setIn('address', 'postalCode', v)} />
        </fieldset>
        <fieldset>
          <legend>{t('profile.section.registration')}</legend>
          {sectionError('registration')}
          <TextField name="tandaDaftar" label={t('profile.tandaDaftar')} value={reg.tandaDaftarNumber} {...mark('registration.tandaDaftarNumber')} onChange={(v) => setIn('registration', 'tandaDaftarNumber', v)} />
          <TextField name="izinNumber" label={t('profile.izinNumber')} value={reg.izinOperasionalNumber} {...mark('registration.izinOperasionalNumber')} onChange={(v) => setIn('registration', 'izinOperasionalNumber', v)} />
          <TextField name="izinExpiry" type="date" label={t('profile.izinExpiry')} value={reg.izinOperasionalExpiry} {...mark('registration.izinOperasionalExpiry')}
            hint={days !== null && days < 0 ? t('profile.izinExpired') : days !== null && days <= 90 ? t('profile.izinExpiring', { days }) : undefined}
            onChange={(v) => setIn('registration', 'izinOperasionalExpiry', v)} />
          {days !== null && days <= 90 && <p className={`notice ${days < 0 ? 'bad' : 'warn'}`} role="status">{days < 0 ? t('profile.izinExpired') : t('profile.izinExpiring', { days })}</p>}
          <TextField name="npwp" label={t('profile.npwp')} value={reg.npwp} {...mark('registration.npwp')} onChange={(v) => setIn('registration', 'npwp', v)} />
          <TextField name="aktaNumber" label={t('profile.aktaNumber')} value={reg.aktaNumber} {...mark('registration.aktaNumber')} onChange={(v) => setIn('registration', 'aktaNumber', v)} />
          <TextField name="aktaDate" type="date" label={t('profile.aktaDate')} value={reg.aktaDate} {...mark('registration.aktaDate')} onChange={(v) => setIn('registration', 'aktaDate', v)} />
          <TextField name="skKemenkumham" wide label={t('profile.skKemenkumham')} value={reg.skKemenkumhamNumber} {...mark('registration.skKemenkumhamNumber')} onChange={(v) => setIn('registration', 'skKemenkumhamNumber', v)} />
        </fieldset>
        <fieldset>
          <legend>{t('profile.section.contact')}</legend>
          {sectionError('contact')}
          <TextField name="contactName" label={t('profile.contactName')} value={contact.name} {...mark('contact.name')} onChange={(v) => setIn('contact', 'name', v)} />
          <TextField name="contactRole" label={t('profile.contactRole')} value={contact.role} {...mark('contact.role')} onChange={(v) => setIn('contact', 'role', v)} />
          <TextField name="phone" type="tel" label={t('profile.phone')} value={contact.phone} {...mark('contact.phone')} onChange={(v) => setIn('contact', 'phone', v)} />
          <TextField name="email" type="email" label={t('profile.email')} value={contact.email} {...mark('contact.email')} onChange={(v) => setIn('contact', 'email', v)} />
        </fieldset>
        <fieldset>
          <legend>{t('profile.section.service')}</legend>
          <NumberField name="clientsServed" label={t('profile.clientsServed')} value={profile.clientsServed} {...mark('clientsServed')} onChange={(v) => set('clientsServed', v)} />
          <NumberField name="staffCount" label={t('profile.staffCount')} value={profile.staffCount} {...mark('staffCount')} onChange={(v) => set('staffCount', v)} />
          <NumberField name="annualAidIdr" label={t('profile.annualAid')} value={profile.annualAidIdr} {...mark('annualAidIdr')} hint={t('profile.financeHint')} onChange={(v) => set('annualAidIdr', v)} />
          <NumberField name="totalAssetsIdr" label={t('profile.totalAssets')} value={profile.totalAssetsIdr} {...mark('totalAssetsIdr')} hint={t('profile.totalAssetsHint')} onChange={(v) => set('totalAssetsIdr', v)} />
          <NumberField name="publicFundraisingIdr" label={t('profile.publicFundraising')} value={profile.publicFundraisingIdr} {...mark('publicFundraisingIdr')} hint={t('profile.publicFundraisingHint')} onChange={(v) => set('publicFundraisingIdr', v)} />
        </fieldset>
        <fieldset aria-describedby="profile-facts-intro">
          <legend>{t('profile.section.facts')}</legend>
          <p id="profile-facts-intro" className="hint fieldset-intro">{t('profile.factsIntro')}</p>
          {FACT_FIELDS.map((k) => (
            <TriStateField key={k} name={k} label={t(`profile.${k}`)} value={profile[k]} {...mark(k)}
              labels={{ yes: t('profile.yes'), no: t('profile.no'), unset: t('profile.unset') }} onChange={(v) => set(k, v)} />
          ))}
        </fieldset>
      </form>
    </div>
  );
}
