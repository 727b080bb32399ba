// The window frame: sidebar navigation grouped by role, language switch and the sample-data banner.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { ROLE_LABELS, ROUTES, type Role } from './routes';

export function Shell({ active, isSample, children }: { active: string; isSample: boolean; children: ReactNode }) {
  const { t, lang, setLang } = useI18n();
  const roles: Role[] = ['lks', 'assessor', 'mentor'];
  return (
    <div className="shell">
      <a className="skip" href="#main">{lang === 'id' ? 'Langsung ke isi' : 'Skip to content'}</a>
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">S</span>
          <div><div className="brand-name">{t('app.name')}</div><div className="brand-tag">{t('app.tagline')}</div></div>
        </div>
        <nav aria-label={t('nav.main')}>
          {roles.map((role) => (
            <div className="nav-group" key={role}>
              <div className="nav-role">{t(ROLE_LABELS[role])}</div>
              <ul>
                {ROUTES.filter((r) => r.role === role).map((r) => (
                  <li key={r.path}>
                    <a href={`#/${r.path}`} className={`nav-link${active === r.path ? ' active' : ''}${r.ready ? '' : ' pending'}`} aria-current={active === r.path ? 'page' : undefined}>
                      {t(r.label)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <div className="nav-group">
            <ul>
              {ROUTES.filter((r) => r.role === 'app').map((r) => (
                <li key={r.path}><a href={`#/${r.path}`} className={`nav-link${active === r.path ? ' active' : ''}`} aria-current={active === r.path ? 'page' : undefined}>{t(r.label)}</a></li>
              ))}
            </ul>
          </div>
        </nav>
        <button className="lang-switch" onClick={() => setLang(lang === 'id' ? 'en' : 'id')} aria-label={`${t('lang.label')}: ${t('lang.switch')}`}>
          {t('lang.switch')}
        </button>
      </aside>
      <div className="content">
        {isSample && <div className="sample-banner" role="status">{t('app.sampleBanner')}</div>}
        <main id="main" tabIndex={-1}>{children}</main>
      </div>
    </div>
  );
}
