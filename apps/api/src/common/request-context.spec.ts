import { requestIdFrom } from './request-context';

describe('requestIdFrom', () => {
  const generate = () => 'generated';

  it('keeps a short, plain id from the caller', () => {
    expect(requestIdFrom('abc-123_x.y:z', generate)).toBe('abc-123_x.y:z');
    expect(requestIdFrom(['first', 'second'], generate)).toBe('first');
  });

  it('makes a new id when there is none or when it could forge log lines', () => {
    expect(requestIdFrom(undefined, generate)).toBe('generated');
    expect(requestIdFrom('', generate)).toBe('generated');
    expect(requestIdFrom('line\nbreak', generate)).toBe('generated');
    expect(requestIdFrom('x'.repeat(101), generate)).toBe('generated');
    expect(requestIdFrom('<script>', generate)).toBe('generated');
  });
});
