// Contract entries for the improvement plan (actions from gaps) and its DOCX export.
import { z } from 'zod';
import { IsoDate } from '../profile';

const Id = z.number().int().positive();
export const ActionStatus = z.enum(['todo', 'doing', 'done']);
export type ActionStatus = z.infer<typeof ActionStatus>;

export const PlanAction = z.object({
  id: Id, assessmentId: Id, code: z.string().nullable(), what: z.string(), who: z.string().nullable(), dueDate: z.string().nullable(),
  status: ActionStatus, createdAt: z.string(), updatedAt: z.string(),
});
export type PlanAction = z.infer<typeof PlanAction>;

// No defaults here: .partial() keeps a .default(), so an update would silently reset fields it was not given.
const Fields = z.object({
  code: z.string().max(40).nullable().optional(),
  what: z.string().trim().min(1, 'isi tindakan / describe the action').max(1000),
  who: z.string().trim().max(200).nullable().optional(),
  dueDate: IsoDate.nullable().optional(),
  status: ActionStatus,
});

export const planContract = {
  'plan.list': { input: z.object({ assessmentId: Id }).strict(), output: z.array(PlanAction) },
  'plan.add': { input: Fields.extend({ assessmentId: Id, status: ActionStatus.default('todo') }).strict(), output: PlanAction },
  /** Only the fields given change; null clears a nullable field. */
  'plan.update': { input: Fields.partial().extend({ id: Id }).strict(), output: PlanAction },
  'plan.remove': { input: z.object({ id: Id }).strict(), output: z.object({ removed: z.boolean() }) },
  'plan.exportDocx': {
    input: z.object({ assessmentId: Id, language: z.enum(['id', 'en']).default('id') }).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  },
} as const;
