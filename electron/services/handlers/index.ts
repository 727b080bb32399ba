// The handler table: the whole back-end API, one entry per contract name.
import type { HandlerTable } from './define';
import { assessmentHandlers } from './assessment';
import { backupHandlers } from './backup';
import { dossierImportHandlers } from './dossier-import';
import { dossierExportHandlers } from './dossier-export';
import { dossierUploadHandlers } from './dossier-upload';
import { evidenceHandlers } from './evidence';
import { instrumentHandlers } from './instruments';
import { mentorHandlers } from './mentor';
import { mentorExportHandlers } from './mentor-export';
import { mentorProgressHandlers } from './mentor-progress';
import { mentorVisitHandlers } from './mentor-visits';
import { mentorTrainingHandlers } from './mentor-training';
import { openFileHandlers } from './open-files';
import { workspaceFolderHandlers } from './workspace-folder';
import { planHandlers } from './plan';
import { profileHandlers } from './profile';
import { regionHandlers } from './regions';
import { reviewHandlers } from './review';
import { settingsHandlers } from './settings';
import { workspaceHandlers } from './workspace';

export const handlers: HandlerTable = {
  ...workspaceHandlers,
  ...backupHandlers,
  ...settingsHandlers,
  ...profileHandlers,
  ...regionHandlers,
  ...instrumentHandlers,
  ...assessmentHandlers,
  ...evidenceHandlers,
  ...planHandlers,
  ...dossierImportHandlers,
  ...dossierExportHandlers,
  ...dossierUploadHandlers,
  ...reviewHandlers,
  ...mentorHandlers,
  ...mentorExportHandlers,
  ...mentorProgressHandlers,
  ...mentorVisitHandlers,
  ...mentorTrainingHandlers,
  ...openFileHandlers,
  ...workspaceFolderHandlers,
};
