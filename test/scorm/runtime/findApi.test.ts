import { describe, expect, it } from 'vitest';
import { findApi } from '../../../src/lms/findApi.ts';

type FakeWindow = { parent?: FakeWindow; opener?: FakeWindow | null; top?: FakeWindow; API?: object };

function chain(depth: number, api?: object): FakeWindow[] {
  const top: FakeWindow = { API: api };
  top.parent = top;
  const frames = [top];
  for (let level = 1; level < depth; level++) frames.push({ parent: frames[level - 1] });
  for (const frame of frames) frame.top = top;
  return frames;
}

describe('API discovery', () => {
  it('walks up the frame chain', () => {
    const api = {};
    const frames = chain(4, api);
    expect(findApi('API', frames[3] as unknown as Window)).toBe(api);
  });

  it('looks through the opener when the chain has no API', () => {
    const api = {};
    const [opener] = chain(1, api);
    const [top] = chain(1);
    top!.opener = opener;
    expect(findApi('API', top as unknown as Window)).toBe(api);
  });

  it('stops at a frame of another origin instead of throwing', () => {
    const blocked = {} as FakeWindow;
    Object.defineProperty(blocked, 'API', {
      get: () => {
        throw new DOMException('cross-origin', 'SecurityError');
      },
    });
    blocked.parent = blocked;
    const child: FakeWindow = { parent: blocked, top: blocked };
    expect(findApi('API', child as unknown as Window)).toBeUndefined();
  });

  it('gives up after 500 steps', () => {
    const frames = chain(600, {});
    expect(findApi('API', frames[599] as unknown as Window)).toBeUndefined();
    expect(findApi('API', frames[400] as unknown as Window)).toBeDefined();
  });
});
