// CLI command for the mentor's training invitations: per model, the LKS to invite with the reasons, as text, JSON
// or the same XLSX workbook as the "Pelatihan" screen's download.
import fs from 'node:fs';
import path from 'node:path';
import type { OutputOf } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { lksType } from '../../services/mentor/fields';
import { call, withWorkspace, type CliCommand } from './command';

type Invitations = OutputOf<'training.invitations'>;

export const trainingInvitations: CliCommand = {
  path: ['training', 'invitations'],
  usage: 'training invitations --workspace DIR [--model ID] [--type JENIS] [--json | --out FILE.xlsx]',
  summary: 'Daftar LKS yang diundang per model pelatihan BK3S, dengan alasannya / LKS to invite per BK3S training model, with the reasons',
  valued: ['model', 'type', 'out'],
  async run(args, io) {
    const model = typeof args.flags.model === 'string' ? args.flags.model : undefined;
    let type: string | undefined;
    if (typeof args.flags.type === 'string') {
      const t = lksType(args.flags.type);
      if (!t.ok || t.value === null) throw new AppError('VALIDATION', t.ok ? 'Sebutkan jenis LKS / give an LKS type' : `${t.id} / ${t.en}`);
      type = t.value;
    }
    if (typeof args.flags.out === 'string') {
      const out = path.resolve(args.flags.out);
      const r = await withWorkspace(args, 'read', (ctx) => call(ctx, 'training.exportInvitations', { model, lksType: type, language: 'id' })) as { base64: string };
      const tmp = `${out}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, Buffer.from(r.base64, 'base64'));
      fs.renameSync(tmp, out);
      io.out(`OK → ${out}`);
      return;
    }
    const inv = await withWorkspace(args, 'read', (ctx) => call(ctx, 'training.invitations', type ? { lksType: type } : {})) as Invitations;
    const models = model ? inv.models.filter((m) => m.model.id === model) : inv.models;
    if (!models.length) {
      const known = inv.models.map((m) => m.model.id).join(', ');
      throw new AppError('NOT_FOUND', `Model "${model}" tidak ada dalam aturan; yang ada: ${known} / model "${model}" is not in the rules; known: ${known}`);
    }
    if (args.flags.json) {
      io.out(JSON.stringify({
        rules: inv.rules,
        models: models.map((m) => ({
          id: m.model.id, number: m.model.number, title: m.model.title.id, size: m.model.size,
          invite: m.invite.map((l) => ({ lksId: l.lksId, name: l.name, reasons: l.reasons.map((r) => r.id), estimate: l.estimate })),
          undecided: m.undecided.map((l) => ({ lksId: l.lksId, name: l.name, missing: l.missing.map((r) => r.id) })),
        })),
      }, null, 2));
      return;
    }
    io.out(`Aturan / rules: ${inv.rules.id} ${inv.rules.version} (${inv.rules.source})`);
    for (const m of models) {
      io.out('');
      io.out(`Model ${m.model.number} ${m.model.id}: ${m.model.title.id} — diundang/invite ${m.invite.length}, belum pasti/undecided ${m.undecided.length}`);
      for (const l of m.invite) io.out(`  #${l.lksId}  ${l.name}${l.estimate ? ' (perkiraan)' : ''}: ${l.reasons.map((r) => r.id).join(' | ')}`);
    }
  },
};
