import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { runInThisContext } from 'node:vm';

// jsdom lacks the encoders and the Fetch API classes that browsers have and that react-router's
// data router uses on every navigation (it builds a Request for each). Node's are the same
// WHATWG classes; they live in Node's own global scope, outside the jsdom sandbox. `fetch`
// itself stays undefined: a test that talks to the API stubs it.
const fetchClasses = runInThisContext('({ Request, Response, Headers })') as Pick<
  typeof globalThis,
  'Request' | 'Response' | 'Headers'
>;
for (const [name, value] of Object.entries({ TextEncoder, TextDecoder, ...fetchClasses })) {
  if (!(name in globalThis))
    Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
}

// findBy… and waitFor give up after 1 s by default; on a busy two-core machine (CI runs the
// browser tests alongside) a lazy route can take longer to load. What the tests wait for is
// unchanged; only the patience.
configure({ asyncUtilTimeout: 5_000 });
