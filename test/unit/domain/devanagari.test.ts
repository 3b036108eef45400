/**
 * Devanagari read as search compares it: variant spellings made one (nukta, chandrabindu and
 * anusvara, a nasal half-letter), then written in Latin letters with Hindi's unsaid vowels left out;
 * and the common romanisations of a grocery word made one spelling, whichever script it came in.
 */
import {
  hasDevanagari,
  normaliseDevanagari,
  transliterateDevanagari,
} from '../../../lambda/domain/devanagari';
import { hindiSpelling, romaniseHindi } from '../../../lambda/domain/romanised-hindi';

describe('Devanagari spelling variants', () => {
  it('drops the nukta, in precomposed and combining form', () => {
    expect(normaliseDevanagari('ज़ीरा')).toBe(normaliseDevanagari('जीरा'));
    expect(normaliseDevanagari('\u095B')).toBe('ज');
    expect(normaliseDevanagari('प्याज़')).toBe('प्याज');
    expect(normaliseDevanagari('पकौड़ा')).toBe('पकौडा');
  });

  it('reads chandrabindu as anusvara', () => {
    expect(normaliseDevanagari('मूँग')).toBe('मूंग');
    expect(normaliseDevanagari('सरसोँ')).toBe(normaliseDevanagari('सरसों'));
  });

  it('reads a nasal half-letter before a consonant as anusvara', () => {
    expect(normaliseDevanagari('हिन्दी')).toBe('हिंदी');
    expect(normaliseDevanagari('सम्भार')).toBe('संभार');
    expect(normaliseDevanagari('अण्डा')).toBe('अंडा');
  });

  it('writes Devanagari digits in ASCII and drops zero-width joiners', () => {
    expect(normaliseDevanagari('१ किलो')).toBe('1 किलो');
    expect(normaliseDevanagari('क्\u200Dष')).toBe(normaliseDevanagari('क्ष'));
  });

  it('knows text with and without Devanagari', () => {
    expect(hasDevanagari('दूध')).toBe(true);
    expect(hasDevanagari('doodh')).toBe(false);
  });
});

describe('Devanagari in Latin letters', () => {
  it.each([
    ['दूध', 'dudh'],
    ['आटा', 'ata'],
    ['चावल', 'chaval'],
    ['अदरक', 'adrak'],
    ['नमकीन', 'namkin'],
    ['बासमती', 'basmati'],
    ['मूंगफली', 'mungphali'],
    ['मिर्च', 'mirch'],
    ['मित्र', 'mitra'],
    ['सम्भार', 'sambhar'],
    ['हल्दी', 'haldi'],
    ['अंडा', 'anda'],
  ])('%s is %s', (hindi, latin) => {
    expect(transliterateDevanagari(hindi)).toBe(latin);
  });

  it('keeps Latin words and digits as they are, in mixed text', () => {
    expect(transliterateDevanagari('अमूल दूध 1 litre')).toBe('amul dudh 1 litre');
  });
});

describe('one spelling per Hindi word', () => {
  it.each([
    ['doodh', 'dudh', 'दूध'],
    ['atta', 'aata', 'आटा'],
    ['chawal', 'chaval', 'चावल'],
    ['jeera', 'jira', 'ज़ीरा'],
    ['pyaaz', 'pyaj', 'प्याज़'],
    ['moong', 'mung', 'मूँग'],
  ])('%s, %s and %s are one word', (canonical, variant, devanagari) => {
    expect(hindiSpelling(variant)).toBe(canonical);
    expect(hindiSpelling(canonical)).toBe(canonical);
    expect(romaniseHindi(devanagari)).toBe(canonical);
  });

  it('reads an English word that a Hindi spelling shares as English unless written in Devanagari', () => {
    expect(hindiSpelling('am')).toBe('am');
    expect(romaniseHindi('आम')).toBe('aam');
    expect(hindiSpelling('long')).toBe('long');
  });

  it('leaves English words alone', () => {
    for (const word of ['milk', 'rice', 'flour', 'good', 'tail']) expect(hindiSpelling(word)).toBe(word);
  });
});
