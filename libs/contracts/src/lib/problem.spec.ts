import { problemType, toJsonPointer } from './problem';

describe('toJsonPointer', () => {
  it('writes RFC 6901 pointers, escaping ~ and /', () => {
    expect(toJsonPointer([])).toBe('');
    expect(toJsonPointer(['roles', 0])).toBe('/roles/0');
    expect(toJsonPointer(['a/b', 'c~d'])).toBe('/a~1b/c~0d');
  });
});

describe('problemType', () => {
  it('names each error code with a stable URN', () => {
    expect(problemType('VALIDATION_FAILED')).toBe('urn:egcc:problem:validation-failed');
    expect(problemType('NOT_FOUND')).toBe('urn:egcc:problem:not-found');
  });
});
