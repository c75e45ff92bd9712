import { attachmentDisposition, displayFileName } from './file-content';

describe('displayFileName', () => {
  it('keeps a plain name as it is', () => {
    expect(displayFileName('Rapport 2026.pdf', 'application/pdf')).toBe('Rapport 2026.pdf');
  });

  it('drops paths, control characters and direction overrides', () => {
    expect(displayFileName('C:\\Users\\me\\re\u0000port.pdf', 'application/pdf')).toBe('report.pdf');
    expect(displayFileName('../../etc/passwd\u202Efdp.pdf', 'application/pdf')).toBe('passwdfdp.pdf');
  });

  it('ends the name as the content is', () => {
    expect(displayFileName('photo.docx', 'image/png')).toBe('photo.png');
    expect(displayFileName('scan', 'image/jpeg')).toBe('scan.jpg');
    expect(displayFileName('scan.JPEG', 'image/jpeg')).toBe('scan.JPEG');
    expect(displayFileName('', 'application/pdf')).toBe('attachment.pdf');
    expect(displayFileName('.pdf', 'application/pdf')).toBe('attachment.pdf');
  });

  it('shortens long names to 255 characters, keeping the ending', () => {
    const name = displayFileName(`${'é'.repeat(400)}.pdf`, 'application/pdf');
    expect(name).toHaveLength(255);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact name in UTF-8', () => {
    expect(attachmentDisposition('Ataskaita – vaikų teisės.pdf')).toBe(
      `attachment; filename="Ataskaita _ vaiku teises.pdf"; filename*=UTF-8''Ataskaita%20%E2%80%93%20vaik%C5%B3%20teis%C4%97s.pdf`,
    );
  });

  it('never lets quotes or backslashes out of the quoted fallback', () => {
    expect(attachmentDisposition('a"b\\c.pdf')).toBe(
      `attachment; filename="a_b_c.pdf"; filename*=UTF-8''a%22b%5Cc.pdf`,
    );
  });
});
