/**
 * <ex-copy-link>: turns the plain permalink inside it into a "Copy link" button
 * and, on touch screens with the Web Share API, a "Share" button (issue 3). The
 * buttons and messages are server-rendered (src/components/CopyLink.astro) and
 * start `hidden`, so with JavaScript off the reader has the plain link only.
 * Budget: all JavaScript on an article, section or topic page ≤ 2 KB gzip, measured
 * on the build by scripts/check-budgets.mjs (this element is about 0.4 KB).
 */
class ExCopyLink extends HTMLElement {
  connectedCallback() {
    const link = this.querySelector('a')!;
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]')!;
    const share = this.querySelector<HTMLButtonElement>('[data-share]')!;
    const status = this.querySelector('[role=status]')!;
    const { copied = '', failed = '', title, url = link.href } = this.dataset;
    const keepLink = 'keepLink' in this.dataset;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Empty first, then the message: a repeat of the same text is announced again.
    const say = (message: string) => {
      status.textContent = '';
      clearTimeout(timer);
      setTimeout(() => (status.textContent = message), 100);
      timer = setTimeout(() => (status.textContent = ''), 5000);
    };
    if (navigator.clipboard) {
      link.hidden = !keepLink;
      copy.hidden = false;
      copy.onclick = () =>
        navigator.clipboard.writeText(url).then(
          () => say(copied),
          () => {
            // Permission refused or no secure context: give the link back to copy by hand.
            link.hidden = false;
            copy.hidden = true;
            say(failed);
          },
        );
    }
    if (navigator.share && matchMedia('(hover: none)').matches) {
      share.hidden = false;
      // A cancelled share sheet rejects with AbortError: nothing to tell the reader.
      share.onclick = () => navigator.share({ title, url }).catch(() => {});
    }
  }
}

customElements.get('ex-copy-link') || customElements.define('ex-copy-link', ExCopyLink);
