import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openCaptureWindow, takeCaptureOffer } from '../../../src/shell/capture-window';

const page = {
  title: 'Clinic list – 999 123 4567',
  url: 'https://intranet.example.nhs.uk/clinic?patient=999+123+4567&dob=1937-05-12',
};

function openedUrls(spy: ReturnType<typeof vi.fn>): string[] {
  return spy.mock.calls.map((call) => String((call[0] as { url: string }).url));
}

describe('capture window hand-over (issue #11, point 11)', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('never puts the page address or title in the window address, even when it falls back to a tab', async () => {
    const windows = vi.spyOn(browser.windows, 'create').mockRejectedValue(new Error('no windows here'));
    const tabs = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);
    await openCaptureWindow('prompt', page);
    const urls = [...openedUrls(windows as never), ...openedUrls(tabs as never)];
    expect(urls).toHaveLength(2);
    for (const url of urls) {
      expect(url).not.toContain('intranet');
      expect(decodeURIComponent(url)).not.toContain('999');
      expect(decodeURIComponent(url)).not.toContain('Clinic');
      expect(new URL(url).searchParams.get('page')).toBeNull();
    }
  });

  it('hands the page over once, to the window that names the offer', async () => {
    const windows = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    await openCaptureWindow('selection', page);
    const offerId = new URL(openedUrls(windows as never)[0] ?? '').searchParams.get('offer');
    expect(await takeCaptureOffer('someone-else')).toBeUndefined();
    expect(await takeCaptureOffer(offerId)).toEqual(page);
    expect(await takeCaptureOffer(offerId)).toBeUndefined();
  });

  it('offers nothing when the page gave nothing, and drops addresses that are not web addresses', async () => {
    const windows = vi.spyOn(browser.windows, 'create').mockResolvedValue({} as never);
    await openCaptureWindow('prompt', {});
    expect(new URL(openedUrls(windows as never)[0] ?? '').searchParams.get('offer')).toBeNull();
    await fakeBrowser.storage.session.set({
      captureOffer: { id: 'x', page: { url: 'javascript:alert(1)' } },
    });
    expect(await takeCaptureOffer('x')).toEqual({});
  });
});
