// CSV parsing of the region files, including quoted names with commas and doubled quotes.
import { describe, expect, it } from 'vitest';
import { parseCsvLine, RegionIndex } from '../../electron/services/regions';

describe('parseCsvLine', () => {
  it('splits plain and quoted cells', () => {
    expect(parseCsvLine('11.01,11,Kabupaten Aceh Selatan')).toEqual(['11.01', '11', 'Kabupaten Aceh Selatan']);
    expect(parseCsvLine('12.07.28.1007,12.07.28,"Lubuk Pakam I,II"')).toEqual(['12.07.28.1007', '12.07.28', 'Lubuk Pakam I,II']);
    expect(parseCsvLine('35.13.15.2017,35.13.15,"Soka""an"')).toEqual(['35.13.15.2017', '35.13.15', 'Soka"an']);
  });
});

describe('RegionIndex.resolve', () => {
  it('names codes of every level the same whether the level is indexed or looked up one code at a time', () => {
    const codes = ['34', '34.71', '34.71.01', '34.71.01.1001', '12.07.28.1007', '94.71', '99.99.99.9999', '34.7'];
    const lookedUp = new RegionIndex().resolve(codes);
    expect(lookedUp).toMatchObject({ '34': expect.stringMatching(/Yogyakarta/i), '34.71': 'Kota Yogyakarta', '12.07.28.1007': 'Lubuk Pakam I,II' });
    expect(lookedUp['99.99.99.9999']).toBeUndefined();
    expect(lookedUp['34.7']).toBeUndefined();
    const indexed = new RegionIndex();
    indexed.list('district', '34.71');
    indexed.list('village', '34.71.01');
    expect(indexed.resolve(codes)).toEqual(lookedUp);
  });
});
