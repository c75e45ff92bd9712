import { Injectable } from '@nestjs/common';
import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { DomainException } from '../common/domain.exception';

/** zxcvbn's score (0–4) a password must reach: "safely unguessable" under a throttled online attack and more. */
const MINIMUM_SCORE = 3;

let estimator: Promise<ZxcvbnFactory> | undefined;

/**
 * zxcvbn with its dictionaries, loaded when a password is first judged: some 40 MB that a
 * process serving pages would otherwise carry from start to end.
 */
function loadEstimator(): Promise<ZxcvbnFactory> {
  estimator ??= Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]).then(
    ([core, common, english]) =>
      new core.ZxcvbnFactory({
        dictionary: { ...common.dictionary, ...english.dictionary },
        graphs: common.adjacencyGraphs,
        translations: english.translations,
      }),
  );
  return estimator;
}

/**
 * Password rules beyond length: not a common password, not made of the member's own name or
 * e-mail, and hard to guess (zxcvbn, the estimator that Dropbox published and others keep).
 */
@Injectable()
export class PasswordPolicy {
  /** Throws a 400 with a field error at `pointer` when the password is too weak. */
  async assertStrong(
    password: string,
    person: { name: string; email: string },
    pointer = '/password',
  ): Promise<void> {
    const problem = await this.problemWith(password, person);
    if (problem) {
      throw DomainException.validation([{ in: 'body', pointer, detail: problem, code: 'weak_password' }]);
    }
  }

  async problemWith(password: string, person: { name: string; email: string }): Promise<string | null> {
    if (password.length < 12) return 'must be at least 12 characters';
    const lowered = password.toLowerCase();
    const [local = '', domain = ''] = person.email.toLowerCase().split('@');
    const personal = [
      local,
      ...local.split(/[._+-]/),
      ...person.name.toLowerCase().split(/\s+/),
      domain.split('.')[0] ?? '',
    ].filter((part) => part.length >= 3);
    // What is left once the member's own name and address are taken out must stand on its own.
    const rest = personal
      .sort((a, b) => b.length - a.length)
      .reduce((remaining, part) => remaining.split(part).join(''), lowered);
    if (rest.replace(/[^a-z0-9]/g, '').length < 8) {
      return 'must not be made of your name or e-mail address';
    }
    // zxcvbn's cost grows with length; a long passphrase is judged by its first 100 characters.
    const result = (await loadEstimator()).check(password.slice(0, 100), personal);
    if (result.score < MINIMUM_SCORE) {
      const hint = result.feedback.warning ?? result.feedback.suggestions[0];
      return `is too easy to guess${hint ? `: ${hint.replace(/\.$/, '')}` : ''}. Try a longer phrase of unrelated words`;
    }
    return null;
  }
}
