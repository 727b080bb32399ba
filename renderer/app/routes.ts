// The screens of the app, grouped by role for the navigation; the hash (#/profile) selects one.
import type { MessageKey } from '../i18n/id';

export type Role = 'lks' | 'assessor' | 'mentor';
export interface RouteDef { path: string; label: MessageKey; role: Role | 'app'; ready: boolean }

export const ROUTES: RouteDef[] = [
  { path: 'profile', label: 'nav.profile', role: 'lks', ready: true },
  { path: 'assessment', label: 'nav.assessment', role: 'lks', ready: true },
  { path: 'gcg', label: 'nav.gcg', role: 'lks', ready: true },
  { path: 'evidence', label: 'nav.evidence', role: 'lks', ready: true },
  { path: 'results', label: 'nav.results', role: 'lks', ready: true },
  { path: 'plan', label: 'nav.plan', role: 'lks', ready: true },
  { path: 'dossier', label: 'nav.dossier', role: 'lks', ready: true },
  { path: 'assessor', label: 'nav.assessorDossiers', role: 'assessor', ready: true },
  { path: 'review', label: 'nav.review', role: 'assessor', ready: true },
  { path: 'compare', label: 'nav.compare', role: 'assessor', ready: true },
  { path: 'mentor', label: 'nav.mentorPortfolio', role: 'mentor', ready: true },
  { path: 'summary', label: 'nav.mentorSummary', role: 'mentor', ready: true },
  { path: 'visits', label: 'nav.mentorVisits', role: 'mentor', ready: true },
  { path: 'training', label: 'nav.mentorTraining', role: 'mentor', ready: true },
  { path: 'settings', label: 'nav.settings', role: 'app', ready: true },
  { path: 'backups', label: 'nav.backups', role: 'app', ready: true },
];

export const ROLE_LABELS: Record<Role, MessageKey> = { lks: 'nav.role.lks', assessor: 'nav.role.assessor', mentor: 'nav.role.mentor' };

export function currentPath(hash: string): string {
  const p = hash.replace(/^#\/?/, '').split(/[?&]/)[0];
  return ROUTES.some((r) => r.path === p) ? p : '';
}
