// The sample LKS is an example of correct use: answers agree with its profile, gaps are low levels (not N/A),
// N/A only where allowed and with a reason, and the round scores with no problems and nothing undecided.
import { describe, expect, it } from 'vitest';
import { computeResults } from '../../../electron/services/assessment/results';
import { SAMPLE_PROFILE } from '../../../electron/services/sample/profile';
import { testWorkspace } from '../../helpers/workspace';

describe('the sample round (balks-umum / gcg-tarif 1.1.0)', () => {
  it('scores without problems, decides every item from its profile, and answers consistently with it', async () => {
    const t = testWorkspace();
    await t.value('workspace.loadSample', {});
    const [round] = await t.value('assessment.list');
    const { detail, instrument, result } = computeResults(t.ctx, round.id);
    expect(instrument.version).toBe('1.1.0');
    expect(detail.checklist).toMatchObject({ id: 'gcg-tarif', version: '1.1.0' });

    // Nothing undecided: the profile states every fact the items depend on.
    for (const k of ['runsBusinessUnit', 'receivesGovernmentGrants', 'collectsZakat', 'operatesInMultipleRegencies'] as const) expect(typeof SAMPLE_PROFILE[k], k).toBe('boolean');
    expect(result.unknownFacts).toEqual([]);
    expect(result.prerequisites.filter((p) => p.status === 'undecided')).toEqual([]);

    // No problems, complete on both instruments.
    expect(result.score.problems).toEqual([]);
    expect(result.gcg!.problems).toEqual([]);
    expect(result.score.complete).toBe(true);
    expect(result.gcg!.complete).toBe(true);
    expect(result.typology).not.toBeNull();
    expect(result.typology!.capped).toEqual([]);

    // "Belum ada program" is a gap: S1.09 has a low level, not N/A.
    expect(detail.indicators['S1.09']).toMatchObject({ notApplicable: false });
    expect(detail.indicators['S1.09'].level).toBeLessThanOrEqual(1);
    // Every N/A is allowed by its indicator and carries a reason.
    const byCode = new Map(instrument.components.flatMap((c) => c.indicators).map((i) => [i.code, i]));
    const na = Object.entries(detail.indicators).filter(([, a]) => a.notApplicable);
    expect(na.length).toBeGreaterThan(0);
    for (const [code, a] of na) {
      expect(byCode.get(code)!.allowNotApplicable, code).toBe(true);
      expect((a.reason ?? '').length, code).toBeGreaterThan(20);
    }

    // Deed, decree, registration, NPWP and permit are in the profile, so the GCG answers say so.
    const gcg = Object.fromEntries(Object.entries(detail.gcg).map(([code, a]) => [code, a.gcgValue]));
    for (const code of ['R01', 'R02', 'R03', 'R04', 'R05']) expect(gcg[code], code).toBe('met');
    expect(detail.indicators['S3.01'].level).toBeGreaterThanOrEqual(3);
    expect(detail.indicators['S3.03'].level).toBeGreaterThanOrEqual(3);
    // Items hidden for this profile (aid < Rp500 juta, no PUB, founded 2011, no business unit, no zakat, not a UPT) stay unanswered.
    for (const code of ['T02', 'A05', 'A06', 'R06', 'R10', 'R11', 'I09', 'R12', 'R13', 'A02']) expect(gcg[code], code).toBeUndefined();
    // Government grants are received, so their items are answered.
    expect(gcg.A12).toBeDefined();
    expect(gcg.I10).toBeDefined();
    t.ws.close();
  });
});
