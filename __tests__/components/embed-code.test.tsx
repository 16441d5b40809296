import { act, fireEvent, render, screen } from '@testing-library/react';
import { embedCode, embedScriptUrl, embedUrl } from '@/components/embed/embed-code';
import { EmbedCode } from '@/components/embed/EmbedCode';
import { dispatchStep } from '@/components/story/step-events';

describe('embedCode', () => {
  const base = { origin: 'https://story.example', lang: 'en', title: 'Morocco & "Qatar" <story>' };
  it('stepper: one iframe, absolute URL, starting at the step, attributes escaped', () => {
    const code = embedCode({ ...base, mode: 'stepper', stepId: 'lusail-visit' });
    expect(code).toBe(
      '<iframe src="https://story.example/en/embed/?step=lusail-visit" title="Morocco &amp; &quot;Qatar&quot; &lt;story&gt;" width="100%" height="680" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>',
    );
    expect(code).not.toContain('<script');
  });
  it('scroll: the iframe in scroll mode and the host script', () => {
    const code = embedCode({ ...base, lang: 'ar', mode: 'scroll', stepId: 'lusail-visit' });
    const [iframe, script] = code.split('\n');
    expect(iframe).toMatch(/^<iframe src="https:\/\/story\.example\/ar\/embed\/\?mode=scroll" /);
    expect(iframe).toContain('data-story-embed');
    expect(iframe).toContain('scrolling="no"');
    expect(script).toBe('<script src="https://story.example/embed.js" async></script>');
  });
  it('builds URLs from an origin with or without a trailing slash, and escapes step ids', () => {
    expect(embedUrl({ origin: 'http://localhost:3000/', lang: 'ar', mode: 'stepper' })).toBe('http://localhost:3000/ar/embed/');
    expect(embedUrl({ origin: 'http://x', lang: 'en', mode: 'stepper', stepId: 'a b&c' })).toBe('http://x/en/embed/?step=a+b%26c');
    expect(embedScriptUrl('https://story.example/')).toBe('https://story.example/embed.js');
  });
});

describe('<EmbedCode>', () => {
  const code = () => (screen.getByRole('textbox') as HTMLTextAreaElement).value;

  it('shows the code for the current language and the step the reader is on, in either layout', () => {
    render(<EmbedCode lang="en" />);
    expect(code()).toBe(embedCode({ origin: window.location.origin, lang: 'en', mode: 'stepper', title: 'Morocco and the Qatar World Cup: a cyber-security network' }));
    act(() => dispatchStep({ id: 'lusail-visit', index: 2, total: 8, lang: 'en' }));
    expect(code()).toContain(`${window.location.origin}/en/embed/?step=lusail-visit`);
    fireEvent.click(screen.getByLabelText('Follows the page scroll'));
    expect(code()).toContain('/en/embed/?mode=scroll');
    expect(code()).toContain(`<script src="${window.location.origin}/embed.js" async></script>`);
  });

  it('copies with the clipboard API', async () => {
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<EmbedCode lang="ar" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'نسخ' })));
    expect(writeText).toHaveBeenCalledWith(code());
    expect(screen.getByRole('status')).toHaveTextContent('تم النسخ');
  });

  it('without a clipboard, selects the code and says how to copy it', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    render(<EmbedCode lang="en" />);
    const textarea = screen.getByRole('textbox') as HTMLTextAreaElement;
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy' })));
    expect(document.activeElement).toBe(textarea);
    expect(textarea.selectionEnd - textarea.selectionStart).toBe(textarea.value.length);
    expect(screen.getByRole('status')).toHaveTextContent(/Ctrl\+C/);
  });
});
