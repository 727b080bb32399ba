// State of the profile form: the draft the user sees (it may hold invalid values) and the valid parts autosaved from it.
import { useEffect, useRef, useState } from 'react';
import type { InvalidField } from '../../../shared/profile-repair';
import { draftWithInvalid, splitProfile, valueAt } from '../../../shared/profile-repair';
import type { Profile } from '../../../shared/profile';
import { call } from '../../api/client';
import { useAutosave } from '../../components/useAutosave';
import { useI18n } from '../../i18n/i18n';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function shortText(v: unknown): string {
  const s = typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v);
  return s.length > 60 ? s.slice(0, 57) + '…' : s;
}

/**
 * Why a draft and not just the saved profile: an invalid field must stay on screen with its message until it is
 * fixed, while every valid edit is saved at once (the invalid field keeps its last valid value, or stays absent,
 * in what is saved). Closing the window then loses only the invalid drafts, never the valid edits.
 */
export function useProfileForm(onSaved: () => void) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState<Profile | null>(null);
  const [stored, setStored] = useState<InvalidField[]>([]);
  const [touched, setTouched] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const lastValid = useRef<Profile>({});
  const lastSent = useRef('');
  /** What this window last loaded or saved: the server writes only the fields that differ from it. */
  const lastSaved = useRef<Profile>({});
  const autosave = useAutosave<Profile>(async (p, { keepalive }) => {
    await call('profile.save', { profile: p, base: lastSaved.current }, { keepalive });
    lastSaved.current = p;
    onSaved();
  });

  useEffect(() => {
    call('profile.get', {}).then((r) => {
      const base = r.profile ?? {};
      lastValid.current = base;
      lastSaved.current = base;
      lastSent.current = JSON.stringify(base);
      setStored(r.invalid);
      // The form shows the stored invalid values where they were, so the user sees what to fix.
      setDraft(draftWithInvalid(base, r.invalid));
    }).catch((e) => setLoadError((e as Error).message));
  }, []);

  const problems = draft ? splitProfile(draft).problems.filter((p) => p.path !== '') : [];
  const errors: Record<string, string> = {};
  const notes: Record<string, string> = {};
  let untouchedStored = 0;
  for (const p of problems) {
    errors[p.path] ??= p.text[lang];
    const old = stored.find((s) => s.path === p.path);
    if (old && same(old.value, valueAt(draft, p.path))) {
      notes[p.path] = t('profile.oldValue', { value: shortText(old.value) });
      untouchedStored++;
    } else notes[p.path] = t('profile.unsaved');
  }

  const update = (next: Profile) => {
    setDraft(next);
    setTouched(true);
    const { profile } = splitProfile(next, lastValid.current);
    lastValid.current = profile;
    const json = JSON.stringify(profile);
    if (json !== lastSent.current) {
      lastSent.current = json;
      autosave.schedule(profile);
    }
  };

  return {
    draft, loadError, errors, notes, problems, untouchedStored, update, autosave,
    /** A stored profile that could not be read at all, shown until the user starts over. */
    unreadable: touched ? undefined : stored.find((s) => s.path === ''),
  };
}
