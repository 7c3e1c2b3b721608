import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { installViewState } from '../src/app/viewStateFields';

// As src/main.tsx does at start: the features' URL fields, composed by the app, handed to the URL store.
installViewState();

afterEach(() => cleanup());

// jsdom has no ResizeObserver, and recharts then never sizes its charts: report a fixed size instead.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = {
      width: 800,
      height: 300,
      top: 0,
      left: 0,
      bottom: 300,
      right: 800,
      x: 0,
      y: 0,
    } as DOMRectReadOnly;
    this.callback([{ target, contentRect } as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;
