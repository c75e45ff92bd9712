/** The portal's e-mails: plain text first (officials read mail on every kind of device), with a simple HTML part. */

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function html(paragraphs: string[], link?: { href: string; label: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const button = link
    ? `<p><a href="${escapeHtml(link.href)}" style="display:inline-block;padding:10px 16px;background:#0b4f8a;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(link.label)}</a></p>\n<p>${escapeHtml(link.href)}</p>`
    : '';
  return `<!doctype html><html lang="en"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1b1f24">\n${body}\n${button}\n<p style="color:#4a5360;font-size:13px">EGCC Portal · Expert Group for Cooperation on Children at Risk · Council of the Baltic Sea States</p></body></html>`;
}

export function invitationMail(input: {
  name: string;
  invitedBy: string | null;
  delegation: string | null;
  link: string;
  expiresAt: Date;
}): RenderedMail {
  const expires = input.expiresAt.toUTCString();
  const paragraphs = [
    `Dear ${input.name},`,
    `${input.invitedBy ?? "The Children's Unit of the CBSS Secretariat"} has invited you to the EGCC Portal, the members' workspace of the Expert Group for Cooperation on Children at Risk${input.delegation ? `, as a member of the delegation of ${input.delegation}` : ''}.`,
    `To accept, open the link below and choose your password. The link works once and until ${expires}.`,
    `If you did not expect this invitation, you can ignore this message.`,
  ];
  return {
    subject: 'Your invitation to the EGCC Portal',
    text: `${paragraphs.join('\n\n')}\n\n${input.link}\n`,
    html: html(paragraphs, { href: input.link, label: 'Accept the invitation' }),
  };
}

export function passwordResetMail(input: { name: string; link: string }): RenderedMail {
  const paragraphs = [
    `Dear ${input.name},`,
    'Someone asked to reset the password of your EGCC Portal account. If it was you, open the link below within one hour and choose a new password. The link works once.',
    'If it was not you, ignore this message: your password stays as it is.',
  ];
  return {
    subject: 'Reset your EGCC Portal password',
    text: `${paragraphs.join('\n\n')}\n\n${input.link}\n`,
    html: html(paragraphs, { href: input.link, label: 'Choose a new password' }),
  };
}

export function notificationMail(input: {
  recipient: string;
  title: string;
  excerpt: string | null;
  actor: string | null;
  link: string;
}): RenderedMail {
  const paragraphs = [
    `Dear ${input.recipient},`,
    input.actor ? `${input.actor}: ${input.title}` : input.title,
    ...(input.excerpt ? [`“${input.excerpt}”`] : []),
    'You can choose how the portal tells you about this in your profile, under Notifications.',
  ];
  return {
    subject: `[EGCC] ${input.title}`,
    text: `${paragraphs.join('\n\n')}\n\n${input.link}\n`,
    html: html(paragraphs, { href: input.link, label: 'Open in the portal' }),
  };
}

export function digestMail(input: {
  recipient: string;
  groups: { heading: string; link: string; items: string[] }[];
  preferencesLink: string;
}): RenderedMail {
  const count = input.groups.reduce((total, group) => total + group.items.length, 0);
  const text = [
    `Dear ${input.recipient},`,
    `Here is what happened in the EGCC Portal since your last digest (${count} ${count === 1 ? 'item' : 'items'}).`,
    ...input.groups.map(
      (group) => `${group.heading}\n${group.items.map((item) => `  - ${item}`).join('\n')}\n  ${group.link}`,
    ),
    `Change how often you get this: ${input.preferencesLink}`,
  ].join('\n\n');
  const body = input.groups
    .map(
      (group) =>
        `<h2 style="font-size:16px"><a href="${escapeHtml(group.link)}">${escapeHtml(group.heading)}</a></h2><ul>${group.items
          .map((item) => `<li>${escapeHtml(item)}</li>`)
          .join('')}</ul>`,
    )
    .join('\n');
  return {
    subject: `[EGCC] Your daily digest: ${count} ${count === 1 ? 'item' : 'items'}`,
    text: `${text}\n`,
    html: `<!doctype html><html lang="en"><body style="font-family:Arial,sans-serif;line-height:1.5;color:#1b1f24"><p>Dear ${escapeHtml(input.recipient)},</p><p>Here is what happened in the EGCC Portal since your last digest.</p>${body}<p style="color:#4a5360;font-size:13px"><a href="${escapeHtml(input.preferencesLink)}">Change how often you get this</a></p></body></html>`,
  };
}
