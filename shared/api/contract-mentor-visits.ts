// Contract entries for the mentor's visit log (visits with agreed actions), the monitoring rhythm, what needs
// attention (overdue actions, missed visits), the calendar export (.ics) and the training recommendations.
import { z } from 'zod';
import { LksType } from '../profile';
import { isIsoDate } from '../scoring/util';
import { TrainingModel } from '../mentor/training';
import { PortfolioRow, Rhythm } from './contract-mentor';

const Id = z.number().int().positive();
const Text2 = z.object({ id: z.string(), en: z.string() });
export const VisitKind = z.enum(['pendampingan', 'supervisi-perizinan', 'persiapan-lomba', 'pasca-diklat', 'insidental']);
export type VisitKind = z.infer<typeof VisitKind>;

/** A calendar date (YYYY-MM-DD) that exists, with the message in Indonesian and English. */
const Day = (what: { id: string; en: string }) => z.string().refine(isIsoDate, `${what.id} harus tanggal YYYY-MM-DD yang ada / ${what.en} must be an existing YYYY-MM-DD date`);
const VisitDate = Day({ id: 'tanggal kunjungan', en: 'the visit date' });
const NextDate = Day({ id: 'tanggal kunjungan berikutnya', en: 'the next visit date' });
const DueDate = Day({ id: 'tenggat tindak lanjut', en: 'the action due date' });
const ActionText = z.string().trim().min(1, 'isi tindak lanjut wajib diisi / action text is required').max(2000);
const Owner = z.string().trim().max(200);
const Note = z.string().max(8000);

export const ActionInput = z.object({ text: ActionText, owner: Owner.nullable().optional(), dueDate: DueDate.nullable().optional() }).strict();

export const ActionRow = z.object({
  id: Id, visitId: Id.nullable(), lksId: Id, text: z.string(), owner: z.string().nullable(), dueDate: z.string().nullable(),
  done: z.boolean(), doneAt: z.string().nullable(),
});
export type ActionRow = z.infer<typeof ActionRow>;
export const VisitRow = z.object({
  id: Id, lksId: Id, date: z.string(), kind: VisitKind, participants: z.string().nullable(), findings: z.string().nullable(),
  nextVisitDate: z.string().nullable(), actions: z.array(ActionRow),
});
export type VisitRow = z.infer<typeof VisitRow>;

const VisitFields = z.object({
  date: VisitDate, kind: VisitKind, participants: Note.nullable().optional(), findings: Note.nullable().optional(), nextVisitDate: NextDate.nullable().optional(),
});

export const AttentionItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('action'), lksId: Id, lksName: z.string(), dueDate: z.string(), daysLate: z.number().int(),
    actionId: Id, visitId: Id.nullable(), text: z.string(), owner: z.string().nullable(), message: Text2,
  }),
  z.object({
    kind: z.literal('visit'), lksId: Id, lksName: z.string(), dueDate: z.string(), daysLate: z.number().int(),
    /** planned: the next visit date agreed at the last visit has passed; rhythm: the monitoring interval is exceeded. */
    reason: z.enum(['planned', 'rhythm']), lastVisit: z.string().nullable(), rhythm: Rhythm.nullable(), message: Text2,
  }),
]);
export type AttentionItem = z.infer<typeof AttentionItem>;

const Check = z.object({ path: z.string(), fact: z.string(), requirement: Text2, actual: Text2, met: z.boolean().nullable(), text: Text2 });
const SupervisionKind = z.enum(['perizinan', 'persiapan-lomba', 'pasca-diklat', 'insidental']);
export const ModelRecommendation = z.object({
  model: TrainingModel,
  status: z.enum(['recommended', 'undecided', 'not-recommended']),
  reasons: z.array(z.object({
    ruleId: z.string(), origin: z.enum(['source', 'mixed', 'estimate']), supervisionKind: SupervisionKind.optional(), text: Text2, basis: Text2, because: z.array(Check),
  })),
  whyNot: z.array(z.object({ ruleId: z.string(), origin: z.enum(['source', 'mixed', 'estimate']), failed: z.array(Check), missing: z.array(Check) })),
  estimate: z.boolean(),
});
const RulesInfo = z.object({ source: z.enum(['stored', 'shipped']), id: z.string(), version: z.string() });

export const mentorVisitsContract = {
  /** The LKS's visits, newest first, each with its agreed actions. */
  'visit.list': { input: z.object({ lksId: Id }).strict(), output: z.array(VisitRow) },
  /** A visit with the actions agreed at it. */
  'visit.add': { input: VisitFields.extend({ lksId: Id, actions: z.array(ActionInput).max(100).optional() }).strict(), output: VisitRow },
  /** Only the fields given change; null clears a nullable field; `addActions` adds actions to the visit. */
  'visit.update': { input: VisitFields.partial().extend({ id: Id, addActions: z.array(ActionInput).max(100).optional() }).strict(), output: VisitRow },
  /** Removes the visit and its actions. */
  'visit.remove': { input: z.object({ id: Id }).strict(), output: z.object({ removed: z.boolean() }) },
  /** Marks an action done or not done, or edits its text, owner or due date. */
  'action.update': {
    input: z.object({ id: Id, done: z.boolean().optional(), text: ActionText.optional(), owner: Owner.nullable().optional(), dueDate: DueDate.nullable().optional() }).strict(),
    output: ActionRow,
  },
  'action.remove': { input: z.object({ id: Id }).strict(), output: z.object({ removed: z.boolean() }) },
  /** Sets (or clears with null) the monitoring rhythm of one LKS. */
  'portfolio.setRhythm': { input: z.object({ lksId: Id, rhythm: Rhythm.nullable() }).strict(), output: PortfolioRow },
  /** Overdue actions and missed visits across the portfolio, latest first (most days late). */
  'mentor.attention': { input: z.object({}).strict(), output: z.object({ today: z.string(), items: z.array(AttentionItem) }) },
  /** An .ics calendar of planned visits, open action due dates, permit expiries and projected re-accreditations. */
  'calendar.export': {
    input: z.object({ lksIds: z.array(Id).max(100_000).optional() }).strict(),
    output: z.object({
      fileName: z.string(), base64: z.string(), events: z.number().int(),
      skipped: z.array(z.object({ kind: z.string(), id: z.string(), reason: z.string() })),
    }),
  },
  /** Every training model with its status for the LKS and the reasons (or what failed / is unknown). */
  'training.recommend': {
    input: z.object({ lksId: Id }).strict(),
    output: z.object({ lksId: Id, name: z.string(), rules: RulesInfo, models: z.array(ModelRecommendation) }),
  },
  /** Per model, the LKS of the portfolio to invite, and those undecided for lack of data. */
  'training.invitations': {
    input: z.object({ lksType: LksType.optional() }).strict(),
    output: z.object({
      rules: RulesInfo,
      models: z.array(z.object({
        model: TrainingModel,
        invite: z.array(z.object({ lksId: Id, name: z.string(), reasons: z.array(Text2), estimate: z.boolean(), supervisionKinds: z.array(SupervisionKind) })),
        undecided: z.array(z.object({ lksId: Id, name: z.string(), missing: z.array(Text2) })),
      })),
    }),
  },
  /** The training rules in use (stored, else shipped). */
  'training.rules': { input: z.object({}).strict(), output: z.object({ rules: RulesInfo, body: z.unknown() }) },
  /** Stores edited training rules after validating them (VALIDATION with every problem otherwise); null goes back to the shipped rules. */
  'training.setRules': { input: z.object({ body: z.unknown() }).strict(), output: z.object({ rules: RulesInfo }) },
} as const;
