// Conditions and applicability: three-valued handling of missing profile facts, modules, reasons.
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../../shared/instrument/schema';
import { evaluateCondition, indicatorApplicability, isApplicable } from '../../../shared/scoring';
import { MINI } from './fixtures';

const bigAid: Condition = { fact: 'annualAidIdr', op: 'gte', value: 500_000_000 };

describe('evaluateCondition', () => {
  it('compares facts with each operator', () => {
    expect(evaluateCondition(bigAid, { annualAidIdr: 500_000_000 }).met).toBe(true);
    expect(evaluateCondition(bigAid, { annualAidIdr: 499_999_999 }).met).toBe(false);
    expect(evaluateCondition({ fact: 'staffCount', op: 'lt', value: 5 }, { staffCount: 4 }).met).toBe(true);
    expect(evaluateCondition({ fact: 'lksType', op: 'in', value: ['lksa', 'lansia'] }, { lksType: 'lansia' }).met).toBe(true);
    expect(evaluateCondition({ fact: 'legalForm', op: 'neq', value: 'yayasan' }, { legalForm: 'yayasan' }).met).toBe(false);
    expect(evaluateCondition({ fact: 'lksType', op: 'eq', value: 'lk3' }, { lksType: 'lk3' }).met).toBe(true);
  });

  it('a missing numeric fact is not met, and is reported', () => {
    expect(evaluateCondition(bigAid, {})).toEqual({ met: false, unknownFacts: ['annualAidIdr'] });
    // NaN and null (e.g. from a cleared form field) count as missing too
    expect(evaluateCondition(bigAid, { annualAidIdr: NaN }).unknownFacts).toEqual(['annualAidIdr']);
    expect(evaluateCondition(bigAid, { annualAidIdr: null as never }).met).toBe(false);
  });

  it('negating an unknown stays unknown (so "not big aid" is not assumed either)', () => {
    expect(evaluateCondition({ not: bigAid }, {})).toEqual({ met: false, unknownFacts: ['annualAidIdr'] });
  });

  it('a definite answer ignores the unknown part (Kleene any/all)', () => {
    const anyOf: Condition = { any: [{ fact: 'lksType', op: 'eq', value: 'lksa' }, bigAid] };
    expect(evaluateCondition(anyOf, { lksType: 'lksa' })).toEqual({ met: true, unknownFacts: [] });
    expect(evaluateCondition(anyOf, { lksType: 'lansia' })).toEqual({ met: false, unknownFacts: ['annualAidIdr'] });
    const allOf: Condition = { all: [{ fact: 'lksType', op: 'eq', value: 'lksa' }, bigAid] };
    expect(evaluateCondition(allOf, { lksType: 'lansia' })).toEqual({ met: false, unknownFacts: [] });
    expect(evaluateCondition(allOf, { lksType: 'lksa', annualAidIdr: 6e8 })).toEqual({ met: true, unknownFacts: [] });
  });
});

describe('isApplicable', () => {
  it('no rule → applies', () => {
    expect(isApplicable(undefined, {})).toEqual({ applies: true, unknownFacts: [] });
  });
  it('type list and condition must both hold; the data reason is used when given', () => {
    const app = { lksTypes: ['lksa' as const], condition: bigAid, reason: { id: 'khusus LKSA besar', en: 'large LKSA only' } };
    expect(isApplicable(app, { lksType: 'lksa', annualAidIdr: 6e8 })).toMatchObject({ applies: true, reason: app.reason });
    expect(isApplicable(app, { lksType: 'lansia', annualAidIdr: 6e8 })).toEqual({ applies: false, reason: app.reason, unknownFacts: [] });
  });
  it('a generated reason describes the rule', () => {
    const r = isApplicable({ lksTypes: ['lksa'], condition: bigAid }, { lksType: 'lansia', annualAidIdr: 1 });
    expect(r.reason!.id).toBe('Butir ini tidak berlaku untuk profil ini (berlaku bila jenis LKS lksa dan bantuan per tahun (Rp) ≥ 500.000.000).');
    expect(r.reason!.en).toBe('This item does not apply to this profile (applies when LKS type lksa and annual aid (IDR) ≥ 500,000,000).');
  });
  it('an undecidable rule does not apply yet and asks to fill in the profile', () => {
    const r = isApplicable({ lksTypes: ['lksa'] }, {});
    expect(r).toMatchObject({ applies: false, unknownFacts: ['lksType'] });
    expect(r.reason!.id).toMatch(/^Lengkapi profil \(jenis LKS\)/);
    expect(r.reason!.en).toMatch(/^Fill in the profile \(LKS type\)/);
  });
});

describe('indicatorApplicability', () => {
  const [r1, r2, r3] = MINI.components[2].indicators;
  it('combines the module rule with the indicator rule', () => {
    expect(indicatorApplicability(MINI, r1, {}).applies).toBe(true);
    expect(indicatorApplicability(MINI, r2, { lksType: 'lksa' }).applies).toBe(true);
    const out = indicatorApplicability(MINI, r2, { lksType: 'lansia' });
    expect(out.applies).toBe(false);
    expect(out.reason!.id).toContain('Modul LKSA tidak berlaku');
    expect(indicatorApplicability(MINI, r2, {})).toMatchObject({ applies: false, unknownFacts: ['lksType'] });
    expect(indicatorApplicability(MINI, r3, { staffCount: 10 }).applies).toBe(true);
    expect(indicatorApplicability(MINI, r3, { staffCount: 9 })).toMatchObject({ applies: false, unknownFacts: [] });
  });
});
