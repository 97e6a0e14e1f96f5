// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CLIENTS, clientById } from '../../../src/clients/index';
import { mutationsMatter, watchListFor } from '../../../src/content/relevance';

const jitsi = clientById('jitsi-meet');
const zoom = clientById('zoom');
if (!jitsi || !zoom) throw new Error('definitions missing');

/** Applies `change` to a live document and hands back the mutation records it caused. */
async function recordsOf(setup: string, change: (root: HTMLElement) => void): Promise<MutationRecord[]> {
  document.body.innerHTML = setup;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document, {
    subtree: true,
    childList: true,
    characterData: true,
    characterDataOldValue: true,
    attributes: true,
    attributeOldValue: true,
  });
  change(document.body);
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return [...records, ...observer.takeRecords()];
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('which mutations need a new read', () => {
  const jitsiWatch = watchListFor([jitsi]);
  const zoomWatch = watchListFor([zoom]);

  it('ignores speaking indicators and timers', async () => {
    const records = await recordsOf('<div class="tile"><em>12</em></div>', (root) => {
      const em = root.querySelector('em');
      if (em) em.textContent = '13';
      root.querySelector('.tile')?.classList.toggle('speaking');
    });
    expect(records.length).toBeGreaterThan(0);
    expect(mutationsMatter(records, jitsiWatch)).toBe(false);
  });

  it('reacts to a toast with a watched text', async () => {
    const records = await recordsOf('<div id="notifications"></div>', (root) => {
      root
        .querySelector('#notifications')
        ?.append(Object.assign(document.createElement('div'), { textContent: 'Alex started the recording' }));
    });
    expect(mutationsMatter(records, jitsiWatch)).toBe(true);
  });

  it('reacts to a label that changes state', async () => {
    const records = await recordsOf('<button aria-label="Mute microphone"></button>', (root) => {
      root.querySelector('button')?.setAttribute('aria-label', 'Unmute microphone');
    });
    expect(mutationsMatter(records, jitsiWatch)).toBe(true);
  });

  it('reacts to an indicator element appearing and to its class going away', async () => {
    const appear = await recordsOf('<div id="footer"></div>', (root) => {
      root.querySelector('#footer')?.append(
        Object.assign(document.createElement('div'), {
          className: 'recording-indication__recording-container',
        }),
      );
    });
    expect(mutationsMatter(appear, zoomWatch)).toBe(true);
    const vanish = await recordsOf('<div class="recording-indication__recording-status"></div>', (root) => {
      root.querySelector('div')?.setAttribute('class', 'idle');
    });
    expect(mutationsMatter(vanish, zoomWatch)).toBe(true);
  });

  it("reacts to a class that a selector matches by substring (Jitsi's recording label)", async () => {
    const records = await recordsOf(
      '<div id="alwaysVisible"><div class="css-19d7b8v-label"></div></div>',
      (root) => {
        root.querySelector('.css-19d7b8v-label')?.classList.add('css-3pm2h5-record');
      },
    );
    expect(mutationsMatter(records, jitsiWatch)).toBe(true);
  });

  it('builds one watch list from all clients before one is recognised', () => {
    const all = watchListFor(CLIENTS);
    expect(all.texts.length).toBeGreaterThan(jitsiWatch.texts.length);
    expect(() => document.querySelector(all.selector)).not.toThrow();
  });
});
