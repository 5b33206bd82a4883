import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, nhsCheckDigit } from '../../../src/reflections/pii';
import { testCheckDigit } from './helpers';

describe('NHS number Modulus 11', () => {
  it('matches the worked example: 943476591 has check digit 9', () => {
    expect(nhsCheckDigit('943476591')).toBe(9);
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
  });

  it('treats a check value of 11 as 0 and 10 as invalid', () => {
    // Search the test range for one of each rather than trusting a hand-picked number.
    let zero: string | undefined;
    let ten: string | undefined;
    for (let n = 0; n < 1000 && !(zero && ten); n++) {
      const nine = `999000${String(n).padStart(3, '0')}`;
      const check = testCheckDigit(nine);
      if (check === 0) zero ??= nine;
      if (check === null) ten ??= nine;
    }
    expect(zero).toBeDefined();
    expect(ten).toBeDefined();
    expect(nhsCheckDigit(zero as string)).toBe(0);
    expect(isValidNhsNumber(`${zero}0`)).toBe(true);
    expect(nhsCheckDigit(ten as string)).toBeNull();
    for (let d = 0; d <= 9; d++) expect(isValidNhsNumber(`${ten}${d}`)).toBe(false);
  });

  it('agrees with an independent implementation across the 999 test range', () => {
    for (let n = 0; n < 5000; n++) {
      const nine = `999${String(n * 199).padStart(6, '0')}`;
      expect(nhsCheckDigit(nine)).toBe(testCheckDigit(nine));
    }
  });

  it('rejects anything that is not ten digits', () => {
    for (const bad of ['', '943476591', '94347659190', '943 476 5919', 'abcdefghij']) {
      expect(isValidNhsNumber(bad)).toBe(false);
    }
    expect(() => nhsCheckDigit('12345678')).toThrow(RangeError);
  });
});
