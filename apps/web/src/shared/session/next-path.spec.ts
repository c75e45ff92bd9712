import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/directory', '/directory'],
    ['/directory/fi?tab=members#history', '/directory/fi?tab=members#history'],
    ['/admin/members?q=riga', '/admin/members?q=riga'],
  ])('keeps a path of this site: %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/path'],
    ['a backslash trick', '/\\evil.example'],
    ['a backslash later on', '/a\\..\\\\evil.example'],
    ['a script address', 'javascript:alert(1)'],
    ['a relative path', 'directory'],
    ['a tab that browsers drop', '/\t/evil.example'],
    ['the sign-in page itself', '/sign-in?next=/x'],
    ['nothing', null],
  ])('refuses %s', (_name, raw) => {
    expect(safeNextPath(raw)).toBe('/');
    expect(safeNextPath(raw, '/fallback')).toBe('/fallback');
  });
});

describe('signInPath', () => {
  it('comes back to the page asked for', () => {
    expect(signInPath('/directory/fi?x=1')).toBe('/sign-in?next=%2Fdirectory%2Ffi%3Fx%3D1');
  });

  it('needs no "next" for the home page', () => {
    expect(signInPath('/')).toBe('/sign-in');
  });
});
