import { recognize } from '../src/recognizer';
import { findOfferId } from '../src/policy/offers';

const YES_NO = [
  { id: 'yes', words: ['Yes', 'y', 'done', 'はい', '済み', 'した'] },
  { id: 'no', words: ['No', 'n', 'not yet', 'いいえ', 'まだ', 'していない'] },
  { id: 'unsure', words: ['not sure', "don't know", 'わからない'] },
];

describe('recognize', () => {
  it.each([
    ['yes', 'yes'],
    ['  YES!  ', 'yes'],
    ['Ｙｅｓ', 'yes'],
    ['2', 'no'],
    ['#3', 'unsure'],
    ['２番', 'no'],
    ['3.', 'unsure'],
    ['not yet, sorry', 'no'],
    ['I don’t know', 'unsure'],
    ['いいえ、していない', 'no'],
    ['実行済みです', 'yes'],
    ['「はい」', 'yes'],
  ])('%j → %s', (input, expected) => {
    expect(recognize(input, YES_NO)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['4', 'a number past the options'],
    ['maybe tomorrow', 'no known word'],
    ['yes and no', 'two options tied'],
    ['yesterday', 'a word only inside another word'],
  ])('%j is not understood (%s)', (input) => {
    expect(recognize(input, YES_NO)).toBeUndefined();
  });

  it('prefers the longest word found, so "Pay-As-You-Go Dev/Test" is Pay-As-You-Go, not Enterprise Dev/Test', () => {
    const options = [
      { id: 'enterpriseDevTest', words: ['dev/test', 'enterprise dev/test'] },
      { id: 'payAsYouGo', words: ['pay-as-you-go', 'pay as you go dev/test'] },
    ];
    expect(recognize('Pay-As-You-Go Dev/Test', options)).toBe('payAsYouGo');
    expect(recognize('our Enterprise Dev/Test one', options)).toBe('enterpriseDevTest');
  });
});

describe('findOfferId', () => {
  it.each([
    ['MS-AZR-0017P', 'enterpriseAgreement'],
    ['ms-azr-0148p', 'enterpriseDevTest'],
    ['offer 0023P', 'payAsYouGo'],
    ['MS-AZR-0044P', 'freeTrial'],
    ['MS-AZR-0063P', 'visualStudio'],
    ['MS-AZR-0145P', 'csp'],
    ['MS-AZR-0036P', 'sponsorship'],
    ['MS-AZR-0170P', 'student'],
    ['MS-AZR-0125P', 'otherOffer'],
  ])('%j → %s', (input, kind) => {
    expect(findOfferId(input)?.kind).toBe(kind);
  });

  it('names an offer that does not give the type on its own', () => {
    expect(findOfferId('MS-AZR-0017G')).toEqual({ offerId: 'MS-AZR-0017G', kind: undefined });
  });
});
