// Shows the autosave state in words, announced politely to screen readers.
import { useI18n } from '../i18n/i18n';
import type { SaveState } from './useAutosave';

export function SaveStatus({ state }: { state: SaveState }) {
  const { t, lang } = useI18n();
  let text: string;
  let cls = 'save-status';
  switch (state.kind) {
    case 'saving': text = t('save.saving'); break;
    case 'saved': text = t('save.saved', { time: state.at.toLocaleTimeString(lang === 'id' ? 'id-ID' : 'en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit' }) }); cls += ' ok'; break;
    case 'invalid': text = t('save.invalid'); cls += ' warn'; break;
    case 'failed': text = t('save.failed', { message: state.message }); cls += ' bad'; break;
    default: text = t('save.idle');
  }
  return <p className={cls} role="status" aria-live="polite" data-state={state.kind}>{text}</p>;
}
