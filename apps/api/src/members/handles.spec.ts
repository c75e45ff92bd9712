import { handleStem } from './handles';

describe('handleStem', () => {
  it.each([
    ['Kadri.Tamm@sm.ee', 'kadri.tamm'],
    ['delegate.dk@egcc.example', 'delegate.dk'],
    ['jürgen+egcc@example.de', 'jrgenegcc'],
    ['..odd@example.org', 'odd'],
    ['@example.org', 'member'],
  ])('%s → %s', (email, stem) => {
    expect(handleStem(email)).toBe(stem);
  });
});
