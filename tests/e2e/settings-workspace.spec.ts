// Settings → Folder ruang kerja on the web host: the folder in use, no desktop-only buttons, the command instead.
import { expect, expectAccessible, shot, test } from './fixtures';

test('web host: the workspace folder is shown with the --workspace command, no folder buttons a browser cannot honour', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).click();
  const panel = page.getByRole('region', { name: 'Folder ruang kerja' });
  await expect(panel.getByTestId('workspace-dir')).toHaveText(host.workspace);
  await expect(panel.locator('.workspace-web')).toContainText('Peramban tidak dapat memilih folder server');
  await expect(panel.locator('pre')).toHaveText('npm run start:web -- --workspace FOLDER');
  await expect(panel.getByRole('button')).toHaveCount(0);
  await expectAccessible(page, 'Pengaturan (folder ruang kerja)');
  await panel.scrollIntoViewIfNeeded();
  await shot(page, 'settings-workspace-web');

  await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
  const en = page.getByRole('region', { name: 'Workspace folder' });
  await expect(en.locator('.workspace-web')).toContainText('A browser cannot pick server folders');
  await expect(en.getByTestId('workspace-dir')).toHaveText(host.workspace);
});
