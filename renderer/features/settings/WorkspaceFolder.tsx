// Settings → Folder ruang kerja: the folder in use, "Tampilkan di folder" and "Ganti folder…" on the desktop; on the
// web host the command to start on another folder, since a browser cannot pick folders on the server.
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { useI18n } from '../../i18n/i18n';
import { useMessages } from '../../i18n/feature';
import { pickLanguage } from '../evidence/helpers';
import { W, WEB_WORKSPACE_COMMAND } from './messages-workspace';

export function WorkspaceFolder() {
  const { t, lang } = useI18n();
  const m = useMessages(W);
  const [folder, setFolder] = useState<OutputOf<'workspace.folder'> | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => { call('workspace.folder', {}).then(setFolder).catch((e) => setMessage(pickLanguage((e as Error).message, lang))); }, [lang]);

  const show = async () => {
    const r = await call('workspace.showFolder', {}).catch(() => ({ shown: false }));
    setMessage(r.shown ? null : m('notShown'));
  };
  const change = async () => {
    if (!window.confirm(m('changeConfirm'))) return;
    // On a choice the app restarts and this page goes away; a cancelled picker changes nothing.
    await call('workspace.changeFolder', {}).catch((e) => setMessage(pickLanguage((e as Error).message, lang)));
  };

  return (
    <section className="panel" aria-labelledby="workspace-folder-title">
      <h2 id="workspace-folder-title">{t('settings.workspace')}</h2>
      <p><code data-testid="workspace-dir">{folder?.dir}</code></p>
      {folder && (folder.canShow || folder.canChange) && (
        <>
          <p className="actions">
            {folder.canShow && <button type="button" className="btn secondary" onClick={() => void show()}>{m('show')}</button>}{' '}
            {folder.canChange && <button type="button" className="btn secondary" onClick={() => void change()}>{m('change')}</button>}
          </p>
          {folder.canChange && <p className="hint">{m('changeHint')}</p>}
        </>
      )}
      {folder && !folder.canChange && (
        <div className="workspace-web">
          <p className="hint">{m('webHint')}</p>
          <pre><code>{WEB_WORKSPACE_COMMAND}</code></pre>
        </div>
      )}
      {message && <p className="error" role="alert">{message}</p>}
    </section>
  );
}
