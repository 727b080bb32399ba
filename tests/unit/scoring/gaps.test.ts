// Gaps: hand-worked gains, ordering, unanswered flagged as 0, must-have status and missing evidence.
import { describe, expect, it } from 'vitest';
import { findGaps, type Answers } from '../../../shared/scoring';
import { levels, MINI } from './fixtures';

const facts = { lksType: 'lansia' as const, staffCount: 12 };
const answers: Answers = { ...levels({ P1: 3, P2: 2, S1: 3, S2: 2, R1: 3, R3: 1 }), P3: { notApplicable: true as const, reason: 'x' } };

describe('findGaps (MINI)', () => {
  it('lists every scorable indicator below the top with its exact gain, best first', () => {
    const g = findGaps(MINI, answers, facts, { P1: ['akta'], R1: ['foto'] });
    // PROG Σw 3 (weight 30), SDM Σw 2 (weight 20), SAR Σw 5 (R1 w3 + R3 w2, weight 50); gain = 100·w·(4−level)/4/Σw × cw/100
    // R3: 100·2·3/4/5 = 30 → 15;  R1: 100·3·1/4/5 = 15 → 7.5;  P1: 100·2·1/4/3 = 16.67 → 5;
    // P2: 100·1·2/4/3 = 16.67 → 5;  S2: 100·1·2/4/2 = 25 → 5;  S1: 100·1·1/4/2 = 12.5 → 2.5
    expect(g.map((x) => x.code)).toEqual(['R3', 'R1', 'P1', 'P2', 'S2', 'S1']);
    const by = Object.fromEntries(g.map((x) => [x.code, x]));
    expect(by.R3.gainToTotal).toBeCloseTo(15, 9);
    expect(by.R3.gainPerStep).toBeCloseTo(5, 9);
    expect(by.R3.gainToComponent).toBeCloseTo(30, 9);
    expect(by.R1.gainToTotal).toBeCloseTo(7.5, 9);
    expect(by.P2.gainToTotal).toBeCloseTo(5, 9);
    expect(by.P2.gainPerStep).toBeCloseTo(2.5, 9);
    expect(by.S1.gainToTotal).toBeCloseTo(2.5, 9);
    expect(by.P1).toMatchObject({ currentLevel: 3, maxLevel: 4, expectedEvidence: ['akta', 'sop'], missingEvidence: ['sop'], componentCode: 'PROG' });
    expect(by.R1.missingEvidence).toEqual([]);
    expect(by.S2.mustHave).toEqual({ minLevel: 2, met: true });
    // N/A (P3) and not-applicable (R2) indicators are not gaps
    expect(g.find((x) => x.code === 'P3' || x.code === 'R2')).toBeUndefined();
  });

  it('an unanswered indicator is a gap from 0, flagged, with an unmet must-have', () => {
    const { S2: _drop, ...rest } = answers;
    const g = findGaps(MINI, rest, facts);
    const s2 = g.find((x) => x.code === 'S2')!;
    // S2 0 → 4: SDM + 100·1/2 = 50 → total + 10; now the biggest gain
    expect(s2).toMatchObject({ unanswered: true, currentLevel: 0, mustHave: { minLevel: 2, met: false } });
    expect(s2.gainToTotal).toBeCloseTo(10, 9);
    expect(g[1].code).toBe('S2');
  });

  it('nothing to gain when everything is at the top', () => {
    expect(findGaps(MINI, levels({ P1: 4, P2: 4, P3: 4, S1: 4, S2: 4, R1: 4, R3: 4 }), facts)).toEqual([]);
  });
});
