// The application menu (Indonesian labels), kept as data so it can be tested without Electron.
import type { MenuItemConstructorOptions } from 'electron';

export function menuTemplate(opts: { isMac: boolean; isDev: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'reload', label: 'Muat ulang' },
    { role: 'resetZoom', label: 'Ukuran asli' },
    { role: 'zoomIn', label: 'Perbesar' },
    { role: 'zoomOut', label: 'Perkecil' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Layar penuh' },
  ];
  if (opts.isDev) view.push({ role: 'toggleDevTools', label: 'Alat pengembang' });
  return [
    ...(opts.isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'Berkas', submenu: [opts.isMac ? { role: 'close', label: 'Tutup' } : { role: 'quit', label: 'Keluar' }] },
    { label: 'Sunting', submenu: [
      { role: 'undo', label: 'Batalkan' }, { role: 'redo', label: 'Ulangi' }, { type: 'separator' },
      { role: 'cut', label: 'Potong' }, { role: 'copy', label: 'Salin' }, { role: 'paste', label: 'Tempel' }, { role: 'selectAll', label: 'Pilih semua' },
    ] },
    { label: 'Tampilan', submenu: view },
  ];
}
