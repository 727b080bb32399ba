// The application root: loads settings and workspace status, provides the language, picks the screen.
import { useCallback, useEffect, useMemo, useState, type ReactElement } from 'react';
import type { Language, OutputOf } from '../../shared/api/contract';
import { ApiFailure, call } from '../api/client';
import { I18nContext, translate, type I18n } from '../i18n/i18n';
import { Shell } from './Shell';
import { currentPath, ROUTES } from './routes';
import { Welcome } from '../features/welcome/Welcome';
import { ProfileScreen } from '../features/profile/ProfileScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { ComingSoon } from '../features/roles/ComingSoon';
import { AssessmentScreen } from '../features/assessment/AssessmentScreen';
import { GcgScreen } from '../features/gcg/GcgScreen';
import { EvidenceScreen } from '../features/evidence/EvidenceScreen';
import { ResultsScreen } from '../features/results/ResultsScreen';
import { PlanScreen } from '../features/plan/PlanScreen';
import { DossierScreen } from '../features/dossier/DossierScreen';
import { InboxScreen } from '../features/assessor/InboxScreen';
import { ReviewScreen } from '../features/review/ReviewScreen';
import { CompareScreen } from '../features/compare/CompareScreen';
import { BackupsScreen } from '../features/backup/BackupsScreen';
import { PortfolioScreen } from '../features/mentor/PortfolioScreen';
import { SummaryScreen } from '../features/mentor/SummaryScreen';
import { VisitsScreen } from '../features/mentor/VisitsScreen';
import { TrainingScreen } from '../features/mentor/TrainingScreen';
import { RoundProvider } from './round';
import { ErrorBoundary } from '../components/ErrorBoundary';

const SCREENS: Record<string, () => ReactElement> = {
  assessment: AssessmentScreen, gcg: GcgScreen, evidence: EvidenceScreen, results: ResultsScreen, plan: PlanScreen, dossier: DossierScreen, assessor: InboxScreen,
  review: ReviewScreen,
  compare: CompareScreen,
  backups: BackupsScreen,
  mentor: PortfolioScreen, summary: SummaryScreen, visits: VisitsScreen, training: TrainingScreen,
};

type Status = OutputOf<'workspace.status'>;

export function App() {
  const [lang, setLangState] = useState<Language>('id');
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);
  /** The database is damaged: only the backup screen (restore) is offered. */
  const [damaged, setDamaged] = useState(false);
  const [path, setPath] = useState(() => currentPath(window.location.hash));

  const refreshStatus = useCallback(async () => {
    try {
      setStatus(await call('workspace.status', {}));
      setError(null);
    } catch (e) {
      if (e instanceof ApiFailure && e.error.code === 'DB_CORRUPT') setDamaged(true);
      setError((e as Error).message);
    }
  }, []);

  useEffect(() => {
    call('settings.get', {}).then((s) => setLangState(s.language)).catch(() => {});
    void refreshStatus();
    const onHash = () => setPath(currentPath(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [refreshStatus]);

  useEffect(() => { document.documentElement.lang = lang; }, [lang]);

  const i18n = useMemo<I18n>(() => ({
    lang,
    t: (key, params) => translate(lang, key, params),
    setLang: (l) => {
      setLangState(l);
      // A failed save only means the choice is not remembered; the switch itself already happened.
      call('settings.set', { language: l }).catch(() => {});
    },
  }), [lang]);

  const go = (p: string) => { window.location.hash = `#/${p}`; };

  let screen;
  if (damaged) {
    screen = <BackupsScreen />;
  } else if (error) {
    screen = (
      <div className="empty" role="alert">
        <h1>{i18n.t('app.error')}</h1><p>{error}</p>
        <button className="btn" onClick={() => void refreshStatus()}>{i18n.t('app.retry')}</button>
      </div>
    );
  } else if (!status) screen = <p className="muted" aria-busy="true">{i18n.t('app.loading')}</p>;
  else if (path === '' && !status.hasProfile) screen = <Welcome onDone={async (p) => { await refreshStatus(); go(p); }} />;
  else if (path === '' || path === 'profile') screen = <ProfileScreen onSaved={() => { if (!status.hasProfile) void refreshStatus(); }} />;
  else if (path === 'settings') screen = <SettingsScreen onChanged={refreshStatus} />;
  else if (SCREENS[path]) { const Screen = SCREENS[path]; screen = <Screen />; }
  else screen = <ComingSoon route={ROUTES.find((r) => r.path === path)!} />;

  // Nothing but the restore is safe on a damaged database: no navigation, no round bar (they would read it).
  if (damaged) {
    return (
      <I18nContext.Provider value={i18n}>
        <main className="recovery" id="main">{screen}</main>
      </I18nContext.Provider>
    );
  }
  return (
    <I18nContext.Provider value={i18n}>
      <RoundProvider key={status?.isSample ? 'sample' : 'own'}>
        <Shell active={path || (status?.hasProfile ? 'profile' : '')} isSample={status?.isSample === true}>
          <ErrorBoundary resetKey={path} title={i18n.t('crash.title')} body={i18n.t('crash.body')} retry={i18n.t('crash.reload')}>{screen}</ErrorBoundary>
        </Shell>
      </RoundProvider>
    </I18nContext.Provider>
  );
}
