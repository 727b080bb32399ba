// CSV parsing of the region files, including quoted names with commas and doubled quotes.
import { describe, expect, it } from 'vitest';
import { parseCsvLine } from '../../electron/services/regions';

describe('parseCsvLine', () => {
  it('splits plain and quoted cells', () => {
    expect(parseCsvLine('11.01,11,Kabupaten Aceh Selatan')).toEqual(['11.01', '11', 'Kabupaten Aceh Selatan']);
    expect(parseCsvLine('12.07.28.1007,12.07.28,"Lubuk Pakam I,II"')).toEqual(['12.07.28.1007', '12.07.28', 'Lubuk Pakam I,II']);
    expect(parseCsvLine('35.13.15.2017,35.13.15,"Soka""an"')).toEqual(['35.13.15.2017', '35.13.15', 'Soka"an']);
  });
});
