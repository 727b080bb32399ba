// Every CLI command, in the order `--help` lists them.
import type { CliCommand } from './command';
import { instrumentFromXlsxCmd, instrumentToXlsxCmd, instrumentValidate } from './instrument-commands';
import { profileShow, workspaceInit } from './workspace-commands';
import { scoreCommand } from './score-command';
import { assessmentList, assessmentScore } from './assessment-commands';
import { dossierImport, dossierList, dossierVerify } from './dossier-import-commands';
import { dossierExport } from './dossier-export-command';
import { reviewExport, reviewImport, reviewList, reviewReport } from './review-commands';
import { mentorReport, portfolioImport, portfolioList, summaryCommand } from './mentor-commands';
import { trainingInvitations } from './training-commands';
import { backupCreate, backupList, backupRestore } from './backup-commands';

export const COMMANDS: CliCommand[] = [workspaceInit, profileShow, instrumentValidate, instrumentFromXlsxCmd, instrumentToXlsxCmd, scoreCommand, assessmentList, assessmentScore, dossierExport, dossierVerify, dossierImport, dossierList, reviewList, reviewReport, reviewExport, reviewImport, portfolioImport, portfolioList, summaryCommand, mentorReport, trainingInvitations, backupCreate, backupList, backupRestore];
